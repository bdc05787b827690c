// The inventory: every claim a site makes, once, with what became of it, for
// the compliance reviewer. A claim is a finding of a rule, reported or not:
// reported (`finding`), reported because its register approval has expired
// (`expired`), set aside by an approved claim (`approved`), held back by the
// suppressions file (`suppressed`) or silenced by a comment in the page
// (`disabled`, with the comment's reason).
import path from 'node:path';
import { decodeText } from '../files/decode.js';
import { readFileBytes } from '../files/read.js';
import type { LintMessage, LintResult, SuppressedMessage } from '../shared/lint-result.js';
import type { Market } from '../shared/markets.js';
import { severityWord } from '../shared/severity.js';
import { sentenceSpans } from '../text/sentences.js';
import { approvingEntry } from './register.js';
import type { Register, RegisterEntry } from './types.js';

export const STATUSES = ['finding', 'expired', 'approved', 'suppressed', 'disabled'] as const;
export type ClaimStatus = (typeof STATUSES)[number];

export interface InventoryRow {
  /** Relative to the working directory, '/'-separated. */
  file: string;
  line: number;
  column: number;
  status: ClaimStatus;
  severity: 'error' | 'warning';
  rule: string;
  category: string;
  market: Market;
  /** The claim's words as written. */
  claim: string;
  /** The sentence around it, as plain as the source allows. */
  sentence: string;
  evidence?: string;
  approvedBy?: string;
  reviewDate?: string;
  registerEntry?: string;
  /** The reason given in a `claimlint-disable` comment, or the suppressions file. */
  reason?: string;
}

export interface Inventory {
  generated: string;
  rows: InventoryRow[];
  /** Claims per category and per status. */
  counts: { byCategory: Record<string, number>; byStatus: Record<ClaimStatus, number> };
}

export interface InventoryInput {
  results: readonly LintResult[];
  /** The display path of a result's file. */
  displayPath: (filePath: string) => string;
  marketOf: (filePath: string) => Market;
  /** The text of a file, as the offsets of its findings count it; undefined when it cannot be read. */
  textOf: (filePath: string) => Promise<string | undefined>;
  register?: Register;
  expired?: ReadonlyMap<LintMessage, RegisterEntry>;
  generated: string;
}

const MAX_SENTENCE = 600;

// Front matter at the top of a page (YAML `---` or TOML `+++`).
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;
// A table's delimiter row: the paragraph is a table, and a claim's sentence is its cell.
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/m;

/** The line of `text` around offset `at`. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl === -1 ? text.length : nl };
}

/** Markdown and HTML syntax a reader does not see: links and images show their text. */
function asRead(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, (_, label: string) => label)
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, (_, label: string) => label)
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    // What a sentence cut left of a link or an image ("Great news! ![Removes...](img.png)"):
    // the cut falls after the image's "!", so its text starts the next sentence.
    .replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, '')
    .replace(/^\s*!?\[/, '');
}

/** The sentence of the source around [start, end): its paragraph split into
 * sentences; in front matter, the value's line; in a table, the cell. */
export function sentenceAround(text: string, start: number, end: number): string {
  const fm = FRONT_MATTER.exec(text);
  if (fm && start < fm[0].length) {
    const line = lineAround(text, start);
    const value = text.slice(line.start, line.end).replace(/^\s*(?:-\s+)?(?:[\w.-]+\s*[:=]\s*)?/, '').replace(/^(["'])(.*)\1\s*$/, '$2');
    return finish(value);
  }
  const from = Math.max(0, start - 2000);
  const to = Math.min(text.length, end + 2000);
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  const pStart = Math.max(from, before === -1 ? 0 : before + 2);
  const pEnd = Math.min(to, after === -1 ? text.length : after);
  // Comments (a claimlint-disable line above the claim) are no part of what a reader sees;
  // blanked to spaces of the same length, every offset still holds.
  const paragraph = text.slice(pStart, pEnd).replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  if (TABLE_DELIMITER.test(paragraph)) {
    const line = lineAround(text, start);
    const row = text.slice(line.start, line.end);
    let cellStart = 0;
    for (const cell of row.split(/(?<!\\)\|/)) {
      if (line.start + cellStart + cell.length >= start) return finish(cell);
      cellStart += cell.length + 1;
    }
  }
  const spans = sentenceSpans(paragraph).filter(([s, e]) => e > start - pStart && s < end - pStart);
  const raw = spans.length ? paragraph.slice(spans[0]![0], spans[spans.length - 1]![1]) : text.slice(start, end);
  return finish(
    raw
      .split('\n')
      .map((line) => line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?/, ''))
      .join(' '),
  );
}

/** Text as the inventory's sentence column shows it: as read, on one line, bounded. */
function finish(raw: string): string {
  const plain = asRead(raw).replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > MAX_SENTENCE ? `${plain.slice(0, MAX_SENTENCE - 1)}\u2026` : plain;
}

function statusOf(m: SuppressedMessage): ClaimStatus {
  // A comment in the page is the most deliberate of the three: it wins.
  if (m.suppressions.some((s) => s.kind === 'directive')) return 'disabled';
  if (m.suppressions.some((s) => s.kind === 'approved')) return 'approved';
  return 'suppressed';
}

export async function buildInventory(input: InventoryInput): Promise<Inventory> {
  const rows: InventoryRow[] = [];
  for (const result of input.results) {
    const claims: Array<{ m: LintMessage; status: ClaimStatus; suppressed?: SuppressedMessage }> = [];
    for (const m of result.messages) {
      if (m.ruleId === null || m.fatal) continue;
      claims.push({ m, status: input.expired?.has(m) ? 'expired' : 'finding' });
    }
    for (const m of result.suppressedMessages ?? []) if (m.ruleId !== null) claims.push({ m, status: statusOf(m), suppressed: m });
    if (claims.length === 0) continue;
    claims.sort((a, b) => a.m.range[0] - b.m.range[0] || a.m.range[1] - b.m.range[1]);
    const text = await input.textOf(result.filePath);
    const file = input.displayPath(result.filePath);
    const market = input.marketOf(result.filePath);
    for (const { m, status, suppressed } of claims) {
      const row: InventoryRow = {
        file,
        line: m.line,
        column: m.column,
        status,
        severity: severityWord(m.severity),
        rule: m.ruleId!,
        category: m.category ?? '',
        market,
        claim: m.claim ?? '',
        sentence: text !== undefined ? sentenceAround(text, m.range[0], m.range[1]) : (m.claim ?? ''),
      };
      const entry = status === 'expired' ? input.expired?.get(m) : suppressed ? approvingEntry(suppressed, input.register) : undefined;
      if (status === 'approved' || status === 'expired') {
        const evidence = entry?.evidence ?? suppressed?.approvedBy;
        if (evidence) row.evidence = evidence;
        if (entry) Object.assign(row, { approvedBy: entry.approvedBy, reviewDate: entry.reviewDate, registerEntry: entry.id });
      }
      if (status === 'disabled' || status === 'suppressed') {
        const kind = status === 'disabled' ? 'directive' : 'baseline';
        const reason = suppressed?.suppressions.find((s) => s.kind === kind)?.justification;
        if (reason) row.reason = reason;
      }
      rows.push(row);
    }
  }
  const byCategory: Record<string, number> = {};
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of rows) {
    byCategory[r.category] = (byCategory[r.category] ?? 0) + 1;
    byStatus[r.status]++;
  }
  return { generated: input.generated, rows, counts: { byCategory, byStatus } };
}

export interface RunInventoryInput {
  /** A run's results, after the register and suppressions were applied (Adoption.apply). */
  results: readonly LintResult[];
  /** The market each file was linted for. */
  marketOf: (filePath: string) => Market;
  /** Paths in the inventory are relative to it. */
  cwd: string;
  register?: Register;
  /** From Adoption.apply: the findings back because their approval expired. */
  expired?: ReadonlyMap<LintMessage, RegisterEntry>;
  /** The day of the inventory, YYYY-MM-DD. */
  generated: string;
}

/** The inventory of a run of files, their sentences read from disk as the run read them
 * (the command line's `claimlint inventory` and the library's `inventory`). */
export function inventoryOfRun(input: RunInventoryInput): Promise<Inventory> {
  return buildInventory({
    results: input.results,
    displayPath: (p) => path.relative(input.cwd, p).split(path.sep).join('/') || p,
    marketOf: input.marketOf,
    textOf: async (p) => {
      try {
        return decodeText(await readFileBytes(p)).text;
      } catch {
        return undefined;
      }
    },
    ...(input.register ? { register: input.register } : {}),
    ...(input.expired ? { expired: input.expired } : {}),
    generated: input.generated,
  });
}
