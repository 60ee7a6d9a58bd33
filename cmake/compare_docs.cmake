# Runs the docs generator into a scratch folder and fails if the committed pages differ.
# -DGENERATOR=<gen_docs> -DOUT=<scratch dir> -DDOCS=<repo docs dir>
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${GENERATOR}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gen_docs failed")
endif()
foreach(page rules.md parameters.md)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}/${page}" "${DOCS}/${page}" RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "docs/${page} is out of date: run `cmake --build <build> --target update_docs` and commit it")
  endif()
endforeach()
