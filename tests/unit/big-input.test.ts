// The whole set of bad and big inputs in one run of the command line. The
// big inputs are generated here, never committed. By default the biggest are
// scaled down to keep `npm test` quick; `npm run test:stress` runs them at
// full size (a 20 MB file, 3,000 list levels nested by indentation).
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, tempDir } from '../cli-helpers.js';

const STRESS = process.env['CLAIMLINT_STRESS'] === '1';
const BIG_CHARS = STRESS ? 20_000_000 : 2_000_000;
const INDENTED_LEVELS = STRESS ? 3000 : 1000;
const CLAIM = 'Our balm erases wrinkles.';

/** Markdown of about `size` characters, in the shapes content repositories
 * hold: sections, wrapped paragraphs with emphasis and links, lists, tables,
 * code and quotes; every twentieth paragraph carries one claim. */
function bigMarkdown(size: number): { text: string; claims: number } {
  const parts: string[] = [];
  let length = 0;
  let claims = 0;
  for (let i = 0; length < size; i++) {
    const claim = i % 20 === 0;
    if (claim) claims++;
    const block = [
      `## Section ${i}\n`,
      `The garden notes for week ${i} are *short* and plain. People read them on the\n` +
        `morning train, and [the archive](https://example.com/notes/${i}) keeps every page.\n` +
        `${claim ? `${CLAIM} ` : ''}Nothing else changed this week.\n`,
      `- tea on the shelf\n- a blue jar\n  - with a lid\n`,
      `| day | note |\n| --- | --- |\n| Monday | quiet |\n| Friday | busy |\n`,
      '```js\nconst week = ' + i + ';\n```\n',
      `> A quote from the garden, week ${i}.\n`,
    ].join('\n');
    parts.push(block, '\n');
    length += block.length + 1;
  }
  return { text: parts.join(''), claims };
}

describe('bad and big input, all in one run', () => {
  it(
    'lints every file it can, reports the rest, and keeps positions exact',
    async () => {
      const big = bigMarkdown(BIG_CHARS);
      // About 1 MB on one line, 9,000 claims: under the findings limit of
      // one file (10,000; huge-files.test.ts has a file past it).
      const longLine = Array.from({ length: 18_000 }, (_, i) => (i % 2 ? 'the shelf holds a blue jar, ' : 'this lotion erases wrinkles, and it smooths skin, ')).join('');
      const files: Record<string, string | Buffer> = {
        'big.md': big.text,
        'long-line.md': longLine,
        'deep-quotes.md': `${'> '.repeat(10_000)}${CLAIM}\n`,
        'deep-quote-lines.md': Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i + 1)} row ${i}`).join('\n') + ` ${CLAIM}\n`,
        'deep-list.md': `${'- '.repeat(10_000)}${CLAIM}\n`,
        'indented-list.md': Array.from({ length: INDENTED_LEVELS }, (_, i) => `${'  '.repeat(i)}- ${i === INDENTED_LEVELS - 1 ? CLAIM : `item ${i}`}`).join('\n'),
        'emphasis-bomb.md': `${'*_'.repeat(20_000)}${CLAIM}${'_*'.repeat(20_000)}\n`,
        'emoji.md': `👩‍👩‍👧‍👦\u0301\u0301\n\n🧴 ${CLAIM}\n`,
        'empty.md': '',
        'front-matter.md': '---\ntitle: Notes\n---\n',
        'binary.md': Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]),
        'bad-utf8.md': Buffer.concat([Buffer.from([0xc3, 0x28]), Buffer.from(` ${CLAIM}\n`)]),
        'utf16.md': Buffer.from(`\uFEFF${CLAIM}\n`, 'utf16le'),
        'no-markdown/notes.txt': 'plain text\n',
      };
      const dir = await tempDir(files);
      await symlink('loop.md', path.join(dir, 'loop.md'));

      const started = Date.now();
      const { code, stdout, stderr } = await cli(['.', 'no-markdown', 'missing.md', '-f', 'json'], dir);
      // Printed for the record, not asserted: machines differ.
      console.log(`big-input run (${(BIG_CHARS / 1e6).toFixed(0)} MB file): ${((Date.now() - started) / 1000).toFixed(1)} s`);

      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n').sort()).toEqual([
        'claimlint: binary.md: not a text file (binary content)',
        'claimlint: loop.md: cannot read file: too many symbolic links (a symlink loop?)',
        'claimlint: missing.md: no such file or directory',
        'claimlint: no-markdown: no Markdown files found',
      ]);
      const results = new Map((JSON.parse(stdout) as LintResult[]).map((r) => [path.relative(dir, r.filePath), r]));
      const claimsIn = (name: string) => results.get(name)!.messages.filter((m) => m.ruleId !== null);
      const warningsIn = (name: string) => results.get(name)!.messages.filter((m) => m.ruleId === null && !m.fatal).map((m) => m.message);

      const found = claimsIn('big.md');
      expect(found).toHaveLength(big.claims);
      expect(found.every((m) => big.text.slice(m.range[0], m.range[1]) === 'erases wrinkles')).toBe(true);
      expect(warningsIn('big.md')).toEqual([]);

      const line = claimsIn('long-line.md');
      expect(line).toHaveLength(9_000);
      expect(line.at(-1)).toMatchObject({ line: 1, column: longLine.lastIndexOf('erases wrinkles') + 1 });

      for (const name of ['deep-quotes.md', 'deep-quote-lines.md', 'deep-list.md', 'indented-list.md', 'emphasis-bomb.md']) {
        expect(claimsIn(name).map((m) => m.claim), name).toEqual(['erases wrinkles']);
        expect(warningsIn(name), name).toHaveLength(1);
        expect(warningsIn(name)[0], name).toMatch(/; read as plain text, without Markdown structure$/);
      }
      expect(claimsIn('emoji.md')[0]).toMatchObject({ line: 3, column: 13 });
      expect(claimsIn('bad-utf8.md')).toHaveLength(1);
      expect(warningsIn('bad-utf8.md')).toEqual(['invalid UTF-8 at byte offset 0; those bytes were read as U+FFFD']);
      expect(claimsIn('utf16.md')[0]).toMatchObject({ line: 1, column: 10 });
      expect(results.get('empty.md')!.messages).toEqual([]);
      expect(results.get('front-matter.md')!.messages).toEqual([]);
    },
    STRESS ? 600_000 : 120_000,
  );
});
