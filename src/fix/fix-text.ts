// Fixes a document's text in memory: lint, apply the safe fixes that do not
// overlap, lint again, up to a few passes; then make sure the Markdown
// structure is what it was, or give the text back untouched.
import type { RulePack } from '../judge/compile.js';
import { BOM, hasBom, stripBom } from '../shared/bom.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { lintText } from '../screen/lint-text.js';
import type { LintMessage, SuppressedMessage, TextEdit } from '../shared/lint-result.js';
import { applyEdits } from './apply-fixes.js';
import { shapeOf } from './structure.js';

/** ESLint's bound: enough for fixes that uncover fixes, and a stop for rules that never settle. */
export const MAX_FIX_PASSES = 10;

export interface FixTextOptions {
  pack: RulePack;
  filePath?: string;
  config?: ResolvedConfig;
  /** Which findings to fix; every finding with a fix by default. */
  accept?: (message: LintMessage) => boolean;
}

export interface FixedText {
  /** The fixed text (the input itself when nothing was fixed or the fixes were discarded). */
  output: string;
  fixesApplied: number;
  /** The edits of each pass, each on the text the pass before produced (BOM-less offsets). */
  passes: TextEdit[][];
  /** Findings in the input, and those that directives or approved claims silenced there. */
  found: LintMessage[];
  foundSuppressed: SuppressedMessage[];
  /** Findings that remain in `output`. */
  messages: LintMessage[];
  /** Findings in `output` that directives or approved claims silenced. */
  suppressedMessages: SuppressedMessage[];
  /** Why the fixes were thrown away, when they were. */
  discarded?: string;
}

export function fixText(text: string, options: FixTextOptions): FixedText {
  const bom = hasBom(text) ? BOM : '';
  const original = stripBom(text);
  const lintOptions = { pack: options.pack, ...(options.filePath ? { filePath: options.filePath } : {}), ...(options.config ? { config: options.config } : {}) };
  const accept = options.accept ?? (() => true);
  const initial = lintText(original, lintOptions);
  const first = initial.messages;
  let current = original;
  let latest = initial;
  const passes: TextEdit[][] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = acceptedEdits(latest.messages, accept);
    if (edits.length === 0) break;
    const { output, applied } = applyEdits(current, edits);
    passes.push(applied);
    current = output;
    latest = lintText(current, lintOptions);
  }
  const suppressed = (r: typeof initial) => r.suppressedMessages ?? [];
  const before = { found: first, foundSuppressed: suppressed(initial) };
  const unchanged = { output: text, fixesApplied: 0, passes: [], ...before, messages: first, suppressedMessages: before.foundSuppressed };
  if (passes.length === 0) return unchanged;
  const problem = structureProblem(original, current);
  if (problem) return { ...unchanged, discarded: problem };
  const fixesApplied = passes.reduce((n, p) => n + p.length, 0);
  return { output: bom + current, fixesApplied, passes, ...before, messages: latest.messages, suppressedMessages: suppressed(latest) };
}

/**
 * The fixes to apply. A sentence's rewrite is planned once for all its
 * findings, so several findings can carry the same edit; it is applied only
 * when every one of them is accepted (`--fix-type brand/glow` must not also
 * rewrite an absolute-guarantee claim that shares the sentence's edit).
 */
function acceptedEdits(messages: readonly LintMessage[], accept: (m: LintMessage) => boolean): TextEdit[] {
  const key = (fix: TextEdit) => `${fix.range[0]}:${fix.range[1]}:${fix.text}`;
  const refused = new Set(messages.filter((m) => m.fix && !accept(m)).map((m) => key(m.fix!)));
  const out = new Map<string, TextEdit>();
  for (const m of messages) if (m.fix && accept(m) && !refused.has(key(m.fix))) out.set(key(m.fix), m.fix);
  return [...out.values()];
}

function structureProblem(before: string, after: string): string | undefined {
  try {
    return shapeOf(before) === shapeOf(after) ? undefined : 'the fixes would change the Markdown structure';
  } catch (error) {
    return `the Markdown structure could not be checked after fixing (${error instanceof Error ? error.message : String(error)})`;
  }
}

export type EditOutcome = { output: string; discarded?: undefined } | { output?: undefined; discarded: string };

/** One edit a person chose (a suggestion rather than the safe fix), applied
 * only when the Markdown structure survives it, as fixText's are. */
export function applyChosenEdit(text: string, edit: TextEdit): EditOutcome {
  const { output } = applyEdits(text, [edit]);
  const problem = structureProblem(text, output);
  return problem ? { discarded: problem } : { output };
}
