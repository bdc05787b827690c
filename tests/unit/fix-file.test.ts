import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { rulePack } from '../../rules/index.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../src/fix/fix-file.js';
import { encodeText } from '../../src/files/read.js';

async function fixBytes(content: Buffer | string, name = 'copy.md') {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-fixfile-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  const r = await fixFile(file, { pack: rulePack });
  return { r, after: await readFile(file) };
}

describe('fixFile keeps the file as it was outside the fixes', () => {
  it('keeps CRLF line endings, trailing whitespace and everything that is not prose', async () => {
    const text = [
      '---',
      'slug: reduce-scars-fast',
      '---',
      '',
      '# Reduce scars',
      '',
      'Our pen removes wrinkles.   ',
      '',
      '```md',
      'Reduce scars.',
      '```',
      '',
      'See `reduce scars`, <abbr title="Reduce scars">RS</abbr> and [the study][ref].',
      '',
      '<!-- Reduce scars. -->',
      '',
      '[ref]: https://example.com/reduce-scars "Reduce scars"',
      '',
    ].join('\r\n');
    const { r, after } = await fixBytes(text);
    expect(r.fixesApplied).toBe(2);
    expect(after.toString('utf8')).toBe(
      text.replace('# Reduce scars\r\n', '# Help reduce the appearance of scars\r\n').replace('pen removes', 'pen may help reduce the appearance of'),
    );
  });

  it('keeps a UTF-8 BOM', async () => {
    const { after } = await fixBytes('\uFEFFReduce scars.\n');
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toBe('Help reduce the appearance of scars.\n');
  });

  it('keeps UTF-16 encoding and its BOM', async () => {
    for (const encoding of ['utf16le', 'utf16be'] as const) {
      const { r, after } = await fixBytes(encodeText('Reduce scars.\n', encoding, true));
      expect(r.fixesApplied).toBe(1);
      expect(after.equals(encodeText('Help reduce the appearance of scars.\n', encoding, true))).toBe(true);
    }
  });

  it('never writes a file whose bytes did not decode, and says why', async () => {
    const bytes = Buffer.concat([Buffer.from('Reduce scars. '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    const { r, after } = await fixBytes(bytes);
    expect(after.equals(bytes)).toBe(true);
    expect(r.problem?.message).toBe('not fixed: the file has bytes that could not be decoded, and writing it would change them');
    expect(r.result.messages.map((m) => m.ruleId)).toEqual([null, null, 'absolute-guarantee']);
  });

  it('never writes a binary file', async () => {
    const bytes = Buffer.from([0x52, 0x65, 0, 0, 1, 2, 3]);
    const { r, after } = await fixBytes(bytes);
    expect(after.equals(bytes)).toBe(true);
    expect(r.result.messages[0]).toMatchObject({ fatal: true, message: 'not a text file (binary content)' });
  });

  it('writes nothing on a dry run but says what would change', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-fixfile-'));
    const file = path.join(dir, 'dry.md');
    await writeFile(file, 'Reduce scars.\n');
    const r = await fixFile(file, { pack: rulePack, dryRun: true });
    expect(r).toMatchObject({ fixesApplied: 1, before: 'Reduce scars.\n', after: 'Help reduce the appearance of scars.\n' });
    expect(r.result.output).toBe('Help reduce the appearance of scars.\n');
    expect(await readFile(file, 'utf8')).toBe('Reduce scars.\n');
  });
});
