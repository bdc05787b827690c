// The claims register: approved claims as a compliance reviewer keeps them,
// each with the markets it is approved for, the evidence behind it, who
// approved it and the date by which it must be reviewed again. An entry
// becomes approved claims in the configuration of each file linted for one of
// its markets, so the judge sets its matches aside as it does any approved
// claim: each wording is a user's phrase, literal words (case, spelling and
// inflection folded) or a pattern of the rules' pattern language, matched by
// the one matcher (src/judge/approved.ts).
// Past its review date an entry no longer vouches for anything: its matches
// come back as warnings that say so.
import type { LintMessage, LintResult, SuppressedMessage } from '../shared/lint-result.js';
import type { ApprovedClaim, ResolvedConfig } from '../shared/resolved-config.js';
import { MARKETS, parseMarket, type Market } from '../shared/markets.js';
import { makeResult } from '../report/results.js';
import { Matcher, phraseProblem, type WordList } from '../match/matcher.js';
import { DataFile, readDataFile } from './data-file.js';
import type { Register, RegisterEntry } from './types.js';

export type { Register, RegisterEntry };

export const REGISTER_FILE = 'claimlint-register.json';
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const MAX_WORDINGS = 50;



/** Reads and checks the register; undefined when there is no such file. `lists`
 * are the word lists its patterns may name (the rule pack's). */
export function readRegister(filePath: string, name: string, lists: readonly WordList[]): Register | undefined {
  const file = readDataFile(filePath, name, MAX_BYTES);
  return file ? parseRegister(file, lists) : undefined;
}

const ENTRY_KEYS = ['id', 'claim', 'markets', 'evidence', 'approvedBy', 'reviewDate', 'notes'] as const;

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function parseRegister(file: DataFile, lists: readonly WordList[]): Register {
  const probe = new Matcher(lists);
  const root = file.root();
  const top = file.properties(root, 'the register');
  file.onlyKeys(top, ['$schema', 'version', 'claims'], 'the register');
  const version = top.find((p) => p.key === 'version');
  if (!version) file.fail(root, 'missing "version" (1)');
  if (version.value.value !== 1) file.fail(version.value, '"version" must be 1 (this claimlint reads version 1)');
  const claims = top.find((p) => p.key === 'claims');
  if (!claims) file.fail(root, 'missing "claims" (a list of entries)');
  const items = file.items(claims.value, '"claims"');
  if (items.length > MAX_ENTRIES) file.fail(items[MAX_ENTRIES], `more than ${MAX_ENTRIES} entries`);
  const entries: RegisterEntry[] = [];
  const byId = new Map<string, RegisterEntry>();
  for (const item of items) {
    const props = file.properties(item, 'an entry');
    file.onlyKeys(props, ENTRY_KEYS, 'an entry');
    const get = (k: string) => props.find((p) => p.key === k)?.value;
    const need = (k: string) => get(k) ?? file.fail(item, `an entry needs "${k}"`);
    const idNode = need('id');
    const id = file.string(idNode, '"id"', 100);
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u.test(id)) file.fail(idNode, `"id" "${id}": use letters, digits, ".", "_", "/" and "-"`);
    if (byId.has(id)) file.fail(idNode, `"id" "${id}" is used by another entry`);
    const claimNode = need('claim');
    const wordings = claimNode.type === 'array' ? file.items(claimNode, `"${id}" > "claim"`) : [claimNode];
    if (wordings.length === 0 || wordings.length > MAX_WORDINGS) file.fail(claimNode, `"${id}" > "claim": give 1 to ${MAX_WORDINGS} wordings`);
    const claimsOf = wordings.map((w) => {
      const text = file.string(w, `"${id}" > "claim"`, 500);
      const problem = phraseProblem(probe, text);
      if (problem) file.fail(w, `"${id}" > "claim": ${problem}`);
      return text;
    });
    const marketsNode = need('markets');
    const markets = file.items(marketsNode, `"${id}" > "markets"`).map((n) => {
      const market = n.type === 'string' ? parseMarket(String(n.value)) : undefined;
      if (!market) file.fail(n, `"${id}" > "markets": expected one of ${MARKETS.join(', ')}`);
      return market;
    });
    if (markets.length === 0) file.fail(marketsNode, `"${id}" > "markets" must name at least one market`);
    const dateNode = need('reviewDate');
    const reviewDate = file.string(dateNode, `"${id}" > "reviewDate"`, 10);
    if (!isCalendarDate(reviewDate)) file.fail(dateNode, `"${id}" > "reviewDate" must be a date as YYYY-MM-DD, got "${reviewDate}"`);
    const notes = get('notes');
    const entry: RegisterEntry = {
      id,
      claims: claimsOf,
      markets: [...new Set(markets)],
      evidence: file.string(need('evidence'), `"${id}" > "evidence"`, 1000),
      approvedBy: file.string(need('approvedBy'), `"${id}" > "approvedBy"`, 200),
      reviewDate,
      ...(notes ? { notes: file.string(notes, `"${id}" > "notes"`, 2000) } : {}),
    };
    entries.push(entry);
    byId.set(id, entry);
  }
  return { name: file.name, entries, byId };
}

/** Today as YYYY-MM-DD (UTC), or `CLAIMLINT_TODAY` when set (reproducible runs and tests). */
export function today(env: Record<string, string | undefined>, now = new Date()): string {
  const fixed = env['CLAIMLINT_TODAY'];
  if (fixed !== undefined && isCalendarDate(fixed)) return fixed;
  return now.toISOString().slice(0, 10);
}

export function isExpired(entry: RegisterEntry, on: string): boolean {
  return entry.reviewDate < on;
}

/** A configuration with the register's entries for its market added to its
 * approved claims. One object per configuration, so the rules compiled for it
 * (cached per configuration object) are compiled once. */
export function registerConfigurer(register: Register): (config: ResolvedConfig) => ResolvedConfig {
  const made = new WeakMap<ResolvedConfig, ResolvedConfig>();
  return (config) => {
    let out = made.get(config);
    if (!out) {
      const market = config.market;
      const extra: ApprovedClaim[] = register.entries
        .filter((e) => e.markets.includes(market))
        .flatMap((e) => e.claims.map((claim) => ({ claim, evidence: e.evidence, entry: e.id })));
      out = extra.length === 0 ? config : { ...config, approved: [...config.approved, ...extra] };
      made.set(config, out);
    }
    return out;
  };
}

/** The register entry that approved a set-aside finding, if one did. */
export function approvingEntry(m: SuppressedMessage, register: Register | undefined): RegisterEntry | undefined {
  const id = m.suppressions.find((s) => s.kind === 'approved')?.entry;
  return id === undefined ? undefined : register?.byId.get(id);
}

export interface ExpiryOutcome {
  results: LintResult[];
  /** The findings that came back because their entry expired, and that entry. */
  expired: Map<LintMessage, RegisterEntry>;
}

/** Findings set aside only by an entry past its review date are reported again, as warnings. */
export function expireApprovals(results: readonly LintResult[], register: Register, on: string): ExpiryOutcome {
  const expired = new Map<LintMessage, RegisterEntry>();
  const out = results.map((result) => {
    const back: LintMessage[] = [];
    const kept: SuppressedMessage[] = [];
    for (const m of result.suppressedMessages ?? []) {
      const entry = approvingEntry(m, register);
      // A directive on the line still silences it: someone chose to, with a reason.
      if (!entry || !isExpired(entry, on) || m.suppressions.some((s) => s.kind === 'directive')) {
        kept.push(m);
        continue;
      }
      const { suppressions: _s, approvedBy: _a, ...message } = m;
      const warning: LintMessage = {
        ...message,
        severity: 1,
        message: `${m.message} Its approval in the claims register (entry "${entry.id}", ${entry.evidence}) expired on ${entry.reviewDate}: review the evidence and renew the date, or reword the claim.`,
      };
      expired.set(warning, entry);
      back.push(warning);
    }
    if (back.length === 0) return result;
    const { errorCount: _e, warningCount: _w, fatalErrorCount: _f, fixableErrorCount: _fe, fixableWarningCount: _fw, messages, suppressedMessages: _sm, ...rest } = result;
    return makeResult(result.filePath, [...messages, ...back], { ...rest, ...(kept.length ? { suppressedMessages: kept } : {}) });
  });
  return { results: out, expired };
}
