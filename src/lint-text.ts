// One document's text in, located messages out:
// parse -> prose blocks -> sentences -> claims -> source ranges.
import { location } from 'vfile-location';
import type { CompiledRules } from './compile.js';
import { findClaims, type FoundClaim } from './find-claims.js';
import { proseRegions } from './guarded-prose.js';
import type { ProseBlock, ProseDocument } from './prose.js';
import { fileWarning } from './results.js';
import { splitSentences } from './sentences.js';
import type { LintMessage, Suggestion } from './types.js';

export interface LocatedClaim {
  found: FoundClaim;
  block: ProseBlock;
  range: [number, number];
}

/** Source range of a claim; widened over formatting wholly inside it, so that
 * `*eliminates* wrinkles` reports the emphasis markers too. */
export function sourceRange(block: ProseBlock, start: number, end: number): [number, number] {
  let s = block.starts[start]!;
  let e = block.ends[end - 1]!;
  let changed = true;
  while (changed) {
    changed = false;
    for (const w of block.wrappers) {
      const inside = w.contentStart >= s && w.contentEnd <= e;
      if (inside && (w.start < s || w.end > e)) {
        s = Math.min(s, w.start);
        e = Math.max(e, w.end);
        changed = true;
      }
    }
  }
  return [s, e];
}

/** A rewrite in block text offsets, mapped to an edit of the source. */
function sourceEdit(block: ProseBlock, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < block.starts.length ? block.starts[start]! : block.ends[block.ends.length - 1]!;
    return [at, at];
  }
  return [block.starts[start]!, block.ends[end - 1]!];
}

export function claimsInProse(doc: ProseDocument, compiled: CompiledRules): LocatedClaim[] {
  const out: LocatedClaim[] = [];
  for (const block of doc.blocks) {
    const facts = { text: block.text, citations: block.citations };
    for (const sentence of splitSentences(block.text)) {
      for (const found of findClaims(compiled, sentence, facts)) {
        out.push({ found, block, range: sourceRange(block, found.start, found.end) });
      }
    }
  }
  return out;
}

export function toMessage(source: string, located: LocatedClaim, place: ReturnType<typeof location>): LintMessage {
  const { found, block, range } = located;
  const start = place.toPoint(range[0])!;
  const end = place.toPoint(range[1]) ?? place.toPoint(source.length)!;
  const suggestions: Suggestion[] = found.rewrites.map((r) => {
    const editRange = sourceEdit(block, r.start, r.end);
    const preview = previewRewrite(block.text, found.start, found.end, r.start, r.end, r.text);
    return { desc: r.desc ?? `Replace with "${preview}"`, fix: { range: editRange, text: r.text } };
  });
  const msg: LintMessage = {
    ruleId: found.ruleId,
    severity: found.severity,
    message: found.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range,
    claim: source.slice(range[0], range[1]),
  };
  if (found.category) msg.category = found.category;
  if (suggestions.length > 0) msg.suggestions = suggestions;
  if (found.fixable && suggestions.length === 1) msg.fix = suggestions[0]!.fix;
  if (found.advice) msg.advice = found.advice;
  return msg;
}

/** The claim as it would read after the rewrite, as prose (block text offsets). */
function previewRewrite(text: string, start: number, end: number, rs: number, re: number, replacement: string): string {
  const s = Math.min(start, rs);
  const e = Math.max(end, re);
  return (text.slice(s, rs) + replacement + text.slice(re, e)).replace(/\s+/g, ' ').trim();
}

/** Lints one document. `text` has no BOM; offsets refer to it. */
export function lintMarkdown(text: string, compiled: CompiledRules): LintMessage[] {
  const place = location(text);
  const messages: LintMessage[] = [];
  for (const { doc, note } of proseRegions(text)) {
    if (note) messages.push(fileWarning(note.message, note.line));
    for (const c of claimsInProse(doc, compiled)) messages.push(toMessage(text, c, place));
  }
  return messages;
}
