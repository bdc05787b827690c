// Decides cheaply whether a text could hold a claim at all, so that the
// Markdown parse (most of claimlint's cost) and the sentence split can be
// skipped where they cannot find anything. Every pattern needs certain words
// (its literals, one entry of each required word list: see Matcher.needs); a
// text that lacks them for every active pattern and user phrase cannot match.
//
// The answer must never be a wrong "no": src/prefilter-words.ts reads the
// words generously and src/prefilter-regions.ts cuts a document only where no
// match can run on; the whole text is checked first, then each region.
import type { CompiledRules } from './compile.js';
import type { Syntax } from './embedded-prose.js';
import { frontMatterProse } from './frontmatter.js';
import { planRegions } from './guard.js';
import type { Need, PatternNeeds } from './matcher.js';
import { matchRegions } from './prefilter-regions.js';
import { definedLabels, plainKeys, textKeys } from './prefilter-words.js';

export interface Prefilter {
  /** False only when no active pattern can match anywhere in `text` (Markdown or prose). */
  mayMatch(text: string): boolean;
  /** The same for a whole Markdown document, paragraph by paragraph. */
  documentMayMatch(text: string): boolean;
}

/** Needs indexed by one chosen need per pattern (its anchor), so a text is
 * checked against only the patterns whose anchor it contains. */
class NeedsIndex implements Prefilter {
  private readonly byAnchor = new Map<string, Array<readonly Need[]>>();
  private readonly always: boolean;

  constructor(patterns: readonly PatternNeeds[], always: boolean) {
    this.always = always || patterns.some((p) => p.needs.length === 0);
    for (const p of patterns) {
      const anchor = pickAnchor(p.needs);
      if (!anchor) continue;
      for (const entry of anchor) {
        const key = longest(entry);
        let list = this.byAnchor.get(key);
        if (!list) this.byAnchor.set(key, (list = []));
        list.push(p.needs);
      }
    }
  }

  mayMatch(text: string): boolean {
    if (this.always) return true;
    return this.keysMayMatch(textKeys(text));
  }

  /** The whole text first, which rules out most documents in one pass,
   * then each region a match could lie in (see matchRegions). */
  documentMayMatch(text: string): boolean {
    if (this.always) return true;
    const labels = definedLabels(text);
    if (!this.keysMayMatch(textKeys(text, labels))) return false;
    // Each region is read as it stands: the resolved copy covers what links
    // and references would change (see matchRegions).
    return matchRegions(text, labels).some((region) => this.keysMayMatch(plainKeys(region)));
  }

  private keysMayMatch(keys: Set<string> | null): boolean {
    if (keys === null) return true;
    const met = new Map<Need, boolean>();
    const has = (need: Need) => {
      let r = met.get(need);
      if (r === undefined) met.set(need, (r = need.some((entry) => entry.every((k) => keys.has(k)))));
      return r;
    };
    for (const key of keys) {
      const patterns = this.byAnchor.get(key);
      if (patterns && patterns.some((needs) => needs.every(has))) return true;
    }
    return false;
  }
}

/** The key of an entry most likely to be absent: long words are the rare ones. */
function longest(entry: readonly string[]): string {
  return entry.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The need most likely to be absent: long keys are rare words, few entries few chances. */
function pickAnchor(needs: readonly Need[]): Need | undefined {
  let best: Need | undefined;
  let bestScore = -Infinity;
  for (const need of needs) {
    const shortest = need.reduce((n, entry) => Math.min(n, longest(entry).length), Infinity);
    const score = shortest * 1000 - need.length;
    if (score > bestScore) {
      best = need;
      bestScore = score;
    }
  }
  return best;
}

const built = new WeakMap<CompiledRules, Prefilter>();

// CLAIMLINT_NO_PREFILTER=1 lints everything the long way: the benchmark uses
// it to check that the prefilter changes no result and to time the matcher alone.
const disabled = typeof process !== 'undefined' && process.env['CLAIMLINT_NO_PREFILTER'] === '1';

/** The prefilter for a compiled configuration, built once. */
export function prefilterFor(compiled: CompiledRules): Prefilter {
  let p = built.get(compiled);
  if (!p) {
    // A rule that finds claims other than through patterns cannot be prefiltered.
    const opaque = disabled || [...compiled.active.values()].some((a) => a.rule.patterns.length === 0);
    p = new NeedsIndex(compiled.matcher.needs(), opaque);
    built.set(compiled, p);
  }
  return p;
}

/**
 * Whether a whole document needs linting. Only the words can rule one out,
 * so it is always linted when something else could be reported: an MDX
 * document may not parse, inline `claimlint` directives are always read, and
 * front matter may not parse or may spell words with escapes the raw text
 * hides (`"r\u0065moves"`), so its decoded values are checked themselves,
 * and the guard's notes on regions it reads as plain text are kept.
 */
export function documentMayMatch(compiled: CompiledRules, text: string, syntax: Syntax = 'markdown'): boolean {
  if (syntax !== 'markdown' || /claimlint/i.test(text)) return true;
  const prefilter = prefilterFor(compiled);
  if (prefilter.documentMayMatch(text)) return true;
  const frontMatter = frontMatterProse(text, compiled.config.frontmatter);
  if (frontMatter.problem !== undefined || frontMatter.blocks.some((b) => prefilter.mayMatch(b.text))) return true;
  // The guard warns about regions it reads as plain text: those warnings stay.
  return planRegions(text).regions.some((r) => r.kind === 'plain');
}
