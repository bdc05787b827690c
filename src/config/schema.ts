// The JSON Schema of a claimlint config file, built from the key table
// (src/config/keys.ts). It is both what editors read for autocomplete
// (written to schema/claimlint.schema.json at build time) and what
// src/config/validate.ts checks files against, so the two cannot drift.
import type { JsonSchema } from './json-schema.js';
import { KEYS, type SchemaContext, type SchemaRule } from './keys.js';

export type { JsonSchema } from './json-schema.js';

export function buildSchema(rules: readonly SchemaRule[]): JsonSchema {
  const keys = Object.entries(KEYS);
  const settings: Record<string, JsonSchema> = {};
  for (const [name, key] of keys) if (key.kind === 'setting' && key.schema) settings[name] = key.schema;
  const ctx: SchemaContext = { rules, settings };
  const properties: Record<string, JsonSchema> = {};
  const definitions: Record<string, JsonSchema> = {};
  for (const [name, key] of keys) {
    if (!key.schema) continue;
    properties[name] = key.schema;
    Object.assign(definitions, key.definitions?.(ctx));
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'claimlint configuration',
    type: 'object',
    additionalProperties: false,
    properties,
    definitions,
  };
}
