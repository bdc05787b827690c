// The JSON Schema of a claimlint config file. It is both what editors read for
// autocomplete (written to schema/claimlint.schema.json at build time) and
// what src/config/validate.ts checks files against, so the two cannot drift.
// `x-expected` words an expectation in errors where the schema alone would be
// cryptic (a regular expression); editors ignore it.
import { MARKETS } from '../shared/markets.js';
import { SEVERITY_NAMES } from '../shared/severity.js';

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

export const PRESETS = ['claimlint:recommended', 'claimlint:strict', 'claimlint:all'] as const;

/** What a user phrase id may look like: a rule id, optionally namespaced ("brand/glow"). */
export const PHRASE_ID = '^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)*$';

export interface RuleSummary {
  id: string;
  description: string;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });
const strings = (description: string, minItems = 0): JsonSchema => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
  ...(minItems > 0 ? { minItems } : {}),
});

/** Keys that may appear both at the top level and in an override. */
function layerProperties(): Record<string, JsonSchema> {
  return {
    market: { description: 'Jurisdiction whose severities and notes apply.', enum: MARKETS },
    strict: { description: 'Narrower hedges: plain "help", "typically", "often" no longer soften a claim.', type: 'boolean' },
    rules: ref('rules'),
    phrases: { description: "The team's own phrases to flag, without code.", type: 'array', items: ref('phrase') },
    approved: { description: 'Claims the team holds evidence for: matching findings are not reported.', type: 'array', items: ref('approved') },
    reportUnusedDirectives: {
      description: 'Report claimlint-disable comments that silenced nothing.',
      enum: SEVERITY_NAMES,
    },
    frontmatter: {
      description: 'Which front matter keys hold copy to lint (key patterns such as "title", "**.description").',
      type: 'object',
      additionalProperties: false,
      properties: { include: strings('Key patterns to lint.'), exclude: strings('Key patterns never to lint.') },
    },
    mdx: {
      description: 'MDX: which JSX attributes hold copy to lint (default title, description, alt, label).',
      type: 'object',
      additionalProperties: false,
      properties: { attributes: strings('Attribute names whose string values are linted.') },
    },
  };
}

export function buildSchema(rules: readonly RuleSummary[]): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {
    '*': { description: 'Every rule and phrase at once; specific ids in the same object win.', ...ref('ruleSetting') },
  };
  for (const r of rules) ruleProps[r.id] = { description: r.description, ...ref('ruleSetting') };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'claimlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'Where editors find this schema.', type: 'string' },
      extends: {
        description: 'Presets or other config files (relative paths) this one builds on, in order.',
        anyOf: [ref('extend'), { type: 'array', items: ref('extend') }],
      },
      ...layerProperties(),
      overrides: { description: 'Settings for some files only, later entries winning.', type: 'array', items: ref('override') },
      ignores: strings('Globs (relative to this file) of files never to lint.'),
    },
    definitions: {
      extend: {
        type: 'string',
        minLength: 1,
        examples: [...PRESETS, './base.claimlint.json'],
        'x-expected': `${PRESETS.map((p) => JSON.stringify(p)).join(' | ')} or a relative path`,
      },
      severity: { enum: SEVERITY_NAMES },
      ruleSetting: {
        anyOf: [
          ref('severity'),
          { type: 'array', items: [ref('severity'), { type: 'object' }], minItems: 1, maxItems: 2 },
        ],
      },
      rules: {
        description: 'Severity of each rule or phrase id: "off", "warn", "error", or ["warn", {options}].',
        type: 'object',
        properties: ruleProps,
        additionalProperties: ref('ruleSetting'),
      },
      phrase: {
        type: 'object',
        required: ['id', 'match', 'message'],
        additionalProperties: false,
        properties: {
          id: {
            description: 'Rule id for messages, `rules` and directives, e.g. "brand/glow-guarantee".',
            type: 'string',
            pattern: PHRASE_ID,
            'x-expected': 'an id of letters, digits, "-", "_", "." and "/"',
          },
          match: {
            description: 'Phrases to flag, matched in any inflection or spelling; the rule pattern language works too ("{concern}").',
            anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
          },
          message: { description: 'What the writer is told.', type: 'string', minLength: 1 },
          suggest: strings('Replacement wording offered for the matched words.'),
          severity: { description: 'Default severity (warn).', enum: ['warn', 'error'] },
          category: { description: 'Category shown in JSON output.', type: 'string', minLength: 1 },
        },
      },
      approved: {
        type: 'object',
        required: ['claim', 'evidence'],
        additionalProperties: false,
        properties: {
          claim: { description: 'The claim as approved; it must cover the flagged words.', type: 'string', minLength: 1 },
          evidence: { description: 'What substantiates it (study id, legal sign-off); shown in JSON output.', type: 'string', minLength: 1 },
        },
      },
      override: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: {
          files: strings('Globs (relative to this file) the override applies to.', 1),
          ...layerProperties(),
        },
      },
    },
  };
}
