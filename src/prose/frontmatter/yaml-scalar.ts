// Decodes one YAML scalar from its source characters, keeping the source range
// of every decoded character: an escape maps to its whole escape sequence, a
// folded line break to the line break, indentation to nothing. The folding
// follows the `yaml` package's own resolver step by step, so the caller can
// check the result against the value the package composed and trust the map.
import { MappedText } from '../mapped-text.js';

export type YamlScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** The source range of the line break whose `\n` is at `nl` (with its `\r`). */
function breakRange(src: string, nl: number): [number, number] {
  return [src[nl - 1] === '\r' ? nl - 1 : nl, nl + 1];
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Line folding of plain and single-quoted scalars over `src[from, to)`. */
function unfoldLines(m: MappedText, src: string, from: number, to: number): void {
  const breaks: number[] = [];
  for (let p = from; p < to; p++) if (src[p] === '\n') breaks.push(p);
  if (breaks.length === 0) {
    m.pushSource(src, from, to);
    return;
  }
  const contentEnd = (nl: number) => (src[nl - 1] === '\r' && nl - 1 >= from ? nl - 1 : nl);
  let end = contentEnd(breaks[0]!);
  while (end > from && isBlank(src[end - 1])) end--;
  m.pushSource(src, from, end);
  let sep = ' ';
  for (let k = 1; k <= breaks.length; k++) {
    const [bs, be] = breakRange(src, breaks[k - 1]!);
    const lineStart = breaks[k - 1]! + 1;
    let s = lineStart;
    while (isBlank(src[s]) && s < to) s++;
    if (k === breaks.length) {
      // The last line keeps its trailing blanks (the resolver trims only its start).
      m.push(sep, bs, be);
      m.pushSource(src, s, to);
      return;
    }
    let e = contentEnd(breaks[k]!);
    while (e > s && isBlank(src[e - 1])) e--;
    if (e <= s) {
      if (sep === '\n') m.push('\n', bs, be);
      else sep = '\n';
      continue;
    }
    m.push(sep, bs, be);
    m.pushSource(src, s, e);
    sep = ' ';
  }
}

function decodePlain(src: string, start: number, end: number): MappedText {
  const m = new MappedText();
  unfoldLines(m, src, start, end);
  return m;
}

function decodeSingleQuoted(src: string, start: number, end: number): MappedText {
  const folded = new MappedText();
  unfoldLines(folded, src, start + 1, end - 1);
  // `''` is one quote; a fold never puts two quotes side by side.
  const m = new MappedText();
  for (let i = 0; i < folded.length; i++) {
    if (folded.charAt(i) === "'" && folded.charAt(i + 1) === "'") {
      m.push("'", folded.startAt(i), folded.endAt(i + 1));
      i++;
    } else {
      m.push(folded.charAt(i), folded.startAt(i), folded.endAt(i));
    }
  }
  return m;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** Returns undefined on an escape the resolver would reject (the document
 * then has errors and is not linted anyway). */
function decodeDoubleQuoted(src: string, start: number, end: number): MappedText | undefined {
  const m = new MappedText();
  const last = end - 1;
  for (let i = start + 1; i < last; i++) {
    const ch = src[i]!;
    if (ch === '\r' && src[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      const folds: Array<[number, number]> = [];
      let j = i;
      for (let c = src[j + 1]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = src[j + 1]) {
        if (c === '\r' && src[j + 2] !== '\n') break;
        if (c === '\n') {
          fold += '\n';
          folds.push(breakRange(src, j + 1));
        }
        j++;
      }
      if (fold === '') m.push(' ', ...breakRange(src, i));
      else folds.forEach(([s, e]) => m.push('\n', s, e));
      i = j;
      continue;
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === undefined) return undefined;
      const simple = ESCAPES[next];
      if (simple !== undefined) {
        m.push(simple, i, i + 2);
        i++;
      } else if (next === '\n' || (next === '\r' && src[i + 2] === '\n')) {
        // An escaped line break joins the lines without a space.
        i += next === '\n' ? 1 : 2;
        while (isBlank(src[i + 1])) i++;
      } else if (next in HEX_LENGTH) {
        const length = HEX_LENGTH[next]!;
        const hex = src.slice(i + 2, i + 2 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        m.push(String.fromCodePoint(code), i, i + 2 + length);
        i += 1 + length;
      } else {
        return undefined;
      }
      continue;
    }
    if (isBlank(ch)) {
      // Blanks before a line break are dropped.
      const wsStart = i;
      while (isBlank(src[i + 1])) i++;
      const after = src[i + 1];
      if (after !== '\n' && !(after === '\r' && src[i + 2] === '\n')) m.pushSource(src, wsStart, i + 1);
      continue;
    }
    // A run of characters that stand for themselves, added whole.
    let j = i + 1;
    while (j < last && !isBlank(src[j]) && src[j] !== '\\' && src[j] !== '\n' && src[j] !== '\r') j++;
    m.pushSource(src, i, j);
    i = j - 1;
  }
  return m;
}

export interface BlockHeader {
  mode: '|' | '>';
  /** Explicit indentation indicator, 0 when absent. */
  indent: number;
  chomp: '' | '-' | '+';
}

export function parseBlockHeader(header: string): BlockHeader | undefined {
  const match = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?$/.exec(header);
  if (!match) return undefined;
  const indent = Number(match[2] ?? match[5] ?? 0);
  const chomp = (match[3] ?? match[4] ?? '') as BlockHeader['chomp'];
  return { mode: match[1] as BlockHeader['mode'], indent, chomp };
}

interface BlockLine {
  /** Offset of the line's first character. */
  start: number;
  indent: number;
  /** Content after the indentation, without a trailing `\r`. */
  contentStart: number;
  contentEnd: number;
  /** Offset of the `\n` ending the line, or -1 for the last line. */
  nl: number;
}

function splitBlockLines(src: string, from: number, to: number): BlockLine[] {
  const lines: BlockLine[] = [];
  let start = from;
  while (start <= to) {
    let nl = src.indexOf('\n', start);
    if (nl === -1 || nl >= to) nl = -1;
    const lineEnd = nl === -1 ? to : nl;
    let p = start;
    while (p < lineEnd && src[p] === ' ') p++;
    lines.push({ start, indent: p - start, contentStart: p, contentEnd: lineEnd, nl });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Literal `|` and folded `>` scalars. `bodyStart` is where the line after the
 * header begins; `parentIndent` is the CST token's indent. */
function decodeBlock(src: string, header: BlockHeader, parentIndent: number, bodyStart: number, bodyEnd: number): MappedText {
  const m = new MappedText();
  if (bodyEnd <= bodyStart) return m;
  const lines = splitBlockLines(src, bodyStart, bodyEnd);
  const isEmpty = (l: BlockLine) => l.contentEnd === l.contentStart || (l.contentEnd - l.contentStart === 1 && src[l.contentStart] === '\r');
  const crlfTrimmedEnd = (l: BlockLine) => (l.contentEnd > l.contentStart && src[l.contentEnd - 1] === '\r' ? l.contentEnd - 1 : l.contentEnd);
  const before = (i: number): [number, number] => breakRange(src, lines[i - 1]!.nl);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && isEmpty(lines[i]!); i--) chompStart = i;
  if (chompStart === 0) {
    if (header.chomp === '+' && lines.length > 0) m.push('\n'.repeat(Math.max(1, lines.length - 1)), bodyEnd, bodyEnd);
    return m;
  }
  let trimIndent = parentIndent + header.indent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; i++) {
    const l = lines[i]!;
    if (isEmpty(l)) {
      if (header.indent === 0 && l.indent > trimIndent) trimIndent = l.indent;
    } else {
      if (header.indent === 0) trimIndent = l.indent;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; i--) if (lines[i]!.indent > trimIndent) chompStart = i + 1;
  // Leading empty lines keep any blanks past the indentation.
  for (let i = 0; i < contentStart; i++) {
    const l = lines[i]!;
    m.pushSource(src, l.start + Math.min(trimIndent, l.indent), l.start + l.indent);
    m.push('\n', ...breakRange(src, l.nl));
  }
  let sep = '';
  let prevMoreIndented = false;
  for (let i = contentStart; i < chompStart; i++) {
    const l = lines[i]!;
    const end = crlfTrimmedEnd(l);
    const extraIndent = () => m.pushSource(src, l.start + Math.min(trimIndent, l.indent), l.start + l.indent);
    const sepAt = (text: string) => {
      if (text) m.push(text, ...before(i));
    };
    if (header.mode === '|') {
      sepAt(sep);
      extraIndent();
      m.pushSource(src, l.contentStart, end);
      sep = '\n';
    } else if (l.indent > trimIndent || src[l.contentStart] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      sepAt(sep);
      extraIndent();
      m.pushSource(src, l.contentStart, end);
      sep = '\n';
      prevMoreIndented = true;
    } else if (end === l.contentStart) {
      if (sep === '\n') sepAt('\n');
      else sep = '\n';
    } else {
      sepAt(sep);
      m.pushSource(src, l.contentStart, end);
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  const lastBreak = (): [number, number] => {
    const l = lines[chompStart - 1]!;
    return l.nl === -1 ? [bodyEnd, bodyEnd] : breakRange(src, l.nl);
  };
  if (header.chomp === '') {
    m.push('\n', ...lastBreak());
  } else if (header.chomp === '+') {
    for (let i = chompStart; i < lines.length; i++) {
      m.push('\n', ...before(i));
      const l = lines[i]!;
      m.pushSource(src, l.start + Math.min(trimIndent, l.indent), l.start + l.indent);
    }
    if (m.charAt(m.length - 1) !== '\n') m.push('\n', bodyEnd, bodyEnd);
  }
  return m;
}

/** A flow scalar (`plain`, `single`, `double`) spanning `src[start, end)`. */
export function decodeFlowScalar(style: 'plain' | 'single' | 'double', src: string, start: number, end: number): MappedText | undefined {
  if (style === 'plain') return decodePlain(src, start, end);
  if (style === 'single') return decodeSingleQuoted(src, start, end);
  return decodeDoubleQuoted(src, start, end);
}

export function decodeBlockScalar(
  src: string,
  header: BlockHeader,
  parentIndent: number,
  bodyStart: number,
  bodyEnd: number,
): MappedText {
  return decodeBlock(src, header, parentIndent, bodyStart, bodyEnd);
}
