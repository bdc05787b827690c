// One document's text in, located messages out:
// parse -> prose blocks -> sentences -> claims -> source ranges.
import { location } from 'vfile-location';
import { approvalFor } from '../judge/approved.js';
import type { CompiledRules } from '../judge/compile.js';
import { applyDirectives, fileSwitchedOff, type Candidate, type Controlled } from './directives.js';
import { embeddedProse, type Syntax } from '../prose/embedded.js';
import { findClaims, matchSentence, type FoundClaim } from '../judge/find-claims.js';
import type { BlockFacts, FileText } from '../judge/clearances.js';
import { planRewrites, type ClaimRewrites } from '../edit/rewrites.js';
import { relintFor } from '../edit/relint.js';
import { fitEdit } from '../edit/quoted-value-edit.js';
import { readHotMarkdown, readMarkdown, type ProsePart } from '../prose/read-markdown.js';
import { parseMdx } from '../markdown/parse-mdx.js';
import type { Screening } from './screening.js';
import { projectProse, type CommentNode, type ProseBlock, type ProseDocument } from '../prose/project.js';
import { fatalMessage, fileWarning } from '../report/results.js';
import { FileWork, TooLargeToLint } from './file-budget.js';
import { splitSentences, tokenize, type Sentence } from '../text/sentences.js';
import { changesEdit, proseOf } from '../edit/source-edit.js';
import type { LintMessage, Suggestion } from '../shared/lint-result.js';

export interface LocatedClaim {
  found: FoundClaim;
  block: ProseBlock;
  sentence: Sentence;
  range: [number, number];
}

/** Source range of a claim; widened over formatting wholly inside it, so that
 * `*eliminates* wrinkles` reports the emphasis markers too. */
export function sourceRange(block: ProseBlock, start: number, end: number): [number, number] {
  let s = block.map.startAt(start);
  let e = block.map.endAt(end - 1);
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

/** `around`: the whole file's text (see BlockFacts). */
export function claimsInProse(doc: ProseDocument, compiled: CompiledRules, mayHold: Screening['mayHold'], work: FileWork = new FileWork(), around?: FileText): LocatedClaim[] {
  const out: LocatedClaim[] = [];
  // A claim can overlap only a claim of its own sentence or one a lead-in
  // reached into the block's first sentence: looking at just those keeps a
  // block of thousands of claims linear.
  const overlaps = (found: FoundClaim, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const o = out[i]!.found;
      if (o.ruleId === found.ruleId && o.start < found.end && found.start < o.end) return true;
    }
    return false;
  };
  // In three passes over each window of blocks: their sentences, the
  // matcher's reading of each, then the judge's. Each pass keeps its own
  // tables in the processor's caches (see matchSentence). A window is some
  // 32,000 characters, so that a part read whole (an MDX file) holds no
  // more of its words at once than a part of a big Markdown file does. The
  // budget is counted in the judge's pass, sentence by sentence as before,
  // so a file past it stops where and with the message it always did.
  let window: Array<{ block: ProseBlock; sentences: readonly Sentence[] }> = [];
  let windowChars = 0;
  const judge = () => {
    const matched = window.map(({ sentences }) => sentences.map((sentence) => matchSentence(compiled, sentence)));
    for (const [b, { block, sentences }] of window.entries()) {
      const facts: BlockFacts = { text: block.text, citations: block.citations, ...(around === undefined ? {} : { around }) };
      const ledFrom = out.length;
      if (block.leadIn !== undefined) {
        for (const led of ledClaims(block, facts, compiled, mayHold)) {
          work.found();
          out.push(led);
        }
      }
      const ledTo = out.length;
      for (const [i, sentence] of sentences.entries()) {
        const sentenceFrom = out.length;
        work.check(sentence.end - sentence.start);
        for (const found of findClaims(compiled, sentence, facts, matched[b]![i]!)) {
          if (overlaps(found, ledFrom, ledTo) || overlaps(found, sentenceFrom, out.length)) continue;
          work.found();
          out.push({ found, block, sentence, range: sourceRange(block, found.start, found.end) });
        }
      }
    }
    window = [];
    windowChars = 0;
  };
  for (const block of doc.blocks) {
    const sentences = mayHold(block.text) ? splitSentences(block.text, mayHold) : NO_SENTENCES;
    if (block.breaks) for (const sentence of sentences) markLineBreaks(sentence, block.breaks);
    window.push({ block, sentences });
    windowChars += block.text.length;
    if (windowChars >= WINDOW_CHARS) judge();
  }
  judge();
  return out;
}

/** How much prose claimsInProse splits and matches before judging it. */
const WINDOW_CHARS = 32_000;

const NO_SENTENCES: readonly Sentence[] = [];

/** Claims a list item makes by completing its lead-in ("Microneedling can
 * treat:" then "Acne scars"): the item's first sentence is read after the
 * lead-in's words, and only claims reaching into the item are kept, located
 * on the item's own words. They get no rewrite: their words are not all here. */
function ledClaims(block: ProseBlock, facts: BlockFacts, compiled: CompiledRules, mayHold: Screening['mayHold']): LocatedClaim[] {
  const prefix = `${block.leadIn} `;
  if (!mayHold(prefix + block.text)) return [];
  const first = splitSentences(block.text)[0];
  if (!first) return [];
  const text = prefix + first.text;
  const shift = first.start - prefix.length;
  const tokens = tokenize(text, 0, text.length).map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
  const sentence: Sentence = { start: shift, end: first.end, text, tokens };
  const out: LocatedClaim[] = [];
  for (const found of findClaims(compiled, sentence, facts)) {
    if (found.end <= first.start) continue;
    const start = Math.max(found.start, first.start);
    const located = { ...found, start, throughList: true };
    out.push({ found: located, block, sentence, range: sourceRange(block, start, found.end) });
  }
  return out;
}

export function toMessage(source: string, located: LocatedClaim, place: ReturnType<typeof location>, planned?: ClaimRewrites): LintMessage {
  const { found, block, range } = located;
  const start = place.toPoint(range[0])!;
  const end = place.toPoint(range[1]) ?? place.toPoint(source.length)!;
  let firstSafe = false;
  const suggestions: Suggestion[] = [];
  const unsafe: string[] = [];
  const { rewrites, fixable } = planned ?? { rewrites: [], fixable: false };
  for (const r of rewrites) {
    // Quoted values (front matter, MDX attributes) are re-escaped as a whole
    // by fitEdit; Markdown prose keeps its line breaks and formatting, and
    // the source between a sentence rewrite's changes is kept as it is.
    const first = r.pieces[0]!;
    const last = r.pieces[r.pieces.length - 1]!;
    const edit = block.quoting ? plainEdit(block, first.start, last.end, proseOf(block, first.start, last.end, r.pieces)) : changesEdit(block, source, r.pieces);
    const fix = fitEdit(source, block, { range: edit.range, text: edit.text });
    if (fix) {
      if (suggestions.length === 0) firstSafe = edit.safe && r === rewrites[0];
      suggestions.push({ desc: r.desc, fix });
    } else {
      unsafe.push(r.desc);
    }
  }
  const msg: LintMessage = {
    ruleId: found.ruleId,
    severity: found.severity,
    message: block.where ? `${found.message} (${block.where})` : found.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range,
    claim: source.slice(range[0], range[1]),
  };
  if (found.category) msg.category = found.category;
  if (suggestions.length > 0) msg.suggestions = suggestions;
  if (fixable && firstSafe) msg.fix = suggestions[0]!.fix;
  if (found.advice) msg.advice = found.advice;
  else if (suggestions.length === 0 && unsafe.length > 0) msg.advice = `${unsafe[0]} (by hand: the value would need quoting first)`;
  if (found.help) msg.help = found.help;
  if (found.helpUri) msg.helpUri = found.helpUri;
  return msg;
}

/** An edit of exactly the source characters of prose text [start, end). */
function plainEdit(block: ProseBlock, start: number, end: number, text: string): { range: [number, number]; text: string; safe: boolean } {
  if (end <= start) {
    const at = start < block.map.length ? block.map.startAt(start) : block.map.endAt(block.map.length - 1);
    return { range: [at, at], text, safe: true };
  }
  return { range: [block.map.startAt(start), block.map.endAt(end - 1)], text, safe: true };
}

/** Lints one document: findings to report, and those that approved claims
 * or inline directives silence. `text` has no BOM; offsets refer to it. */
export function lintDocument(text: string, compiled: CompiledRules, syntax: Syntax, screening: Screening): Controlled {
  try {
    return lintWithin(text, compiled, syntax, screening, new FileWork(compiled.config.fileBudget));
  } catch (error) {
    // Nothing of the file is reported (nor fixed): a part of its findings
    // would read as all of them.
    if (error instanceof TooLargeToLint) return { messages: [fatalMessage(error.message)], suppressedMessages: [] };
    throw error;
  }
}

function lintWithin(text: string, compiled: CompiledRules, syntax: Syntax, screening: Screening, work: FileWork): Controlled {
  if (screening.parts === 'none') return { messages: [], suppressedMessages: [] };
  // Markdown goes through the guard (guarded-prose.ts), which parses big
  // documents in chunks and reads pathological regions as plain text; `head`
  // is the parse of the part where front matter sits.
  let head;
  let parts: Iterable<ProsePart>;
  if (syntax === 'mdx') {
    const parsed = parseMdx(text);
    if (!parsed.ok) {
      return { messages: [fatalMessage(`not valid MDX: ${parsed.error.reason}`, parsed.error.line, parsed.error.column)], suppressedMessages: [] };
    }
    head = parsed.tree;
    parts = [{ doc: projectProse(parsed.tree, text) }];
  } else if (screening.parts !== 'all') {
    // Only where the prefilter says a match may lie, and the front matter
    // when the block it stands before is among those; notes, directives and
    // front matter that cannot be read need the whole reading, and the screen
    // said 'all' then.
    ({ head, parts } = readHotMarkdown(text, screening.parts));
  } else {
    ({ head, parts } = readMarkdown(text));
  }
  if (head && fileSwitchedOff(head)) return { messages: [], suppressedMessages: [] };
  const embedded = head ? embeddedProse(head, text, compiled.config, syntax) : { blocks: [], comments: [], problems: [] };
  const place = location(text);
  const { approved } = compiled.config;
  const notes: LintMessage[] = [];
  const candidates: Candidate[] = [];
  // Only block ranges and comments outlive a part: holding all the prose of
  // a 20 MB file at once costs more in garbage collection than the linting.
  const blocks: Array<{ start: number; end: number }> = [];
  const comments: CommentNode[] = [];
  // Findings a market reports once per document per thing named, by that thing.
  const onceOf = new Map<LintMessage, { key: string; kept: boolean }>();
  const around: FileText = { text };
  const take = (doc: ProseDocument) => {
    for (const b of doc.blocks) blocks.push({ start: b.start, end: b.end });
    for (const c of doc.comments) comments.push(c);
    const located = claimsInProse(doc, compiled, screening.mayHold, work, around);
    const approvals = located.map((c) => approvalFor(c.sentence, c.found.tokenStart, c.found.tokenEnd, approved, compiled.pack.lists));
    // Approved claims stay as written: the rewrites of a sentence are planned without them.
    const planned = located.length > 0 ? planRewrites(located.filter((_, i) => !approvals[i]), relintFor(compiled), around) : new Map<FoundClaim, ClaimRewrites>();
    for (const [i, c] of located.entries()) {
      const candidate: Candidate = { message: toMessage(text, c, place, planned.get(c.found)), suppressions: [] };
      if (c.found.once) onceOf.set(candidate.message, { key: c.found.once, kept: c.found.onceKept === true });
      const approval = approvals[i];
      if (approval) {
        candidate.suppressions.push({ kind: 'approved', justification: approval.evidence, ...(approval.entry ? { entry: approval.entry } : {}) });
        candidate.approvedBy = approval.evidence;
      }
      candidates.push(candidate);
    }
  };
  for (const part of parts) {
    if (part.note) notes.push(fileWarning(part.note.message, part.note.line));
    take(part.doc);
  }
  take(embedded);
  comments.sort((a, b) => a.start - b.start);
  const controlled = applyDirectives(candidates, comments, {
    knownIds: compiled.ruleIds,
    blocks,
    point: (offset) => place.toPoint(offset) ?? place.toPoint(text.length)!,
    ...(compiled.config.reportUnusedDirectives ? { reportUnused: compiled.config.reportUnusedDirectives } : {}),
  });
  const problems = embedded.problems.map((p) => warningAt(p.message, p.offset, place));
  const reported = onceOf.size > 0 ? foldRepeats(controlled.messages, onceOf) : controlled.messages;
  return { ...controlled, messages: [...notes, ...problems, ...reported] };
}

/** Each thing a market reports once per document: its first reported
 * mention stays and says how many more there are; the others go. Mentions a
 * directive silenced are not counted. */
export function foldRepeats(messages: readonly LintMessage[], onceOf: ReadonlyMap<LintMessage, { key: string; kept: boolean }>): LintMessage[] {
  const groups = new Map<string, LintMessage[]>();
  for (const m of messages) {
    const key = onceOf.get(m)?.key;
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const dropped = new Set<LintMessage>();
  const firsts = new Map<LintMessage, LintMessage>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.range[0] - b.range[0]);
    const [first, ...later] = group as [LintMessage, ...LintMessage[]];
    // Kept findings (a price beside the name) are reported where they stand.
    const rest = later.filter((m) => onceOf.get(m)?.kept !== true);
    if (rest.length === 0) continue;
    for (const m of rest) dropped.add(m);
    const times = rest.length === 1 ? 'once more' : `${rest.length} more times`;
    firsts.set(first, { ...first, message: `${first.message} It is named ${times} in this document.` });
  }
  return messages.filter((m) => !dropped.has(m)).map((m) => firsts.get(m) ?? m);
}

function warningAt(message: string, offset: number, place: ReturnType<typeof location>): LintMessage {
  const at = place.toPoint(offset) ?? { line: 1, column: 1 };
  return { ...fileWarning(message), line: at.line, column: at.column, endLine: at.line, endColumn: at.column, range: [offset, offset] };
}

/** Marks the tokens of a sentence that follow a hard line break (`breaks`:
 * text offsets, ascending), for the matcher's gaps. A binary search finds
 * the sentence's first break, so a block of many lines stays linear. */
function markLineBreaks(sentence: Sentence, breaks: readonly number[]): void {
  const tokens = sentence.tokens;
  if (tokens.length < 2) return;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < tokens[0]!.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = 1, b = lo; i < tokens.length && b < breaks.length; i++) {
    const to = tokens[i]!.start;
    if (breaks[b]! >= to) continue;
    tokens[i]!.lineBreakBefore = true;
    while (b < breaks.length && breaks[b]! < to) b++;
  }
}
