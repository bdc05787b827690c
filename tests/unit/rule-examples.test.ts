// Every rule's own examples run as tests (like ESLint's RuleTester), and
// every suggestion is re-linted: a rewrite must not be flagged by its rule.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import { applyEdit, lint as lintAt } from '../helpers.js';

// An example reported only in some markets names the market it is for.
const configs = new Map<string, typeof DEFAULT_CONFIG>();
const lint = (text: string, market = DEFAULT_CONFIG.market) => {
  if (!configs.has(market)) configs.set(market, { ...DEFAULT_CONFIG, market });
  return lintAt(text, configs.get(market)!);
};

describe.each(rules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has the metadata a report needs', () => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.source.url).toMatch(/^https:\/\//);
    expect(rule.meta.source.name.length).toBeGreaterThan(3);
    expect(['error', 'warn']).toContain(rule.meta.severity);
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rule.examples.valid)('accepts: %s', (text) => {
    expect(lint(text).filter((m) => m.ruleId === id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))('reports: %s', (text, example) => {
    const found = lint(text, example.market).filter((m) => m.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
    const m = found[0]!;
    expect(m.message.length).toBeGreaterThan(20);
    if (example.output !== undefined) {
      expect(m.suggestions?.length).toBeGreaterThan(0);
      expect(applyEdit(text, m.suggestions![0]!.fix)).toBe(example.output);
    }
    if (!m.suggestions?.length) expect(m.advice ?? '').not.toBe('');
    for (const s of m.suggestions ?? []) {
      const rewritten = applyEdit(text, s.fix);
      const from = s.fix.range[0];
      const to = from + s.fix.text.length;
      const again = lint(rewritten, example.market).filter((x) => x.ruleId === id && x.range[0] <= to && x.range[1] >= from);
      expect(again, `suggestion "${rewritten}" is flagged again`).toEqual([]);
    }
  });
});
