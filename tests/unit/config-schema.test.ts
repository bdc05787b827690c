import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AjvModule from 'ajv';
// ajv's CommonJS default export, as NodeNext types see it.
const Ajv = AjvModule as unknown as typeof AjvModule.default;
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/shared/resolved-config.js';
import { KEYS } from '../../src/config/keys.js';
import { schemaText } from '../../src/config/schema-file.js';
import { SchemaValidator } from '../../src/config/validate.js';
import { lintText } from '../../src/screen/lint-text.js';
import { defineRule } from '../../src/judge/rule.js';
import { rulePack } from '../../rules/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the shipped JSON Schema', () => {
  const schema = JSON.parse(schemaText(rulePack)) as Record<string, unknown>;

  it('is current (npm run build rewrites schema/claimlint.schema.json)', async () => {
    expect(await readFile(path.join(root, 'schema/claimlint.schema.json'), 'utf8')).toBe(schemaText(rulePack));
  });

  it('declares exactly the key table\'s keys, each with the table\'s schema, at the top level and in overrides', async () => {
    const shipped = JSON.parse(await readFile(path.join(root, 'schema/claimlint.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
      definitions: { override: { properties: Record<string, unknown> } };
    };
    const written = Object.entries(KEYS).filter(([, key]) => key.schema);
    expect(Object.keys(shipped.properties)).toEqual(written.map(([name]) => name));
    for (const [name, key] of written) expect([name, shipped.properties[name]]).toEqual([name, JSON.parse(JSON.stringify(key.schema))]);
    const settings = written.filter(([, key]) => key.kind === 'setting').map(([name]) => name);
    expect(Object.keys(shipped.definitions.override.properties)).toEqual(['files', ...settings]);
  });

  it('lists every built-in rule id for autocomplete', () => {
    const ruleProps = (schema['definitions'] as Record<string, { properties: Record<string, unknown> }>)['rules']!.properties;
    expect(Object.keys(ruleProps)).toEqual(['*', ...rulePack.rules.map((r) => r.meta.id)]);
  });

  it('agrees with a standard validator on what is valid', async () => {
    const ajv = new Ajv({ allErrors: false });
    ajv.addKeyword('x-expected');
    const standard = ajv.compile(schema);
    const ours = new SchemaValidator(schema);
    const example = JSON.parse(await readFile(path.join(root, 'fixtures/config/site/claimlint.config.json'), 'utf8')) as unknown;
    const samples: Array<[unknown, boolean]> = [
      [example, true],
      [{}, true],
      [{ extends: 'claimlint:strict', rules: { '*': 'off', x: ['warn', { level: 2 }] }, reportUnusedDirectives: 'warn' }, true],
      [{ phrases: [{ id: 'a/b', match: 'glow', message: 'm', suggest: ['shine'] }] }, true],
      [{ frontmatter: { include: ['title'], exclude: ['**.icon'] } }, true],
      [{ rules: { hype: 'of' } }, false],
      [{ rules: { hype: [] } }, false],
      [{ rules: { hype: ['warn', {}, 1] } }, false],
      [{ market: 'fr' }, false],
      [{ market: 'UK' }, true],
      [{ overrides: [{ files: ['a'], market: 'Eu' }] }, true],
      [{ market: ' uk' }, false],
      [JSON.parse('{"__proto__": {"market": "uk"}}'), false],
      [{ constructor: 1 }, false],
      [{ frontmatter: { toString: ['title'] } }, false],
      [{ markt: 'us' }, false],
      [{ phrases: [{ id: 'a b', match: 'x', message: 'm' }] }, false],
      [{ phrases: [{ id: 'a', match: [], message: 'm' }] }, false],
      [{ approved: [{ claim: 'x' }] }, false],
      [{ overrides: [{ files: ['a/**'], ignores: [] }] }, false],
      [{ extends: 3 }, false],
      [[], false],
    ];
    for (const [sample, valid] of samples) {
      expect([sample, standard(sample)]).toEqual([sample, valid]);
      expect([sample, ours.check(sample) === undefined]).toEqual([sample, valid]);
    }
  });
});

describe('compiled config', () => {
  const marketRule = defineRule({
    meta: {
      id: 'test-neurotoxin',
      category: 'test',
      description: 'test rule',
      severity: 'warn',
      source: { name: 'test', url: 'https://example.org' },
      fixable: false,
      reason: 'it is a test',
      markets: { uk: { severity: 'error', reason: 'in the UK prescription-only medicines may not be advertised' } },
    },
    patterns: ['neurotoxin'],
    clearedBy: [],
    message: () => 'Names a neurotoxin',
    examples: { valid: [], invalid: [] },
  });
  const quietRule = defineRule({ ...marketRule, meta: { ...marketRule.meta, id: 'test-quiet', recommended: false, markets: {} }, patterns: ['quietly'] });
  const pack = { ...rulePack, rules: [marketRule, quietRule] };
  const run = (config: Partial<ResolvedConfig>, text: string) =>
    lintText(text, { pack, config: { market: 'us', rules: {}, phrases: [], approved: [], ...config } }).messages.map((m) => `${m.ruleId}:${m.severity}:${m.message}`);

  it('applies a rule\'s market severity and note, below an explicit setting', () => {
    expect(run({}, 'A neurotoxin.\n')).toEqual(['test-neurotoxin:1:Names a neurotoxin; it is a test.']);
    expect(run({ market: 'uk' }, 'A neurotoxin.\n')).toEqual([
      'test-neurotoxin:2:Names a neurotoxin; in the UK prescription-only medicines may not be advertised.',
    ]);
    expect(run({ market: 'uk', rules: { 'test-neurotoxin': { severity: 'warn' } } }, 'A neurotoxin.\n')[0]).toMatch(/^test-neurotoxin:1:/);
  });

  it('leaves rules marked recommended: false off unless all rules are on', () => {
    expect(run({}, 'Said quietly.\n')).toEqual([]);
    expect(run({ allRules: true }, 'Said quietly.\n')).toEqual(['test-quiet:1:Names a neurotoxin; it is a test.']);
  });
});
