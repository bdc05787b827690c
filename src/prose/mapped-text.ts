// Text decoded from some source syntax (a quoted YAML scalar, a TOML string,
// a JSX attribute, a paragraph's inline nodes) together with the exact source
// range of each UTF-16 unit, so that a finding in the decoded text points
// back at what the writer typed.
//
// The map is kept as runs, not a pair of numbers per unit: nearly all prose
// stands in the source as it reads (a verbatim run: unit i comes from the
// source character `from + i`), and only escapes, references, folded line
// breaks and the like map a unit to a range of their own. Two arrays of
// numbers the length of every text were an eighth of what a claim-dense run
// allocated, for the few offsets a finding or a fix ever looks up.

import { lastAtOrBefore } from '../shared/sorted.js';

/** Each run's source end, or undefined for a verbatim run (see SourceMap). */
type Ends = ReadonlyArray<number | undefined>;

/** The run that holds unit `i`: the last whose first unit is at or before it. */
const runOf = lastAtOrBefore;

// A unit outside the text (before the first, at or past the length) has no
// range: NaN, which compares and slices as the `undefined` an array of one
// number per unit gave, where a run would make up an offset.

/** Where the source range of unit `i` starts, in runs (see SourceMap). */
function startIn(at: readonly number[], from: readonly number[], to: Ends, length: number, i: number): number {
  if (!(i >= 0 && i < length)) return NaN;
  const k = runOf(at, i);
  return to[k] === undefined ? from[k]! + i - at[k]! : from[k]!;
}

/** Where the source range of unit `i` ends, in runs (see SourceMap). */
function endIn(at: readonly number[], from: readonly number[], to: Ends, length: number, i: number): number {
  if (!(i >= 0 && i < length)) return NaN;
  const k = runOf(at, i);
  return to[k] === undefined ? from[k]! + i - at[k]! + 1 : to[k]!;
}

/** The source range of each UTF-16 unit of a text. */
export class SourceMap {
  /**
   * Run k covers the units from `at[k]` up to `at[k + 1]` (the last, up to
   * `length`). A verbatim run (`to[k]` undefined) maps unit i to source
   * [from[k] + i - at[k], that + 1); any other maps each of its units to
   * [from[k], to[k]).
   */
  constructor(
    private readonly at: readonly number[],
    private readonly from: readonly number[],
    private readonly to: Ends,
    /** Units mapped. */
    readonly length: number,
  ) {}

  /** Unit i comes from source character `offsets[i]`, and is that character. */
  static fromOffsets(offsets: readonly number[]): SourceMap {
    const at: number[] = [];
    const from: number[] = [];
    for (let i = 0; i < offsets.length; i++) {
      if (i === 0 || offsets[i] !== offsets[i - 1]! + 1) {
        at.push(i);
        from.push(offsets[i]!);
      }
    }
    return new SourceMap(at, from, at.map(() => undefined), offsets.length);
  }

  /** Where the source range of unit `i` starts (0 <= i < length; else NaN). */
  startAt(i: number): number {
    return startIn(this.at, this.from, this.to, this.length, i);
  }

  /** Where the source range of unit `i` ends (exclusive; 0 <= i < length; else NaN). */
  endAt(i: number): number {
    return endIn(this.at, this.from, this.to, this.length, i);
  }

  /** The same map with every source offset moved by `delta` (a parser's
   * offsets within a piece of the document to the document's). */
  shifted(delta: number): SourceMap {
    if (delta === 0) return this;
    return new SourceMap(
      this.at,
      this.from.map((f) => f + delta),
      this.to.map((t) => (t === undefined ? t : t + delta)),
      this.length,
    );
  }
}

export class MappedText {
  private parts: string[] = [];
  /** The text as one string, once asked for (until more is added). */
  private joined: string | undefined = '';
  private units = 0;
  // The runs so far, as SourceMap has them.
  private readonly at: number[] = [];
  private readonly from: number[] = [];
  private readonly to: Array<number | undefined> = [];

  /** UTF-16 units so far. */
  get length(): number {
    return this.units;
  }

  /** Appends `text`, every unit of it mapped to the one source range (an
   * escape sequence, a reference, a folded line break, an astral character). */
  push(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.joined = undefined;
    this.at.push(this.units);
    this.from.push(start);
    this.to.push(end);
    this.units += text.length;
    this.parts.push(text);
  }

  /** Appends `src.slice(start, end)`: source characters that decode to themselves. */
  pushSource(src: string, start: number, end: number): void {
    if (end > start) this.pushVerbatim(src.slice(start, end), start);
  }

  /** Appends `text`, which stands as it is in the source from `from` on. */
  pushVerbatim(text: string, from: number): void {
    if (text.length === 0) return;
    this.joined = undefined;
    const last = this.at.length - 1;
    // Text that goes on where the last verbatim run left off extends it.
    if (!(last >= 0 && this.to[last] === undefined && this.from[last]! + this.units - this.at[last]! === from)) {
      this.at.push(this.units);
      this.from.push(from);
      this.to.push(undefined);
    }
    this.units += text.length;
    this.parts.push(text);
  }

  text(): string {
    if (this.joined === undefined) {
      this.joined = this.parts.join('');
      this.parts = [this.joined];
    }
    return this.joined;
  }

  /** The UTF-16 unit at `i`, as a string. */
  charAt(i: number): string {
    return this.text().charAt(i);
  }

  startAt(i: number): number {
    return startIn(this.at, this.from, this.to, this.units, i);
  }

  endAt(i: number): number {
    return endIn(this.at, this.from, this.to, this.units, i);
  }

  /** The map of the text so far, its source offsets moved by `delta`. */
  map(delta = 0): SourceMap {
    return new SourceMap(this.at.slice(), this.from.slice(), this.to.slice(), this.units).shifted(delta);
  }
}
