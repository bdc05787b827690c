// The one table of config keys (ESLint's lib/config/flat-config-schema.js
// plays the same part). For each top-level key of a config file it holds the
// key's JSON Schema (description included) and, for a setting, how a file's
// value becomes a layer's (read), how the layers that apply to a file combine
// (merge), how --print-config shows the result (print) and its default.
// schema.ts, normalize.ts, merge.ts and print.ts only walk this table, so a
// key cannot be validated and then dropped on the way. The table is also the
// type: ResolvedConfig (src/shared/resolved-config.ts) gets its fields from
// here, as ESLint's config types follow its schema, so a setting is declared
// once. docs/architecture.md has the checklist for a new key.
import { didYouMean } from '../shared/did-you-mean.js';
import { DEFAULT_MARKET, MARKETS, parseMarket, type Market } from '../shared/markets.js';
import type { ApprovedClaim, FrontmatterKeys, MdxOptions, ResolvedConfig, RuleSetting, UserPhrase } from '../shared/resolved-config.js';
import { SEVERITY_NAMES, phraseSeverity, ruleSeverity, type SeverityName } from '../shared/severity.js';
import { phraseProblem, type Matcher } from '../match/matcher.js';
import type { RuleDefinition } from '../judge/rule.js';
import type { JsonSchema } from './json-schema.js';
import type { Layer, LayerValue, RuleEntry, SettingName } from './layer.js';
import { PRESETS } from './presets.js';

type Segment = string | number;

/** A rule as the schema lists it, for editors' autocomplete. */
export interface SchemaRule {
  id: string;
  description: string;
}

export interface SchemaContext {
  rules: readonly SchemaRule[];
  /** The schema of every setting a file may make, by key: what an override may hold. */
  settings: Readonly<Record<string, JsonSchema>>;
}

/** What reading one key of one layer of a config file may need. */
export interface ReadContext {
  /** Stops with a ConfigError naming the file and the key path below this key. */
  fail(below: readonly Segment[], problem: string): never;
  /** Ids `rules` may name: the built-in rules, then the phrases in reach. */
  ruleIds: readonly string[];
  isRuleId(id: string): boolean;
  /** Compiles `match` patterns, so that a broken one is reported where it is written. */
  probe: Matcher;
}

export interface MergeContext {
  /** The rule pack's ids, in order. */
  builtInIds: readonly string[];
  /** Every layer that applies to the file, earliest first. */
  layers: readonly Layer[];
}

export interface PrintContext {
  config: ResolvedConfig;
  ruleDefs: readonly RuleDefinition[];
}

export interface Merge<L, V> {
  /** How a later layer's value combines with an earlier one's, in words. */
  readonly says: string;
  /** The values the layers set, earliest first, to the resolved value;
   * undefined when there is none. */
  fold(values: readonly L[], ctx: MergeContext): V | undefined;
}

interface SettingParts<L, V> {
  kind: 'setting';
  /** Its schema in a config file, at the top level and in overrides alike;
   * absent when only presets set it. */
  schema?: JsonSchema;
  /** Schema definitions the key's schema refers to (#/definitions/...). */
  definitions?: (ctx: SchemaContext) => Record<string, JsonSchema>;
  /** A schema-valid value to the layer's, after the checks a schema cannot
   * make; absent when the value is used as it is. */
  read?(raw: never, ctx: ReadContext): L;
  merge: Merge<L, V>;
  /** Once every key is merged: settles this one against the others. */
  finish?(value: V, config: ResolvedConfig): V;
  /** How --print-config shows the value: worked out from it (a function), as
   * it is (absent) or not at all ('hidden', with the reason beside it). */
  print?: ((value: V, ctx: PrintContext) => unknown) | 'hidden';
}

/** A setting every ResolvedConfig holds: it starts from its default. */
export type AlwaysSetting<L, V> = SettingParts<L, V> & { always: true; default: NoInfer<V> };

/** A setting a ResolvedConfig may lack. It may name the default its consumers
 * assume (--print-config shows it) or leave it to them (then --print-config
 * shows it only when set). */
export type OptionalSetting<L, V> = SettingParts<L, V> & { always?: false; default?: NoInfer<V> };

export type Setting<L, V> = AlwaysSetting<L, V> | OptionalSetting<L, V>;

/** A key that shapes how a file's settings are found rather than being one. */
export interface FileKey {
  kind: 'file';
  schema: JsonSchema;
  definitions?: (ctx: SchemaContext) => Record<string, JsonSchema>;
  /** What it does, in words: it is not merged like a setting. */
  role: string;
}

// The entries are built by these three, so that each keeps its own types
// (the layer value `read` gives, the value `merge` resolves to, whether every
// config holds it) for ResolvedConfig to be read off the table.
const always = <L, V>(setting: Omit<AlwaysSetting<L, V>, 'kind' | 'always'>): AlwaysSetting<L, V> => ({ kind: 'setting', always: true, ...setting });
const optional = <L, V>(setting: Omit<OptionalSetting<L, V>, 'kind'>): OptionalSetting<L, V> => ({ kind: 'setting', ...setting });
const fileKey = (key: Omit<FileKey, 'kind'>): FileKey => ({ kind: 'file', ...key });

/** The settings of a key table, as a configuration holds them: the value
 * each `merge` resolves to, required for `always` settings. */
export type ConfigOf<T> = {
  -readonly [K in keyof T as T[K] extends { kind: 'setting'; always: true } ? K : never]: T[K] extends { merge: Merge<never, infer V> } ? V : never;
} & {
  -readonly [K in keyof T as T[K] extends { kind: 'setting'; always: true } ? never : T[K] extends { kind: 'setting' } ? K : never]?: T[K] extends { merge: Merge<never, infer V> } ? V : never;
};

// --- merge strategies ---

function lastWins<T>(): Merge<T, T> {
  return { says: 'a later layer replaces it whole', fold: (values) => values.at(-1) };
}

/** Entries concatenate; one whose key an earlier entry has replaces it in place. */
function keyedBy<T>(what: string, key: (entry: T) => string): Merge<readonly T[], readonly T[]> {
  return {
    says: `concatenated; an entry with the ${what} of an earlier one replaces it`,
    fold(values) {
      const byKey = new Map<string, T>();
      for (const entries of values) for (const entry of entries) byKey.set(key(entry), entry);
      return [...byKey.values()];
    },
  };
}

// --- schema pieces ---

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });
const strings = (description: string, minItems = 0): JsonSchema => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
  ...(minItems > 0 ? { minItems } : {}),
});

/** What a user phrase id may look like: a rule id, optionally namespaced ("brand/glow"). */
const PHRASE_ID = '^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)*$';

/** A pattern accepting the names in any case ("UK", "Uk"), for editors that
 * know no case-insensitive enum; parseMarket then reads them. */
function anyCase(names: readonly string[]): string {
  const letters = (name: string) => [...name].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`)).join('');
  return `^(${names.map(letters).join('|')})$`;
}

// --- reading a file's values ---

type RawSetting = SeverityName | [SeverityName, Record<string, unknown>?];

/** A phrase as the schema lets a file write it. */
export type RawPhrase = Omit<UserPhrase, 'match'> & { match: string | string[] };

function toSetting(value: RawSetting): RuleSetting {
  if (typeof value === 'string') return { severity: value };
  const [severity, options] = value;
  return options === undefined ? { severity } : { severity, options };
}

function readRules(raw: Record<string, RawSetting>, ctx: ReadContext): RuleEntry[] {
  const entries: RuleEntry[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (id !== '*' && !ctx.isRuleId(id)) ctx.fail([id], `unknown rule "${id}"${didYouMean(id, ctx.ruleIds)}`);
    entries.push({ id, setting: toSetting(value) });
  }
  // "*" first, so that specific ids in the same object win.
  return [...entries.filter((e) => e.id === '*'), ...entries.filter((e) => e.id !== '*')];
}

function readPhrases(raw: readonly RawPhrase[], ctx: ReadContext): UserPhrase[] {
  return raw.map((p, i) => {
    const match = Array.isArray(p.match) ? p.match : [p.match];
    match.forEach((m, j) => {
      const problem = phraseProblem(ctx.probe, m);
      if (problem) ctx.fail([i, 'match', ...(Array.isArray(p.match) ? [j] : [])], problem);
    });
    const phrase: UserPhrase = { id: p.id, match, message: p.message };
    if (p.suggest) phrase.suggest = p.suggest;
    if (p.severity) phrase.severity = p.severity;
    if (p.category) phrase.category = p.category;
    return phrase;
  });
}

function readApproved(raw: readonly ApprovedClaim[], ctx: ReadContext): ApprovedClaim[] {
  return raw.map((a, i) => {
    const problem = phraseProblem(ctx.probe, a.claim);
    if (problem) ctx.fail([i, 'claim'], problem);
    return { claim: a.claim, evidence: a.evidence };
  });
}

// --- merging `rules` ---

/** The ids of the phrases any layer defines, in the order first defined. */
function phraseIdsIn(layers: readonly Layer[]): string[] {
  return [...new Set(layers.flatMap((l) => (l.phrases ?? []).map((p) => p.id)))];
}

const mergeRules: Merge<RuleEntry[], Readonly<Record<string, RuleSetting>>> = {
  says: 'by id, a later setting winning; "*" sets every rule and phrase and clears the ids set before it',
  fold(values, ctx) {
    let wildcard: RuleSetting | undefined;
    const explicit = new Map<string, RuleSetting>();
    for (const entries of values) {
      for (const { id, setting } of entries) {
        if (id === '*') {
          wildcard = setting;
          explicit.clear();
        } else {
          explicit.set(id, setting);
        }
      }
    }
    const rules: Record<string, RuleSetting> = {};
    for (const id of [...ctx.builtInIds, ...phraseIdsIn(ctx.layers)]) {
      const setting = explicit.get(id) ?? wildcard;
      if (setting) rules[id] = setting;
    }
    return rules;
  },
};

// --- the table ---

// A setting's value type is its merge's (`lastWins<boolean>()`), and
// `always(...)` makes it a field every config holds. A `finish` or `print`
// that reads the config states its return type: the config's type is read off
// this table, so such a body cannot also be what types its entry.
export const KEYS = {
  $schema: fileKey({
    schema: { description: 'Where editors find this schema.', type: 'string' },
    role: 'read by editors; claimlint ignores it',
  }),
  extends: fileKey({
    schema: {
      description: 'Presets or other config files (relative paths) this one builds on, in order.',
      anyOf: [ref('extend'), { type: 'array', items: ref('extend') }],
    },
    definitions: () => ({
      extend: {
        type: 'string',
        minLength: 1,
        examples: [...PRESETS, './base.claimlint.json'],
        'x-expected': `${PRESETS.map((p) => JSON.stringify(p)).join(' | ')} or a relative path`,
      },
    }),
    role: 'the presets and files it names are layers under this file, in order, each file with what it extends first',
  }),
  market: always({
    schema: {
      description: 'Jurisdiction whose severities and notes apply (any case: "UK" is "uk").',
      anyOf: [{ enum: MARKETS }, { type: 'string', pattern: anyCase(MARKETS) }],
      'x-expected': MARKETS.map((m) => JSON.stringify(m)).join(' | '),
    },
    read: (raw: string, ctx) => parseMarket(raw) ?? ctx.fail([], `unknown market ${JSON.stringify(raw)}`),
    merge: lastWins<Market>(),
    default: DEFAULT_MARKET,
  }),
  strict: optional({
    schema: { description: 'Narrower hedges: plain "help", "typically", "often" no longer soften a claim.', type: 'boolean' },
    merge: lastWins<boolean>(),
    default: false,
  }),
  allRules: optional({
    // Set only by claimlint:all; a file asks for it through `extends`.
    merge: lastWins<boolean>(),
    default: false,
    // --print-config's `rules` already shows each rule's severity with it counted.
    print: 'hidden',
  }),
  rules: always({
    schema: ref('rules'),
    definitions: ({ rules }) => {
      const ruleProps: Record<string, JsonSchema> = {
        '*': { description: 'Every rule and phrase at once; specific ids in the same object win.', ...ref('ruleSetting') },
      };
      for (const r of rules) ruleProps[r.id] = { description: r.description, ...ref('ruleSetting') };
      return {
        severity: { enum: SEVERITY_NAMES },
        ruleSetting: {
          anyOf: [ref('severity'), { type: 'array', items: [ref('severity'), { type: 'object' }], minItems: 1, maxItems: 2 }],
        },
        rules: {
          description: 'Severity of each rule or phrase id: "off", "warn", "error", or ["warn", {options}].',
          type: 'object',
          properties: ruleProps,
          additionalProperties: ref('ruleSetting'),
        },
      };
    },
    read: readRules,
    merge: mergeRules,
    default: {},
    // Every rule's and phrase's effective severity, after presets, market and overrides.
    print: (rules, { config, ruleDefs }): Record<string, unknown> => {
      const show = (severity: string, options?: Readonly<Record<string, unknown>>) => (options ? [severity, options] : severity);
      const out: Record<string, unknown> = {};
      for (const rule of ruleDefs) out[rule.meta.id] = show(ruleSeverity(rule.meta, config), rules[rule.meta.id]?.options);
      for (const p of config.phrases) out[p.id] = show(phraseSeverity(p, config), rules[p.id]?.options);
      return out;
    },
  }),
  phrases: always({
    schema: { description: "The team's own phrases to flag, without code.", type: 'array', items: ref('phrase') },
    definitions: () => ({
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
    }),
    read: readPhrases,
    merge: keyedBy('id', (p: UserPhrase) => p.id),
    // A phrase shows the severity `rules` gives it (the wildcard included).
    finish: (phrases, config): readonly UserPhrase[] =>
      phrases.map((p) => {
        const set = config.rules[p.id]?.severity;
        return set && set !== 'off' && set !== p.severity ? { ...p, severity: set } : p;
      }),
    default: [],
  }),
  approved: always({
    schema: { description: 'Claims the team holds evidence for: matching findings are not reported.', type: 'array', items: ref('approved') },
    definitions: () => ({
      approved: {
        type: 'object',
        required: ['claim', 'evidence'],
        additionalProperties: false,
        properties: {
          claim: { description: "The claim as approved, in words or in the rules' pattern language; it must cover the flagged words.", type: 'string', minLength: 1 },
          evidence: { description: 'What substantiates it (study id, legal sign-off); shown in JSON output.', type: 'string', minLength: 1 },
        },
      },
    }),
    read: readApproved,
    merge: keyedBy('claim and evidence', (a: ApprovedClaim) => `${a.claim}\u0000${a.evidence}`),
    default: [],
  }),
  reportUnusedDirectives: optional({
    schema: { description: 'Report claimlint-disable comments that silenced nothing.', enum: SEVERITY_NAMES },
    merge: lastWins<SeverityName>(),
    default: 'off',
  }),
  frontmatter: optional({
    schema: {
      description: 'Which front matter keys hold copy to lint (key patterns such as "title", "**.description").',
      type: 'object',
      additionalProperties: false,
      properties: { include: strings('Key patterns to lint.'), exclude: strings('Key patterns never to lint.') },
    },
    // Replaced whole: an override's `include` drops the base's `exclude`.
    merge: lastWins<FrontmatterKeys>(),
    // No default here: the prose stage's own keys apply when unset.
  }),
  mdx: optional({
    schema: {
      description: 'MDX: which JSX attributes hold copy to lint (default title, description, alt, label).',
      type: 'object',
      additionalProperties: false,
      properties: { attributes: strings('Attribute names whose string values are linted.') },
    },
    merge: lastWins<MdxOptions>(),
    // No default here: the prose stage's attribute list applies when unset.
  }),
  overrides: fileKey({
    schema: { description: 'Settings for some files only, later entries winning.', type: 'array', items: ref('override') },
    definitions: ({ settings }) => ({
      override: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: { files: strings('Globs (relative to this file) the override applies to.', 1), ...settings },
      },
    }),
    role: "each entry is a layer after the file's own settings, for the files its globs match",
  }),
  ignores: fileKey({
    schema: strings('Globs (relative to this file) of files never to lint.'),
    role: "a file any applying config's globs match is not linted",
  }),
};

/** A setting with its types forgotten, for code that walks every key. */
export type AnySetting = SettingParts<unknown, unknown> & { always?: boolean; default?: unknown };

/** The settings, in table order. */
export const SETTINGS: ReadonlyArray<readonly [SettingName, AnySetting]> = Object.entries(KEYS).flatMap(([name, key]) =>
  key.kind === 'setting' ? [[name as SettingName, key as unknown as AnySetting] as const] : [],
);

declare module '../shared/resolved-config.js' {
  /** Every setting of the key table, typed as its `merge` resolves it. */
  interface ResolvedConfig extends ConfigOf<typeof KEYS> {}
}

/** The keys of the table that are not settings. */
export type FileKeyName = { [K in keyof typeof KEYS]: (typeof KEYS)[K] extends FileKey ? K : never }[keyof typeof KEYS];

/** Holds each setting's layer value (what `read` gives, or the value itself,
 * and what `merge` folds) to Layer's, which normalize and merge pass along. */
export type KeyTable = { [K in SettingName]-?: Setting<LayerValue<K>, NonNullable<ResolvedConfig[K]>> } & { [K in FileKeyName]: FileKey };
KEYS satisfies KeyTable;
