// Validation against the official SARIF 2.1.0 schema (its final "rtm.5"
// text), as shipped by Microsoft's SARIF SDK package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS: under NodeNext their ES default import is module.exports,
// whose `default` is the class / function.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

let compiled: ValidateFunction | undefined;

export function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's language-tag pattern is not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  compiled = validate;
  return validate;
}
