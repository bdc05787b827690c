// What a rule is: metadata (like ESLint's `meta`) plus patterns as data, the
// contexts that clear a match, and how to word the message and rewrites.
import type { Capture, ListEntry } from '../match/matcher.js';
import type { Sentence, Token } from '../text/sentences.js';
import type { SeverityName } from '../shared/severity.js';
import type { Market } from '../shared/markets.js';

/** A context in the sentence that makes a matched phrase acceptable. */
export type Clearance =
  /** "may", "can help", "designed to", "typically", "results vary"... before the claim. */
  | 'hedge'
  /** "the appearance of", "the look of", "-looking" inside or right after the claim. */
  | 'appearance'
  /** "not", "no", "cannot", "never" before the claim. */
  | 'negation'
  /** A link, footnote or (Author, Year) in the same block. */
  | 'citation'
  /** An explanatory statement about the body in the same clause ("as we age",
   * "plays a role in", "collagen declines"): who speaks is a textbook, not the offer. */
  | 'textbook'
  /** The sentence talks about the claim instead of making it: a rule, a
   * regulator, a phrase refuted ("so-called", "marketed as"). Every rule has it. */
  | 'mention'
  /** The sentence is an instruction to the reader (aftercare, preparation). */
  | 'instruction'
  /** A hedge that says the outcome is uncertain ("may", "can help"), not one
   * that only softens the tone ("typically", "designed to", "virtually"). */
  | 'likelihood'
  /** The sentence is a reader's neutral question ("Is it permanent?"), not a
   * rhetorical one that sells the claim ("Ready to say goodbye to scars?"). Every rule has it. */
  | 'question'
  /** Risks are stated in the same sentence ("but you may have mild swelling"). */
  | 'balanced';

export interface RuleSource {
  /** Short citation shown in messages: "FD&C Act 201(g)(1)(C); CAP 12.1". */
  name: string;
  url: string;
}

export interface RuleMeta {
  id: string;
  /** Category id as in the rulebook and the eval set (snake_case). */
  category: string;
  description: string;
  severity: Exclude<SeverityName, 'off'>;
  source: RuleSource;
  /** True when the rule can offer a single safe rewrite that `--fix` may apply. */
  fixable: boolean;
  /** Said when no safe rewrite exists. */
  advice?: string;
  /** False for rules too noisy for claimlint:recommended; they run under claimlint:all. */
  recommended?: boolean;
  /** Why the claim is a problem, in plain words; ends the message's first line
   * ("only a licensed medicine may claim to treat a disease"). No statute numbers:
   * those are the `source` and each market's `basis`. */
  reason: string;
  /** How each market treats the rule, where the jurisdictions differ. */
  markets?: Partial<Record<Market, MarketPolicy>>;
}

/**
 * A market's policy for one rule: the data that says whether the rule
 * applies there, how severe it is, why, and what to do instead.
 */
export interface MarketPolicy {
  /** 'off': the rule does not apply in this market. */
  severity?: SeverityName;
  /** The market's own reason, replacing the rule's `reason` in the message. */
  reason?: string;
  /** The market's legal basis (statute, code clause, ruling): shown in
   * `--rule-docs`, the JSON and SARIF rule descriptions and the docs, never
   * in the terminal line. */
  basis?: string;
  /** Advice for this market, replacing the rule's `advice`. */
  advice?: string;
  /**
   * What is a finding: 'mentions' (the default), every match; 'claims', only
   * a match of which the rule's `claimAbout` says the sentence claims something
   * (a price offer, an effect, safety), so a factual mention passes.
   */
  reports?: 'mentions' | 'claims';
  /** Clearances for claims in this market (with `reports: 'claims'`); the
   * rule's own `clearedBy` otherwise. A claim `claimAbout` marks firm is
   * cleared by negation only. */
  clearedBy?: ClearanceRule;
  /** 'first-per-document': each thing the rule names (`subject`) is reported
   * once per document, at its first mention, saying how many more there are. */
  once?: 'first-per-document';
}

/** What a sentence claims about the thing a rule names. */
export interface ClaimAbout {
  /** 'offer': a price, discount or free offer; 'effect': a result;
   * 'safety': safety or comfort; 'endorsement': satisfaction or praise. */
  kind: 'offer' | 'effect' | 'safety' | 'endorsement';
  /** The words that make the claim, as written. */
  words: string;
  /** True when hedging cannot clear it (a price is a price). */
  firm?: boolean;
  /** The claim's own words as tokens: the market's clearances are judged on
   * them ("may help soften the look of lines" is hedged where "soften" stands). */
  span?: { start: number; end: number };
}

/** A matched phrase in its sentence, as the rule's own code sees it. */
export interface ClaimContext {
  sentence: Sentence;
  tokens: readonly Token[];
  /** Token span of the whole match. */
  start: number;
  end: number;
  captures: readonly Capture[];
  /** The named capture, if the pattern had one that matched something. */
  capture(name: string): (Capture & { text: string; entry?: ListEntry }) | undefined;
  /** Text of the whole match as it reads in the prose. */
  text: string;
  /** Which pattern of the rule matched (its index in `patterns`). */
  patternIndex: number;
  /** The market the document is linted for. */
  market: Market;
  /** The text of the block the sentence stands in (`sentence.start` and
   * `sentence.end` are offsets into it): for claims a question sets up and
   * the next sentence answers ("Need a lift? ... free"). */
  blockText: string;
  /** What the sentence claims about the match, when the market's policy asks (`reports: 'claims'`). */
  about?: ClaimAbout;
}

/** A rewrite of part of the sentence, in block text offsets. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
  desc?: string;
  /** The rule holds this rewrite safe for --fix to apply unasked: it only
   * hedges or drops words, in a grammatical role read for certain. --fix
   * still applies it only when the whole sentence re-lints clean and is no
   * question (docs/fixing.md). */
  safe?: boolean;
}

/** Which clearances apply; any one set, all of whose members hold, clears. */
export type ClearanceRule = ReadonlyArray<ReadonlyArray<Clearance>>;

export interface RuleExamples {
  /** Sentences the rule must not report. */
  valid: string[];
  /** Sentences the rule must report, with the rewrite expected when the rule offers one. */
  invalid: Array<{ text: string; output?: string; /** Where it is reported, when only some markets report it (default us). */ market?: Market }>;
}

export interface RuleDefinition {
  meta: RuleMeta;
  patterns: string[];
  /** Per pattern index override of `clearedBy`; falls back to `clearedBy`. */
  clearedBy: ClearanceRule | ((claim: ClaimContext) => ClearanceRule);
  /** An extra veto a rule may need beyond the shared clearances. */
  ignore?: (claim: ClaimContext) => boolean;
  /** The first line's opening: what the text says, in the writer's terms
   * ("This says the treatment cures acne"); the market's reason follows it. */
  message: (claim: ClaimContext) => string;
  /** A reason for this claim where the rule's kinds of claim differ (an
   * endorsement is not an approval); the market's reason otherwise. */
  reasonFor?: (claim: ClaimContext) => string | undefined;
  /** A severity for this claim where the facts make it milder ("FDA-approved"
   * said of a product FDA did approve is a warning to name the approved use). */
  severityFor?: (claim: ClaimContext) => Exclude<SeverityName, 'off'> | undefined;
  /** Advice for this claim where the rule's kinds of claim differ. */
  adviceFor?: (claim: ClaimContext) => string | undefined;
  /** What the sentence claims about the matched thing, none for a factual
   * mention; read where a market's policy `reports: 'claims'`: the match is
   * reported for the first of these its clearances do not clear. */
  claimAbout?: (claim: ClaimContext) => readonly ClaimAbout[];
  /** The thing a match names, as one key for all its spellings ("Botox",
   * "BOTOX®" and "botulinum toxin type A" may be one); read where a market's
   * policy reports once per document. */
  subject?: (claim: ClaimContext) => string;
  /** Where a market reports once per document: whether this match is
   * reported wherever it stands all the same (a price beside the name is an
   * advertisement each time); it still counts as a mention of its subject. */
  reportedEachTime?: (claim: ClaimContext) => boolean;
  suggest?: (claim: ClaimContext) => Rewrite[];
  examples: RuleExamples;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
