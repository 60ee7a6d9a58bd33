// Validates the repository's documents against docs/schema with ajv (JSON Schema draft 2020-12), run by ctest:
// every sample under examples/data must validate, and every document under tests/data/documents/bad (each of which
// the library refuses for its shape, see tests/json/document.cpp) must be refused by its schema too.
// Usage: node check.mjs REPO_DIR
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const repo = process.argv[2];
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = new Map();
for (const file of readdirSync(join(repo, "docs/schema"))) {
  const schema = JSON.parse(readFileSync(join(repo, "docs/schema", file), "utf8"));
  validators.set(file.replace(/\.schema\.json$/, ""), ajv.compile(schema));
}

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let failures = 0;
let checked = 0;
function check(path, value, expectValid, format) {
  const validate = validators.get(format);
  if (!validate) {
    console.error(`${path}: no schema for format ${format}`);
    failures++;
    return;
  }
  const valid = validate(value);
  checked++;
  if (valid !== expectValid) {
    failures++;
    console.error(`${path}: expected ${expectValid ? "valid" : "invalid"} as ${format}`);
    if (!valid) console.error(JSON.stringify(validate.errors, null, 1));
  }
}

for (const path of files(join(repo, "examples/data"))) {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".jsonl")) {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    const format = JSON.parse(lines[0]).format;
    lines.forEach((line, i) => check(`${path}:${i + 1}`, JSON.parse(line), true, format));
  } else if (path.endsWith(".json")) {
    const doc = JSON.parse(text);
    if (typeof doc.format === "string" && doc.format.startsWith("minzheng.")) check(path, doc, true, doc.format);
  }
}
for (const path of files(join(repo, "tests/data/documents/bad"))) {
  const doc = JSON.parse(readFileSync(path, "utf8"));
  check(path, doc, false, doc.format);
}
console.log(`${checked} documents checked, ${failures} failures`);
process.exit(failures === 0 && checked > 10 ? 0 : 1);
