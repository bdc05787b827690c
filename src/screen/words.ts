// The words a piece of Markdown could show the sentence splitter, as word
// keys, for the prefilter (src/prefilter.ts). The answer must be a superset,
// never a wrong "no", so the raw text is read generously: markup that may or
// may not join the letters around it (`re**move**`, `[re](url)move`,
// `r&#101;move`) is tried both ways, words that are not plain ASCII are cut
// with Intl.Segmenter as the sentence splitter cuts them, and anything too
// tangled to enumerate gives no answer (null), which counts as "may match".
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { segmentable, SYMBOL_TOKENS } from '../text/sentences.js';
import { LEAD_IN_WORDS, TROUBLES } from '../text/enumerations.js';
import { NUMBER_KEY } from '../match/matcher.js';
import { wordKey } from '../text/word-key.js';

// Character classes of the scanner, by UTF-16 code unit.
const SPLIT = 0; // whitespace and punctuation that always ends a word
const WORD = 1; // ASCII and Latin letters and digits
const JOIN = 2; // joins letters or digits when between them: ' . , : ; and curly quotes
// Markdown that may vanish from between two letters: * ~ [ ] _ \ escapes, and
// backticks (image alt text keeps a code span's content without them).
const MARK = 3;
const OTHER = 4; // anything else non-ASCII: cut with Intl.Segmenter
const CLASS = new Uint8Array(0x10000).fill(OTHER);
for (let c = 0; c < 0x80; c++) CLASS[c] = SPLIT;
for (const range of ['09', 'AZ', 'az']) for (let c = range.charCodeAt(0); c <= range.charCodeAt(1); c++) CLASS[c] = WORD;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = WORD;
for (const c of "'.,:;\u2018\u2019\u02bc") CLASS[c.charCodeAt(0)] = JOIN;
for (const c of '*~[]_`\\') CLASS[c.charCodeAt(0)] = MARK;
// Put before a decoded character reference (prefilter-regions.ts): a
// place where the word may or may not be cut, as markup may.
export const CUT = '\ue000';
CLASS[CUT.charCodeAt(0)] = MARK;
for (const c of '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u3000\u2013\u2014\u201c\u201d\u2026\u00ab\u00bb\u2022\ufffc') {
  CLASS[c.charCodeAt(0)] = SPLIT;
}
for (let c = 0x80; c < 0xa0; c++) CLASS[c] = SPLIT;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CHARACTER_REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// `](destination "title")`: what sits between an inline link's text and the next word.
const INLINE_LINK_TAIL = /\]\(\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
// `][label]` after a reference link's text; a link only if the label is defined.
const REFERENCE_LABEL = /\]\[([^\]]*)\]/g;
const DEFINITION = /^[ \t]{0,3}\[([^\]]+)\]:/gm;
// A scheme's colon may have been cut off with the region (matchRegions).
const AUTOLINK = /https?(?::|$)|www\./i;
const AUTOLINK_ALL = /https?(?::|$)|www\./gi;
const EDGE_CONNECTORS = /^[\p{Pc}\u202F]+|[\p{Pc}\u202F]+$/gu;
// Past these, a word is not enumerated and the text counts as "may match".
const MAX_CHOICES = 6;
const MAX_JOINS = 16;

let segmenter: Intl.Segmenter | undefined;

class Undecidable extends Error {}

/** Where candidate words go: straight to their keys, which are what is compared. */
interface WordSink {
  add(word: string): unknown;
}

/** Every word the sentence splitter could see in `text`, however its markup
 * turns out to parse (a superset); throws Undecidable when it cannot tell. */
function candidateWords(text: string, out: WordSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Joiners at either end of a run join nothing: they are left out, so
    // "wrinkles," is as simple as "wrinkles".
    let k = 0;
    while (i < n && ((k = CLASS[text.charCodeAt(i)]!) === SPLIT || k === JOIN)) i++;
    const start = i;
    let end = i;
    let simple = true;
    let joins = false;
    while (i < n) {
      k = CLASS[text.charCodeAt(i)]!;
      // `![` opens an image, whose alt text may run on from the words before it.
      if (k === SPLIT && !(text.charCodeAt(i) === 0x21 && text.charCodeAt(i + 1) === 0x5b)) break;
      if (k === SPLIT) k = MARK;
      i++;
      if (k === JOIN) {
        joins = true;
        continue;
      }
      if (k !== WORD || joins) simple = false;
      end = i;
    }
    if (start === end) continue;
    if (simple) {
      const word = text.slice(start, end);
      out.add(word);
      // "1https://…": an autolink literal cuts off what stands before it.
      if (end === n || text.charCodeAt(end) === 0x3a) {
        const scheme = /https?$/i.exec(word);
        if (scheme && scheme.index > 0) out.add(word.slice(0, scheme.index));
      }
    } else {
      // Trailing joiners kept: "https:" must still read as an autolink.
      expandRun(text.slice(start, i), out);
    }
  }
  for (const s of SYMBOL_TOKENS) if (text.includes(s)) out.add(s);
}

/** A run with markup in it: each group of `*`, `~`, `[`, `]`, `` ` `` or edge `_` may be
 * emphasis or link syntax (gone from the prose) or literal (a word break). */
function expandRun(run: string, out: WordSink): void {
  let kept = '';
  const groups: Array<{ at: number; end: number }> = [];
  for (let i = 0; i < run.length; i++) {
    const c = run[i]!;
    if (c === '\\' && i + 1 < run.length && ASCII_PUNCTUATION.test(run[i + 1]!)) {
      // A backslash escape: the backslash goes, the character is literal.
      kept += run[++i]!;
      continue;
    }
    if (c === '*' || c === '~' || c === '[' || c === ']' || c === '_' || c === '`' || c === '!' || c === CUT) {
      let j = i;
      while (j + 1 < run.length && run[j + 1] === c) j++;
      // Intraword underscores are always literal in CommonMark.
      const intraword = c === '_' && WORD_CHAR.test(run[i - 1] ?? '') && WORD_CHAR.test(run[j + 1] ?? '');
      if (!intraword) groups.push({ at: kept.length, end: kept.length + (j - i + 1) });
      // Underscores are word characters: left over after an autolink they are a word alone.
      if (c === '_') out.add(run.slice(i, j + 1));
      kept += run.slice(i, j + 1);
      i = j;
      continue;
    }
    kept += c;
  }
  if (groups.length > MAX_CHOICES) throw new Undecidable();
  for (let mask = 0; mask < 1 << groups.length; mask++) {
    let s = '';
    let from = 0;
    groups.forEach((g, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      s += kept.slice(from, g.at);
      from = g.end;
    });
    addWords(s + kept.slice(from), out);
  }
}

/** Words of a run with no markup left to decide. */
function addWords(s: string, out: WordSink): void {
  // An autolink literal becomes a barrier: what stands before it is cut off.
  if (AUTOLINK.test(s)) for (const m of s.matchAll(AUTOLINK_ALL)) if (m.index > 0) addPlainWords(s.slice(0, m.index), out);
  // A narrow no-break space joins words for the segmenter but ends an
  // autolink for Markdown: either side of one may stand alone.
  for (let j = s.indexOf('\u202f'); j > 0; j = s.indexOf('\u202f', j + 1)) {
    addPlainWords(s.slice(0, j + 1), out);
    addPlainWords(s.slice(j), out);
  }
  addPlainWords(s, out);
}

function addPlainWords(s: string, out: WordSink): void {
  let exotic = false;
  for (let i = 0; i < s.length && !exotic; i++) exotic = CLASS[s.charCodeAt(i)] === OTHER;
  if (exotic) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
    for (const seg of segmenter.segment(s)) if (seg.isWordLike) out.add(seg.segment);
    // The tokenizer segments the text as a reader reads it (a zero-width space joins, a narrow no-break space splits).
    const readable = segmentable(s);
    if (readable !== s) for (const seg of segmenter.segment(readable)) if (seg.isWordLike) out.add(seg.segment);
    addPieces(s.split(/([^\p{L}\p{N}\p{M}\p{Cf}\p{Pc}\u202F])/u), out);
    return;
  }
  // Latin letters, digits and underscores only: cut by hand, it is the common case.
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CLASS[c] === WORD || c === 0x5f) continue;
    pieces.push(s.slice(from, i), s[i]!);
    from = i + 1;
  }
  pieces.push(s.slice(from));
  addPieces(pieces, out);
}

/** `pieces` alternate word, separator, word... Letters and digits joined by
 * ' . , : ; may or may not form one word ("e.g", "don't", "1,000"), and a
 * sentence may end at the dot: every word alone and every span between such
 * joiners is a candidate. */
function addPieces(pieces: string[], out: WordSink): void {
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = pieces[k]!;
    if (piece === '') continue;
    out.add(piece);
    // A connector (`_`, a narrow no-break space) at either end may belong to the next word.
    const bare = piece.replace(EDGE_CONNECTORS, '');
    if (bare !== piece && bare !== '') out.add(bare);
  }
  let from = 0;
  for (let k = 1; k < pieces.length; k += 2) {
    const joins = CLASS[pieces[k]!.charCodeAt(0)] === JOIN && pieces[k - 1] !== '' && pieces[k + 1] !== '';
    if (!joins) {
      addJoined(pieces, from, k - 1, out);
      from = k + 1;
    }
  }
  addJoined(pieces, from, pieces.length - 1, out);
}

/** Every span of words pieces[a..b] (even indices) glued with their joiners. */
function addJoined(pieces: string[], a: number, b: number, out: WordSink): void {
  if (b - a > MAX_JOINS * 2) throw new Undecidable();
  for (let x = a; x <= b; x += 2) {
    let s = pieces[x]!;
    for (let y = x + 2; y <= b; y += 2) {
      s += pieces[y - 1]! + pieces[y]!;
      out.add(s);
    }
  }
}

export function decodeReference(whole: string, body: string): string {
  if (body[0] !== '#') return decodeNamedCharacterReference(body) || whole;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** A reference may stand alone in the prose (after an autolink, say): its character is a word. */
function referenceWords(text: string, out: WordSink): void {
  for (const m of text.matchAll(CHARACTER_REFERENCE)) addWords(decodeReference(m[0], m[1]!), out);
}

/** Link reference definitions' labels, as CommonMark matches them. */
export function definedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  if (text.includes(']:')) for (const m of text.matchAll(DEFINITION)) labels.add(normalizeLabel(m[1]!));
  return labels;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The text with link destinations gone, and that again with the labels of
 * defined references gone too (`[a][b]` is a link, `c][b]` a shortcut one). */
export function withoutLinkTails(text: string, labels: ReadonlySet<string>): string[] {
  return linkTailVariants({ text, spots: [] }, labels).map((v) => v.text);
}

/** Whether the `]` at `at` closes a `[` of the same paragraph: only then is
 * the label after it a reference's, and not a link of its own. */
function closesBracket(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return false;
    if ((c !== '[' && c !== ']') || text[i - 1] === '\\') continue;
    if (c === ']') depth++;
    else if (depth === 0) return true;
    else depth--;
  }
  return false;
}

/** A sink that adds each word's key, and NUMBER_KEY for a word that may be a number. */
function keySink(add: (key: string) => unknown): WordSink {
  return {
    add: (word) => {
      add(wordKey(word));
      const c = word.charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) add(NUMBER_KEY);
    },
  };
}


/** Reads the keys of the run `text[start, end)`: keysOfRun, or a caller's
 * narrower, remembered view of it. */
export type RunReader = (text: string, start: number, end: number) => readonly string[] | null;

const readRun: RunReader = (text, start, end) => keysOfRun(text.slice(start, end));

/** The keys of one run (no ASCII whitespace in it), or null when it is too
 * tangled to enumerate. No word spans whitespace, so a text's keys are its
 * runs' keys together; the prefilter remembers runs' keys (src/prefilter.ts). */
export function keysOfRun(run: string): readonly string[] | null {
  const found = new Set<string>();
  try {
    candidateWords(run, keySink((key) => found.add(key)));
  } catch (error) {
    if (!(error instanceof Undecidable)) throw error;
    return null;
  }
  return [...found];
}

/** Adds the keys of every run of `text[from, to)` to `keys`; false when some run is too tangled. */
function addRunKeys(text: string, keys: Set<string>, read: RunReader = readRun, from = 0, to = text.length): boolean {
  return eachRun(
    text,
    (start, end) => {
      const found = read(text, start, end);
      if (found === null) return false;
      for (const k of found) keys.add(k);
      return true;
    },
    from,
    to,
  );
}

/** Calls `visit` with each whitespace-separated run's bounds in
 * `text[from, to)`, in order, until it returns false; returns false if it did. */
function eachRun(text: string, visit: (start: number, end: number) => boolean, from = 0, to = text.length): boolean {
  const n = to;
  let i = from;
  while (i < n) {
    while (i < n && isRunSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isRunSpace(text.charCodeAt(i))) i++;
    if (i === start) break;
    if (!visit(start, i)) return false;
  }
  return true;
}

/** The whitespace runs are cut at: space, tab, line feed, carriage return,
 * form feed. ASCII only: a token never spans it, while the segmenter may
 * join letters across a no-break space of some kinds (U+202F). */
function isRunSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

/** Keys of the words of `text` read as it stands, or null when that cannot be bounded. */
export function plainKeys(text: string): Set<string> | null {
  const keys = new Set<string>();
  return addRunKeys(text, keys) ? keys : null;
}

/** A text made from another by replacing some of it, and where the
 * replacements stand in it: [start, end) pairs, in order. */
interface Variant {
  text: string;
  spots: number[];
}

/** `text` with each match of `re` (global) replaced by `by(match)`; a match
 * given back unchanged is no spot. */
function replaced(text: string, re: RegExp, by: (m: RegExpExecArray) => string): Variant {
  let out = '';
  let from = 0;
  const spots: number[] = [];
  for (const m of text.matchAll(re)) {
    const s = by(m);
    if (s === m[0]) continue;
    out += text.slice(from, m.index);
    spots.push(out.length, out.length + s.length);
    out += s;
    from = m.index + m[0].length;
  }
  return spots.length === 0 ? { text, spots } : { text: out + text.slice(from), spots };
}

/** withoutLinkTails, with where each variant differs from the one it is made from. */
function linkTailVariants(v: Variant, labels: ReadonlySet<string>): Variant[] {
  const inline = replaced(v.text, INLINE_LINK_TAIL, () => ']');
  const labelled = replaced(inline.text, REFERENCE_LABEL, (m) =>
    (m[1]!.trim() === '' || labels.has(normalizeLabel(m[1]!))) && closesBracket(inline.text, m.index) ? ']' : m[0],
  );
  return [inline, labelled];
}

/** Adds the keys of the runs of `v.text` that hold or touch a spot: every
 * other run of it is a run of the text it was made from, whose keys are
 * read already. False when some run is too tangled. */
function addChangedRunKeys(v: Variant, keys: Set<string>, read: RunReader): boolean {
  const { text, spots } = v;
  let done = 0;
  for (let i = 0; i < spots.length; i += 2) {
    let from = spots[i]!;
    let to = spots[i + 1]!;
    while (from > 0 && !isRunSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isRunSpace(text.charCodeAt(to))) to++;
    // Runs up to `done` were read with the spot before.
    from = Math.max(from, done);
    if (from < to && !addRunKeys(text, keys, read, from, to)) return false;
    done = Math.max(done, to);
  }
  return true;
}

/** Keys of every word the text could contain, or null when that cannot be
 * bounded. `labels`: the reference labels the whole document defines. */
export function textKeys(text: string, labels: ReadonlySet<string> = definedLabels(text), read: RunReader = readRun): Set<string> | null {
  const keys = new Set<string>();
  const sink = keySink((key) => keys.add(key));
  try {
    // Character references decoded or not (`\&amp;` stays as written), link
    // destinations and labels dropped or not (`[a][b]` may be no link at all).
    // A variant differs from the text it is made from only where something
    // was replaced: only the runs there are read again, not the whole text
    // (documentation has links in nearly every file).
    if (!addRunKeys(text, keys, read)) return null;
    const variants: Variant[] = [{ text, spots: [] }];
    if (text.includes('&')) {
      variants.push(replaced(text, CHARACTER_REFERENCE, (m) => decodeReference(m[0], m[1]!)));
      referenceWords(text, sink);
    }
    if (text.includes('](') || text.includes('][')) for (const v of [...variants]) variants.push(...linkTailVariants(v, labels));
    for (const v of variants) if (!addChangedRunKeys(v, keys, read)) return null;
  } catch (error) {
    if (error instanceof Undecidable) return null;
    throw error;
  }
  return keys;
}

/** Where each candidate word of a region stands: the index of the
 * whitespace-separated run it comes from, and how many runs surely show the
 * sentence splitter at least one word of their own. */
export interface RunWords {
  /** Key → indices of the runs it may come from, ascending. */
  at: Map<string, number[]>;
  /** `sure[i]`: how many of runs 0..i-1 surely hold a prose word. */
  sure: Int32Array;
  /** `commas[i]`: how many of runs 0..i-1 surely end with a comma of the prose. */
  commas: Int32Array;
  /** `coordinators[i]`: how many of runs 0..i-1 may be "and", "or", "&" or "nor" (list separators), or
   * part of a lead-in ("such as", "including", "with" after "issues"), after which the matcher reads
   * an example where its head noun stands (src/text/enumerations.ts). */
  coordinators: Int32Array;
}

// Raw text that is not prose but does not stop a match either: a link's
// destination and title, a reference link's label, a footnote mark. Code,
// HTML, images and URLs need no care here: the prose has a barrier where
// they stand, and no match runs past a barrier.
const LINK_TAIL_AT = new RegExp(INLINE_LINK_TAIL.source, 'y');
const HIDDEN_START = /\]\(|\]\[|\[\^/g;
const CHARACTER_REFERENCE_ANY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
// An ordered list marker: where a list starts, no match runs on from before it.
const LIST_MARKER = /^\d{1,9}[.)]$/;

/** The keys of a region's runs that are among `relevant`, or null when
 * some run cannot be bounded. */
export function regionKeys(region: string, relevant: ReadonlySet<string>, read: RunReader = readRun): Set<string> | null {
  const present = new Set<string>();
  const bounded = eachRun(region, (start, end) => {
    const keys = read(region, start, end);
    if (keys === null) return false;
    for (const key of keys) if (relevant.has(key)) present.add(key);
    return true;
  });
  return bounded ? present : null;
}

/** The region's words by run (only the `relevant` ones), or null when they
 * cannot be bounded. A run counts as sure only if, with hidden syntax and
 * character references blanked out, a letter or digit is left: such a run
 * gives the prose at least one token, so a match cannot have fewer tokens
 * between two of its words than there are sure runs between theirs. */
// A run that may read as a list separator, whatever markup wraps it.
const COORDINATOR_RUN = /^[^\p{L}\p{N}]*(?:and|or|nor|&(?:amp;)?)[^\p{L}\p{N}]*$/iu;
const escaped = (words: Iterable<string>) => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const wordRun = (alternatives: string) => new RegExp(`^[^\\p{L}\\p{N}]*(?:${alternatives})[^\\p{L}\\p{N}]*$`, 'iu');
const LEAD_IN_RUN = wordRun(escaped(LEAD_IN_WORDS));
const TROUBLE_RUN = wordRun(escaped(TROUBLES));
const WITH_RUN = /^[^\p{L}\p{N}]*with[^\p{L}\p{N}]*$/iu;
// One test that nearly every run fails, before the tests that say which.
const ANY_SEPARATOR_RUN = wordRun(`and|or|nor|&(?:amp;)?|with|${escaped(LEAD_IN_WORDS)}|${escaped(TROUBLES)}`);
/** The longest run the three above can match, with markup around it. */
const SEPARATOR_RUN_CHARS = 24;

export function runWords(region: string, relevant: ReadonlySet<string>, read: RunReader = readRun): RunWords | null {
  const at = new Map<string, number[]>();
  const visible = withHiddenBlanked(region);
  const sure: number[] = [0];
  const commas: number[] = [0];
  const coordinators: number[] = [0];
  let run = 0;
  let afterTrouble = false;
  const bounded = eachRun(region, (start, end) => {
    const keys = read(region, start, end);
    if (keys === null) return false;
    for (const key of keys) {
      if (!relevant.has(key)) continue;
      const list = at.get(key);
      if (!list) at.set(key, [run]);
      else if (list[list.length - 1] !== run) list.push(run);
    }
    const text = region.slice(start, end);
    const shown = visible === region ? text : visible.slice(start, end);
    sure.push(sure[run]! + (WORD_CHAR.test(shown) && !LIST_MARKER.test(text) ? 1 : 0));
    // A comma before whitespace joins no digits: the next token has one before it.
    commas.push(commas[run]! + (shown.endsWith(',') ? 1 : 0));
    const short = text.length <= SEPARATOR_RUN_CHARS && ANY_SEPARATOR_RUN.test(text);
    const separator = short && (COORDINATOR_RUN.test(text) || LEAD_IN_RUN.test(text) || (afterTrouble && WITH_RUN.test(text)));
    afterTrouble = short && TROUBLE_RUN.test(text);
    coordinators.push(coordinators[run]! + (separator ? 1 : 0));
    run++;
    return true;
  });
  return bounded ? { at, sure: Int32Array.from(sure), commas: Int32Array.from(commas), coordinators: Int32Array.from(coordinators) } : null;
}

/** The region with link tails, reference labels, footnote marks and
 * character references blanked out (same length). */
function withHiddenBlanked(region: string): string {
  if (!(region.includes('](') || region.includes('][') || region.includes('[^') || region.includes('&'))) return region;
  const hide = new Uint8Array(region.length);
  for (const m of region.matchAll(HIDDEN_START)) {
    let end: number;
    if (m[0] === '](') {
      LINK_TAIL_AT.lastIndex = m.index;
      end = LINK_TAIL_AT.test(region) ? LINK_TAIL_AT.lastIndex : region.length;
    } else {
      const close = region.indexOf(']', m.index + 2);
      end = close === -1 ? region.length : close + 1;
    }
    hide.fill(1, m.index, end);
  }
  for (const m of region.matchAll(CHARACTER_REFERENCE_ANY)) hide.fill(1, m.index, m.index + m[0].length);
  let out = '';
  let from = 0;
  for (let i = 0; i <= region.length; i++) {
    if (i < region.length && !hide[i]) continue;
    out += region.slice(from, i);
    if (i < region.length) out += ' ';
    from = i + 1;
  }
  return out;
}
