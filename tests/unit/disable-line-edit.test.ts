// The editor's "Disable RULE for this line" quick fix: the comment it adds
// must leave the document as it was in every other way.
import { describe, expect, it } from 'vitest';
import { disableLineEdit } from '../../src/lsp/server.js';
import type { LintMessage } from '../../src/shared/lint-result.js';

const finding = (text: string, words: string): LintMessage => {
  const at = text.indexOf(words);
  return { ruleId: 'absolute-guarantee', severity: 2, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, range: [at, at + words.length] };
};
const apply = (text: string, e: { range: [number, number]; text: string }) => text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]);

describe('disableLineEdit', () => {
  it('keeps a backslash hard break last on its line', () => {
    const text = 'Our cream eliminates wrinkles\\\nand more.\n';
    const e = disableLineEdit(text, 'a.md', finding(text, 'eliminates wrinkles'))!;
    expect(apply(text, e)).toBe('Our cream eliminates wrinkles <!-- claimlint-disable-line absolute-guarantee -->\\\nand more.\n');
    // An escaped backslash is text, not a break.
    const escaped = 'Our cream eliminates wrinkles\\\\\n';
    expect(apply(escaped, disableLineEdit(escaped, 'a.md', finding(escaped, 'eliminates wrinkles'))!)).toBe('Our cream eliminates wrinkles\\\\ <!-- claimlint-disable-line absolute-guarantee -->\n');
  });

  it('offers nothing inside a JSX tag over several lines, where a comment would break the MDX', () => {
    const text = '<Hero\n  title="Our cream eliminates wrinkles"\n/>\n';
    expect(disableLineEdit(text, 'a.mdx', finding(text, 'eliminates wrinkles'))).toBeUndefined();
    // Text between tags is a child: the comment goes there.
    const child = '<Note>\nOur cream eliminates wrinkles\n</Note>\n';
    expect(apply(child, disableLineEdit(child, 'a.mdx', finding(child, 'eliminates wrinkles'))!)).toBe('<Note>\nOur cream eliminates wrinkles {/* claimlint-disable-line absolute-guarantee */}\n</Note>\n');
  });
});
