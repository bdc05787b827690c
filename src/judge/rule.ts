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
  /** Per-market severity/message changes, where the jurisdictions differ. */
  markets?: Partial<Record<Market, { severity?: Exclude<SeverityName, 'off'>; note?: string }>>;
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
  invalid: Array<{ text: string; output?: string }>;
}

export interface RuleDefinition {
  meta: RuleMeta;
  patterns: string[];
  /** Per pattern index override of `clearedBy`; falls back to `clearedBy`. */
  clearedBy: ClearanceRule | ((claim: ClaimContext) => ClearanceRule);
  /** An extra veto a rule may need beyond the shared clearances. */
  ignore?: (claim: ClaimContext) => boolean;
  message: (claim: ClaimContext) => string;
  suggest?: (claim: ClaimContext) => Rewrite[];
  examples: RuleExamples;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
