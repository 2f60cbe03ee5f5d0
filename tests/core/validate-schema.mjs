// Validates a comparison document against schema/comparison.schema.json with ajv, the validator
// the backend uses. Usage: node validate-schema.mjs SCHEMA DOCUMENT (exit 0 valid, 1 invalid).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const [schemaPath, documentPath] = process.argv.slice(2);
const require = createRequire(join(dirname(schemaPath), "..", "backend", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
const document = JSON.parse(readFileSync(documentPath, "utf8"));
if (validate(document)) {
  console.log("valid");
} else {
  for (const e of validate.errors) console.log(`${e.instancePath || "(document)"} ${e.message}`);
  process.exit(1);
}
