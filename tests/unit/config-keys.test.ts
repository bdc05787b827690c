// The key table (src/config/keys.ts) is the one place a config key is
// declared. These tests fail when a key reaches one consumer and not another:
// in the schema but dropped by normalise, merge or --print-config, printed or
// merged without a schema, or undocumented. ResolvedConfig itself is read off
// the table (src/config/keys.ts), and the first test holds it to that.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { createConfigResolver, knownIn } from '../../src/config/index.js';
import { starterConfig } from '../../src/config/init.js';
import { KEYS, SETTINGS, type ConfigOf, type FileKeyName, type KeyTable } from '../../src/config/keys.js';
import type { Layer, SettingName } from '../../src/config/layer.js';
import { mergeLayers } from '../../src/config/merge.js';
import { normalizeConfig, type RawConfig } from '../../src/config/normalize.js';
import { PRESETS, presetUnit } from '../../src/config/presets.js';
import { describeFileConfig } from '../../src/config/print.js';
import { buildSchema } from '../../src/config/schema.js';
import { SchemaValidator } from '../../src/config/validate.js';
import type { Market } from '../../src/shared/markets.js';
import { DEFAULT_CONFIG, type FrontmatterKeys, type ResolvedConfig, type RunSettings } from '../../src/shared/resolved-config.js';
import type { SeverityName } from '../../src/shared/severity.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const known = knownIn(rulePack);
const schema = buildSchema(rulePack.rules.map((r) => ({ id: r.meta.id, description: r.meta.description })));
const validator = new SchemaValidator(schema);
const builtInIds = known.ruleIds;

/** Keys a config file may set for some files: every setting with a schema. */
const fileSettings = SETTINGS.filter(([, key]) => key.schema).map(([name]) => name);

/** A config object through the real path: schema, normalise, merge over the
 * recommended preset (overrides applied to every file), and --print-config. */
function resolve(raw: Record<string, unknown>): { config: ResolvedConfig; printed: Record<string, unknown> } {
  const problem = validator.check(raw);
  if (problem) throw new Error(`${problem.path}: ${problem.message}`);
  const unit = normalizeConfig(raw as RawConfig, { name: 'c.json', file: '/x/c.json', prefix: [] }, known, new Set());
  const layers = [presetUnit('claimlint:recommended', '/x').base, unit.base, ...unit.overrides.map((o) => o.layer)];
  const config = mergeLayers(layers, builtInIds);
  const printed = describeFileConfig('/x/a.md', { config, ignored: false }, '/x', rulePack.rules);
  return { config, printed };
}

// One value per key a file may set, and what the resolved config then holds;
// a key added to the table without an example here fails the first test below.
const EXAMPLES: { [K in SettingName]?: { value: unknown; resolved: ResolvedConfig[K] } } = {
  market: { value: 'UK', resolved: 'uk' },
  strict: { value: true, resolved: true },
  rules: { value: { hype: 'off', 'speed-instant': ['error', { n: 1 }] }, resolved: { hype: { severity: 'off' }, 'speed-instant': { severity: 'error', options: { n: 1 } } } },
  phrases: { value: [{ id: 'brand/glow', match: 'glow', message: 'm' }], resolved: [{ id: 'brand/glow', match: ['glow'], message: 'm' }] },
  approved: { value: [{ claim: 'erases wrinkles', evidence: 'study 1' }], resolved: [{ claim: 'erases wrinkles', evidence: 'study 1' }] },
  reportUnusedDirectives: { value: 'warn', resolved: 'warn' },
  frontmatter: { value: { include: ['title'], exclude: ['**.icon'] }, resolved: { include: ['title'], exclude: ['**.icon'] } },
  mdx: { value: { attributes: ['alt'] }, resolved: { attributes: ['alt'] } },
};
const example = (name: SettingName) => EXAMPLES[name] as { value: unknown; resolved: unknown };

describe('the key table and ResolvedConfig', () => {
  it('are one: ResolvedConfig has a field for each setting, typed as its merge resolves it (a type-level check: npm test type-checks this file)', () => {
    type TableSettings = { [K in keyof KeyTable]: KeyTable[K] extends { kind: 'setting' } ? K : never }[keyof KeyTable];
    // Less the run's settings (the file budget), which the command line sets and no config key can.
    type ConfigSettings = Exclude<keyof ResolvedConfig, keyof RunSettings>;
    expectTypeOf<keyof RunSettings>().toEqualTypeOf<'fileBudget'>();
    expectTypeOf<Extract<keyof typeof KEYS, keyof RunSettings>>().toEqualTypeOf<never>();
    expectTypeOf<TableSettings>().toEqualTypeOf<ConfigSettings>();
    expectTypeOf<Exclude<keyof typeof KEYS, keyof ResolvedConfig>>().toEqualTypeOf<FileKeyName>();
    expectTypeOf<FileKeyName>().toEqualTypeOf<'$schema' | 'extends' | 'overrides' | 'ignores'>();
    // `always` settings are required fields, the others optional.
    type RequiredFields = { [K in keyof ResolvedConfig]-?: undefined extends ResolvedConfig[K] ? never : K }[keyof ResolvedConfig];
    expectTypeOf<RequiredFields>().toEqualTypeOf<'market' | 'rules' | 'phrases' | 'approved'>();
    expectTypeOf<ResolvedConfig['market']>().toEqualTypeOf<Market>();
    expectTypeOf<ResolvedConfig['reportUnusedDirectives']>().toEqualTypeOf<SeverityName | undefined>();
    expectTypeOf<ResolvedConfig['frontmatter']>().toEqualTypeOf<FrontmatterKeys | undefined>();
    // A new table entry is a new field: ConfigOf reads it off the entry.
    const colour = { colour: { kind: 'setting' as const, merge: { says: '', fold: (values: readonly string[]) => values.at(-1) } } };
    type WithColour = ConfigOf<typeof KEYS & typeof colour>;
    expectTypeOf<Exclude<keyof WithColour, keyof RunSettings>>().toEqualTypeOf<ConfigSettings | 'colour'>();
    expectTypeOf<WithColour['colour']>().toEqualTypeOf<string | undefined>();
    expect(SETTINGS.map(([name]) => name)).toEqual(Object.keys(KEYS).filter((k) => KEYS[k as keyof KeyTable].kind === 'setting'));
    for (const [name, key] of SETTINGS) expect([name, key.always === true]).toEqual([name, ['market', 'rules', 'phrases', 'approved'].includes(name)]);
  });

  it('have an example here for every setting a file may write', () => {
    expect(fileSettings.filter((name) => EXAMPLES[name] === undefined)).toEqual([]);
  });

  it('agree on which settings every ResolvedConfig holds: merging nothing gives DEFAULT_CONFIG', () => {
    expect(mergeLayers([], builtInIds)).toEqual(DEFAULT_CONFIG);
    for (const [name, key] of SETTINGS) expect([name, name in DEFAULT_CONFIG]).toEqual([name, key.always === true]);
  });
});

describe('the schema, derived from the table', () => {
  it('has a top-level property for every key a file may write, and no other', () => {
    const fileKeys = Object.keys(KEYS).filter((k) => KEYS[k as keyof KeyTable].schema);
    expect(Object.keys(schema.properties!)).toEqual(fileKeys);
  });

  it('lets an override hold every setting a file may write', () => {
    expect(Object.keys(schema.definitions!['override']!.properties!)).toEqual(['files', ...fileSettings]);
  });

  it('accepts every example', () => {
    for (const name of fileSettings) expect([name, validator.check({ [name]: example(name).value })]).toEqual([name, undefined]);
  });
});

describe('every key a file may write reaches the resolved config and --print-config', () => {
  it.each(fileSettings)('%s, at the top level and in an override', (name) => {
    const { value, resolved } = example(name);
    for (const raw of [{ [name]: value }, { overrides: [{ files: ['**'], [name]: value }] }]) {
      const { config, printed } = resolve(raw);
      if (name === 'rules') expect(config.rules).toMatchObject(resolved as object);
      else expect(config[name]).toEqual(resolved);
      expect(config[name]).not.toEqual(DEFAULT_CONFIG[name]);
      if (KEYS[name].print === 'hidden') expect(printed).not.toHaveProperty(name);
      else expect(printed[name]).toBeDefined();
    }
  });

  it('prints no key the schema lacks, and every printed setting from the table', () => {
    const everything = Object.fromEntries(fileSettings.filter((n) => n !== 'phrases').map((n) => [n, example(n).value]));
    const { printed } = resolve(everything);
    const settingsShown = Object.keys(printed).filter((k) => !['file', 'configFile', 'ignored'].includes(k));
    expect(settingsShown).toEqual(SETTINGS.filter(([, key]) => key.print !== 'hidden').map(([name]) => name));
    for (const k of settingsShown) expect(schema.properties).toHaveProperty(k);
  });

  it('merges only keys of the table', () => {
    const layer: Layer = { ...resolve(Object.fromEntries(fileSettings.map((n) => [n, example(n).value]))).config, rules: [], allRules: true };
    expect(Object.keys(mergeLayers([layer], builtInIds)).sort()).toEqual(SETTINGS.map(([name]) => name).sort());
  });

  it('leaves settings without a schema to the presets, and some preset sets each', () => {
    for (const [name, key] of SETTINGS.filter(([, k]) => !k.schema)) {
      expect([name, PRESETS.some((p) => presetUnit(p, '/').base[name] !== undefined)]).toEqual([name, true]);
      expect(validator.check({ [name]: key.default })?.message).toMatch(/^unknown key/);
    }
  });
});

describe('merging, as each key says', () => {
  const layer = (raw: Record<string, unknown>) => normalizeConfig(raw as RawConfig, { name: 'c.json', file: '/x/c.json', prefix: [] }, known, new Set(['p'])).base;

  it('gives the later layer the last word on single values, whole objects included', () => {
    const config = mergeLayers([layer({ market: 'eu', frontmatter: { include: ['title'] } }), layer({ frontmatter: { exclude: ['a'] } })], builtInIds);
    expect(config.market).toBe('eu');
    expect(config.frontmatter).toEqual({ exclude: ['a'] });
  });

  it('keys phrases by id and approved claims by claim and evidence, a later one replacing in place', () => {
    const config = mergeLayers(
      [
        layer({ phrases: [{ id: 'p', match: 'glow', message: 'one' }, { id: 'q', match: 'shine', message: 'q' }], approved: [{ claim: 'a b', evidence: 'e' }] }),
        layer({ phrases: [{ id: 'p', match: 'glow', message: 'two' }], approved: [{ claim: 'a b', evidence: 'e' }, { claim: 'a b', evidence: 'f' }] }),
      ],
      builtInIds,
    );
    expect(config.phrases.map((p) => `${p.id}:${p.message}`)).toEqual(['p:two', 'q:q']);
    expect(config.approved.map((a) => a.evidence)).toEqual(['e', 'f']);
  });

  it('lets "*" clear the rule settings before it, and gives phrases the severity rules set', () => {
    const config = mergeLayers([layer({ rules: { hype: 'off', p: 'error' }, phrases: [{ id: 'p', match: 'glow', message: 'm' }] }), layer({ rules: { '*': 'warn' } })], builtInIds);
    expect(config.rules['hype']).toEqual({ severity: 'warn' });
    expect(config.phrases[0]!.severity).toBe('warn');
  });
});

describe('keys named like Object.prototype\'s', () => {
  it.each([
    ['{"__proto__": {"market": "uk"}}', '__proto__'],
    ['{"constructor": 1}', 'constructor'],
    ['{"prototype": {}}', 'prototype'],
    ['{"toString": "x"}', 'toString'],
    ['{"frontmatter": {"constructor": ["title"]}}', 'frontmatter.constructor'],
    ['{"overrides": [{"files": ["a"], "__proto__": {"strict": true}}]}', 'overrides[0].__proto__'],
    ['{"phrases": [{"id": "a", "match": "glow", "message": "m", "hasOwnProperty": "x"}]}', 'phrases[0].hasOwnProperty'],
  ])('are unknown keys like any other: %s', (json, at) => {
    expect(validator.check(JSON.parse(json))).toMatchObject({ path: at, message: 'unknown key' });
  });

  it('are not found as required keys on the prototype', () => {
    const schemaWithRequired = { type: 'object' as const, required: ['toString'], properties: { toString: { type: 'string' as const } } };
    expect(validator.check({}, schemaWithRequired)).toMatchObject({ path: '', message: 'missing required key "toString"' });
  });

  it('cannot hand a JavaScript config settings through its prototype', () => {
    const sneaky = Object.create({ market: 'fr' }) as Record<string, unknown>;
    expect(validator.check(sneaky)).toMatchObject({ path: '__proto__', message: 'unknown key' });
    expect(validator.check({ frontmatter: Object.create({ include: 3 }) })).toMatchObject({ path: 'frontmatter.__proto__', message: 'unknown key' });
    expect(validator.check(Object.create(null))).toBeUndefined();
  });
});

describe('config files with such keys', () => {
  /** What resolving a config file's settings says: the market, or the error. */
  async function outcome(name: string, text: string): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-keys-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, name), text);
    try {
      return (await createConfigResolver(rulePack, { cwd: dir }).forFile(path.join(dir, 'a.md'))).config.market;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it.each([
    ['claimlint.config.json', '{"__proto__": {"market": "uk"}}', ':1:2'],
    // With a comment the file goes to jsonc-parser, whose own parse would set the prototype.
    ['claimlint.config.json', '// UK site\n{"__proto__": {"market": "uk"},}', ':2:2'],
    ['claimlint.config.yaml', '__proto__:\n  market: uk\n', ':1:1'],
    // A JavaScript config has no text to point into.
    ['claimlint.config.mjs', 'export default { __proto__: { market: "uk" } };\n', ''],
  ])('are refused: %s %j', async (name, text, at) => {
    expect(await outcome(name, text)).toBe(`${name}${at}: __proto__: unknown key`);
  });

  it.each([
    ['{"rules": {"__proto__": "off"}}', '1:12'],
    ['// comment\n{"rules": {"__proto__": "off"}}', '2:12'],
  ])('are refused as rule ids too: %j', async (text, at) => {
    expect(await outcome('claimlint.config.json', text)).toBe(`claimlint.config.json:${at}: rules.__proto__: unknown rule "__proto__"`);
  });

  it('are refused inside package.json too', async () => {
    expect(await outcome('package.json', '{"claimlint": {"constructor": {}}}')).toBe('package.json:1:16: claimlint.constructor: unknown key');
  });

  it('leave other files as they were: a market in any case, in JSON with comments and YAML', async () => {
    expect(await outcome('claimlint.config.json', '{"market": "EU", /* for Brussels */}')).toBe('eu');
    expect(await outcome('claimlint.config.yaml', 'market: UK\n')).toBe('uk');
  });
});

describe('market names', () => {
  it.each(['UK', 'Uk', 'uK', 'EU', 'Us'])('are read in any case: %s', (market) => {
    expect(resolve({ market }).config.market).toBe(market.toLowerCase());
    expect(resolve({ overrides: [{ files: ['**'], market }] }).config.market).toBe(market.toLowerCase());
  });

  it.each([
    ['fr', ''],
    ['u k', '; did you mean "uk"?'],
    [' uk', '; did you mean "uk"?'],
    ['ukk', '; did you mean "uk"?'],
    ['', ''],
  ])('still reject what is no market: %j', (market, suggestion) => {
    expect(validator.check({ market })).toMatchObject({ path: 'market', message: `expected "us" | "eu" | "uk", got another string${suggestion}` });
  });

  it('are named by kind, never by value, when the value is no string', () => {
    expect(validator.check({ market: 3 })).toMatchObject({ path: 'market', message: 'expected "us" | "eu" | "uk", got a number' });
  });
});

describe('the documentation', () => {
  const docs = [path.join(root, 'README.md'), ...listDocs(path.join(root, 'docs'))].map((f) => readFileSync(f, 'utf8')).join('\n');

  it('has a row for every key a config file may write', () => {
    for (const name of Object.keys(schema.properties!)) expect([name, docs.includes(`| \`${name}\` |`)]).toEqual([name, true]);
  });
});

describe('claimlint --init', () => {
  it('writes a starter config every key of which the table knows and the schema accepts', () => {
    for (const preset of PRESETS) {
      const starter = JSON.parse(starterConfig({ market: 'uk', preset })) as Record<string, unknown>;
      expect(validator.check(starter)).toBeUndefined();
      for (const key of Object.keys(starter)) expect(KEYS).toHaveProperty(key);
    }
  });
});

function listDocs(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.filter((e) => e.endsWith('.md')).map((e) => path.join(dir, e));
}
