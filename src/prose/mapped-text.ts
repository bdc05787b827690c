// Text decoded from some source syntax (a quoted YAML scalar, a TOML string,
// a JSX attribute, a paragraph's inline nodes) together with the exact source
// range of each UTF-16 unit, so that a finding in the decoded text points
// back at what the writer typed.
//
// Verbatim runs (nearly all prose) are added whole, and the ranges kept in
// typed arrays: added unit by unit, into arrays of strings and numbers, the
// ranges were a sixth of all a claim-dense run allocated.

export class MappedText {
  private parts: string[] = [];
  /** The text as one string, once asked for (until more is added). */
  private joined: string | undefined = '';
  /** UTF-16 units so far. */
  length = 0;
  private startsAt = new Int32Array(32);
  private endsAt = new Int32Array(32);

  private room(n: number): void {
    this.joined = undefined;
    if (this.length + n <= this.startsAt.length) return;
    const size = Math.max(this.startsAt.length * 2, this.length + n);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.startsAt.subarray(0, this.length));
    ends.set(this.endsAt.subarray(0, this.length));
    this.startsAt = starts;
    this.endsAt = ends;
  }

  /** Appends `text`, every unit of it mapped to the one source range (an
   * escape sequence, a reference, a folded line break, an astral character). */
  push(text: string, start: number, end: number): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) {
      this.startsAt[this.length] = start;
      this.endsAt[this.length++] = end;
    }
    this.parts.push(text);
  }

  /** Appends `text`, which stands as it is in the source from `from` on. */
  pushVerbatim(text: string, from: number): void {
    const n = text.length;
    this.room(n);
    const starts = this.startsAt;
    const ends = this.endsAt;
    for (let i = 0, at = this.length; i < n; i++, at++) {
      starts[at] = from + i;
      ends[at] = from + i + 1;
    }
    this.length += n;
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

  /** Each unit's source start, moved by `delta` (a parser's local offsets to the document's). */
  starts(delta = 0): Int32Array {
    const out = this.startsAt.slice(0, this.length);
    if (delta !== 0) for (let i = 0; i < out.length; i++) out[i] += delta;
    return out;
  }

  ends(delta = 0): Int32Array {
    const out = this.endsAt.slice(0, this.length);
    if (delta !== 0) for (let i = 0; i < out.length; i++) out[i] += delta;
    return out;
  }
}

export function newMappedText(): MappedText {
  return new MappedText();
}

/** Appends `text`, every unit of it mapped to the one source range. */
export function emit(m: MappedText, text: string, start: number, end: number): void {
  m.push(text, start, end);
}

/** Appends source characters that decode to themselves. */
export function emitVerbatim(m: MappedText, src: string, start: number, end: number): void {
  if (end > start) m.pushVerbatim(src.slice(start, end), start);
}

export function textOf(m: MappedText): string {
  return m.text();
}
