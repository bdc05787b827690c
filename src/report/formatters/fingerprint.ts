// A finding's identity across runs, for services that track findings
// (code scanning, GitLab's merge-request widget): the rule, the claim's words
// (not their case, spacing or Markdown) and which occurrence of that claim in
// the file it is, so it survives edits elsewhere in the file.
import { createHash } from 'node:crypto';
import type { LintMessage } from '../../shared/lint-result.js';

/** A claim's words without their case, spacing or Markdown (also the suppressions file's key, src/adopt/). */
export function normalisedClaim(m: Pick<LintMessage, 'claim' | 'message'>): string {
  return (m.claim ?? m.message).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Fingerprints one file's findings in order; `extra` (the path, for a report
 * without per-file grouping) is hashed in too. */
export function fingerprinter(extra = ''): (m: LintMessage & { ruleId: string }) => string {
  const seen = new Map<string, number>();
  return (m) => {
    const key = `${m.ruleId}\u0000${normalisedClaim(m)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const prefix = extra ? `${extra}\u0000` : '';
    return createHash('sha256').update(`${prefix}${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  };
}
