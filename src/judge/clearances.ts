// Decides whether a matched phrase, in its sentence and block, is a claim.
// The context words come in as data (rules/lexicon/context.ts); this module
// only knows where in a sentence each kind of context may stand.
import { Matcher, type WordList } from '../match/matcher.js';
import type { Clearance } from './rule.js';
import type { Sentence } from '../text/sentences.js';

export interface JudgeLists {
  hedge: WordList;
  sentenceHedge: WordList;
  appearance: WordList;
  negator: WordList;
  /** Negations whose scope is the rest of the sentence. */
  scopeNegator?: WordList;
  /** Hedges too weak for strict mode ("help", "typically", "often"). */
  weakHedge?: WordList;
  /** Markers of a statement about how the body works by itself. */
  textbook?: WordList;
  mention?: WordList;
  /** Words that introduce quoted examples ("phrases like", "avoid writing"):
   * a claim in quotation marks after one is shown, not made. */
  exampleMarker?: WordList;
  instruction?: WordList;
  /** Verbs that make an instruction when they open the sentence. */
  instructionVerb?: WordList;
  /** Hedges that soften tone without making the outcome uncertain. */
  softHedge?: WordList;
  questionOpener?: WordList;
  rhetorical?: WordList;
  riskDisclosure?: WordList;
}

export interface JudgeOptions {
  /** Weak hedges no longer clear a claim (claimlint:strict). */
  strict?: boolean;
}

/** Facts about the block a sentence sits in that the judge needs. */
export interface BlockFacts {
  text: string;
  citations: readonly number[];
  /** The whole file's text, for what a word means where the block alone
   * cannot say (a word list entry's `sense`); without it, the block's own
   * text is all there is. One object per file, so what it was found to
   * hold is worked out once. */
  around?: FileText;
}

export interface FileText {
  readonly text: string;
}

interface Span {
  start: number;
  end: number;
}

interface SentenceContext {
  hedges: Span[];
  sentenceHedges: Span[];
  appearance: Span[];
  negators: Span[];
  scopeNegators: Span[];
  textbook: Span[];
  mention: Span[];
  exampleMarkers: Span[];
  instruction: Span[];
  instructionVerb: Span[];
  /** Hedges that make the outcome uncertain (hedges that are not soft). */
  likelihood: Span[];
  /** A neutral question: it ends with "?", opens with a question word and sells nothing. */
  question: boolean;
  balanced: boolean;
}

// Words that open a new clause: context before them does not reach past.
const CLAUSE_BREAK = new Set(['but', 'while', 'which', 'who', 'because', 'although', 'though', 'whereas', 'however', 'yet']);
const COORDINATOR = new Set(['and', 'or', 'so', 'yet', 'nor', 'then']);
// A textbook marker right after these is what the offer does, not what the
// body does by itself: "helps to slow down the ageing process".
const OFFER_ACTS = new Set(['to', 'help', 'helps', 'helping', 'helped']);
const HEDGE_WINDOW = 6;
// "can reduce" hedges through its soft verb, since "can" alone does not (it
// "can eliminate"): a verb coordinated after it ("can reduce or eliminate")
// has only the "can".
const MODAL_ONLY = new Set(['can']);
const JOINS_VERBS = new Set(['or', 'and', '&']);
const NEGATION_WINDOW = 7;
// (Smith, 2021), (Smith et al. 2021), [1], [12, 13]
const AUTHOR_YEAR = /\((?:[A-Z][\p{L}'-]+(?:\s+(?:et al\.?|and|&)\s*[A-Z]?[\p{L}'-]*)*,?\s+(?:19|20)\d\d[a-z]?)(?:[;,][^)]*)?\)|\[\^[\w-]+\]|\[\d+(?:\s*[,–-]\s*\d+)*\]/u;

// "Nothing ... like ours", "nothing compares to": a superlative, not a denial.
const NONE_LIKE = new Set(['nothing', 'no other']);
// "better than ours", "as well as ours", "so well": the same ranking in other words.
const LIKE = new Set(['like', 'compares', 'compare', 'beats', 'rivals', 'matches', 'better', 'faster', 'quicker']);
function ranksAbove(sentence: Sentence, n: Span): boolean {
  let words = sentence.tokens.slice(n.start, n.end).map((t) => t.norm).join(' ');
  // The negator list has "no"; "no other" is the ranking's.
  if (words === 'no' && sentence.tokens[n.end]?.norm === 'other') words = 'no other';
  const after = sentence.tokens.slice(n.end);
  return NONE_LIKE.has(words) && after.some((t, i) => LIKE.has(t.norm) || (t.norm === 'well' && /^(as|so)$/.test(after[i - 1]?.norm ?? '')));
}

/** A context list's pattern in the judge's matcher. */
type ListPattern = number;

export class Judge {
  // One matcher holds every context list, one pattern each, so a sentence
  // is walked once for all of them (it was walked once per list); each
  // list's spans are its pattern's matches, in the order its own matcher
  // gave them.
  private readonly matcher: Matcher;
  private readonly hedge: ListPattern;
  private readonly sentenceHedge: ListPattern;
  private readonly appearance: ListPattern;
  private readonly negator: ListPattern;
  private readonly scopeNegator: ListPattern | undefined;
  private readonly weakHedge: ListPattern | undefined;
  private readonly textbook: ListPattern | undefined;
  private readonly mention: ListPattern | undefined;
  private readonly exampleMarker: ListPattern | undefined;
  private readonly instruction: ListPattern | undefined;
  private readonly instructionVerb: ListPattern | undefined;
  private readonly softHedge: ListPattern | undefined;
  private readonly questionOpener: ListPattern | undefined;
  private readonly rhetorical: ListPattern | undefined;
  private readonly riskDisclosure: ListPattern | undefined;
  private readonly cache = new WeakMap<Sentence, SentenceContext>();

  constructor(lists: JudgeLists, options: JudgeOptions = {}) {
    const present = Object.values(lists).filter((l): l is WordList => l !== undefined);
    this.matcher = new Matcher(present);
    const make = (l: WordList): ListPattern => this.matcher.add(`{${l.id}}`);
    this.hedge = make(lists.hedge);
    this.sentenceHedge = make(lists.sentenceHedge);
    this.appearance = make(lists.appearance);
    this.negator = make(lists.negator);
    this.scopeNegator = lists.scopeNegator ? make(lists.scopeNegator) : undefined;
    this.weakHedge = options.strict && lists.weakHedge ? make(lists.weakHedge) : undefined;
    this.textbook = lists.textbook ? make(lists.textbook) : undefined;
    this.mention = lists.mention ? make(lists.mention) : undefined;
    this.exampleMarker = lists.exampleMarker ? make(lists.exampleMarker) : undefined;
    this.instruction = lists.instruction ? make(lists.instruction) : undefined;
    this.instructionVerb = lists.instructionVerb ? make(lists.instructionVerb) : undefined;
    this.softHedge = lists.softHedge ? make(lists.softHedge) : undefined;
    this.questionOpener = lists.questionOpener ? make(lists.questionOpener) : undefined;
    this.rhetorical = lists.rhetorical ? make(lists.rhetorical) : undefined;
    this.riskDisclosure = lists.riskDisclosure ? make(lists.riskDisclosure) : undefined;
  }

  private context(sentence: Sentence): SentenceContext {
    let c = this.cache.get(sentence);
    if (!c) {
      const byPattern: Span[][] = [];
      for (const x of this.matcher.match(sentence.tokens)) (byPattern[x.pattern] ??= []).push({ start: x.start, end: x.end });
      const spans = (m: ListPattern): Span[] => byPattern[m] ?? [];
      let hedges = spans(this.hedge);
      if (this.weakHedge) {
        // "may help" still hedges through "may"; a bare "helps" no longer does.
        const weak = spans(this.weakHedge);
        hedges = hedges.filter((h) => !weak.some((w) => w.start === h.start && w.end === h.end));
      }
      c = {
        hedges,
        sentenceHedges: spans(this.sentenceHedge),
        appearance: spans(this.appearance),
        negators: spans(this.negator).filter((n) => !ranksAbove(sentence, n)),
        scopeNegators: this.scopeNegator ? spans(this.scopeNegator) : [],
        textbook: this.textbook ? spans(this.textbook).filter((t) => !OFFER_ACTS.has(sentence.tokens[t.start - 1]?.norm ?? '')) : [],
        mention: this.mention ? spans(this.mention) : [],
        exampleMarkers: this.exampleMarker ? spans(this.exampleMarker) : [],
        instruction: this.instruction ? spans(this.instruction) : [],
        instructionVerb: this.instructionVerb ? spans(this.instructionVerb) : [],
        likelihood: [],
        question: this.isNeutralQuestion(sentence, spans),
        balanced: this.riskDisclosure ? spans(this.riskDisclosure).length > 0 : false,
      };
      const soft = this.softHedge ? spans(this.softHedge) : [];
      c.likelihood = c.hedges.filter((h) => !soft.some((w) => w.start <= h.start && h.end <= w.end));
      this.cache.set(sentence, c);
    }
    return c;
  }

  private isNeutralQuestion(sentence: Sentence, spans: (m: ListPattern) => Span[]): boolean {
    if (!this.questionOpener || !/\?[\s"'\u201d\u2019)*_]*$/.test(sentence.text)) return false;
    if (!spans(this.questionOpener).some((s) => s.start === 0)) return false;
    return !this.rhetorical || spans(this.rhetorical).length === 0;
  }

  /** True when the words from token `from` up to the claim's first token `to`
   * stay in one clause: no strong punctuation, no clause-opening word. */
  private sameClause(sentence: Sentence, from: number, to: number, allowComma: boolean): boolean {
    const tokens = sentence.tokens;
    for (let i = from; i <= to && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.hardBreakBefore || (!allowComma && t.commaBefore)) return false;
      // ", and it..." starts a new clause with its own subject.
      if (t.commaBefore && COORDINATOR.has(t.norm)) return false;
      if (i < to && CLAUSE_BREAK.has(t.norm)) return false;
    }
    return true;
  }

  /** Whether hedge `h` ("can reduce") is a modal that hedges only through its
   * own verb, and the claim is a verb coordinated after that verb. */
  private hedgesOnlyItsVerb(sentence: Sentence, h: Span, claim: Span): boolean {
    const tokens = sentence.tokens;
    return h.end - h.start === 2 && MODAL_ONLY.has(tokens[h.start]!.norm) && claim.start === h.end + 1 && JOINS_VERBS.has(tokens[h.end]?.norm ?? '');
  }

  holds(
    clearance: Clearance,
    sentence: Sentence,
    block: BlockFacts,
    claim: Span,
    /** The claim's own modifier words (its gaps: "removes, for many, ..."), where a hedge or negator also counts. */
    modifiers: readonly Span[] = [],
  ): boolean {
    const inModifiers = (x: Span) => modifiers.some((g) => x.start >= g.start && x.end <= g.end);
    const ctx = this.context(sentence);
    switch (clearance) {
      case 'hedge':
        if (ctx.sentenceHedges.some((h) => h.end <= claim.start || h.start >= claim.end)) return true;
        return ctx.hedges.some(
          (h) =>
            (h.end <= claim.start && claim.start - h.end <= HEDGE_WINDOW && this.sameClause(sentence, h.end, claim.start, true) && !this.hedgesOnlyItsVerb(sentence, h, claim)) ||
            // A hedge inside the claim's own modifiers: "removes, for many, ..."
            inModifiers(h) ||
            // A hedge the claim starts inside: "some clients notice...".
            (h.start < claim.start && h.end > claim.start),
        );
      case 'negation':
        // "not intended to diagnose, treat, cure or prevent..." denies every
        // claim after it in the sentence.
        if (ctx.scopeNegators.some((n) => n.end <= claim.start)) return true;
        return ctx.negators.some(
          (n) =>
            (n.end <= claim.start && claim.start - n.end <= NEGATION_WINDOW && this.sameClause(sentence, n.end, claim.start, false)) ||
            inModifiers(n),
        );
      case 'appearance':
        return ctx.appearance.some((a) => a.start >= claim.start && a.end <= claim.end + 1);
      case 'textbook':
        return ctx.textbook.some((t) =>
          t.end <= claim.start ? this.sameClause(sentence, t.end, claim.start, true) : t.start >= claim.end ? this.sameClause(sentence, claim.end, t.start, true) : true,
        );
      case 'likelihood':
        return ctx.likelihood.some(
          (h) =>
            (h.end <= claim.start && claim.start - h.end <= HEDGE_WINDOW && this.sameClause(sentence, h.end, claim.start, true) && !this.hedgesOnlyItsVerb(sentence, h, claim)) ||
            inModifiers(h),
        );
      case 'question':
        return ctx.question;
      case 'balanced':
        return ctx.balanced;
      case 'mention':
        return ctx.mention.length > 0 || (quoted(sentence, claim) && ctx.exampleMarkers.some((m) => m.end <= claim.start && introduces(sentence, m, claim)));
      case 'instruction':
        return ctx.instruction.length > 0 || ctx.instructionVerb.some((v) => v.start === 0);
      case 'citation':
        return block.citations.length > 0 || AUTHOR_YEAR.test(block.text);
    }
  }
}

// A single quote beside a letter is an apostrophe ("don't", "clients'").
const QUOTE_BEFORE = /(?:["\u201c]|(?<![A-Za-z])['\u2018])[\w\s-]{0,40}$/;
const QUOTE_AFTER = /^[\w\s-]{0,40}[.,!?\u2026]*(?:["\u201d]|['\u2019](?![A-Za-z]))/;

/** Whether an example marker introduces the claim's quote: at most two
 * words outside quotes between them ('never claim a cream "erases
 * wrinkles"', 'phrases like "cures acne" and "permanent results"'); "Rather
 * than harsh peels, try our "acne cure" facial" uses the quoted name. */
function introduces(sentence: Sentence, marker: Span, claim: Span): boolean {
  const from = sentence.tokens[marker.end - 1]!.end - sentence.start;
  const to = sentence.tokens[claim.start]!.start - sentence.start;
  const outside = sentence.text.slice(from, to).replace(/["\u201c][^"\u201c\u201d]*["\u201d]/g, ' ');
  return (outside.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2;
}

/** Whether the claim's words stand inside quotation marks, with at most a
 * few words beside them: 'bans phrases like "cures acne"' quotes the claim as
 * an example of wording. */
function quoted(sentence: Sentence, claim: Span): boolean {
  const first = sentence.tokens[claim.start];
  const last = sentence.tokens[claim.end - 1];
  if (!first || !last) return false;
  return QUOTE_BEFORE.test(sentence.text.slice(0, first.start - sentence.start)) && QUOTE_AFTER.test(sentence.text.slice(last.end - sentence.start));
}
