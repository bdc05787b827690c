// Inline control of the linter from inside a document. Comments such as
//   <!-- claimlint-disable hype, speed-instant -- legal reviewed -->
//   {/* claimlint-disable-next-line -- quoting a customer */}     (MDX)
//   Reduce scars. <!-- claimlint-disable-line absolute-guarantee -->
// switch rules off for a range, the next block, the comment's own line or
// the whole file; front
// matter `claimlint: off` skips the file. Applied to findings after they are
// made, so a directive never changes what is found, only what is reported.
import type { Root } from 'mdast';
import { didYouMean } from '../shared/did-you-mean.js';
import type { LintMessage, SuppressedMessage, Suppression } from '../shared/lint-result.js';
import { levelOf, type SeverityName } from '../shared/severity.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

export interface Directive {
  kind: DirectiveKind;
  /** Rule or phrase ids; empty means every rule. */
  ids: string[];
  justification: string;
  /** Source range of the comment. */
  start: number;
  end: number;
}

export interface CommentLike {
  value: string;
  start: number;
  end: number;
}

// <!-- body -->, {/* body */} (MDX) or /* body */ (an MDX expression's text).
const WRAPPED = /^\s*(?:<!--([\s\S]*?)-->|\{\s*\/\*([\s\S]*?)\*\/\s*\}|\/\*([\s\S]*?)\*\/)\s*$/;
const DIRECTIVE = /^claimlint-([a-z-]+)(?=\s|$)([\s\S]*)$/;

export type Parsed = { directive: Omit<Directive, 'start' | 'end'> } | { unknownKind: string } | undefined;

/** Reads one comment; undefined when it is not a claimlint directive. */
export function parseDirective(raw: string): Parsed {
  const m = WRAPPED.exec(raw);
  if (!m) return undefined;
  const body = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  const d = DIRECTIVE.exec(body);
  if (!d) return undefined;
  const kind = d[1] as DirectiveKind;
  if (!KINDS.includes(kind)) return { unknownKind: `claimlint-${d[1]}` };
  // "ids -- reason": the reason is free text for reviewers.
  const rest = ` ${d[2]!} `;
  const dash = rest.search(/\s--\s/);
  const idText = dash === -1 ? rest : rest.slice(0, dash);
  const justification = dash === -1 ? '' : rest.slice(dash + 3).trim();
  const ids = idText.split(/[\s,]+/).filter((x) => x !== '');
  return { directive: { kind, ids, justification } };
}

/** Front matter `claimlint: off` (YAML) or `claimlint = "off"` (TOML). */
export function fileSwitchedOff(tree: Root): boolean {
  const first = tree.children[0];
  if (!first) return false;
  if (first.type === 'yaml') return /^claimlint[ \t]*:[ \t]*(["']?)(off|false)\1[ \t]*(#.*)?$/m.test(first.value);
  if ((first.type as string) === 'toml') {
    return /^claimlint[ \t]*=[ \t]*("off"|'off'|false)[ \t]*(#.*)?$/m.test((first as unknown as { value: string }).value);
  }
  return false;
}

/** A finding with the reasons, so far, not to report it. */
export interface Candidate {
  message: LintMessage;
  suppressions: Suppression[];
  approvedBy?: string;
}

export interface DirectiveContext {
  /** Rule and phrase ids a directive may name. */
  knownIds: ReadonlySet<string>;
  /** Source ranges of the prose blocks, for "the next block". */
  blocks: ReadonlyArray<{ start: number; end: number }>;
  /** 1-based line and column of a source offset. */
  point(offset: number): { line: number; column: number };
  reportUnused?: SeverityName;
}

export interface Controlled {
  messages: LintMessage[];
  suppressedMessages: SuppressedMessage[];
}

function problemAt(ctx: DirectiveContext, range: { start: number; end: number }, severity: 1 | 2, message: string): LintMessage {
  const s = ctx.point(range.start);
  const e = ctx.point(range.end);
  return { ruleId: null, severity, message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, range: [range.start, range.end] };
}

const names = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** Applies the document's directives to its findings. */
export function applyDirectives(candidates: Candidate[], comments: readonly CommentLike[], ctx: DirectiveContext): Controlled {
  const directives: Directive[] = [];
  const problems: LintMessage[] = [];
  for (const c of [...comments].sort((a, b) => a.start - b.start)) {
    const parsed = parseDirective(c.value);
    if (!parsed) continue;
    if ('unknownKind' in parsed) {
      const hint = didYouMean(parsed.unknownKind, KINDS.map((k) => `claimlint-${k}`));
      problems.push(problemAt(ctx, c, 2, `Unknown directive "${parsed.unknownKind}"${hint}`));
      continue;
    }
    const d: Directive = { ...parsed.directive, start: c.start, end: c.end };
    for (const id of d.ids) {
      if (!ctx.knownIds.has(id)) {
        problems.push(problemAt(ctx, c, 2, `Unknown rule "${id}" in claimlint-${d.kind} directive${didYouMean(id, ctx.knownIds)}`));
      }
    }
    directives.push(d);
  }
  const used = new Map<Directive, Set<string>>();
  const use = (d: Directive, ruleId: string, c: Candidate) => {
    c.suppressions.push({ kind: 'directive', justification: d.justification });
    let set = used.get(d);
    if (!set) used.set(d, (set = new Set()));
    set.add(ruleId);
  };
  const covers = (d: Directive, ruleId: string) => d.ids.length === 0 || d.ids.includes(ruleId);

  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const nextBlock = directives
    .filter((d) => d.kind === 'disable-next-line')
    .map((d) => ({ d, lines: linesOfNextBlock(d, ctx) }));
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  // A finding on the comment's line: one that starts, ends or runs through it.
  const sameLine = directives.filter((d) => d.kind === 'disable-line').map((d) => ({ d, line: ctx.point(d.start).line }));

  for (const c of candidates) {
    const ruleId = c.message.ruleId;
    if (ruleId === null) continue;
    const byFile = fileWide.find((d) => covers(d, ruleId));
    if (byFile) use(byFile, ruleId, c);
    const byNext = nextBlock.find(({ d, lines }) => lines && covers(d, ruleId) && c.message.line >= lines[0] && c.message.line <= lines[1]);
    if (byNext) use(byNext.d, ruleId, c);
    const byLine = sameLine.find(({ d, line }) => covers(d, ruleId) && c.message.line <= line && line <= c.message.endLine);
    if (byLine) use(byLine.d, ruleId, c);
    const byRange = rangeDirectiveFor(ranged, c.message.range[0], ruleId);
    if (byRange) use(byRange, ruleId, c);
  }

  if (ctx.reportUnused && ctx.reportUnused !== 'off') {
    const severity = levelOf(ctx.reportUnused === 'error' ? 'error' : 'warn');
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const hits = used.get(d);
      if (d.ids.length === 0) {
        if (!hits) problems.push(problemAt(ctx, d, severity, `Unused claimlint-${d.kind} directive (no problems were reported)`));
        continue;
      }
      const idle = d.ids.filter((id) => ctx.knownIds.has(id) && !hits?.has(id));
      if (idle.length > 0) {
        problems.push(problemAt(ctx, d, severity, `Unused claimlint-${d.kind} directive (no problems were reported from ${names(idle)})`));
      }
    }
  }

  const messages: LintMessage[] = [...problems];
  const suppressedMessages: SuppressedMessage[] = [];
  for (const c of candidates) {
    if (c.suppressions.length === 0) messages.push(c.message);
    else suppressedMessages.push({ ...c.message, suppressions: c.suppressions, ...(c.approvedBy ? { approvedBy: c.approvedBy } : {}) });
  }
  return { messages, suppressedMessages };
}

/** Lines of the first prose block after the directive (a paragraph, heading,
 * list item's text or table row), or undefined at the end of the document. */
function linesOfNextBlock(d: Directive, ctx: DirectiveContext): [number, number] | undefined {
  let next: { start: number; end: number } | undefined;
  for (const b of ctx.blocks) if (b.start >= d.end && (!next || b.start < next.start)) next = b;
  if (!next) return undefined;
  return [ctx.point(next.start).line, ctx.point(Math.max(next.start, next.end - 1)).line];
}

/** The disable directive in force for `ruleId` at `offset`, if any. */
function rangeDirectiveFor(ranged: readonly Directive[], offset: number, ruleId: string): Directive | undefined {
  let all: Directive | undefined;
  const enabledUnderAll = new Set<string>();
  const byId = new Map<string, Directive>();
  for (const d of ranged) {
    if (d.end > offset) break;
    if (d.kind === 'disable') {
      if (d.ids.length === 0) {
        all = d;
        enabledUnderAll.clear();
        byId.clear();
      } else {
        for (const id of d.ids) {
          byId.set(id, d);
          enabledUnderAll.delete(id);
        }
      }
    } else if (d.ids.length === 0) {
      all = undefined;
      enabledUnderAll.clear();
      byId.clear();
    } else {
      for (const id of d.ids) {
        byId.delete(id);
        if (all) enabledUnderAll.add(id);
      }
    }
  }
  return byId.get(ruleId) ?? (all && !enabledUnderAll.has(ruleId) ? all : undefined);
}
