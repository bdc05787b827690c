// Which patterns a set of word keys can satisfy: every need (one entry of a
// word list, a literal, a number) met by keys present. Asked once per
// paragraph region of every document screened (some 240,000 times over the
// documentation corpus's 2,800 files), so a long run indexes the needs the
// other way round: by key, the needs an entry starting with that key can meet.
// A region's few keys then mark the needs they meet, once per call, and each
// candidate pattern is a check of marks. Asking each need instead (does any of
// its entries stand in the keys?), with a memo per call, was about a tenth of
// a run over the documentation corpus; with the index, screening that corpus
// takes 0.85 of the time it did.
//
// The index is a few flat arrays, each key's part a range of them (an object
// and arrays per key, some 2,000 keys, cost more to make and to collect). It
// is made only once a run has asked enough to repay it (BUILD_AFTER): made at
// start-up it took 7 to 11 ms of a run over one page, which asks a few dozen
// times. Until then each need is asked.
import type { Need, PatternNeeds } from '../match/matcher.js';

/** Calls before the index is made. Made, it saves about 2.5 µs a call; it
 * cost about 8 ms to make. */
const BUILD_AFTER = 3_000;

export class NeedTable {
  /** Patterns by each of their anchor keys, in the patterns' order. */
  private readonly byAnchor = new Map<string, PatternNeeds[]>();
  private calls = 0;
  private index: KeyIndex | undefined;

  /** Each pattern is indexed under each of its anchor keys (`anchorOf`);
   * one with none is never a candidate. */
  constructor(
    private readonly patterns: readonly PatternNeeds[],
    private readonly anchorOf: (p: PatternNeeds) => readonly string[],
    private readonly buildAfter = BUILD_AFTER,
  ) {
    // Indexed loops: this runs at start-up, before V8 optimises anything,
    // where a for-of makes an object per element.
    for (let n = 0; n < patterns.length; n++) {
      const p = patterns[n]!;
      const keys = anchorOf(p);
      for (let k = 0; k < keys.length; k++) {
        let list = this.byAnchor.get(keys[k]!);
        if (!list) this.byAnchor.set(keys[k]!, (list = []));
        list.push(p);
      }
    }
  }

  /** The patterns, found by anchor among `keys`, whose every need `keys`
   * meets, in the order of `keys` and then of the patterns under each; with
   * `one`, stops at the first. */
  met(keys: ReadonlySet<string>, one = false): PatternNeeds[] {
    if (this.index === undefined && ++this.calls > this.buildAfter) {
      this.index = new KeyIndex(this.patterns, this.anchorOf);
      this.byAnchor.clear();
    }
    return this.index ? this.index.met(keys, one) : askEachNeed(keys, this.byAnchor, one);
  }
}

/** NeedTable.met without the index: each need a candidate pattern has is
 * asked once a call. */
function askEachNeed(keys: ReadonlySet<string>, byAnchor: ReadonlyMap<string, readonly PatternNeeds[]>, one: boolean): PatternNeeds[] {
  const met = new Map<Need, boolean>();
  const has = (need: Need) => {
    let r = met.get(need);
    if (r === undefined) met.set(need, (r = needMet(need, keys)));
    return r;
  };
  const out: PatternNeeds[] = [];
  for (const key of keys) {
    const patterns = byAnchor.get(key);
    if (!patterns) continue;
    for (const p of patterns) {
      if (!p.needs.every(has)) continue;
      out.push(p);
      if (one) return out;
    }
  }
  return out;
}

/** A need's entries by their first key, and whether it has an entry of no
 * words, made once per need. */
const entriesByFirst = new WeakMap<Need, { byFirst: Map<string, Array<readonly string[]>>; empty: boolean }>();

function byFirst(need: Need): { byFirst: Map<string, Array<readonly string[]>>; empty: boolean } {
  let m = entriesByFirst.get(need);
  if (!m) {
    m = { byFirst: new Map(), empty: false };
    for (const entry of need) {
      if (entry.length === 0) {
        m.empty = true;
        continue;
      }
      let list = m.byFirst.get(entry[0]!);
      if (!list) m.byFirst.set(entry[0]!, (list = []));
      list.push(entry);
    }
    entriesByFirst.set(need, m);
  }
  return m;
}

/** Whether `keys` hold every key of some entry of `need`. A word list has
 * hundreds of entries and a sentence a few dozen keys: the smaller side is walked. */
function needMet(need: Need, keys: ReadonlySet<string>): boolean {
  const all = (entry: readonly string[]) => entry.every((k) => keys.has(k));
  if (keys.size >= need.length) return need.some(all);
  const first = byFirst(need);
  if (first.empty) return true;
  for (const k of keys) {
    const entries = first.byFirst.get(k);
    if (entries?.some(all)) return true;
  }
  return false;
}

/** Rows of numbers, one per row number, as offsets into one array. */
class Rows {
  readonly start: Int32Array;
  readonly items: Int32Array;

  /** `pairs`: row, item, row, item... in any order of rows. */
  constructor(rowCount: number, pairs: readonly number[]) {
    this.start = new Int32Array(rowCount + 1);
    for (let i = 0; i < pairs.length; i += 2) this.start[pairs[i]! + 1]!++;
    for (let r = 0; r < rowCount; r++) this.start[r + 1]! += this.start[r]!;
    this.items = new Int32Array(pairs.length / 2);
    const at = this.start.slice(0, rowCount);
    for (let i = 0; i < pairs.length; i += 2) this.items[at[pairs[i]!]!++] = pairs[i + 1]!;
  }
}

/** The needs and patterns indexed by key. */
class KeyIndex {
  /** The keys that start an entry or anchor a pattern, numbered. */
  private readonly keyNumbers = new Map<string, number>();
  /** By key, the needs with that key as a whole entry. */
  private readonly single: Rows;
  /** By key, the entries of two words or more starting with it (by their
   * place in `longEntries` and `longNeeds`). */
  private readonly long: Rows;
  private readonly longEntries: Array<readonly string[]> = [];
  private readonly longNeeds: number[] = [];
  /** By key, the patterns it anchors (by their place in `patterns`). */
  private readonly anchored: Rows;
  private readonly patterns: PatternNeeds[] = [];
  /** By pattern, its needs. */
  private readonly patternNeeds: Rows;
  /** Needs met whatever the keys (an entry of no words). */
  private readonly always: number[] = [];
  /** `marks[need] === call`: the need is met in this call. */
  private readonly marks: Uint32Array;
  private call = 0;
  /** The key numbers of a call's keys. */
  private found = new Int32Array(64);

  constructor(patterns: readonly PatternNeeds[], anchorOf: (p: PatternNeeds) => readonly string[]) {
    const single: number[] = [];
    const long: number[] = [];
    const anchored: number[] = [];
    const needsOf: number[] = [];
    // Word lists recur as the needs of many patterns: each is indexed once.
    const ids = new Map<Need, number>();
    const idOf = (need: Need): number => {
      let id = ids.get(need);
      if (id !== undefined) return id;
      id = ids.size;
      ids.set(need, id);
      for (let i = 0; i < need.length; i++) {
        const entry = need[i]!;
        if (entry.length === 0) {
          this.always.push(id);
        } else if (entry.length === 1) {
          single.push(this.number(entry[0]!), id);
        } else {
          long.push(this.number(entry[0]!), this.longEntries.length);
          this.longEntries.push(entry);
          this.longNeeds.push(id);
        }
      }
      return id;
    };
    for (let n = 0; n < patterns.length; n++) {
      const p = patterns[n]!;
      const keys = anchorOf(p);
      if (keys.length === 0) continue;
      const at = this.patterns.length;
      this.patterns.push(p);
      for (let i = 0; i < p.needs.length; i++) needsOf.push(at, idOf(p.needs[i]!));
      for (let k = 0; k < keys.length; k++) anchored.push(this.number(keys[k]!), at);
    }
    const keyCount = this.keyNumbers.size;
    this.single = new Rows(keyCount, single);
    this.long = new Rows(keyCount, long);
    this.anchored = new Rows(keyCount, anchored);
    this.patternNeeds = new Rows(this.patterns.length, needsOf);
    this.marks = new Uint32Array(ids.size);
  }

  private number(key: string): number {
    let n = this.keyNumbers.get(key);
    if (n === undefined) this.keyNumbers.set(key, (n = this.keyNumbers.size));
    return n;
  }

  met(keys: ReadonlySet<string>, one: boolean): PatternNeeds[] {
    if (this.found.length < keys.size) this.found = new Int32Array(2 * keys.size);
    const found = this.found;
    const anchoredStart = this.anchored.start;
    let n = 0;
    let anchors = false;
    for (const key of keys) {
      const k = this.keyNumbers.get(key);
      if (k === undefined) continue;
      found[n++] = k;
      if (anchoredStart[k + 1]! > anchoredStart[k]!) anchors = true;
    }
    const out: PatternNeeds[] = [];
    // A region that anchors no pattern (one in seven on the documentation
    // corpus) marks nothing.
    if (!anchors) return out;
    const marks = this.marks;
    if (this.call === 0xffffffff) {
      marks.fill(0);
      this.call = 0;
    }
    const call = ++this.call;
    for (let i = 0; i < this.always.length; i++) marks[this.always[i]!] = call;
    const { start: singleStart, items: singleNeeds } = this.single;
    const { start: longStart, items: longItems } = this.long;
    for (let f = 0; f < n; f++) {
      const k = found[f]!;
      for (let i = singleStart[k]!; i < singleStart[k + 1]!; i++) marks[singleNeeds[i]!] = call;
      for (let i = longStart[k]!; i < longStart[k + 1]!; i++) {
        const item = longItems[i]!;
        const need = this.longNeeds[item]!;
        if (marks[need] !== call && restIn(this.longEntries[item]!, keys)) marks[need] = call;
      }
    }
    const anchoredItems = this.anchored.items;
    const { start: needStart, items: needs } = this.patternNeeds;
    for (let f = 0; f < n; f++) {
      const k = found[f]!;
      next: for (let a = anchoredStart[k]!; a < anchoredStart[k + 1]!; a++) {
        const p = anchoredItems[a]!;
        for (let i = needStart[p]!; i < needStart[p + 1]!; i++) if (marks[needs[i]!] !== call) continue next;
        out.push(this.patterns[p]!);
        if (one) return out;
      }
    }
    return out;
  }
}

/** Whether every key of `entry` after its first (the one it was found by) is in `keys`. */
function restIn(entry: readonly string[], keys: ReadonlySet<string>): boolean {
  for (let i = 1; i < entry.length; i++) if (!keys.has(entry[i]!)) return false;
  return true;
}
