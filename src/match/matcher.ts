// Compiles every pattern of every active rule, and every user phrase, into one
// trie over word keys. Word lists are tries of their own, shared by all the
// patterns that name them, so a sentence is walked once whatever the number
// of phrases, and no pattern becomes a backtracking regular expression.
import { parsePattern, PATTERN_SYNTAX, PatternSyntaxError, type PatternElement } from './pattern.js';
import { phraseKeysJson } from '../shared/build-constants.js';
import { MAX_GAP, MAX_PATTERN_ELEMENTS } from '../shared/limits.js';
import { canonicalKey, keyNumber, wordKey } from '../text/word-key.js';
import { SYMBOL_TOKENS, tokenize, type Token } from '../text/sentences.js';

/** The key the prefilter gives every word that may be a number: what a
 * `{number}` element needs. No word's key can equal it. */
export const NUMBER_KEY = '\u0001number';

export interface ListEntry {
  phrase: string;
  /** Extra data a rule reads from the entry (e.g. `soft: "reduce"`). */
  attrs: Readonly<Record<string, string>>;
}

export interface WordList {
  id: string;
  description?: string;
  /** Phrases, or `{other-list}` to include another list, or phrases with attributes. */
  entries: ReadonlyArray<string | ({ phrase: string } & Record<string, string>)>;
}

/** Word keys are numbered per matcher as its patterns are compiled, and a
 * sentence's tokens once a call, from the number each token's key already
 * has (Token.id, src/text/word-key.ts): every lookup after that (a literal,
 * a list's next word, which edges act at a word, whether a walk may start
 * there) is by number, where a lookup by string was most of the matcher's
 * time on claim-dense copy. A word no pattern has is -1, and needs no
 * lookup at all. */
type KeyId = number;

interface ListNode {
  next: Map<KeyId, ListNode>;
  entry?: ListEntry;
}

interface CompiledList {
  id: string;
  /** The list's place among its matcher's lists, for the walk's memo. */
  index: number;
  root: ListNode;
  numeric: boolean;
  /** `root` as the walk reads it, made when a walk first reads the list
   * (every entry is in once the list is made). */
  trie?: ListTrie;
}

interface Edge {
  list: CompiledList;
  capture: string;
  optional: boolean;
  next: PatternNode;
}

interface GapEdge {
  max: number;
  next: PatternNode;
}

interface PatternNode {
  /** Numbers the matcher's nodes, so a walk can remember where it has been. */
  id: number;
  lit: Map<KeyId, { capture: string; next: PatternNode }>;
  edges: Edge[];
  gaps: GapEdge[];
  /** A comma may stand before the next element. */
  comma?: PatternNode;
  /** A label's colon or dash stands before the next element ("Eczema: gone"). */
  label?: PatternNode;
  accepts: number[];
  /** `edges` that can do anything at a token with this key (their list has
   * an entry starting with it, is numeric, or is optional), in `edges`'
   * order, or null when no list has an entry starting with it: worked out
   * for a key when a walk first meets it here (see actingAt). */
  edgesByKey?: Map<KeyId, Edge[] | null>;
  /** As edgesByKey, one slot per key number: the root's, which every walk
   * asks at its start (a map lookup there was the matcher's costliest line). */
  edgesById?: Array<Edge[] | null | undefined>;
  /** The edges that act at any token: numeric or optional, in order. */
  edgesAny?: Edge[];
  /** The optional edges, in order: all that acts where no word may follow. */
  edgesOptional?: Edge[];
}

export interface Capture {
  name: string;
  /** Token indices, end exclusive; empty when an optional element matched nothing. */
  start: number;
  end: number;
  entry?: ListEntry;
  gap?: boolean;
}

/** Work a call to `match` did, for tests that hold the matcher to a linear bound. */
export interface MatchStats {
  /** States the walk expanded: one per (pattern node, token position) entered. */
  steps: number;
}

export interface Match {
  /** Index of the pattern in the order it was added. */
  pattern: number;
  start: number;
  end: number;
  captures: Capture[];
}

/** Words a modifier gap never crosses: past them a new clause begins. */
const GAP_STOP = new Set(
  [
    'and', 'or', 'but', 'nor', 'while', 'which', 'that', 'who', 'whom', 'whose', 'because', 'since', 'so', 'then',
    'if', 'when', 'where', 'whereas', 'although', 'though', 'than', 'until', 'unless', 'with', 'for', 'after', 'before',
    'by', 'from', 'at', 'into', 'during', 'within', 'without', 'via', 'through', 'like', 'as', 'in', 'on', 'is', 'are',
    'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'can', 'may', 'might', 'could', 'not', 'no',
  ],
);

/** The most a gap (`~N`) may skip, and the most elements a pattern may
 * have: the matcher's work per word grows with both, so a config cannot ask
 * for a pattern that makes every sentence slow. The built-in rules stay far
 * below (gaps of 4, seven elements). */
export { MAX_GAP, MAX_PATTERN_ELEMENTS };

/** Matches a sentence may yield before the walk stops, per token (with a
 * floor for short sentences): memory stays linear in the sentence whatever
 * the number of phrases that match the same words. */
const MATCHES_PER_TOKEN = 16;

/** How many times the words a Presence reads the tokens matched must come to
 * before it is built: it saved some 3 µs a sentence on claim-dense copy. */
const PRESENCE_WORTH = 4;
const MIN_MATCH_LIMIT = 10_000;

/** Refuses, with the reason, a pattern the matcher should not walk. */
function checkPattern(elements: readonly PatternElement[], source: string): void {
  const shown = `"${source}"`;
  if (elements.length > MAX_PATTERN_ELEMENTS) {
    throw new PatternSyntaxError(`the pattern has ${elements.length} elements; a pattern may have at most ${MAX_PATTERN_ELEMENTS}`);
  }
  for (const e of elements) {
    if (e.kind === 'gap' && e.max > MAX_GAP) throw new PatternSyntaxError(`${shown} has a gap of ${e.max} words; gaps may be at most ~${MAX_GAP}`);
  }
  if (!elements.some((e) => (e.kind === 'list' || e.kind === 'alt') && !e.optional)) {
    throw new PatternSyntaxError(`${shown} has no word that must be there (every element is optional)`);
  }
}

// Phrases in plain ASCII are cut here as Intl.Segmenter cuts them (letters
// and digits run together; an apostrophe or full stop joins two letters or two
// digits, a comma or semicolon two digits; the symbols the sentence splitter
// keeps stand alone), so compiling the rules does not start ICU, which costs
// milliseconds a run whose files the prefilter rules out need not pay.
const ASCII_PHRASE = /^[\x20-\x7e\u00b0]*$/;
const SYMBOLS = new Set(SYMBOL_TOKENS);

function asciiWords(phrase: string): string[] {
  const words: string[] = [];
  const letter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let word = '';
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i]!;
    const prev = phrase[i - 1];
    const next = phrase[i + 1];
    if (letter(c) || digit(c)) {
      word += c;
      continue;
    }
    const joins =
      word !== '' &&
      (((c === "'" || c === '.') && ((letter(prev) && letter(next)) || (digit(prev) && digit(next)))) ||
        ((c === ',' || c === ';') && digit(prev) && digit(next)));
    if (joins) {
      word += c;
      continue;
    }
    if (word !== '') words.push(word);
    word = '';
    if (SYMBOLS.has(c)) words.push(c);
  }
  if (word !== '') words.push(word);
  return words;
}

/** Each phrase's word keys worked out or read so far. */
const phraseKeyMemo = new Map<string, string[]>();
/** The keys of the bundled rule pack's phrases, written in at build time, so
 * compiling the rules does no stemming; null where none are written (tsc's
 * output). Each phrase's are made canonical when it is first asked for: done
 * up front for every phrase, into a map of them all, the built-in rules'
 * matcher took about 54 ms to compile instead of 48 (medians of 8
 * alternating runs over one page). */
let writtenKeys: Readonly<Record<string, readonly string[]>> | null | undefined;

export function phraseKeys(phrase: string): string[] {
  let keys = phraseKeyMemo.get(phrase);
  if (!keys) {
    writtenKeys ??= phraseKeysWritten();
    const written = writtenKeys !== null && Object.hasOwn(writtenKeys, phrase) ? writtenKeys[phrase] : undefined;
    if (written !== undefined) keys = written.map(canonicalKey);
    else keys = ASCII_PHRASE.test(phrase) ? asciiWords(phrase).map(wordKey) : tokenize(phrase, 0, phrase.length).map((t) => t.key);
    phraseKeyMemo.set(phrase, keys);
  }
  return keys;
}

/** Every phrase's keys worked out so far, for scripts/bundle.js to write in. */
export function knownPhraseKeys(): Record<string, string[]> {
  return Object.fromEntries(phraseKeyMemo);
}

/** Why a user's phrase or pattern cannot be matched, in words for an error
 * message; undefined when it can. A pattern is compiled into `probe`, a
 * matcher over the word lists it may name. */
export function phraseProblem(probe: Matcher, text: string): string | undefined {
  if (PATTERN_SYNTAX.test(text)) {
    try {
      probe.add(text);
    } catch (error) {
      return `invalid pattern: ${(error as Error).message}`;
    }
    return undefined;
  }
  return phraseKeys(text).length === 0 ? `"${text}" has no words to match` : undefined;
}

export class Matcher {
  private readonly lists = new Map<string, CompiledList>();
  private readonly sources = new Map<string, WordList>();
  /** Each word key the patterns have, by its number, and each number by key. */
  private readonly keyOf: string[] = [];
  private readonly keyIds = new Map<string, KeyId>();
  /** Each key's number among all words' keys (keyNumber), by its number here. */
  private readonly wordIdOf: number[] = [];
  /** This matcher's number for each word key number (-1: none of its patterns has the word). */
  private keyIdOfWord = new Int32Array(0);
  private nodeCount = 0;
  private readonly root = this.newNode();
  private count = 0;
  /** Keys a match can start with; `null` when any token may start one. */
  private startKeys: StartFlags | null | undefined;
  /** Whether every node's edge index is current (see indexEdges). */
  private indexed = false;
  /** Each node's literal steps, by node number and key, to a place in
   * litNext and litCapture: a Map per node was a read out of the caches. */
  private lits = new StepTable([]);
  private litNext: PatternNode[] = [];
  private litCapture: string[] = [];
  /** What each pattern cannot do without (see Presence), once it is worth
   * its cost; until then every node is open. */
  private presence: Presence = NO_PRESENCE;
  /** Tokens matched so far, while there is no Presence. */
  private tokensRead = 0;
  /** Per pattern with compound elements (`-{list}`), the places among its
   * captures of those elements: each must start at a word joined by a
   * hyphen to the one before. */
  private readonly joined: Array<Int32Array | undefined> = [];

  /** `gateAfter`: how many times the words a Presence reads the tokens
   * matched must come to before it is built (tests give 0: from the first call). */
  constructor(lists: Iterable<WordList> = [], private readonly gateAfter = PRESENCE_WORTH) {
    for (const l of lists) this.sources.set(l.id, l);
  }

  get size(): number {
    return this.count;
  }

  private idFor(key: string): KeyId {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyOf.length;
      this.keyIds.set(key, id);
      this.keyOf.push(key);
      this.wordIdOf.push(keyNumber(key));
    }
    return id;
  }

  private newNode(): PatternNode {
    return { id: this.nodeCount++, lit: new Map(), edges: [], gaps: [], accepts: [] };
  }

  /** Adds a pattern; returns its index, which matches report. Throws
   * PatternSyntaxError for a pattern it cannot parse or should not walk. */
  add(pattern: string | PatternElement[]): number {
    const elements = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
    checkPattern(elements, typeof pattern === 'string' ? pattern : JSON.stringify(pattern));
    // Before any node is made: a pattern that throws part way (an unknown
    // list) may leave nodes the index has not seen.
    this.indexed = false;
    let node = this.root;
    for (const el of elements) node = this.extend(node, el);
    const id = this.count++;
    node.accepts.push(id);
    // One capture per element but commas and colons (see match).
    const captured = elements.filter((e) => e.kind !== 'comma' && e.kind !== 'colon');
    if (captured.some((e) => 'joined' in e && e.joined)) {
      this.joined[id] = Int32Array.from(captured.flatMap((e, i) => ('joined' in e && e.joined ? [i] : [])));
    }
    this.startKeys = undefined;
    this.indexed = false;
    return id;
  }

  /** Adds a literal phrase (a user's own words), matched word by word. */
  addPhrase(phrase: string): number {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) throw new Error(`phrase "${phrase}" has no words`);
    let node = this.root;
    for (const key of keys) node = this.literal(node, key, key);
    const id = this.count++;
    node.accepts.push(id);
    this.startKeys = undefined;
    this.indexed = false;
    return id;
  }

  /** Adds a user's phrase (a config phrase, an approved claim, a register
   * entry): a pattern when it has the pattern language's syntax, else literal
   * words. Throws as `add` and `addPhrase` do. */
  addPhraseOrPattern(text: string): number {
    return PATTERN_SYNTAX.test(text) ? this.add(text) : this.addPhrase(text);
  }

  private literal(node: PatternNode, key: string, capture: string): PatternNode {
    const id = this.idFor(key);
    let hit = node.lit.get(id);
    if (!hit) {
      hit = { capture, next: this.newNode() };
      node.lit.set(id, hit);
    }
    return hit.next;
  }

  private extend(node: PatternNode, el: PatternElement): PatternNode {
    if (el.kind === 'comma') {
      node.comma ??= this.newNode();
      return node.comma;
    }
    if (el.kind === 'colon') {
      node.label ??= this.newNode();
      return node.label;
    }
    if (el.kind === 'gap') {
      let g = node.gaps.find((x) => x.max === el.max);
      if (!g) {
        g = { max: el.max, next: this.newNode() };
        node.gaps.push(g);
      }
      return g.next;
    }
    if (el.kind === 'alt' && !el.optional && el.alternatives.length === 1) {
      const keys = phraseKeys(el.alternatives[0]!);
      if (keys.length === 1) return this.literal(node, keys[0]!, el.capture);
    }
    const list = el.kind === 'list' ? this.compiledList(el.list) : this.inlineList(el.alternatives);
    let e = node.edges.find((x) => x.list === list && x.optional === el.optional && x.capture === el.capture);
    if (!e) {
      e = { list, capture: el.capture, optional: el.optional, next: this.newNode() };
      node.edges.push(e);
    }
    return e.next;
  }

  private idsOf(keys: readonly string[]): KeyId[] {
    return keys.map((k) => this.idFor(k));
  }

  private inlineList(alternatives: string[]): CompiledList {
    const id = `(${alternatives.join('|')})`;
    let l = this.lists.get(id);
    if (!l) {
      l = { id, index: this.lists.size, root: { next: new Map() }, numeric: false };
      for (const a of alternatives) insertEntry(l.root, this.idsOf(phraseKeys(a)), { phrase: a, attrs: {} });
      this.lists.set(id, l);
    }
    return l;
  }

  private compiledList(id: string): CompiledList {
    const hit = this.lists.get(id);
    if (hit) return hit;
    if (id === 'number') {
      const l = { id, index: this.lists.size, root: { next: new Map() }, numeric: true };
      this.lists.set(id, l);
      return l;
    }
    const src = this.sources.get(id);
    if (!src) throw new Error(`unknown word list {${id}}`);
    const l: CompiledList = { id, index: this.lists.size, root: { next: new Map() }, numeric: false };
    this.lists.set(id, l);
    const numeric = { value: false };
    this.fill(l.root, src, new Set([id]), numeric);
    l.numeric = numeric.value;
    return l;
  }

  private fill(root: ListNode, src: WordList, seen: Set<string>, numeric: { value: boolean }): void {
    for (const e of src.entries) {
      const phrase = typeof e === 'string' ? e : e.phrase;
      const include = /^\{([a-z0-9-]+)\}$/.exec(phrase);
      if (include?.[1] === 'number') {
        numeric.value = true;
        continue;
      }
      if (include) {
        const other = this.sources.get(include[1]!);
        if (!other) throw new Error(`word list {${src.id}} includes unknown list {${include[1]}}`);
        if (!seen.has(other.id)) this.fill(root, other, new Set([...seen, other.id]), numeric);
        continue;
      }
      insertEntry(root, this.idsOf(phraseKeys(phrase)), { phrase, attrs: typeof e === 'string' ? NO_ATTRS : attrsOf(e) });
    }
  }

  private indexLiterals(): void {
    const steps: number[] = [];
    const next: PatternNode[] = [];
    const capture: string[] = [];
    eachNode(this.root, (node) => {
      for (const [key, lit] of node.lit) {
        steps.push(node.id, key, next.length);
        next.push(lit.next);
        capture.push(lit.capture);
      }
    });
    this.lits = new StepTable(steps);
    this.litNext = next;
    this.litCapture = capture;
  }

  /** All matches in a sentence's tokens, every pattern, from every start
   * position before `startsBefore` (all of them unless given). */
  match(tokens: readonly Token[], stats?: MatchStats, startsBefore = tokens.length): Match[] {
    const out: Match[] = [];
    if (!this.indexed) {
      eachNode(this.root, indexEdges);
      this.indexLiterals();
      let most = 0;
      for (const word of this.wordIdOf) most = Math.max(most, word);
      const byWord = new Int32Array(most + 1).fill(-1);
      this.wordIdOf.forEach((word, id) => (byWord[word] = id));
      this.keyIdOfWord = byWord;
      this.root.edgesById = new Array<Edge[] | null | undefined>(this.keyOf.length).fill(undefined);
      this.presence = NO_PRESENCE;
      this.tokensRead = 0;
      this.indexed = true;
    }
    if (this.presence === NO_PRESENCE) {
      // Building it reads every list's first words (some 4,000 under the
      // built-in rules, 6 to 12 ms at start-up), more than a run over a
      // page or two saves by it: it is built once the tokens matched
      // outnumber what it reads several times over.
      this.tokensRead += tokens.length;
      let size = this.nodeCount;
      if (this.tokensRead >= this.gateAfter * size) {
        for (const l of this.lists.values()) size += l.root.next.size;
        if (this.tokensRead >= this.gateAfter * size) this.presence = new Presence(this.root, this.count, this.nodeCount, this.lists.size, this.keyOf.length);
      }
    }
    // Each token's key by number (-1: no pattern has it).
    if (tokenIds.length < tokens.length) tokenIds = new Int32Array(Math.max(tokens.length, 2 * tokenIds.length));
    const ids = tokenIds;
    const byWord = this.keyIdOfWord;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.id;
      // A token made while the key table was full has no number (-1), even
      // for a key this matcher numbered since: it is looked up by key.
      ids[i] = word >= 0 ? (word < byWord.length ? byWord[word]! : -1) : (this.keyIds.get(tokens[i]!.key) ?? -1);
    }
    const live = this.presence;
    live.read(tokens, ids);
    // Keyed by list, position and openness, as one number: string keys
    // built per lookup cost more than the matching itself on long texts,
    // and an array per list grown to each position was most of what a
    // dense run allocated.
    const stride = 2 * (tokens.length + 1);
    const memo = new ListMemo(this.lists.size * stride);
    // Whether each token reads as a number, worked out once per token: a
    // numeric list can act at any token, and most tokens are not numbers.
    if (numericMarks.length < tokens.length) numericMarks = new Int8Array(Math.max(tokens.length, 2 * numericMarks.length, 256));
    const numeric = numericMarks;
    numeric.fill(0, 0, tokens.length);
    const isNumber = (pos: number) => {
      let n = numeric[pos]!;
      if (n === 0) numeric[pos] = n = NUMERIC.test(tokens[pos]!.norm) ? 1 : -1;
      return n > 0;
    };
    const listAt = (list: CompiledList, pos: number, open: boolean) => {
      // Most lists cannot start at most words: say so without a memo entry.
      if (pos >= tokens.length) return NO_ENTRIES;
      const trie = (list.trie ??= new ListTrie(list.root));
      if (trie.step(0, ids[pos]!) < 0 && !(list.numeric && isNumber(pos))) return NO_ENTRIES;
      const k = list.index * stride + 2 * pos + (open ? 1 : 0);
      let r = memo.get(k);
      if (!r) {
        r = matchList(list, trie, tokens, ids, pos, open);
        memo.set(k, r);
      }
      return r;
    };
    // The captures on the way to here, one frame per element, in parallel
    // arrays (shared by every walk): objects are made only for a match (most
    // ways lead to none).
    const { pathName, pathStart, pathEnd, pathEntry, pathGap } = PATH;
    let depth = 0;
    const push = (name: string, from: number, to: number, entry: ListEntry | undefined, gap: boolean) => {
      pathName[depth] = name;
      pathStart[depth] = from;
      pathEnd[depth] = to;
      pathEntry[depth] = entry;
      pathGap[depth] = gap;
      depth++;
    };
    const captures = (): Capture[] => {
      const c: Capture[] = new Array<Capture>(depth);
      for (let i = 0; i < depth; i++) {
        const entry = pathEntry[i];
        c[i] = pathGap[i]
          ? { name: pathName[i]!, start: pathStart[i]!, end: pathEnd[i]!, gap: true }
          : entry
            ? { name: pathName[i]!, start: pathStart[i]!, end: pathEnd[i]!, entry }
            : { name: pathName[i]!, start: pathStart[i]!, end: pathEnd[i]! };
      }
      return c;
    };
    // Each (node, position, comma) state is walked once per start: the ways
    // on from a state do not depend on how it was reached, so a second way
    // there (optional words matched or skipped, a gap longer or shorter)
    // could only find the same matches again. This keeps the work linear in
    // the sentence; without it, n optional words are 2^n paths. The first
    // way there wins: the walk tries words before skipping them and short
    // gaps before long ones, so it is the one that consumes most and skips least.
    const seen = new SeenStates((this.nodeCount * (tokens.length + 1)) * 3);
    const width = tokens.length + 1;
    const joined = this.joined;
    const { lits, litNext, litCapture } = this;
    // Whether each compound element of the pattern matched starts with a word
    // joined by a hyphen to the one before (an optional one that matched
    // nothing needs nothing).
    const compoundsHold = (places: Int32Array) => {
      for (let i = 0; i < places.length; i++) {
        const at = places[i]!;
        if (pathEnd[at]! > pathStart[at]! && tokens[pathStart[at]!]!.hyphenBefore !== true) return false;
      }
      return true;
    };
    const limit = Math.max(MIN_MATCH_LIMIT, MATCHES_PER_TOKEN * tokens.length);
    // `comma`: what punctuation the element before allowed here (ALLOW_*).
    const walk = (node: PatternNode, start: number, pos: number, comma: Allow): void => {
      if (stats) stats.steps++;
      const state = (node.id * width + pos) * 3 + comma;
      if (out.length >= limit || !seen.add(state)) return;
      // Indexed loops throughout this hot path: in the in-process matcher
      // benchmark they ran no slower than for-of, and allocate nothing.
      const accepts = node.accepts;
      for (let a = 0; a < accepts.length; a++) {
        const places = joined[accepts[a]!];
        if (places === undefined || compoundsHold(places)) out.push({ pattern: accepts[a]!, start, end: pos, captures: captures() });
      }
      // Whether the token at `pos` may continue the match.
      const open = pos === start || (pos < tokens.length && canFollow(tokens[pos]!, comma));
      if (pos < tokens.length && open) {
        const lit = lits.step(node.id, ids[pos]!);
        if (lit >= 0 && live.open(litNext[lit]!)) {
          push(litCapture[lit]!, pos, pos + 1, undefined, false);
          walk(litNext[lit]!, start, pos + 1, ALLOW_NONE);
          depth--;
        }
      }
      // Only the edges that can act here, in `edges`' order, so the walk
      // (and which way reaches a state first) is the same as over them all.
      // A numeric edge acts at a word of its list (indexed by key) or at a number.
      const acting = !open || pos >= tokens.length ? node.edgesOptional! : (actingAt(node, ids[pos]!) ?? (isNumber(pos) ? node.edgesAny! : node.edgesOptional!));
      for (let a = 0; a < acting.length; a++) {
        const e = acting[a]!;
        if (!live.open(e.next)) continue;
        if (open) {
          const entries = listAt(e.list, pos, true);
          for (let x = 0; x < entries.length; x++) {
            const m = entries[x]!;
            push(e.capture, pos, m.end, m.entry, false);
            walk(e.next, start, m.end, ALLOW_NONE);
            depth--;
          }
        }
        if (e.optional) {
          push(e.capture, pos, pos, undefined, false);
          walk(e.next, start, pos, comma);
          depth--;
        }
      }
      if (node.comma && live.open(node.comma)) walk(node.comma, start, pos, ALLOW_COMMA);
      if (node.label && live.open(node.label)) walk(node.label, start, pos, ALLOW_LABEL);
      const gaps = node.gaps;
      for (let a = 0; a < gaps.length; a++) {
        const g = gaps[a]!;
        if (!live.open(g.next)) continue;
        for (let k = 0; k <= g.max && pos + k <= tokens.length; k++) {
          // A comma allowed before the gap may stand before its first word
          // (or, for an empty gap, before the element after it).
          // A hard line break stops a gap: none of its words, nor the word
          // after a gap of one or more, may follow one.
          if (k > 0) {
            const t = tokens[pos + k - 1]!;
            if (!canFollow(t, k === 1 ? comma : ALLOW_NONE) || GAP_STOP.has(t.norm) || t.lineBreakBefore === true) break;
            if (tokens[pos + k]?.lineBreakBefore === true) continue;
          }
          push('~', pos, pos + k, undefined, true);
          walk(g.next, start, pos + k, k === 0 ? comma : ALLOW_NONE);
          depth--;
        }
      }
    };
    if (this.startKeys === undefined) this.startKeys = startKeysOf(firstKeys(this.root, new Set()), this.keyOf.length);
    const starts = this.startKeys;
    for (let i = 0; i < Math.min(tokens.length, startsBefore); i++) {
      if (starts !== null && !(ids[i]! >= 0 && starts.keys[ids[i]!] === 1) && !(starts.numbers && isNumber(i))) continue;
      seen.clear();
      walk(this.root, i, i, ALLOW_NONE);
    }
    return out;
  }

  /**
   * What a text must contain for each pattern to match: per pattern, the
   * elements it cannot do without, each as the word-key sets one of which must
   * be wholly present (a literal is one set of one key; a list, one set per
   * entry, in the entry's order; a number, NUMBER_KEY), in the order the
   * pattern has them. Optional elements and gaps need nothing. The prefilter
   * reads this to skip text that cannot match, so it must stay conservative:
   * any new kind of element belongs here.
   */
  needs(): PatternNeeds[] {
    const out: PatternNeeds[] = [];
    const stack: Need[] = [];
    const entries = new Map<CompiledList, Need>();
    const entriesOf = (list: CompiledList) => {
      let r = entries.get(list);
      if (!r) entries.set(list, (r = list.numeric ? [...entryKeys(list.root, this.keyOf), [NUMBER_KEY]] : entryKeys(list.root, this.keyOf)));
      return r;
    };
    const depths = new Map<CompiledList, number>();
    const longestEntry = (list: CompiledList) => {
      let d = depths.get(list);
      if (d === undefined) depths.set(list, (d = Math.max(list.numeric ? 1 : 0, depth(list.root))));
      return d;
    };
    // `span`: the most tokens a match can have covered on reaching `node`;
    // `comma`: whether a comma may stand inside it.
    const visit = (node: PatternNode, span: number, comma: boolean): void => {
      for (const id of node.accepts) out.push({ pattern: id, needs: stack.slice(), span, comma });
      for (const [id, lit] of node.lit) {
        stack.push([[this.keyOf[id]!]]);
        visit(lit.next, span + 1, comma);
        stack.pop();
      }
      for (const e of node.edges) {
        if (!e.optional) stack.push(entriesOf(e.list));
        visit(e.next, span + longestEntry(e.list), comma);
        if (!e.optional) stack.pop();
      }
      for (const g of node.gaps) visit(g.next, span + g.max, comma);
      if (node.comma) visit(node.comma, span, true);
      // The prefilter reads a label's break as it reads a comma: either may stand inside.
      if (node.label) visit(node.label, span, true);
    };
    visit(this.root, 0, false);
    return out.sort((a, b) => a.pattern - b.pattern);
  }
}

/** One required element: any one of these key sets, all its keys present. */
export type Need = ReadonlyArray<readonly string[]>;

export interface PatternNeeds {
  pattern: number;
  needs: readonly Need[];
  /** The most tokens a match of the pattern can cover. */
  span: number;
  /** Whether the pattern lets a comma stand inside a match. */
  comma: boolean;
  /** The keys the prefilter indexes the pattern by, where worked out ahead (src/rule-needs.ts). */
  anchor?: readonly string[];
}

/** Tokens in a list's longest entry. */
function depth(node: ListNode): number {
  let d = 0;
  for (const next of node.next.values()) d = Math.max(d, 1 + depth(next));
  return d;
}

/** The words of each entry of a list, in order. */
function entryKeys(root: ListNode, keyOf: readonly string[]): string[][] {
  const out: string[][] = [];
  const walk = (node: ListNode, path: string[]): void => {
    if (node.entry) out.push(path);
    for (const [id, next] of node.next) walk(next, [...path, keyOf[id]!]);
  };
  walk(root, []);
  return out;
}

/** Stamps shared by every walk: a state is seen when its stamp is the
 * current one, so starting over is one increment, not a cleared Set. */
let stamps = new Uint32Array(0);
let stamp = 0;
/** States beyond this many are kept in a Set (a very long sentence). */
const MAX_STAMPS = 1 << 22;

/** The (node, position, comma) states one walk has entered. */
class SeenStates {
  private readonly set: Set<number> | undefined;

  constructor(states: number) {
    if (states > MAX_STAMPS) {
      this.set = new Set();
      return;
    }
    if (stamps.length < states) {
      stamps = new Uint32Array(Math.min(MAX_STAMPS, Math.max(states, stamps.length * 2, 1024)));
      stamp = 0;
    }
    this.clear();
  }

  /** Marks `state` seen; false if it already was. */
  add(state: number): boolean {
    if (this.set) {
      if (this.set.has(state)) return false;
      this.set.add(state);
      return true;
    }
    if (stamps[state] === stamp) return false;
    stamps[state] = stamp;
    return true;
  }

  clear(): void {
    if (this.set) {
      this.set.clear();
      return;
    }
    if (stamp === 0xffffffff) {
      stamps.fill(0);
      stamp = 0;
    }
    stamp++;
  }
}

type ListMatches = Array<{ end: number; entry: ListEntry }>;

// Scratch shared by every walk (match() is never re-entered): made per
// call, they were most of what the rest of a call allocated.
let numericMarks = new Int8Array(256);
let tokenIds = new Int32Array(256);
const PATH = {
  pathName: [] as string[],
  pathStart: [] as number[],
  pathEnd: [] as number[],
  pathEntry: [] as Array<ListEntry | undefined>,
  pathGap: [] as boolean[],
};
const NO_ENTRIES: ListMatches = [];

/** Slots shared by every walk for its memo of list matches, valid while
 * their stamp is the walk's (as SeenStates). */
let memoStamps = new Uint32Array(0);
let memoValues: Array<ListMatches | undefined> = [];
let memoStamp = 0;

/** One walk's list matches by (list, position, openness). */
class ListMemo {
  private readonly map: Map<number, ListMatches> | undefined;

  constructor(slots: number) {
    if (slots > MAX_STAMPS) {
      this.map = new Map();
      return;
    }
    if (memoStamps.length < slots) {
      const size = Math.min(MAX_STAMPS, Math.max(slots, memoStamps.length * 2, 1024));
      memoStamps = new Uint32Array(size);
      memoValues = new Array<ListMatches | undefined>(size);
      memoStamp = 0;
    }
    if (memoStamp === 0xffffffff) {
      memoStamps.fill(0);
      memoStamp = 0;
    }
    memoStamp++;
  }

  get(slot: number): ListMatches | undefined {
    if (this.map) return this.map.get(slot);
    return memoStamps[slot] === memoStamp ? memoValues[slot] : undefined;
  }

  set(slot: number, value: ListMatches): void {
    if (this.map) {
      this.map.set(slot, value);
      return;
    }
    memoStamps[slot] = memoStamp;
    memoValues[slot] = value;
  }
}

/** Prepares a node's edges to be looked up by the token keys at which
 * they can act: a node may have hundreds of edges (the root has one per
 * pattern that starts with a word list) and a token starts an entry of very
 * few of them. The lists by key are made as walks meet the keys
 * (actingAt): made for every key a list starts with, they were most of the
 * memory a run over one small file allocated. */
function indexEdges(node: PatternNode): void {
  node.edgesByKey = new Map();
  node.edgesAny = node.edges.filter((e) => e.list.numeric || e.optional);
  node.edgesOptional = node.edges.filter((e) => e.optional);
}

/** Calls `fn` once on each node reachable from `root`. */
function eachNode(root: PatternNode, fn: (node: PatternNode) => void): void {
  const seen = new Set<PatternNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    fn(node);
    for (const lit of node.lit.values()) stack.push(lit.next);
    for (const e of node.edges) stack.push(e.next);
    for (const g of node.gaps) stack.push(g.next);
    if (node.comma) stack.push(node.comma);
    if (node.label) stack.push(node.label);
  }
}

const NO_EDGES: Edge[] = [];


/**
 * Which patterns a run of tokens could match at all: those whose every
 * required element has its word among the tokens (a literal's word, the first
 * word of some entry of a required list, a number for a numeric list). A walk
 * enters no node past which only other patterns lie. On claim-dense copy most
 * walks began at a word like "the", "is" or "reduce" and found nothing for
 * want of a word the pattern needs further on: 77% of the matcher's steps on
 * the dense corpus. Order, distance and whole entries are left to the walk,
 * so this only ever rules out what the walk could not find.
 */
class Presence {
  /** Each key a literal has or a list's entry starts with: the slots in
   `seen` it marks (its literal's, after the lists' own), keys[keysFrom[key]
   .. keysFrom[key + 1]). */
  private readonly keysFrom: Int32Array;
  private readonly keys: Int32Array;
  /** The slots of the lists that take a number. */
  private readonly numericLists: number[] = [];
  /** Per pattern, the slots of the literals and lists it cannot do without:
   * pattern p's are needs[needsFrom[p] .. needsFrom[p + 1]). One array for
   * all of them, and one for every node's `reach` below, because a walk
   * reads dozens of them a sentence, scattered: as an array per pattern and
   * per node they were among the matcher's reads most often out of the
   * processor's caches. */
  private readonly needsFrom: Int32Array;
  private readonly needs: Int32Array;
  /** Per node, the patterns accepted at it or past it: reach[reachFrom[id] .. reachFrom[id + 1]). */
  private readonly reachFrom: Int32Array;
  private readonly reach: Int32Array;
  /** Per list, then per literal key: the stamp of the tokens last read that have it. */
  private readonly seen: Uint32Array;
  /** Per pattern and per node, the stamp of the tokens last judged, and the verdict. */
  private readonly patternJudged: Uint32Array;
  private readonly patternLive: Uint8Array;
  private readonly nodeJudged: Uint32Array;
  private readonly nodeLive: Uint8Array;
  private stamp = 0;
  /** Whether some pattern needs two words: else (the judge's matcher of
   * context lists, one list a pattern) a pattern's first word is all it
   * needs, the walk's start already asks for it, and reading is wasted. */
  private readonly gates: boolean;

  constructor(root: PatternNode | null, patterns: number, nodes: number, lists: number, keys = 0) {
    if (root === null) {
      this.needsFrom = this.needs = this.reachFrom = this.reach = this.keysFrom = this.keys = new Int32Array(0);
      this.seen = this.patternJudged = this.nodeJudged = new Uint32Array(0);
      this.patternLive = this.nodeLive = new Uint8Array(0);
      this.gates = false;
      return;
    }
    const marks = new Map<KeyId, Set<number>>();
    const mark = (key: KeyId, slot: number) => {
      let m = marks.get(key);
      if (!m) marks.set(key, (m = new Set()));
      m.add(slot);
    };
    const literals = new Map<KeyId, number>();
    const slotOf = (key: KeyId) => {
      let slot = literals.get(key);
      if (slot === undefined) {
        literals.set(key, (slot = lists + literals.size));
        mark(key, slot);
      }
      return slot;
    };
    const listsDone = new Set<CompiledList>();
    const needed: number[] = [];
    const needsOf: Array<readonly number[]> = [];
    const reachOf: Array<readonly number[]> = [];
    // Children's patterns are added one by one: spread into push() as
    // arguments, a list of over some 125,000 phrases under one word overflowed the stack.
    const visit = (node: PatternNode): number[] => {
      const reach = new Set(node.accepts);
      const add = (ids: readonly number[]) => {
        for (let i = 0; i < ids.length; i++) reach.add(ids[i]!);
      };
      for (const id of node.accepts) {
        needsOf[id] = [...new Set(needed)];
      }
      for (const [key, lit] of node.lit) {
        needed.push(slotOf(key));
        add(visit(lit.next));
        needed.pop();
      }
      for (const e of node.edges) {
        if (!listsDone.has(e.list)) {
          listsDone.add(e.list);
          for (const key of e.list.root.next.keys()) mark(key, e.list.index);
          if (e.list.numeric) this.numericLists.push(e.list.index);
        }
        if (!e.optional) needed.push(e.list.index);
        add(visit(e.next));
        if (!e.optional) needed.pop();
      }
      for (const g of node.gaps) add(visit(g.next));
      if (node.comma) add(visit(node.comma));
      if (node.label) add(visit(node.label));
      const ids = [...reach];
      reachOf[node.id] = ids;
      return ids;
    };
    visit(root);
    [this.needsFrom, this.needs] = flatten(needsOf, patterns);
    [this.reachFrom, this.reach] = flatten(reachOf, nodes);
    const slotsOf: number[][] = [];
    for (const [key, slots] of marks) slotsOf[key] = [...slots];
    [this.keysFrom, this.keys] = flatten(slotsOf, Math.max(keys, slotsOf.length));
    this.seen = new Uint32Array(lists + literals.size);
    this.patternJudged = new Uint32Array(patterns);
    this.patternLive = new Uint8Array(patterns);
    this.nodeJudged = new Uint32Array(nodes);
    this.nodeLive = new Uint8Array(nodes);
    this.gates = needsOf.some((n) => n !== undefined && n.length > 1);
  }

  /** Notes the words of the tokens the next walks read. */
  read(tokens: readonly Token[], ids: Int32Array): void {
    if (!this.gates) return;
    if (this.stamp === 0xffffffff) {
      for (const a of [this.seen, this.patternJudged, this.nodeJudged]) a.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const seen = this.seen;
    const keysFrom = this.keysFrom;
    const slots = this.keys;
    let numbers = this.numericLists.length === 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const id = ids[i]!;
      if (id >= 0) for (let l = keysFrom[id]!, to = keysFrom[id + 1]!; l < to; l++) seen[slots[l]!] = stamp;
      if (!numbers && isDigit(t.norm.charCodeAt(0)) && NUMERIC.test(t.norm)) {
        numbers = true;
        for (const l of this.numericLists) seen[l] = stamp;
      }
    }
  }

  /** Whether a pattern the tokens could match is accepted at `node` or past it. */
  open(node: PatternNode): boolean {
    if (!this.gates) return true;
    const id = node.id;
    if (this.nodeJudged[id] === this.stamp) return this.nodeLive[id] === 1;
    const reach = this.reach;
    let live = false;
    for (let i = this.reachFrom[id]!, to = this.reachFrom[id + 1]!; i < to && !live; i++) live = this.possible(reach[i]!);
    this.nodeJudged[id] = this.stamp;
    this.nodeLive[id] = live ? 1 : 0;
    return live;
  }

  private possible(pattern: number): boolean {
    if (this.patternJudged[pattern] === this.stamp) return this.patternLive[pattern] === 1;
    let live = true;
    const needs = this.needs;
    for (let i = this.needsFrom[pattern]!, to = this.needsFrom[pattern + 1]!; i < to && live; i++) live = this.seen[needs[i]!] === this.stamp;
    this.patternJudged[pattern] = this.stamp;
    this.patternLive[pattern] = live ? 1 : 0;
    return live;
  }
}

/** `lists` (some slots empty) as one array, and where each slot's part starts. */
function flatten(lists: ReadonlyArray<readonly number[] | undefined>, slots: number): [Int32Array, Int32Array] {
  const from = new Int32Array(slots + 1);
  for (let i = 0; i < slots; i++) from[i + 1] = from[i]! + (lists[i]?.length ?? 0);
  const all = new Int32Array(from[slots]!);
  for (let i = 0; i < slots; i++) if (lists[i]) all.set(lists[i]!, from[i]!);
  return [from, all];
}

/** Every node open: a matcher's Presence before it is worth building. */
const NO_PRESENCE = new Presence(null, 0, 0, 0);

/** The node's edges that can act at a token with `key`, in `edges`' order:
 * those whose list has an entry starting with it, and those that act at any
 * token (numeric or optional); null when no list has an entry starting with
 * it (then only the edges that act at any token can). */
function actingAt(node: PatternNode, key: KeyId): Edge[] | null {
  if (node.edges.length === 0) return NO_EDGES;
  if (key < 0) return null;
  const byId = node.edgesById;
  let acting = byId !== undefined ? byId[key] : node.edgesByKey!.get(key);
  if (acting === undefined) {
    let keyed = false;
    const list: Edge[] = [];
    for (const e of node.edges) {
      if (e.list.root.next.has(key)) {
        keyed = true;
        list.push(e);
      } else if (e.list.numeric || e.optional) {
        list.push(e);
      }
    }
    acting = keyed ? list : null;
    if (byId !== undefined) byId[key] = acting;
    else node.edgesByKey!.set(key, acting);
  }
  return acting;
}

/** The tokens a match can begin at: one with one of `keys`, or (with
 * `numbers`) one that reads as a number. */
interface StartKeys {
  keys: Set<KeyId>;
  numbers: boolean;
}

/** StartKeys with a flag per key number, for the walk's test at each token. */
interface StartFlags {
  keys: Uint8Array;
  numbers: boolean;
}

function startKeysOf(found: StartKeys | null, keys: number): StartFlags | null {
  if (found === null) return null;
  const flags = new Uint8Array(keys);
  for (const k of found.keys) flags[k] = 1;
  return { keys: flags, numbers: found.numbers };
}

/** The tokens a match from `node` can begin at, or `null` when any token
 * can (a gap, an empty match). */
function firstKeys(node: PatternNode, seen: Set<PatternNode>): StartKeys | null {
  if (node.accepts.length > 0 || node.gaps.length > 0) return null;
  if (seen.has(node)) return { keys: new Set(), numbers: false };
  seen.add(node);
  const out: StartKeys = { keys: new Set(node.lit.keys()), numbers: false };
  const join = (rest: StartKeys | null) => {
    if (rest === null) return false;
    for (const k of rest.keys) out.keys.add(k);
    out.numbers ||= rest.numbers;
    return true;
  };
  if (node.comma && !join(firstKeys(node.comma, seen))) return null;
  if (node.label && !join(firstKeys(node.label, seen))) return null;
  for (const e of node.edges) {
    if (e.list.numeric) out.numbers = true;
    for (const k of e.list.root.next.keys()) out.keys.add(k);
    if (e.optional && !join(firstKeys(e.next, seen))) return null;
  }
  return out;
}

// What a word list's trie node leads to when nothing does: most nodes are
// the last word of an entry, and a map each came to over a megabyte of what
// a run over one small file allocates. Never added to: insertEntry gives a
// node its own map first.
const LEAF: Map<KeyId, ListNode> = new Map();

/** The attributes of an entry that has none: one object for all (some
 * 4,000 entries are compiled at start-up, each with an empty object before). */
const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

function attrsOf(entry: { phrase: string } & Record<string, string>): Readonly<Record<string, string>> {
  const { phrase: _p, ...attrs } = entry;
  return attrs;
}

function insertEntry(root: ListNode, keys: readonly KeyId[], entry: ListEntry): void {
  if (keys.length === 0) return;
  let node = root;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    let next = node.next.get(k);
    if (!next) {
      next = { next: LEAF };
      if (node.next === LEAF) node.next = new Map();
      node.next.set(k, next);
    }
    node = next;
  }
  // The first entry wins, so a list's author controls which spelling is canonical.
  node.entry ??= entry;
}

const NUMERIC = /^\d[\d.,]*(?:st|nd|rd|th|x)?$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** What punctuation the pattern allows (or asks for) before a token: none,
 * a comma, or (the `:` element) a label's colon or dash, which must stand there. */
type Allow = 0 | 1 | 2;
const ALLOW_NONE: Allow = 0;
const ALLOW_COMMA: Allow = 1;
const ALLOW_LABEL: Allow = 2;

/** Punctuation ends a match: a strong break always (but a label's colon or
 * dash where the pattern asks for one: "your eczema history" is no
 * "Eczema: history"), a comma unless the pattern allows one there. */
function canFollow(t: Token, allow: Allow): boolean {
  if (allow === ALLOW_LABEL) return t.hardBreakBefore && t.labelBefore === true;
  if (t.hardBreakBefore) return false;
  return allow !== ALLOW_NONE || !t.commaBefore;
}

/** Entries of `list` starting at `pos`, longest first. `open`: the caller
 * has already checked that the first token may continue its match. */
function matchList(list: CompiledList, trie: ListTrie, tokens: readonly Token[], ids: Int32Array, pos: number, open: boolean): ListMatches {
  if (pos >= tokens.length || !open) return NO_ENTRIES;
  // Gathered in shared scratch arrays, then copied to an array of the exact
  // size: pushing to a fresh array reserves room for 17.
  let n = 0;
  if (list.numeric && NUMERIC.test(tokens[pos]!.norm)) {
    scratchEnds[n] = pos + 1;
    scratchEntries[n++] = { phrase: tokens[pos]!.surface, attrs: {} };
  }
  const entries = trie.entries;
  let node = 0;
  for (let i = pos; i < tokens.length; i++) {
    if (i > pos && !canFollow(tokens[i]!, ALLOW_NONE)) break;
    node = trie.step(node, ids[i]!);
    if (node < 0) break;
    const entry = entries[node];
    if (entry) {
      scratchEnds[n] = i + 1;
      scratchEntries[n++] = entry;
    }
  }
  if (n === 0) return NO_ENTRIES;
  const out: ListMatches = new Array<{ end: number; entry: ListEntry }>(n);
  for (let j = 0; j < n; j++) out[j] = { end: scratchEnds[n - 1 - j]!, entry: scratchEntries[n - 1 - j]! };
  return out;
}
const scratchEnds: number[] = [];
const scratchEntries: ListEntry[] = [];

/** Steps from a number by a word's key to a number, given as triples (from,
 * key, to): an open-addressed table in three typed arrays, at most half full,
 * so a step reads a slot or two (1.1 to 1.2 on average under the built-in rules). */
class StepTable {
  /** Per slot: the number a step leaves (-1: an empty slot), the key it reads, the number it reaches. */
  private readonly from: Int32Array;
  private readonly key: Int32Array;
  private readonly to: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(steps: readonly number[]) {
    let bits = 4;
    while (1 << bits < steps.length / 3 * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.from = new Int32Array(1 << bits).fill(-1);
    this.key = new Int32Array(1 << bits);
    this.to = new Int32Array(1 << bits);
    for (let i = 0; i < steps.length; i += 3) {
      let slot = slotOf(steps[i]!, steps[i + 1]!, this.shift);
      while (this.from[slot] !== -1) slot = (slot + 1) & this.mask;
      this.from[slot] = steps[i]!;
      this.key[slot] = steps[i + 1]!;
      this.to[slot] = steps[i + 2]!;
    }
  }

  /** Where a step from `node` by `key` leads; -1 when nowhere (or the key has no number). */
  step(node: number, key: KeyId): number {
    if (key < 0) return -1;
    // slotOf, written out: a run over many files compiles without inlining.
    for (let slot = Math.imul(Math.imul(key, 0x9e3779b1) ^ node, 0x85ebca6b) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const from = this.from[slot]!;
      if (from === -1) return -1;
      if (from === node && this.key[slot] === key) return this.to[slot]!;
    }
  }
}

/**
 * A list's trie as the walk reads it: its nodes numbered (the root 0), each
 * step from a node by a word's key a look in a StepTable. As a Map per node,
 * a step read a map, its table and the node it found, each somewhere else in
 * the heap: for a walk that reads a few dozen lists a sentence, most of
 * those reads were out of the processor's caches.
 */
class ListTrie extends StepTable {
  /** Per node, the entry ending there. */
  readonly entries: Array<ListEntry | undefined>;

  constructor(root: ListNode) {
    const entries: Array<ListEntry | undefined> = [];
    const steps: number[] = [];
    const number = (node: ListNode): number => {
      const no = entries.length;
      entries.push(node.entry);
      for (const [key, child] of node.next) steps.push(no, key, number(child));
      return no;
    };
    number(root);
    super(steps);
    this.entries = entries;
  }
}

/** Where a step's probe starts. StepTable.step has its own copy, written
 * out: change both together. */
function slotOf(node: number, key: number, shift: number): number {
  return Math.imul(Math.imul(key, 0x9e3779b1) ^ node, 0x85ebca6b) >>> shift;
}

function phraseKeysWritten(): Readonly<Record<string, readonly string[]>> | null {
  const json = phraseKeysJson();
  return json === undefined ? null : (JSON.parse(json) as Record<string, readonly string[]>);
}
