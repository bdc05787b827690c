// Decides cheaply whether a text could hold a claim at all, and where, so
// that the Markdown parse (most of claimlint's cost) and the sentence split
// can be skipped where they cannot find anything. Every pattern needs certain
// words (its literals, one entry of each required word list, a number: see
// Matcher.needs), in its order, within its span, and with no comma between
// unless it allows one; a text that lacks them for every active pattern and
// user phrase cannot match.
//
// The answer must never be a wrong "no": words.ts reads the words
// generously and regions.ts cuts a document only where no match can run on.
// Each region's words are checked, then where in the region they stand
// (inOrder); the paragraphs that pass are the only ones the engine parses
// (screenDocument).
import { addPhrases, type CompiledRules } from '../judge/compile.js';
import type { Syntax } from '../prose/embedded.js';
import { READ_ALL, type Screening } from '../engine/screening.js';
import { frontMatterProse } from '../prose/frontmatter/index.js';
import { isPlainYaml } from '../prose/frontmatter/plain-yaml.js';
import { locateFrontMatter, type FrontMatterPlace } from '../prose/frontmatter/read.js';
import { mayReadAsPlain, planRegions, type GuardPlan } from '../markdown/guard.js';
import { GUARD_LIMITS } from '../shared/limits.js';
import { Matcher, type Need, type PatternNeeds } from '../match/matcher.js';
import { matchParagraphs, matchRegions } from './regions.js';
import { NeedTable } from './patterns-met.js';
import { anchorKeys, ruleNeeds } from './rule-needs.js';
import { RunTable } from './run-cache.js';
import { definedLabels, keysOfRun, regionKeys, runWords, textKeys, type RunReader, type RunWords } from './words.js';

export interface Prefilter {
  /** False only when no active pattern can match anywhere in `text` (Markdown or prose). */
  mayMatch(text: string): boolean;
  /** The paragraphs of a Markdown document where a match may lie (offsets);
   * null when any may; 'dense' when so much of it may that screening it
   * further would cost more than reading it all (see DENSE). */
  hotParagraphs(text: string): Array<[number, number]> | null | 'dense';
}

/** Needs indexed by one chosen need per pattern (its anchor), so a text is
 * checked against only the patterns whose anchor it contains. */
class NeedsIndex implements Prefilter {
  private readonly table: NeedTable;
  private readonly always: boolean;
  /** Every key some need has: the only ones worth keeping from a run. */
  private readonly relevant = new Set<string>();
  private readonly runs = new RunTable<readonly string[] | null>();
  /** A run's relevant keys (see keysOfRun), remembered: documents repeat
   * their words, and reading runs is most of the prefilter's work. */
  private readonly read: RunReader = (text, start, end) => {
    let keys = this.runs.get(text, start, end);
    if (keys === undefined) {
      const run = text.slice(start, end);
      const all = keysOfRun(run);
      keys = all === null ? null : all.filter((k) => this.relevant.has(k));
      if (keys?.length === 0) keys = NONE;
      this.runs.set(run, keys);
    }
    return keys;
  };
  /** Every pattern, by anchor, and the keys worth placing: what a region is checked for. */
  private readonly focus: Focus;
  /** How many documents in a row the dense test found dense, and how many
   * have been taken as dense untested since it was last run (see DENSE). */
  private denseInRow = 0;
  private untested = 0;
  /** How many documents are taken untested before the next test (DENSE). */
  private retestAfter: number = DENSE.retest;

  constructor(patterns: readonly PatternNeeds[], always: boolean) {
    this.always = always || patterns.some((p) => p.needs.length === 0);
    // Word lists recur as the needs of many patterns: each is read once.
    // Indexed loops: this runs once, before V8 optimises anything, and an
    // unoptimised for-of makes an object per element (a megabyte here).
    for (const need of new Set(patterns.flatMap((p) => p.needs))) {
      for (let i = 0; i < need.length; i++) {
        const entry = need[i]!;
        for (let j = 0; j < entry.length; j++) this.relevant.add(entry[j]!);
      }
    }
    this.table = new NeedTable(patterns, (p) => p.anchor ?? anchorKeys(p.needs));
    this.focus = { anchors: this.table, relevant: this.relevant };
  }

  mayMatch(text: string): boolean {
    if (this.always) return true;
    const keys = textKeys(text, undefined, this.read);
    return keys === null || this.table.met(keys, true).length > 0;
  }

  /** Each region a match could lie in (see matchParagraphs): the
   * paragraphs where a match may lie, as offsets. The whole text's words are
   * not read first: the broad vocabularies of the rules (rules/lexicon)
   * meet in nearly every document of some length, so that pass ruled out
   * few documents (527 small ones, 2% of the docs corpus's bytes) and read
   * every other one twice. */
  hotParagraphs(text: string): Array<[number, number]> | null | 'dense' {
    if (this.always) return null;
    const sampling = text.length > DENSE.sample;
    if (sampling && this.trustsDense()) return 'dense';
    const labels = definedLabels(text);
    // Each region is read as it stands: the resolved copy covers what links
    // and references would change (see matchParagraphs).
    const mayMatch = (regions: readonly string[]) => regions.some((region) => regionMayMatch(region, this.focus, this.read));
    // Claim-dense copy shows itself in its first paragraphs (see DENSE). The
    // verdicts on them are kept for the loop below, which would read the
    // same paragraphs again. (Reading the sample whole first, to skip this
    // where it holds no match at all, cost the dense corpus 2.5% of its time
    // and saved the documentation corpus nothing: a cold start ends this early.)
    const sampled: boolean[] = [];
    if (sampling) {
      const dense = this.startsDense(text, labels, mayMatch, sampled);
      if (dense && this.denseInRow > DENSE.trust) this.retestAfter = Math.min(2 * this.retestAfter, DENSE.longest);
      else if (!dense) this.retestAfter = DENSE.retest;
      this.denseInRow = dense ? this.denseInRow + 1 : 0;
      if (dense) return 'dense';
    }
    const hot: Array<[number, number]> = [];
    let blocks: GuardPlan['regions'] | undefined;
    let n = 0;
    for (const p of matchParagraphs(text, labels)) {
      if (!(sampled[n++] ?? mayMatch(p.regions))) continue;
      if (p.end - p.start <= GUARD_LIMITS.maxBlockChars) {
        hot.push([p.start, p.end]);
        continue;
      }
      // A paragraph longer than a block may be (a line of megabytes) is
      // parsed by the guard in pieces, its top-level blocks, and no sentence
      // runs from one piece into the next: only the pieces where a match may
      // lie are hot, so one claim at the end of 50 MB parses one piece, not
      // the whole paragraph.
      blocks ??= planRegions(text, { ...GUARD_LIMITS, chunkChars: 0 }).regions;
      for (const b of blocks) {
        if (b.end <= p.start || b.start >= p.end) continue;
        const start = Math.max(b.start, p.start);
        const end = Math.min(b.end, p.end);
        if (b.kind !== 'markdown' || mayMatch(matchRegions(text.slice(start, end), labels))) hot.push([start, end]);
      }
    }
    return hot;
  }

  /** Whether to take a document as dense without testing it: the run's
   * last `DENSE.trust` tested were, and it is not the one after
   * `retestAfter` untested that is tested to see whether the copy has changed. */
  private trustsDense(): boolean {
    if (this.denseInRow < DENSE.trust) return false;
    if (++this.untested < this.retestAfter) return true;
    this.untested = 0;
    return false;
  }

  /** Whether the paragraphs that start the document, `DENSE.sample`
   * characters of them, are mostly ones where a match may lie; `verdicts`
   * gets whether each paragraph read may hold one, in order. */
  private startsDense(text: string, labels: ReadonlySet<string>, mayMatch: (regions: readonly string[]) => boolean, verdicts: boolean[]): boolean {
    let seen = 0;
    let cold = 0;
    for (const p of matchParagraphs(text, labels)) {
      if (seen >= DENSE.sample) return cold <= (1 - DENSE.share) * seen;
      // A paragraph longer than a block is screened in pieces (hotParagraphs):
      // reading the document whole would parse all of it.
      if (p.end - p.start > GUARD_LIMITS.maxBlockChars) return false;
      seen += p.end - p.start;
      const may = mayMatch(p.regions);
      verdicts.push(may);
      if (!may) cold += p.end - p.start;
      // Too much of the sample is cold already.
      if (cold > (1 - DENSE.share) * Math.max(seen, DENSE.sample)) return false;
    }
    return false;
  }

}

/**
 * When a document is claim-dense copy (a clinic or skincare page, nearly every
 * paragraph holding some pattern's words), the screen saves nothing: the
 * paragraphs it would skip are few, and screening each paragraph and then
 * each block and sentence again (mayHold) costs more than parsing and
 * matching the few it rules out (CLAIMLINT_NO_PREFILTER=1 ran such copy
 * faster). When the document's first paragraphs come to `sample` characters
 * and at least `share` of them may hold a match, the document is read whole
 * and every block and sentence matched. Only time depends on this: reading more
 * than the screen would never changes a result.
 *
 * The test itself was 4% of a run's time on the dense corpus. A run over a
 * site's pages meets the same kind of copy page after page, so once `trust`
 * documents in a row were found dense, the next ones are taken as dense
 * untested, but for one in every `retest`, a gap that doubles from the
 * second retest on while the copy stays dense (8, 8, 16, 32, 64 documents),
 * up to `longest` (at one in eight, the retests were still 2.5% of a dense
 * run): a document found not dense there ends the trust, and testing starts
 * again with the next. So a run that turns from clinic pages to other copy
 * reads fewer than `longest` documents whole that the screen would have
 * cut; it finds the same either way.
 */
const DENSE = { sample: 1_500, share: 2 / 3, trust: 8, retest: 8, longest: 64 } as const;

/** The patterns a document's regions are checked for, by anchor key, and
 * the keys worth placing (every key any pattern needs). */
interface Focus {
  anchors: NeedTable;
  relevant: ReadonlySet<string>;
}

/** Whether some pattern's words all stand in the region (a cheap first
 * look, by keys alone), and then in the pattern's order and close enough
 * together (see inOrder). */
function regionMayMatch(region: string, focus: Focus, read: RunReader): boolean {
  const keys = regionKeys(region, focus.relevant, read);
  if (keys === null) return true;
  const candidates = focus.anchors.met(keys);
  if (candidates.length === 0) return false;
  const words = runWords(region, focus.relevant, read);
  return words === null || candidates.some((p) => inOrder(words, p));
}

/**
 * Whether the pattern's needs can stand in the region in order, each entry's
 * words in consecutive tokens, all within the pattern's span, and (unless the
 * pattern allows one) with no comma between. Distances count the runs that
 * surely hold a prose word (RunWords): a match's tokens lie in
 * non-decreasing runs, and every sure run between two of them adds a token
 * between them. Each need is placed as early as it can go after the one
 * before, which ends the chain no later than any real match from the same
 * start would, so a real match is never ruled out.
 */
function inOrder(words: RunWords, p: PatternNeeds): boolean {
  const { sure, commas } = words;
  const [first, ...rest] = p.needs;
  if (!first) return true;
  for (const entry of first) {
    for (const start of words.at.get(entry[0]!) ?? []) {
      let end = chainEnd(words, entry, start);
      if (end < 0) continue;
      for (const need of rest) {
        end = earliestEnd(words, need, end);
        if (end < 0) break;
      }
      // Every later start ends later still.
      if (end < 0) break;
      const between = end > start ? sure[end]! - sure[start + 1]! : 0;
      if (between <= Math.max(0, p.span - 2) && (p.comma || commas[end]! === commas[start]!)) return true;
      // A comma between may separate list items, and the matcher reads a
      // later item where the list begins (src/text/enumerations.ts): distance
      // and the comma then rule nothing out.
      if (commas[end]! > commas[start]! || words.coordinators[end]! > words.coordinators[start + 1]!) return true;
    }
  }
  return false;
}

/** The earliest run where the entry's last word can stand when its first
 * stands in run `start` and each next one in a later run (or the same) with
 * no sure run between, or with a list between: the matcher reads a later item
 * where the list begins (src/text/enumerations.ts), so an entry's words can
 * meet across one ("number series for one, or one more"); -1 when it cannot.
 * Every run each word can reach is kept, as the nearest one is not always
 * the one the next word can follow. */
function chainEnd({ at, sure, commas, coordinators }: RunWords, entry: readonly string[], start: number): number {
  let reach = [start];
  for (let k = 1; k < entry.length; k++) {
    const next: number[] = [];
    const first = reach[0]!;
    // The last reachable run at or before r: the best for standing next to r.
    let j = 0;
    for (const r of at.get(entry[k]!) ?? []) {
      if (r < first) continue;
      while (j + 1 < reach.length && reach[j + 1]! <= r) j++;
      const q = reach[j]!;
      const adjacent = sure[r]! - sure[Math.min(r, q + 1)]! === 0;
      // The first reachable run: the best for a list between.
      const list = commas[r]! > commas[first]! || coordinators[r]! > coordinators[first + 1]!;
      if (adjacent || list) next.push(r);
    }
    if (next.length === 0) return -1;
    reach = next;
  }
  return reach[0]!;
}

/** The earliest run some entry of `need` can end in, starting at or after run `from`; -1 if none. */
function earliestEnd(words: RunWords, need: Need, from: number): number {
  let best = -1;
  for (const entry of need) {
    for (const start of words.at.get(entry[0]!) ?? []) {
      if (start < from) continue;
      const end = chainEnd(words, entry, start);
      if (end >= 0) {
        if (best < 0 || end < best) best = end;
        break;
      }
    }
  }
  return best;
}

const NONE: readonly string[] = Object.freeze([]);

const built = new WeakMap<CompiledRules, Prefilter>();

// The one switch for the speed layer. CLAIMLINT_NO_PREFILTER=1 lints
// everything the long way: the benchmark uses it to check that the screen
// changes no result and to time the engine alone.
const disabled = typeof process !== 'undefined' && process.env['CLAIMLINT_NO_PREFILTER'] === '1';

/** The prefilter for a compiled configuration, built once: from the rules'
 * needs worked out ahead (src/rule-needs.ts) and the user's phrases', so
 * that building it compiles no rule pattern. */
export function prefilterFor(compiled: CompiledRules): Prefilter {
  let p = built.get(compiled);
  if (!p) {
    // A rule that finds claims other than through patterns cannot be prefiltered.
    const opaque = [...compiled.active.values()].some((a) => a.rule.patterns.length === 0);
    const table = ruleNeeds(compiled.pack);
    const needs = [...compiled.active.keys()].flatMap((id) => table[id] ?? []);
    if (compiled.config.phrases.length > 0) {
      const phrases = new Matcher(compiled.pack.lists);
      addPhrases(phrases, compiled.config, () => {});
      needs.push(...phrases.needs());
    }
    p = new NeedsIndex(needs, opaque);
    built.set(compiled, p);
  }
  return p;
}


// A line ending in a colon, then (after blank lines) a list item, at any
// depth.
const LEAD_IN_LIST = /:[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/g;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^[ \t]*\r?$/;

/**
 * Where a list may complete the paragraph before it into a claim
 * ("Microneedling can treat:", then "- Acne scars"): from the start of that
 * paragraph to the end of the list. The engine reads each item's first
 * sentence after the lead-in's last clause (ledClaims), so such a claim has
 * all its words in the lead-in's paragraph and one piece of an item (its
 * lines up to a blank line or the next item). Each lead-in is checked with
 * each piece of its list, as raw text; the list is taken generously, running
 * on over blank, indented and item lines, and lines straight after one of
 * them (lazy continuation), to the first other line after a blank one. Past
 * a budget of characters read, null: any list may.
 */
function leadInSpans(text: string, mayMatch: (text: string) => boolean): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  let listEnd = 0;
  let budget = 4 * text.length + 10_000;
  for (const m of text.matchAll(LEAD_IN_LIST)) {
    // A lead-in inside a list already read was checked with its pieces.
    if (m.index < listEnd) continue;
    // The paragraph: back to the line after the last blank one.
    let start = text.lastIndexOf('\n', m.index) + 1;
    while (start > 0) {
      const prev = text.lastIndexOf('\n', start - 2) + 1;
      if (BLANK.test(text.slice(prev, start - 1))) break;
      start = prev;
    }
    const leadEnd = text.indexOf('\n', m.index) + 1;
    const lead = text.slice(start, leadEnd);
    let piece = '';
    let may = false;
    const check = () => {
      if (piece !== '' && !may) {
        budget -= lead.length + piece.length;
        may = mayMatch(lead + piece);
      }
      piece = '';
    };
    let at = leadEnd;
    let afterBlank = false;
    while (at < text.length) {
      let next = text.indexOf('\n', at);
      next = next < 0 ? text.length : next + 1;
      const line = text.slice(at, next);
      if (BLANK.test(line.replace(/\n$/, ''))) {
        check();
        afterBlank = true;
      } else if (afterBlank && !/^[ \t]/.test(line) && !LIST_ITEM.test(line)) {
        break;
      } else {
        if (LIST_ITEM.test(line)) check();
        piece += line;
        afterBlank = false;
      }
      at = next;
    }
    check();
    if (budget < 0) return null;
    listEnd = at;
    if (may) spans.push([start, at]);
  }
  return spans;
}

/** Where the document's front matter is, when its values may hold a claim;
 * 'unreadable' when it cannot be read. Front matter of plain YAML lines
 * (isPlainYaml) is surely readable and its values are its own raw words: when
 * those rule a claim out, it is not parsed: parsing it was about 6% of the
 * time on documentation, where nearly every file has some. */
function hotFrontMatter(text: string, compiled: CompiledRules, prefilter: Prefilter): FrontMatterPlace | undefined | 'unreadable' {
  const place = locateFrontMatter(text);
  if (!place) return undefined;
  if (place.language === 'yaml') {
    const content = text.slice(place.contentStart, place.contentEnd);
    if (isPlainYaml(content) && !prefilter.mayMatch(content)) return undefined;
  }
  const frontMatter = frontMatterProse(text, compiled.config.frontmatter);
  if (frontMatter.problem !== undefined) return 'unreadable';
  return frontMatter.blocks.some((b) => prefilter.mayMatch(b.text)) ? place : undefined;
}

/**
 * Which parts of a whole document need linting. Only the words can rule
 * them out, so all of it is linted when something else could be reported:
 * an MDX document may not parse, inline `claimlint` directives are always
 * read, and front matter may not parse or may spell words with escapes the
 * raw text hides (`"r\u0065moves"`), so its decoded values are checked
 * themselves, and the guard's notes on regions it reads as plain text are
 * kept.
 */
export function screenDocument(compiled: CompiledRules, text: string, syntax: Syntax = 'markdown'): Screening {
  if (disabled) return READ_ALL;
  const prefilter = prefilterFor(compiled);
  const mayHold = (prose: string) => prefilter.mayMatch(prose);
  const hot = prefilter.hotParagraphs(text);
  // Dense copy is read whole, MDX or not (see DENSE).
  if (hot === 'dense') return READ_ALL;
  if (syntax !== 'markdown' || /claimlint/i.test(text)) return { parts: 'all', mayHold };
  if (hot === null) return { parts: 'all', mayHold };
  // Front matter that cannot be read is reported: the whole reading does that.
  const place = hotFrontMatter(text, compiled, prefilter);
  if (place === 'unreadable') return { parts: 'all', mayHold };
  // Values that may hold a claim are linted from the head, the parse of the
  // region that starts the document (readHotMarkdown): the front matter, to
  // its closing fence, is made hot.
  const head: Array<[number, number]> = place ? [[0, place.end]] : [];
  // The guard warns about regions it reads as plain text: those warnings stay.
  if (mayReadAsPlain(text)) return { parts: 'all', mayHold };
  // A list after a paragraph ending in a colon: each item completes the
  // lead-in ("Microneedling can treat:", "- Acne scars"), across paragraphs,
  // where the words of the two can make a claim. The paragraph and its list
  // must be parsed together: in a document shorter than one of the guard's
  // chunks, the hot blocks next to each other are.
  const led = leadInSpans(text, mayHold);
  if (led === null || (led.length > 0 && text.length >= GUARD_LIMITS.chunkChars)) return { parts: 'all', mayHold };
  const parts = [...head, ...hot, ...led];
  return { parts: parts.length === 0 ? 'none' : parts, mayHold };
}
