// A run compiles its rules once for its files and once more, with every rule
// on, to check rewrites (src/edit/relint.ts). Under the recommended
// configuration both are the same rules: they share one matcher and one
// judge, and what either finds is what it found on its own.
import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { compiledFor, compileRules } from '../../src/judge/compile.js';
import { DEFAULT_CONFIG, type ResolvedConfig, type UserPhrase } from '../../src/shared/resolved-config.js';

const everyRule = (config: ResolvedConfig): ResolvedConfig => ({ market: config.market, rules: {}, phrases: config.phrases, approved: [], allRules: true });
const phrase: UserPhrase = { id: 'team/miracle', match: ['miracle cream'], message: 'No miracles.' };

describe('compiled rule sets', () => {
  it('share the matcher and the judge when they compile the same rules and phrases', () => {
    const run = compiledFor(rulePack, DEFAULT_CONFIG);
    const check = compiledFor(rulePack, everyRule(DEFAULT_CONFIG));
    expect(check).not.toBe(run);
    expect(check.matcher).toBe(run.matcher);
    expect(check.owners).toBe(run.owners);
    expect(check.judge).toBe(run.judge);
  });

  it('do not share them when the rules, the phrases, their severities or the strictness differ', () => {
    const phrases = [phrase];
    const withPhrase: ResolvedConfig = { ...DEFAULT_CONFIG, phrases };
    const base = compileRules(rulePack, withPhrase);
    const ruleOff = compileRules(rulePack, { ...withPhrase, rules: { hype: { severity: 'off' } } });
    const phraseError = compileRules(rulePack, { ...withPhrase, rules: { 'team/miracle': { severity: 'error' } } });
    const otherPhrases = compileRules(rulePack, { ...withPhrase, phrases: [{ ...phrase }] });
    for (const other of [ruleOff, phraseError, otherPhrases]) expect(other.matcher).not.toBe(base.matcher);
    expect(compileRules(rulePack, { ...withPhrase, strict: true }).judge).not.toBe(base.judge);
    // The phrase's severity is its owner's: a shared owner would report the other's.
    const owner = (c: typeof base) => c.owners.find((o) => o.kind === 'phrase');
    expect([owner(base)?.kind === 'phrase' && owner(base)!.severity, owner(phraseError)?.kind === 'phrase' && owner(phraseError)!.severity]).toEqual([1, 2]);
  });
});
