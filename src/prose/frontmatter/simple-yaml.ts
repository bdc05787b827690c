// Reads the YAML front matter clinic and documentation sites mostly carry
// without the `yaml` package: top-level `key: value` lines, a key's list of
// scalars or of small mappings (an FAQ's `- question: ...` / `answer: ...`),
// one level of nested keys, one-line flow lists of scalars (`tags: [a, "b"]`).
// Values are one-line scalars: plain, single-quoted, or double-quoted with no
// escape but `\"` and `\\`. On a dense clinic page the full parser (lexer,
// parser, composer) was a twentieth of the run, and a front matter fix is
// checked by parsing again.
//
// What it returns is what yaml.ts returns from the `yaml` package for the same
// text: the same strings, paths, maps and offsets, and the same data, plain
// scalars resolved by YAML 1.2's core schema as the package resolves them
// (tests/unit/simple-yaml.test.ts holds the two equal on generated front
// matter). Anything else, however valid, returns undefined and the package
// reads it: a wrong answer here would misplace a finding or a fix.
import type { FrontMatterRead, FrontMatterString, KeyPath } from './values.js';

import { decodeFlowScalar } from './yaml-scalar.js';
import { KEY, NOT_STRING_KEYS, plainText } from './plain-yaml.js';


// YAML 1.2 core schema, as the `yaml` package's schema/core resolves a plain scalar.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function resolvePlain(s: string): unknown {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** A scalar as read: its value and, for a string, where it stands and how it is quoted. */
interface Scalar {
  value: unknown;
  style: 'plain' | 'single' | 'double';
  start: number;
  end: number;
}

class Unsupported extends Error {}

function fail(): never {
  throw new Unsupported();
}

interface Line {
  start: number;
  indent: number;
  /** The line without its indent or trailing spaces. */
  body: string;
}

/** A plain scalar that starts with no indicator (a `-` only before a
 * character, as in `-5`) and holds no `: ` or ` #`: one that cannot start a
 * list, a mapping, a comment or anything else. In a flow list it holds no
 * flow indicator either. */
function plainOk(value: string, flow: boolean): boolean {
  if (value === '' || /^[?:,[\]{}#&*!|>'"%@`]/.test(value) || /^-(?: |$)/.test(value)) return false;
  if (/:(?: |$)| #/.test(value)) return false;
  return !flow || !/[,[\]{}]/.test(value);
}

/** The quoted scalar starting at `text[at]`: its end (after the closing
 * quote). Double quotes allow only `\"` and `\\` as escapes. */
function quotedEnd(text: string, at: number): number {
  const q = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (q === '"' && c === '\\') {
      const next = text[i + 1];
      if (next !== '"' && next !== '\\') fail();
      i++;
    } else if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return fail();
}

class Reader {
  readonly strings: FrontMatterString[] = [];

  constructor(private readonly src: string) {}

  /** The string a scalar holds, recorded with its path; other values as they are. */
  private take(s: Scalar, path: KeyPath, flow: boolean): unknown {
    if (typeof s.value !== 'string') return s.value;
    const text = decodeFlowScalar(s.style, this.src, s.start, s.end);
    if (!text || text.text() !== s.value) fail();
    this.strings.push({ path, value: s.value, text, quoting: { syntax: 'yaml', style: s.style, flow }, start: s.start, end: s.end });
    return s.value;
  }

  /** The one-line scalar `body` (at source offset `at`), which must be all of it. */
  scalar(body: string, at: number): Scalar {
    const c = body[0];
    if (c === '"' || c === "'") {
      if (quotedEnd(body, 0) !== body.length) fail();
      const inner = body.slice(1, -1);
      const value = c === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(["\\])/g, '$1');
      return { value, style: c === '"' ? 'double' : 'single', start: at, end: at + body.length };
    }
    if (!plainOk(body, false)) fail();
    return { value: resolvePlain(body), style: 'plain', start: at, end: at + body.length };
  }

  /** A value on a key's line or a list item's: a scalar, or a one-line flow list. */
  value(body: string, at: number, path: KeyPath): unknown {
    if (body[0] !== '[') return this.take(this.scalar(body, at), path, false);
    const items: unknown[] = [];
    let i = 1;
    const skip = () => {
      while (body[i] === ' ') i++;
    };
    skip();
    if (body[i] === ']') {
      if (i + 1 !== body.length) fail();
      return items;
    }
    for (;;) {
      skip();
      const from = i;
      let s: Scalar;
      if (body[i] === '"' || body[i] === "'") {
        i = quotedEnd(body, i);
        s = this.scalar(body.slice(from, i), at + from);
      } else {
        while (i < body.length && body[i] !== ',' && body[i] !== ']') i++;
        const raw = body.slice(from, i).replace(/ +$/, '');
        if (!plainOk(raw, true)) fail();
        s = { value: resolvePlain(raw), style: 'plain', start: at + from, end: at + from + raw.length };
      }
      items.push(this.take(s, [...path, items.length], true));
      skip();
      if (body[i] === ',') {
        i++;
        continue;
      }
      if (body[i] === ']' && i + 1 === body.length) return items;
      fail();
    }
  }
}

/** `key: rest` split at its colon, the key checked new in `keys`; rest is '' for `key:`. */
function pair(body: string, keys: Set<string>): { key: string; rest: string; restAt: number } {
  const colon = body.indexOf(':');
  if (colon <= 0) fail();
  const key = body.slice(0, colon);
  if (!KEY.test(key) || NOT_STRING_KEYS.has(key.toLowerCase()) || keys.has(key)) fail();
  keys.add(key);
  const after = body.slice(colon + 1);
  if (after === '') return { key, rest: '', restAt: colon + 1 };
  if (after[0] !== ' ') fail();
  const rest = after.replace(/^ +/, '');
  return { key, rest, restAt: colon + 1 + (after.length - rest.length) };
}

/** Whether `body` opens with a key and its colon (`key: ...` or `key:`). */
function startsPair(body: string): boolean {
  const colon = body.indexOf(':');
  return colon > 0 && KEY.test(body.slice(0, colon)) && (colon + 1 === body.length || body[colon + 1] === ' ');
}

function splitLines(src: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of src.split('\n')) {
    // Only ASCII spaces indent: a no-break space is content to YAML.
    const indent = /^ */.exec(raw)![0].length;
    const body = raw.slice(indent).replace(/ +$/, '');
    // Blank lines and whole-line comments change nothing.
    if (body !== '' && body[0] !== '#') lines.push({ start, indent, body });
    start += raw.length + 1;
  }
  return lines;
}

/** Reads `src` (the text between the front matter fences), or undefined when
 * it is not of the simple shape above. */
export function readSimpleYaml(src: string): FrontMatterRead | undefined {
  // No tab or carriage return (indentation and line ends stay simple), and
  // no character YAML refuses or reads otherwise.
  if (src.includes('\r') || !plainText(src)) return undefined;
  try {
    return read(src);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function read(src: string): FrontMatterRead {
  const lines = splitLines(src);
  if (lines.length === 0) fail();
  const r = new Reader(src);
  const data: Record<string, unknown> = {};
  const keys = new Set<string>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++]!;
    if (line.indent !== 0) fail();
    const { key, rest, restAt } = pair(line.body, keys);
    if (rest !== '') {
      data[key] = r.value(rest, line.start + restAt, [key]);
      continue;
    }
    // A key with no value on its line: null, or the block below it.
    const block: Line[] = [];
    while (i < lines.length && (lines[i]!.indent > 0 || lines[i]!.body.startsWith('- ') || lines[i]!.body === '-')) block.push(lines[i++]!);
    data[key] = block.length === 0 ? null : readBlock(r, block, [key]);
  }
  return { ok: true, strings: r.strings, data };
}

/** A key's block: a list of scalars or small mappings, or a mapping of scalars. */
function readBlock(r: Reader, block: readonly Line[], path: KeyPath): unknown {
  const indent = block[0]!.indent;
  if (block[0]!.body.startsWith('- ')) {
    const items: unknown[] = [];
    let i = 0;
    while (i < block.length) {
      const line = block[i++]!;
      if (line.indent !== indent || !line.body.startsWith('- ') || line.body[2] === ' ') fail();
      const content = line.body.slice(2);
      const at = line.start + line.indent + 2;
      const itemPath = [...path, items.length];
      // `- key: value` starts a mapping; its other keys follow at the key's column.
      if (startsPair(content)) {
        const item: Record<string, unknown> = {};
        const keys = new Set<string>();
        const first = pair(content, keys);
        if (first.rest === '') fail();
        item[first.key] = r.value(first.rest, at + first.restAt, [...itemPath, first.key]);
        while (i < block.length && block[i]!.indent === indent + 2 && !block[i]!.body.startsWith('-')) {
          const more = block[i++]!;
          const p = pair(more.body, keys);
          if (p.rest === '') fail();
          item[p.key] = r.value(p.rest, more.start + more.indent + p.restAt, [...itemPath, p.key]);
        }
        items.push(item);
      } else {
        if (content[0] === '[') fail();
        items.push(r.value(content, at, itemPath));
      }
    }
    return items;
  }
  if (indent === 0) fail();
  const map: Record<string, unknown> = {};
  const keys = new Set<string>();
  for (const line of block) {
    if (line.indent !== indent) fail();
    const p = pair(line.body, keys);
    if (p.rest === '') fail();
    map[p.key] = r.value(p.rest, line.start + line.indent + p.restAt, [...path, p.key]);
  }
  return map;
}
