// Properties over generated Markdown: linting never throws, every range lies
// inside the file with matching line and column, each reported slice reads
// as a claim's words once Markdown markers are dropped, every claim phrase a
// reader sees is reported and none in code, HTML or comments is; chunked
// parsing gives the same prose as one parse; deep nesting changes none of it.
import fc from 'fast-check';
import { rulePack } from '../../rules/index.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/markdown/guard.js';
import { guardedProse } from '../../src/prose/read-markdown.js';
import { lintText } from '../../src/screen/lint-text.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { projectProse } from '../../src/prose/project.js';
import type { LintMessage } from '../../src/shared/lint-result.js';
import { CLAIMS, documentBlocks, readerText, render, type PlacedClaim } from '../markdown-arbitrary.js';
import { unitRanges } from '../helpers.js';

// The generator's other words are bland, so a reported claim can only begin
// and end on words of the claim phrases (in either order: "fine lines ...
// erased" is a claim too).
const CLAIM_WORDS = new Set(CLAIMS.flatMap((c) => c.split(' ')));

function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function covers(m: LintMessage, c: PlacedClaim): boolean {
  return m.range[0] <= c.start && c.end <= m.range[1];
}

function checkMessages(text: string, messages: LintMessage[]): LintMessage[] {
  const claims = messages.filter((m) => m.ruleId !== null);
  for (const m of messages) {
    expect(m.range[0]).toBeGreaterThanOrEqual(0);
    expect(m.range[0]).toBeLessThanOrEqual(m.range[1]);
    expect(m.range[1]).toBeLessThanOrEqual(text.length);
  }
  for (const m of claims) {
    expect({ line: m.line, column: m.column }).toEqual(position(text, m.range[0]));
    expect({ line: m.endLine, column: m.endColumn }).toEqual(position(text, m.range[1]));
    expect(m.claim).toBe(text.slice(m.range[0], m.range[1]));
    const words = readerText(m.claim!).replace(/[^\p{L}\p{N}' ]/gu, ' ').trim().split(/\s+/);
    expect(CLAIM_WORDS.has(words[0]!), m.claim).toBe(true);
    expect(CLAIM_WORDS.has(words.at(-1)!), m.claim).toBe(true);
  }
  return claims;
}

// CLAIMLINT_PROPERTY_RUNS=2000 npm test searches harder.
const runs = { numRuns: Number(process.env['CLAIMLINT_PROPERTY_RUNS'] ?? 150) };

describe('properties of linting generated Markdown', () => {
  it('reports every visible claim phrase, on its own text, and nothing in code, HTML or comments', () => {
    fc.assert(
      fc.property(documentBlocks, (blocks) => {
        const { text, claims: placed } = render(blocks);
        const claims = checkMessages(text, lintText(text, { pack: rulePack }).messages);
        for (const c of placed) {
          if (c.prose) expect(claims.some((m) => covers(m, c)), text.slice(c.start, c.end)).toBe(true);
          else expect(claims.some((m) => m.range[0] < c.end && c.start < m.range[1])).toBe(false);
        }
      }),
      runs,
    );
  });

  it('projects the same prose, with the same source map, when parsed in chunks', () => {
    // Every top-level block its own chunk (overlong blocks are cut by design,
    // and tested on their own in guard.test.ts).
    const tiny = { ...DEFAULT_LIMITS, chunkChars: 1 };
    fc.assert(
      fc.property(documentBlocks, (blocks) => {
        const { text } = render(blocks);
        const whole = projectProse(parseMarkdown(text), text);
        const chunked = guardedProse(text, tiny).doc;
        expect(chunked.blocks.map((b) => [b.kind, b.text, unitRanges(b.map), b.wrappers, b.citations])).toEqual(
          whole.blocks.map((b) => [b.kind, b.text, unitRanges(b.map), b.wrappers, b.citations]),
        );
        expect(chunked.comments).toEqual(whole.comments);
      }),
      runs,
    );
  });

  it('still reports every claim phrase, on its own text, inside 40 levels of block quotes', () => {
    fc.assert(
      fc.property(documentBlocks, (blocks) => {
        const { text, claims: placed } = render(blocks, '> '.repeat(40));
        const messages = lintText(text, { pack: rulePack }).messages;
        const claims = checkMessages(text, messages);
        expect(messages.filter((m) => m.ruleId === null && /read as plain text/.test(m.message))).toHaveLength(1);
        for (const c of placed) if (c.prose) expect(claims.some((m) => covers(m, c)), text.slice(c.start, c.end)).toBe(true);
      }),
      runs,
    );
  });
});
