// The suppressions file: existing findings held back while a site is cleaned
// up, as ESLint's bulk suppressions do. An entry is a file, a rule and a
// fingerprint of the claim's words (not their case, spacing or Markdown), with
// a count, so it survives edits elsewhere in the file and lines moving; the
// claim is written beside its fingerprint for the people who review the diff.
// A finding beyond an entry's count is new and reported.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LintMessage, LintResult, SuppressedMessage } from '../shared/lint-result.js';
import { makeResult } from '../report/results.js';
import { normalisedClaim } from '../report/formatters/fingerprint.js';
import { DataFile, readDataFile } from './data-file.js';
import type { SuppressionEntry, SuppressionTable, SuppressOutcome, UnusedSuppression } from './types.js';

export type { SuppressionEntry, SuppressionTable, SuppressOutcome, UnusedSuppression };

export const SUPPRESSIONS_FILE = 'claimlint-suppressions.json';
const MAX_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 200_000;
const MAX_COUNT = 100_000;
const MAX_CLAIM_CHARS = 500;
const MAX_PATH_CHARS = 4096;



export function claimFingerprint(ruleId: string, m: Pick<LintMessage, 'claim' | 'message'>): string {
  return createHash('sha256').update(`${ruleId}\u0000${normalisedClaim(m)}`).digest('hex').slice(0, 16);
}

/** Reads and checks the file; an empty table when it does not exist. */
export function readSuppressions(filePath: string, name: string): SuppressionTable {
  const file = readDataFile(filePath, name, MAX_BYTES);
  return file ? parseSuppressions(file) : new Map();
}

export function parseSuppressions(file: DataFile): SuppressionTable {
  const table: SuppressionTable = new Map();
  const root = file.root();
  const top = file.properties(root, 'the file');
  file.onlyKeys(top, ['version', 'files'], 'the file');
  const version = top.find((p) => p.key === 'version');
  if (!version) file.fail(root, 'missing "version" (1)');
  if (version.value.value !== 1) file.fail(version.value, `"version" must be 1 (this claimlint reads version 1)`);
  const files = top.find((p) => p.key === 'files');
  if (!files) return table;
  let entries = 0;
  for (const { key: rel, keyNode, value } of file.properties(files.value, '"files"')) {
    if (rel.length === 0 || rel.length > MAX_PATH_CHARS || rel.includes('\\') || rel.startsWith('/') || rel.split('/').includes('..')) {
      file.fail(keyNode, `"${rel.slice(0, 80)}" is not a relative path with "/" between folders`);
    }
    const rules = new Map<string, SuppressionEntry[]>();
    for (const { key: rule, value: list } of file.properties(value, `"${rel}"`)) {
      const out: SuppressionEntry[] = [];
      const seen = new Set<string>();
      for (const item of file.items(list, `"${rel}" > "${rule}"`)) {
        if (++entries > MAX_ENTRIES) file.fail(item, `more than ${MAX_ENTRIES} suppressions`);
        const props = file.properties(item, 'a suppression');
        file.onlyKeys(props, ['claim', 'fingerprint', 'count'], 'a suppression');
        const get = (k: string) => props.find((p) => p.key === k)?.value ?? file.fail(item, `a suppression needs "${k}"`);
        const fingerprint = file.string(get('fingerprint'), '"fingerprint"', 64);
        if (!/^[0-9a-f]{16}$/.test(fingerprint)) file.fail(get('fingerprint'), '"fingerprint" must be 16 lowercase hex digits, as claimlint writes it');
        if (seen.has(fingerprint)) file.fail(get('fingerprint'), `fingerprint ${fingerprint} is listed twice for "${rule}"`);
        seen.add(fingerprint);
        out.push({ claim: file.string(get('claim'), '"claim"', MAX_CLAIM_CHARS), fingerprint, count: file.wholeNumber(get('count'), '"count"', 1, MAX_COUNT) });
      }
      if (out.length > 0) rules.set(rule, out);
    }
    if (rules.size > 0) table.set(rel, rules);
  }
  return table;
}

/** The file's text: sorted, one suppression a line, so a diff shows each claim that came or went. */
export function formatSuppressions(table: SuppressionTable): string {
  const files = [...table.keys()].sort();
  const fileParts = files.map((rel) => {
    const rules = table.get(rel)!;
    const ruleParts = [...rules.keys()].sort().map((rule) => {
      const entries = [...rules.get(rule)!].sort((a, b) => a.claim.localeCompare(b.claim) || a.fingerprint.localeCompare(b.fingerprint));
      const lines = entries.map((e) => `        { "claim": ${JSON.stringify(e.claim)}, "fingerprint": "${e.fingerprint}", "count": ${e.count} }`);
      return `      ${JSON.stringify(rule)}: [\n${lines.join(',\n')}\n      ]`;
    });
    return `    ${JSON.stringify(rel)}: {\n${ruleParts.join(',\n')}\n    }`;
  });
  return `{\n  "version": 1,\n  "files": {${fileParts.length ? `\n${fileParts.join(',\n')}\n  ` : ''}}\n}\n`;
}

export function countSuppressions(table: SuppressionTable): { entries: number; findings: number; files: number } {
  let entries = 0;
  let findings = 0;
  for (const rules of table.values()) {
    for (const list of rules.values()) {
      entries += list.length;
      for (const e of list) findings += e.count;
    }
  }
  return { entries, findings, files: table.size };
}


export interface SuppressOptions {
  /** The suppressions file, absolute: paths in it are relative to its folder. */
  location: string;
  /** Add the findings not yet suppressed: every rule (`true`), or these rules. */
  add?: true | ReadonlySet<string>;
  /** Lower counts to what matched in the files linted, and drop files that no longer exist. */
  prune?: boolean;
  exists: (absolutePath: string) => boolean;
}


function relativeKey(location: string, filePath: string): string {
  return path.relative(path.dirname(location), filePath).split(path.sep).join('/');
}

/** Applies (and, as asked, extends and prunes) the table on one run's results. */
export function applySuppressions(results: readonly LintResult[], input: SuppressionTable, options: SuppressOptions): SuppressOutcome {
  const table: SuppressionTable = new Map([...input].map(([f, rules]) => [f, new Map([...rules].map(([r, list]) => [r, list.map((e) => ({ ...e }))]))]));
  const justification = path.basename(options.location);
  let suppressed = 0;
  let changed = false;
  const used = new Map<SuppressionEntry, number>();
  const linted = new Set<string>();
  const out = results.map((result) => {
    // A file that could not be linted says nothing about its suppressions.
    if (result.fatalErrorCount > 0) return result;
    const rel = relativeKey(options.location, result.filePath);
    linted.add(rel);
    const messages: LintMessage[] = [];
    const held: SuppressedMessage[] = [];
    for (const m of result.messages) {
      if (m.ruleId === null || m.fatal) {
        messages.push(m);
        continue;
      }
      const fingerprint = claimFingerprint(m.ruleId, m);
      let entry = table.get(rel)?.get(m.ruleId)?.find((e) => e.fingerprint === fingerprint);
      const room = entry ? entry.count - (used.get(entry) ?? 0) : 0;
      if (room <= 0 && options.add && (options.add === true || options.add.has(m.ruleId))) {
        const rules = table.get(rel) ?? table.set(rel, new Map()).get(rel)!;
        const list = rules.get(m.ruleId) ?? rules.set(m.ruleId, []).get(m.ruleId)!;
        if (entry) entry.count++;
        else list.push((entry = { claim: claimText(m), fingerprint, count: 1 }));
        changed = true;
      } else if (room <= 0) {
        messages.push(m);
        continue;
      }
      used.set(entry!, (used.get(entry!) ?? 0) + 1);
      held.push({ ...m, suppressions: [{ kind: 'baseline', justification }] });
      suppressed++;
    }
    if (held.length === 0) return result;
    const { errorCount: _e, warningCount: _w, fatalErrorCount: _f, fixableErrorCount: _fe, fixableWarningCount: _fw, messages: _m, ...rest } = result;
    return makeResult(result.filePath, messages, { ...rest, suppressedMessages: [...(result.suppressedMessages ?? []), ...held] });
  });
  const unused: UnusedSuppression[] = [];
  for (const [rel, rules] of table) {
    const gone = !linted.has(rel) && options.prune === true && !options.exists(path.join(path.dirname(options.location), ...rel.split('/')));
    if (!linted.has(rel) && !gone) continue;
    for (const [rule, list] of rules) {
      for (const e of [...list]) {
        const missing = e.count - (used.get(e) ?? 0);
        if (missing <= 0) continue;
        if (options.prune) {
          changed = true;
          e.count -= missing;
          if (e.count === 0) list.splice(list.indexOf(e), 1);
        } else {
          unused.push({ file: rel, rule, claim: e.claim, fingerprint: e.fingerprint, unused: missing });
        }
      }
      if (list.length === 0) rules.delete(rule);
    }
    if (rules.size === 0) table.delete(rel);
  }
  return { results: out, table, changed, suppressed, unused };
}

function claimText(m: LintMessage): string {
  const text = (m.claim ?? m.message).replace(/\s+/g, ' ').trim();
  return text.length > MAX_CLAIM_CHARS ? `${text.slice(0, MAX_CLAIM_CHARS - 1)}\u2026` : text || '(claim)';
}
