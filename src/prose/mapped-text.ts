// Text decoded from some source syntax (a quoted YAML scalar, a TOML string,
// a JSX attribute, a paragraph's inline nodes) together with the exact source
// range of each UTF-16 unit, so that a finding in the decoded text points
// back at what the writer typed.
//
// Verbatim runs (nearly all prose) are added whole: added a character at a
// time, each to an array of strings beside two of numbers, they were a sixth
// of all a claim-dense run allocated.

export class MappedText {
  private parts: string[] = [];
  /** The text as one string, once asked for (until more is added). */
  private joined: string | undefined = '';
  // Plain arrays of small integers while the text grows: a typed array each
  // (off the heap past 64 bytes) cost more to make than the ranges to fill.
  private readonly startsAt: number[] = [];
  private readonly endsAt: number[] = [];

  /** UTF-16 units so far. */
  get length(): number {
    return this.startsAt.length;
  }

  /** Appends `text`, every unit of it mapped to the one source range (an
   * escape sequence, a reference, a folded line break, an astral character). */
  push(text: string, start: number, end: number): void {
    this.joined = undefined;
    for (let i = 0; i < text.length; i++) {
      this.startsAt.push(start);
      this.endsAt.push(end);
    }
    this.parts.push(text);
  }

  /** Appends `src.slice(start, end)`: source characters that decode to themselves. */
  pushSource(src: string, start: number, end: number): void {
    if (end > start) this.pushVerbatim(src.slice(start, end), start);
  }

  /** Appends `text`, which stands as it is in the source from `from` on. */
  pushVerbatim(text: string, from: number): void {
    this.joined = undefined;
    const starts = this.startsAt;
    const ends = this.endsAt;
    for (let i = 0, n = text.length; i < n; i++) {
      starts.push(from + i);
      ends.push(from + i + 1);
    }
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
    return this.startsAt[i]!;
  }

  endAt(i: number): number {
    return this.endsAt[i]!;
  }

  /** Each unit's source start, moved by `delta` (a parser's local offsets
   * to the document's): the text's own array when `delta` is 0, for the
   * text's one reader once it is whole (a block of prose), else a copy. */
  starts(delta = 0): number[] {
    return delta === 0 ? this.startsAt : this.startsAt.map((s) => s + delta);
  }

  ends(delta = 0): number[] {
    return delta === 0 ? this.endsAt : this.endsAt.map((e) => e + delta);
  }
}
