// The subset of JSON Schema (draft-07) that claimlint's config schema uses and
// src/config/validate.ts implements. `x-expected` words an expectation in
// errors where the schema alone would be cryptic (a regular expression, a
// case-insensitive name); editors ignore it.
export type JsonSchema = {
  $schema?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'boolean' | 'number';
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | readonly JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  pattern?: string;
  anyOf?: readonly JsonSchema[];
  definitions?: Record<string, JsonSchema>;
  default?: unknown;
  examples?: readonly unknown[];
  'x-expected'?: string;
};
