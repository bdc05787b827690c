// One document's text in, located messages out:
// parse -> prose blocks -> sentences -> claims -> source ranges.
import { location } from 'vfile-location';
import { approvalFor } from './approved.js';
import type { CompiledRules } from './compile.js';
import { applyDirectives, fileSwitchedOff, type Candidate, type Controlled } from './directives.js';
import { findClaims, type FoundClaim } from './find-claims.js';
import { parseMarkdown } from './parse.js';
import { projectProse, type ProseBlock, type ProseDocument } from './prose.js';
import { splitSentences, type Sentence } from './sentences.js';
import { sourceEdit } from './source-edit.js';
import type { LintMessage, Suggestion } from './types.js';

export interface LocatedClaim {
  found: FoundClaim;
  block: ProseBlock;
  sentence: Sentence;
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

export function claimsInProse(doc: ProseDocument, compiled: CompiledRules): LocatedClaim[] {
  const out: LocatedClaim[] = [];
  for (const block of doc.blocks) {
    const facts = { text: block.text, citations: block.citations };
    for (const sentence of splitSentences(block.text)) {
      for (const found of findClaims(compiled, sentence, facts)) {
        out.push({ found, block, sentence, range: sourceRange(block, found.start, found.end) });
      }
    }
  }
  return out;
}

export function toMessage(source: string, located: LocatedClaim, place: ReturnType<typeof location>): LintMessage {
  const { found, block, range } = located;
  const start = place.toPoint(range[0])!;
  const end = place.toPoint(range[1]) ?? place.toPoint(source.length)!;
  let safe = false;
  const suggestions: Suggestion[] = found.rewrites.map((r) => {
    const edit = sourceEdit(block, source, r.start, r.end, r.text);
    safe = edit.safe;
    const preview = previewRewrite(block.text, found.start, found.end, r.start, r.end, r.text);
    return { desc: r.desc ?? `Replace with "${preview}"`, fix: { range: edit.range, text: edit.text } };
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
  if (found.fixable && suggestions.length === 1 && safe) msg.fix = suggestions[0]!.fix;
  if (found.advice) msg.advice = found.advice;
  return msg;
}

/** The claim as it would read after the rewrite, as prose (block text offsets). */
function previewRewrite(text: string, start: number, end: number, rs: number, re: number, replacement: string): string {
  const s = Math.min(start, rs);
  const e = Math.max(end, re);
  return (text.slice(s, rs) + replacement + text.slice(re, e)).replace(/\s+/g, ' ').trim();
}

/** Lints one document: findings to report, and those that approved claims
 * or inline directives silence. `text` has no BOM; offsets refer to it. */
export function lintDocument(text: string, compiled: CompiledRules): Controlled {
  const tree = parseMarkdown(text);
  if (fileSwitchedOff(tree)) return { messages: [], suppressedMessages: [] };
  const doc = projectProse(tree, text);
  const place = location(text);
  const { approved } = compiled.config;
  const candidates = claimsInProse(doc, compiled).map((c): Candidate => {
    const candidate: Candidate = { message: toMessage(text, c, place), suppressions: [] };
    const approval = approvalFor(c.sentence, c.found.tokenStart, c.found.tokenEnd, approved);
    if (approval) {
      candidate.suppressions.push({ kind: 'approved', justification: approval.evidence });
      candidate.approvedBy = approval.evidence;
    }
    return candidate;
  });
  return applyDirectives(candidates, doc.comments, {
    knownIds: compiled.ruleIds,
    blocks: doc.blocks,
    point: (offset) => place.toPoint(offset) ?? place.toPoint(text.length)!,
    ...(compiled.config.reportUnusedDirectives ? { reportUnused: compiled.config.reportUnusedDirectives } : {}),
  });
}

/** The findings to report in one document. */
export function lintMarkdown(text: string, compiled: CompiledRules): LintMessage[] {
  return lintDocument(text, compiled).messages;
}
