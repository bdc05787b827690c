import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { applyEdits } from '../../src/fix/apply-fixes.js';
import { MAX_FIX_PASSES, fixText } from '../../src/fix/fix-text.js';
import { markdownShape, shapeOf } from '../../src/fix/structure.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { DEFAULT_CONFIG, type ResolvedConfig, type UserPhrase } from '../../src/shared/resolved-config.js';
import { lintText } from '../../src/screen/lint-text.js';

const withPhrases = (...phrases: UserPhrase[]): ResolvedConfig => ({ ...DEFAULT_CONFIG, phrases });
const phrase = (id: string, match: string, suggest: string): UserPhrase => ({ id, match: [match], message: `${id} says so`, suggest: [suggest] });

describe('applyEdits', () => {
  it('applies edits in source order whatever order they come in', () => {
    const r = applyEdits('one two three', [
      { range: [8, 13], text: '3' },
      { range: [0, 3], text: '1' },
    ]);
    expect(r.output).toBe('1 two 3');
    expect(r.deferred).toEqual([]);
  });

  it('keeps the first of two overlapping edits and defers the other', () => {
    const r = applyEdits('abcdef', [
      { range: [1, 4], text: 'X' },
      { range: [3, 5], text: 'Y' },
    ]);
    expect(r.output).toBe('aXef');
    expect(r.deferred).toEqual([{ range: [3, 5], text: 'Y' }]);
  });

  it('treats touching edits and two insertions at one point as overlapping', () => {
    expect(applyEdits('abcd', [{ range: [0, 2], text: 'X' }, { range: [2, 4], text: 'Y' }]).output).toBe('Xcd');
    expect(applyEdits('ab', [{ range: [1, 1], text: 'X' }, { range: [1, 1], text: 'Y' }]).output).toBe('aXb');
  });

  it('refuses an edit outside the text rather than writing garbage', () => {
    expect(() => applyEdits('abc', [{ range: [2, 9], text: '' }])).toThrow(RangeError);
  });
});

describe('markdownShape', () => {
  it('sees node types and nesting, not words', () => {
    expect(shapeOf('- **Reduce scars.**\n')).toBe(shapeOf('- **Help reduce the appearance of scars.**\n'));
    expect(shapeOf('- **Reduce scars.**\n')).not.toBe(shapeOf('- Reduce scars.\n'));
    expect(shapeOf('Text *here*.\n')).not.toBe(shapeOf('Text here.\n'));
  });

  it('walks a deeply nested tree without recursion', () => {
    const deep = '>'.repeat(3000) + ' x\n';
    expect(markdownShape(parseMarkdown(deep)).split('blockquote').length - 1).toBeGreaterThan(100);
  });
});

describe('fixText', () => {
  it('fixes the imperative bullets of a seed-style article and re-lints clean of them', () => {
    const text = '## What it does\n\n- **Reduce scars.**\n- **Minimize wrinkles.**\n- **Correct sun damage.**\n';
    const r = fixText(text, { pack: rulePack });
    expect(r.output).toBe(
      '## What it does\n\n- **Help reduce the appearance of scars.**\n- **Help minimize the appearance of wrinkles.**\n- **Help improve the appearance of sun damage.**\n',
    );
    expect(r.fixesApplied).toBe(3);
    expect(r.found).toHaveLength(3);
    expect(r.messages).toEqual([]);
    expect(lintText(r.output, { pack: rulePack }).messages).toEqual([]);
    expect(fixText(r.output, { pack: rulePack }).fixesApplied).toBe(0);
  });

  it('keeps formatting inside the claim', () => {
    expect(fixText('The laser corrects **sun damage**.\n', { pack: rulePack }).output).toBe('The laser may help improve the appearance of **sun damage**.\n');
  });

  // "[our cream eliminates wrinkles][]": the words are the label too; a
  // fix there unlinked the reference, and the structure check then dropped
  // every fix of the file.
  it('does not fix the words of a reference that are its label, and fixes the rest of the file', () => {
    const md = 'Our cream eliminates wrinkles.\n\nSee [our cream eliminates wrinkles][] or [this erases scars].\n\n[our cream eliminates wrinkles]: https://x.test/a\n[this erases scars]: https://x.test/b\n\nAlso [this erases scars](https://x.test/c).\n';
    const out = fixText(md, { pack: rulePack, config: DEFAULT_CONFIG }).output;
    expect(out).toBe(
      'Our cream may help reduce the appearance of wrinkles.\n\nSee [our cream eliminates wrinkles][] or [this erases scars].\n\n[our cream eliminates wrinkles]: https://x.test/a\n[this erases scars]: https://x.test/b\n\nAlso [this may help reduce the appearance of scars](https://x.test/c).\n',
    );
  });

  it('keeps a BOM and hands back the input itself when there is nothing to fix', () => {
    expect(fixText('\uFEFFReduce scars.\n', { pack: rulePack }).output).toBe('\uFEFFHelp reduce the appearance of scars.\n');
    const clean = 'Our facial may help skin look brighter.\n';
    expect(fixText(clean, { pack: rulePack })).toMatchObject({ output: clean, fixesApplied: 0, passes: [] });
  });

  it('fixes only what `accept` lets through', () => {
    const r = fixText('Reduce scars. The serum removes wrinkles.\n', { pack: rulePack, accept: (m) => m.claim === 'removes wrinkles' });
    expect(r.output).toBe('Reduce scars. The serum may help reduce the appearance of wrinkles.\n');
    expect(r.messages.map((m) => m.claim)).toEqual(['Reduce scars']);
  });

  it('takes in the rewrite of a claim that a rewrite uncovers, so one fix leaves the sentence clean', () => {
    const config = withPhrases(phrase('first', 'alpha beta', 'gamma delta'), phrase('second', 'gamma delta', 'epsilon'));
    const r = fixText('We say alpha beta here.\n', { pack: rulePack, config });
    expect(r.output).toBe('We say epsilon here.\n');
    expect(r.passes.map((p) => p.length)).toEqual([1]);
    expect(r.fixesApplied).toBe(1);
  });

  it('offers no fix for rewrites that never settle', () => {
    const config = withPhrases(phrase('there', 'alpha', 'beta'), phrase('back', 'beta', 'alpha'));
    const r = fixText('Say alpha.\n', { pack: rulePack, config });
    expect(r.passes).toEqual([]);
    expect(r.output).toBe('Say alpha.\n');
    expect(r.messages.map((m) => [m.ruleId, m.fix, m.suggestions])).toEqual([['there', undefined, undefined]]);
  });

  it('fixes two claims of one sentence with one edit, the same for both findings', () => {
    const config = withPhrases(phrase('one', 'alpha', 'beta'), phrase('two', 'gamma', 'delta'));
    const found = lintText('Say alpha gamma.\n', { pack: rulePack, config }).messages;
    expect(found.map((m) => m.fix)).toEqual([
      { range: [4, 15], text: 'beta delta' },
      { range: [4, 15], text: 'beta delta' },
    ]);
    const r = fixText('Say alpha gamma.\n', { pack: rulePack, config });
    expect(r.output).toBe('Say beta delta.\n');
    expect(r.passes.map((p) => p.length)).toEqual([1]);
    expect(r.passes.length).toBeLessThan(MAX_FIX_PASSES);
  });

  it('discards every fix of a document whose structure a fix would change', () => {
    const config = withPhrases(phrase('shout', 'miracle cream', '*our cream*'));
    const text = '# Title\n\nTry the miracle cream today. Reduce scars.\n';
    const r = fixText(text, { pack: rulePack, config });
    expect(r.discarded).toBe('the fixes would change the Markdown structure');
    expect(r.output).toBe(text);
    expect(r.fixesApplied).toBe(0);
    expect(r.messages.map((m) => m.ruleId).sort()).toEqual(['absolute-guarantee', 'shout']);
  });
});
