// Remembers a value per short run of text, looked up by position in a larger
// text without cutting the run out: the prefilter reads millions of runs
// (src/prefilter.ts), most of them repeats, and a Map keyed by freshly cut
// strings spends more on allocating and hashing those strings, and on the
// garbage they leave, than on the work it saves.

/** Runs longer than this are not remembered: they seldom recur. Shorter
 * long runs do, in documentation: a product name, an include directive
 * (`[!INCLUDE[name](file.md)]`), an image path or a table's rule line comes
 * back page after page, and reading one costs microseconds (its markup is
 * enumerated). Remembered up to 128 characters, the 2,800 files of the docs
 * corpus read about 15,000 runs of 25 or more characters once each instead
 * of 105,000 times. */
export const MAX_RUN = 128;

export class RunTable<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private size = 0;
  private mask: number;

  /** Starts with 2^minBits slots and doubles up to 2^maxBits (a one-file
   * run should not pay for a large table); when that is 70% full, it is
   * emptied and starts over. */
  constructor(
    minBits = 10,
    private readonly maxBits = 18,
  ) {
    this.mask = (1 << minBits) - 1;
    this.keys = new Array<string | undefined>(this.mask + 1);
    this.values = new Array<V | undefined>(this.mask + 1);
  }

  /** The value for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    let slot = hash(text, start, end) & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (same(key, text, start, end)) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  /** Remembers `value` for `run` (at most MAX_RUN characters). */
  set(run: string, value: V): void {
    if (run.length > MAX_RUN) return;
    if (this.size >= (this.mask + 1) * 0.7) this.resize();
    // A copy, not a view of the document the run was cut from (V8 keeps a
    // cut of 13 or more characters as a view, which would keep it alive).
    this.put(run.length >= 13 ? [...run].join('') : run, value);
  }

  private put(run: string, value: V): void {
    let slot = hash(run, 0, run.length) & this.mask;
    while (this.keys[slot] !== undefined) {
      if (this.keys[slot] === run) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = run;
    this.values[slot] = value;
    this.size++;
  }

  private resize(): void {
    const { keys, values } = this;
    const bits = Math.log2(this.mask + 1);
    const grow = bits < this.maxBits;
    this.mask = grow ? this.mask * 2 + 1 : this.mask;
    this.keys = new Array<string | undefined>(this.mask + 1);
    this.values = new Array<V | undefined>(this.mask + 1);
    this.size = 0;
    if (grow) keys.forEach((k, i) => k !== undefined && this.put(k, values[i]!));
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function same(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
