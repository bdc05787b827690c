import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import { lint, applyEdit } from '../helpers.js';

/** The one message's automatic fix applied, or undefined when it has none. */
function fixed(text: string): string | undefined {
  const [m, ...rest] = lint(text);
  expect(rest).toEqual([]);
  return m?.fix ? applyEdit(text, m.fix) : undefined;
}

describe('fix edits touch only the claim words', () => {
  it('keeps a hard-wrapped line break, LF or CRLF, and the lines about as long', () => {
    expect(fixed('It gently\nerases wrinkles.\n')).toBe('It may help gently reduce\nthe appearance of wrinkles.\n');
    expect(fixed('It gently\r\nerases wrinkles.\r\n')).toBe('It may help gently reduce\r\nthe appearance of wrinkles.\r\n');
  });

  it('keeps the container prefix of a wrapped line in a blockquote or list', () => {
    expect(fixed('> It gently\n> erases wrinkles.\n')).toBe('> It may help gently reduce\n> the appearance of wrinkles.\n');
    expect(fixed('- It gently\n  erases wrinkles.\n')).toBe('- It may help gently reduce\n  the appearance of wrinkles.\n');
  });

  it('keeps every line break of a claim wrapped over several lines', () => {
    const out = fixed('It also\ngently\nerases wrinkles.\n');
    expect(out?.split('\n')).toHaveLength(4);
    expect(out?.replace(/\n/g, ' ')).toBe('It may also help gently reduce the appearance of wrinkles. ');
  });

  it('offers no automatic fix when there are fewer new words than lines to keep', () => {
    const config = { ...DEFAULT_CONFIG, phrases: [{ id: 'mine', match: ['alpha beta'], message: 'say gamma', suggest: ['gamma'] }] };
    const text = 'We say alpha\nbeta here.\n';
    const [m] = lint(text, config);
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions).toHaveLength(1);
  });

  it('keeps formatting that lies wholly inside or outside the replaced words', () => {
    expect(fixed('It **erases wrinkles**.\n')).toBe('It **may help reduce the appearance of wrinkles**.\n');
    expect(fixed('It erases [wrinkles](https://example.com/a).\n')).toBe('It may help reduce the appearance of [wrinkles](https://example.com/a).\n');
  });

  it('offers no automatic fix when the rewrite would cut through formatting, but still suggests it', () => {
    for (const text of ['Guaranteed **results** after one session.\n', 'It *visibly* erases wrinkles.\n', 'It e**rases** wrinkles.\n']) {
      const [m] = lint(text);
      expect(m, text).toBeDefined();
      expect(m!.fix, text).toBeUndefined();
      expect(m!.suggestions, text).toHaveLength(1);
    }
  });
});
