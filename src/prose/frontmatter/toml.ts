// Reads TOML front matter (Hugo's `+++`): every string value with its key path
// and a map from each decoded character to its source characters. The parser
// gives each string's source range; the escapes are decoded here with offsets
// and checked against the parser's value.
import type { AST } from 'toml-eslint-parser';
import { unreadableMessage, type FrontMatterRead, type FrontMatterString, type KeyPath } from './values.js';
import { lazyModule } from '../../shared/lazy-module.js';
import { MappedText } from '../mapped-text.js';

const tomlModule = lazyModule<typeof import('toml-eslint-parser')>('toml-eslint-parser', () => import('toml-eslint-parser'));

export function loadToml(): Promise<unknown> {
  return tomlModule.load();
}

const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** Decodes a string token spanning `src[start, end)`, quotes included. */
function decodeString(src: string, start: number, end: number, basic: boolean, multiline: boolean): MappedText | undefined {
  const m = new MappedText();
  const quote = multiline ? 3 : 1;
  let p = start + quote;
  const stop = end - quote;
  // A line break right after the opening quotes is not part of the value.
  if (multiline && src[p] === '\n') p++;
  else if (multiline && src[p] === '\r' && src[p + 1] === '\n') p += 2;
  while (p < stop) {
    const ch = src[p]!;
    if (ch === '\r' && src[p + 1] === '\n') {
      m.push('\n', p, p + 2);
      p += 2;
      continue;
    }
    if (!basic || ch !== '\\') {
      m.pushSource(src, p, p + 1);
      p++;
      continue;
    }
    const next = src[p + 1] ?? '';
    if (next in ESCAPES) {
      m.push(ESCAPES[next]!, p, p + 2);
      p += 2;
    } else if (next in HEX_LENGTH) {
      const length = HEX_LENGTH[next]!;
      const code = parseInt(src.slice(p + 2, p + 2 + length), 16);
      if (!Number.isFinite(code) || code > 0x10ffff) return undefined;
      m.push(String.fromCodePoint(code), p, p + 2 + length);
      p += 2 + length;
    } else if (multiline) {
      // A backslash ending a line trims the line break and following blanks.
      let q = p + 1;
      while (q < stop && (src[q] === ' ' || src[q] === '\t')) q++;
      if (src[q] !== '\n' && src[q] !== '\r') return undefined;
      while (q < stop && /[ \t\r\n]/.test(src[q]!)) q++;
      p = q;
    } else {
      return undefined;
    }
  }
  return m;
}

type Container = AST.TOMLTopLevelTable | AST.TOMLTable | AST.TOMLInlineTable;

function keyNames(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

function collect(root: AST.TOMLTopLevelTable, src: string): FrontMatterString[] {
  const out: FrontMatterString[] = [];
  const value = (node: AST.TOMLContentNode, path: KeyPath): void => {
    if (node.type === 'TOMLArray') {
      node.elements.forEach((el, i) => value(el, [...path, i]));
    } else if (node.type === 'TOMLInlineTable') {
      table(node, path);
    } else if (node.kind === 'string') {
      const [start, end] = node.range;
      const text = decodeString(src, start, end, node.style === 'basic', node.multiline);
      if (!text || text.text() !== node.value) return;
      out.push({ path, value: node.value, text, quoting: { syntax: 'toml', style: node.style, multiline: node.multiline }, start, end });
    }
  };
  const table = (node: Container, path: KeyPath): void => {
    for (const entry of node.body) {
      if (entry.type === 'TOMLTable') table(entry, entry.resolvedKey);
      else value(entry.value, [...path, ...keyNames(entry.key)]);
    }
  };
  table(root, []);
  return out;
}

export function readTomlFrontMatter(src: string): FrontMatterRead {
  const toml = tomlModule.get();
  let program: AST.TOMLProgram;
  try {
    program = toml.parseTOML(src);
  } catch (error) {
    const offset = error instanceof toml.ParseError ? error.index : 0;
    const why = (error as Error).message.split('\n')[0]!;
    return { ok: false, problem: { message: unreadableMessage('TOML', why), offset } };
  }
  return { ok: true, strings: collect(program.body[0], src), data: toml.getStaticTOMLValue(program) };
}
