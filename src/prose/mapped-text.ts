// Text decoded from some source syntax (a quoted YAML scalar, a TOML string,
// a JSX attribute) together with the exact source range of each character, so
// that a finding in the decoded text points back at what the writer typed.

export interface MappedText {
  chars: string[];
  /** `starts[i]`/`ends[i]`: source range (end exclusive) of `chars[i]`. */
  starts: number[];
  ends: number[];
}

export function newMappedText(): MappedText {
  return { chars: [], starts: [], ends: [] };
}

/** Appends `text`, every unit of it mapped to the one source range (an escape
 * sequence, a folded line break, an astral character). */
export function emit(m: MappedText, text: string, start: number, end: number): void {
  for (let i = 0; i < text.length; i++) {
    m.chars.push(text[i]!);
    m.starts.push(start);
    m.ends.push(end);
  }
}

/** Appends source characters that decode to themselves. */
export function emitVerbatim(m: MappedText, src: string, start: number, end: number): void {
  for (let p = start; p < end; p++) {
    m.chars.push(src[p]!);
    m.starts.push(p);
    m.ends.push(p + 1);
  }
}

export function textOf(m: MappedText): string {
  return m.chars.join('');
}

/** Shifts every range by `delta` (a parser's local offsets to document offsets). */
export function shift(m: MappedText, delta: number): MappedText {
  return { chars: m.chars, starts: m.starts.map((s) => s + delta), ends: m.ends.map((e) => e + delta) };
}
