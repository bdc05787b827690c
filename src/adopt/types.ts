// The shapes of the suppressions file and the claims register as the rest of
// claimlint (and the library's users) see them, apart from the code that
// reads them: their declarations then name no parser package.
import type { LintResult } from '../shared/lint-result.js';
import type { Market } from '../shared/markets.js';

export interface RegisterEntry {
  id: string;
  /** The wordings of the claim (a claim and its variants). */
  claims: string[];
  markets: Market[];
  evidence: string;
  approvedBy: string;
  /** YYYY-MM-DD: the last day the approval holds without a new review. */
  reviewDate: string;
  notes?: string;
}

export interface Register {
  /** The name it is reported under. */
  name: string;
  entries: RegisterEntry[];
  byId: Map<string, RegisterEntry>;
}

export interface SuppressionEntry {
  /** The claim as written when it was suppressed; for people, not matching. */
  claim: string;
  fingerprint: string;
  count: number;
}

/** File (relative to the suppressions file, '/'-separated) → rule → entries. */
export type SuppressionTable = Map<string, Map<string, SuppressionEntry[]>>;

/** A suppression whose count is larger than the findings it matched in a linted file. */
export interface UnusedSuppression {
  file: string;
  rule: string;
  claim: string;
  fingerprint: string;
  /** How many of its count matched nothing. */
  unused: number;
}

export interface SuppressOutcome {
  results: LintResult[];
  /** The table after adding and pruning (the one to write, when it changed). */
  table: SuppressionTable;
  changed: boolean;
  suppressed: number;
  /** Left after pruning: what no longer matches. */
  unused: UnusedSuppression[];
}
