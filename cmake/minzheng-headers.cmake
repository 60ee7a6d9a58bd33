# Every public header, found by a glob so that a new header is installed and self-containment-checked without
# anyone remembering to list it. CONFIGURE_DEPENDS re-runs the glob on each build.
file(GLOB_RECURSE MINZHENG_HEADERS CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/../include/minzheng/*.hpp")
list(SORT MINZHENG_HEADERS)
