// The whole-sentence view of rewrites. Each claim's rule words a rewrite of
// its own words (or none, when its role in the sentence is not certain);
// here the rewrites of all the claims a sentence reports are put together
// into one rewrite of the sentence, which is then linted again under every
// rule. Only a sentence that comes out clean is offered, so a suggestion
// never leaves half of a sentence's claims behind and never brings in a
// phrase any rule flags. When the re-lint finds a claim the first rewrite
// uncovered (dropping "permanently" leaves "removes hair" bare), that
// claim's own rewrite is added and the sentence linted again, a few times
// at most.
import type { BlockFacts } from '../judge/clearances.js';
import type { FoundClaim } from '../judge/find-claims.js';
import type { Rewrite } from '../judge/rule.js';
import { tokenize, type Sentence } from '../text/sentences.js';
import { replaceClaim } from './rewrite.js';

/** A change to the block's text: [start, end) replaced by `text`. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The edit is a deletion that takes the whitespace on one side with it. */
  deletion?: boolean;
}

export interface SentenceRewrite {
  /** Changes in block text offsets, in order, not overlapping. */
  pieces: Piece[];
  /** What the suggestion says: the rule's own words for a single change, else the result. */
  desc: string;
  /** --fix may apply it: every change was marked safe, the sentence is no question, and it re-lints clean. */
  safe: boolean;
}

export interface ClaimRewrites {
  rewrites: SentenceRewrite[];
  /** The first rewrite is safe: --fix may apply it. */
  fixable: boolean;
}

/** Lints a sentence again (its text in block offsets, with the block's
 * facts) under every rule: the claims found in it. */
export type Relint = (sentence: Sentence, block: BlockFacts) => FoundClaim[];

// How many times a rewrite may uncover a claim and take its rewrite too.
const MAX_ROUNDS = 3;

/** The rewrites a claim's rule offers for it, in its own words. */
export function localRewrites(found: FoundClaim): Rewrite[] {
  // A claim through a list spans other items' words: a rewrite of its words would rewrite theirs.
  if (found.throughList) return [];
  if (found.by.kind === 'phrase') {
    const suggest = found.by.phrase.suggest ?? [];
    // A team's single rewrite is its own wording: --fix may apply it.
    return suggest.map((s) => ({ ...replaceClaim(found.claim, undefined, s), safe: suggest.length === 1 }));
  }
  return found.by.rule.suggest?.(found.claim) ?? [];
}

/** Changes as a list kept in the original text's offsets. */
class Edits {
  constructor(readonly pieces: Piece[] = []) {}

  with(piece: Piece): Edits | undefined {
    if (this.pieces.some((p) => piece.start < p.end && p.start < piece.end)) return undefined;
    if (this.pieces.some((p) => (piece.start === piece.end || p.start === p.end) && piece.start === p.start)) return undefined;
    return new Edits([...this.pieces, piece].sort((a, b) => a.start - b.start || a.end - b.end));
  }

  /** Where an offset of the original text lands in the changed text (a piece's end for one inside it). */
  newPosition(pos: number): number {
    let shift = 0;
    for (const p of this.pieces) {
      if (p.end <= pos && !(p.start === p.end && p.start === pos)) shift += p.text.length - (p.end - p.start);
      else if (p.start < pos) return p.start + shift + p.text.length;
      else break;
    }
    return pos + shift;
  }

  apply(text: string, offset: number): string {
    let out = '';
    let at = offset;
    for (const p of this.pieces) {
      out += text.slice(at - offset, p.start - offset) + p.text;
      at = p.end;
    }
    return out + text.slice(at - offset);
  }

  /** A change made to the text these edits produce, in original offsets:
   * where it touches a piece's new words, the piece takes it in. */
  compose(start: number, end: number, text: string, newText: string, offset: number, deletion: boolean): Edits {
    // Original offset -> new offset of each piece boundary.
    let shift = 0;
    const spans = this.pieces.map((p) => {
      const s = p.start + shift;
      shift += p.text.length - (p.end - p.start);
      return { piece: p, newStart: s, newEnd: s + p.text.length };
    });
    const touched = spans.filter((s) => start <= s.newEnd && s.newStart <= end);
    const toOriginal = (pos: number): number => {
      let d = 0;
      for (const s of spans) {
        if (s.newEnd <= pos) d = s.piece.end - s.newEnd;
        else break;
      }
      return pos + d;
    };
    if (touched.length === 0) {
      return new Edits([...this.pieces, { start: toOriginal(start), end: toOriginal(end), text, ...(deletion ? { deletion } : {}) }].sort((a, b) => a.start - b.start));
    }
    const newFrom = Math.min(start, touched[0]!.newStart);
    const newTo = Math.max(end, touched[touched.length - 1]!.newEnd);
    const origFrom = Math.min(touched[0]!.piece.start, toOriginal(start));
    const origTo = Math.max(touched[touched.length - 1]!.piece.end, end > touched[touched.length - 1]!.newEnd ? toOriginal(end) : 0);
    const merged = newText.slice(newFrom - offset, start - offset) + text + newText.slice(end - offset, newTo - offset);
    const rest = this.pieces.filter((p) => !touched.some((t) => t.piece === p));
    return new Edits([...rest, { start: origFrom, end: origTo, text: merged }].sort((a, b) => a.start - b.start));
  }
}

function asPiece(r: Rewrite): Piece {
  return { start: r.start, end: r.end, text: r.text, ...(r.text === '' && r.end > r.start ? { deletion: true } : {}) };
}

/** The sentence with `text` in place of its own, tokenised in block offsets. */
function resentence(sentence: Sentence, text: string): Sentence {
  const padded = ' '.repeat(sentence.start) + text;
  return { start: sentence.start, end: sentence.start + text.length, text, tokens: tokenize(padded, sentence.start, padded.length) };
}

interface Settled {
  edits: Edits;
  safe: boolean;
}

/**
 * Settles one set of first rewrites: applies them, lints the sentence again
 * and takes in the rewrites of any claim that is left, until the sentence is
 * clean (or gives up). `doubledBefore`: the words the sentence as written
 * says twice (doubled), which a rewrite may not add to.
 */
function settle(
  first: Edits,
  firstSafe: boolean,
  sentence: Sentence,
  block: BlockFacts,
  relint: Relint,
  allowed: (f: FoundClaim, sentence: Sentence) => boolean,
  doubledBefore: number,
): Settled | undefined {
  let edits = first;
  let safe = firstSafe;
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const text = edits.apply(sentence.text, sentence.start);
    const next = resentence(sentence, text);
    const blockText = block.text.slice(0, sentence.start) + text + block.text.slice(sentence.end);
    const facts: BlockFacts = { ...block, text: blockText };
    // A word said twice where the writer said it once ("modern, modern") reads as a slip.
    if (doubled(text) > doubledBefore) return undefined;
    const left = relint(next, facts).filter((f) => !allowed(f, next));
    if (left.length === 0) return { edits, safe };
    if (round === MAX_ROUNDS) return undefined;
    let grown: Edits | undefined = edits;
    for (const f of left) {
      const r = localRewrites(f)[0];
      if (!r || !grown) return undefined;
      grown = grown.compose(r.start, r.end, r.text, text, sentence.start, r.text === '' && r.end > r.start);
      safe &&= r.safe === true;
    }
    edits = grown!;
  }
  return undefined;
}

/** How many times a word follows itself ("the the", "modern, modern"). */
function doubled(text: string): number {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  let n = 0;
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1] && !/^(that|had|is)$/.test(words[i]!)) n++;
  return n;
}

/** A question asks; --fix does not rewrite what a reader is asked. */
function isQuestion(sentence: Sentence): boolean {
  return /\?[\s"'\u201d\u2019)*_]*$/.test(sentence.text);
}

/** What a suggestion says: a single change with the rule's own words keeps
 * them; otherwise the words from the first change to the last, as they will read. */
function describe(pieces: readonly Piece[], sentence: Sentence, single: Rewrite | undefined, claims: readonly FoundClaim[]): string {
  if (single?.desc && pieces.length === 1 && pieces[0]!.start === single.start && pieces[0]!.end === single.end) return single.desc;
  const edits = new Edits([...pieces]);
  const text = edits.apply(sentence.text, sentence.start);
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (pieces.every((p) => p.text === '')) return `Remove "${sentence.text.slice(first.start - sentence.start, last.end - sentence.start).trim()}"`;
  // From the first change (or claim, if one starts sooner) to the last (or the last claim's end).
  const from = edits.newPosition(Math.min(first.start, ...claims.map((c) => c.start))) - sentence.start;
  const to = edits.newPosition(Math.max(last.end, ...claims.map((c) => c.end))) - sentence.start;
  const preview = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `Replace with "${preview}"`;
}

/**
 * The rewrites of every claim `claims` (the claims one sentence reports),
 * planned together. `others` are findings of the same sentence that are not
 * reported (approved, or of a rule switched off): they may stay.
 */
export function planSentence(
  claims: readonly FoundClaim[],
  sentence: Sentence,
  block: BlockFacts,
  relint: Relint,
  options: { insertions?: boolean } = {},
): Map<FoundClaim, ClaimRewrites> {
  const none = (): Map<FoundClaim, ClaimRewrites> => new Map(claims.map((c) => [c, { rewrites: [], fixable: false }]));
  // A claim with no rewrite leaves the sentence flagged whatever the others
  // do: the rest are not worded.
  if (claims.length === 0) return none();
  const local: Rewrite[][] = [];
  for (const c of claims) {
    // A heading gets no added words ("(individual results vary)" in a title reads as part of it).
    const own = localRewrites(c).filter((r) => options.insertions !== false || r.end > r.start || r.text === '');
    if (own.length === 0) return none();
    local.push(own);
  }
  // Findings of the sentence that are not reported (approved, or of a rule
  // switched off) may stay as they are; read only when something is left.
  let stays: Set<string> | undefined;
  const keyOf = (f: FoundClaim) => `${f.ruleId}\u0000${f.claim.text.toLowerCase()}`;
  const allowed = (f: FoundClaim) => {
    stays ??= new Set(
      relint(sentence, block)
        .filter((o) => !claims.some((c) => c.ruleId === o.ruleId && c.tokenStart === o.tokenStart && c.tokenEnd === o.tokenEnd))
        .map(keyOf),
    );
    return stays.has(keyOf(f));
  };
  const question = isQuestion(sentence);

  // How many words the writer said twice: read once, not at every settle.
  let doubledBefore: number | undefined;
  const combine = (choice: readonly Rewrite[]): Settled | undefined => {
    let edits = new Edits();
    // Wider rewrites first: one that holds another claim's words may settle both.
    const order = [...choice].sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const r of order) {
      const next: Edits | undefined = edits.with(asPiece(r));
      if (next) edits = next;
    }
    return settle(edits, choice.every((r) => r.safe === true), sentence, block, relint, allowed, (doubledBefore ??= doubled(sentence.text)));
  };

  const primary = combine(local.map((l) => l[0]!));
  const out = new Map<FoundClaim, ClaimRewrites>();
  claims.forEach((claim, i) => {
    const rewrites: SentenceRewrite[] = [];
    const seen = new Set<string>();
    const add = (settled: Settled | undefined, own: Rewrite) => {
      if (!settled) return;
      const key = JSON.stringify(settled.edits.pieces);
      if (seen.has(key)) return;
      seen.add(key);
      rewrites.push({ pieces: settled.edits.pieces, desc: describe(settled.edits.pieces, sentence, own, claims), safe: settled.safe && !question });
    };
    add(primary, local[i]![0]!);
    for (const alt of local[i]!.slice(1)) add(combine(local.map((l, j) => (j === i ? alt : l[0]!))), alt);
    out.set(claim, { rewrites, fixable: rewrites.length > 0 && rewrites[0]!.safe && primary !== undefined });
  });
  return out;
}
