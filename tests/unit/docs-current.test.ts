// The rule pages in docs/rules/ are generated (npm run build:docs); this
// keeps the committed pages equal to what the generator writes from the
// rules in source now, and holds the generator to the linter's real output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lists, rulePack, rules } from '../../rules/index.js';
import { GENERATED, renderRuleDocs } from '../../scripts/docs/rule-pages.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import { MARKETS, type Market } from '../../src/index.js';
import { lintText as lintScreened, type LintTextOptions } from '../../src/screen/lint-text.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, 'docs', 'rules');
const markets: Market[] = [...MARKETS];
const index = readFileSync(path.join(dir, 'index.md'), 'utf8');
const lintText = (text: string, options: Omit<LintTextOptions, 'pack'> & { market?: Market } = {}) => {
  const { market, ...rest } = options;
  return lintScreened(text, { pack: rulePack, ...rest, ...(market ? { config: { ...(rest.config ?? DEFAULT_CONFIG), market } } : {}) });
};
const render = (pack: { rules: typeof rules; lists: typeof lists }) => renderRuleDocs({ ...pack, lintText, markets, index });

const pages = render({ rules, lists });

describe('docs/rules/', () => {
  it('has a page for every rule, the index and the word lists', () => {
    expect([...pages.keys()].sort()).toEqual([...rules.map((r) => `${r.meta.id}.md`), 'index.md', 'word-lists.md'].sort());
  });

  it.each([...pages.keys()])('%s is current (run `npm run build:docs` and commit the result)', (name) => {
    const file = path.join(dir, name);
    expect(existsSync(file), `docs/rules/${name} is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(pages.get(name));
  });

  it('holds no generated page for a rule that is gone', () => {
    const generated = readdirSync(dir).filter((name) => readFileSync(path.join(dir, name), 'utf8').startsWith(GENERATED));
    expect(generated.filter((name) => !pages.has(name))).toEqual([]);
  });
});

describe('the generator', () => {
  const rule = rules.find((r) => r.meta.id === 'absolute-guarantee')!;
  const withExamples = (examples: Partial<typeof rule.examples>) => ({ rules: [{ ...rule, examples: { ...rule.examples, ...examples } }], lists });

  it('refuses an invalid example the rule does not report', () => {
    expect(() => render(withExamples({ invalid: [...rule.examples.invalid, { text: 'Book a consultation.' }] }))).toThrow(/"Book a consultation\." is not reported/);
  });

  it('refuses an expected rewrite the rule does not offer', () => {
    expect(() => render(withExamples({ invalid: [{ text: 'Reduce scars.', output: 'Reduce scars gently.' }] }))).toThrow(/should be rewritten as "Reduce scars gently\."/);
  });

  it('refuses a valid example the rule reports', () => {
    expect(() => render(withExamples({ valid: ['It erases wrinkles.'] }))).toThrow(/"It erases wrinkles\." should not be reported/);
  });

  it('shows the findings and rewrites of a real run', () => {
    const page = pages.get('absolute-guarantee.md')!;
    const found = lintText('Reduce scars.').messages[0]!;
    expect(page).toContain(`1:1 **error**: ${found.message}`);
    expect(page).toContain('Rewrite (*fixable*): `Help reduce the appearance of scars.`');
  });

  it('reads each market\'s severity off a real run', () => {
    const row = pages.get('index.md')!.split('\n').find((line) => line.startsWith('| [safety-no-risk]'))!;
    const severity = (market: 'us' | 'eu' | 'uk') => (lintText('The treatment is painless.', { market }).messages[0]!.severity === 2 ? 'error' : 'warn');
    expect(row).toContain(`| ${severity('us')} | ${severity('eu')} | ${severity('uk')} |`);
    expect(row).toContain('| warn | warn | error |');
  });
});
