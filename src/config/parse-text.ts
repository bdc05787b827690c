// Config text to a plain value: JSON (comments allowed, as in tsconfig.json)
// and YAML, parsed as data, never run. Apart from reading files, so that the
// page (src/browser.ts) reads a pasted config exactly as the CLI reads a file.
import { ConfigError, type KeyPath, type Locate, type TextPosition } from './errors.js';
import type { Node as JsonNode } from 'jsonc-parser';
import { MAX_CONFIG_DEPTH } from '../shared/limits.js';

const JSON_PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfComment: 'unterminated comment',
};

function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function lineColumn(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `${line}:${column}`;
}

/** Where JSON text first opens an object or array deeper than the limit, or
 * -1. Checked before parsing: jsonc-parser recurses once a level, and a
 * file of 100,000 brackets would overflow the stack (an internal error that
 * stopped the whole run). Strings and comments are skipped. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x2f /* / */ && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 0x2f && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return -1;
}

export async function parseJsonConfig(text: string, name: string): Promise<unknown> {
  const deep = tooDeepAt(text, MAX_CONFIG_DEPTH);
  if (deep >= 0) throw new ConfigError(`${name}:${lineColumn(text, deep)}`, `nested deeper than ${MAX_CONFIG_DEPTH} levels`);
  // Plain JSON, the common case, parses natively (a config with thousands
  // of phrases takes jsonc-parser tens of milliseconds); comments, trailing
  // commas and errors (which need a position) go to jsonc-parser.
  try {
    return (JSON.parse(text) as unknown) ?? {};
  } catch {
    // not plain JSON: read it tolerantly below
  }
  const { parseTree, printParseErrorCode } = await import('jsonc-parser');
  const errors: Array<{ error: number; offset: number }> = [];
  const tree = parseTree(text, errors as Parameters<typeof parseTree>[1], { allowTrailingComma: true, allowEmptyContent: true });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error as Parameters<typeof printParseErrorCode>[0]);
    throw new ConfigError(`${name}:${lineColumn(text, first.offset)}`, `invalid JSON: ${JSON_PROBLEMS[code] ?? code}`);
  }
  return (tree ? valueOf(tree) : undefined) ?? {};
}

/** A JSON syntax tree's value with every key an own property, as JSON.parse
 * makes it. (jsonc-parser's own `parse` assigns keys, so a "__proto__" key
 * would set the object's prototype and slip past the schema.) */
function valueOf(node: JsonNode): unknown {
  if (node.type === 'array') return (node.children ?? []).map(valueOf);
  if (node.type !== 'object') return node.value;
  const out: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) Object.defineProperty(out, String(key.value), { value: valueOf(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export async function parseYamlConfig(text: string, name: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    const problem = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(at ? `${name}:${at.line}:${at.col}` : name, `invalid YAML: ${problem}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // An alias to no anchor, or aliases that multiply into a huge value (an
    // alias bomb): a config error at the alias, not an internal error.
    const { isAlias, visit } = await import('yaml');
    let offset: number | undefined;
    let unresolved: number | undefined;
    visit(doc, (_key, node) => {
      if (!isAlias(node)) return undefined;
      offset ??= node.range?.[0];
      if (node.resolve(doc) === undefined) {
        unresolved = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    });
    const at = unresolved ?? offset;
    const lines = at === undefined ? undefined : text.slice(0, at).split('\n');
    const where = lines ? `${name}:${lines.length}:${lines[lines.length - 1]!.length + 1}` : name;
    const problem = unresolved !== undefined ? 'an alias names no anchor set before it' : error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new ConfigError(where, `invalid YAML: ${problem}`);
  }
}

/** Finds a key path in JSON text: the key of a property, the item of an
 * array (the deepest part of the path that is there). Parsed again only when
 * a problem is to be placed. The last of duplicate keys, as JSON.parse keeps. */
export function jsonLocator(text: string): Locate {
  return async (at: KeyPath) => {
    const { parseTree } = await import('jsonc-parser');
    let node = parseTree(text, [], { allowTrailingComma: true, allowEmptyContent: true });
    let offset = node?.offset;
    for (const segment of at) {
      if (!node) break;
      if (node.type === 'object' && typeof segment === 'string') {
        const property = (node.children ?? []).findLast((p) => p.children?.[0]?.value === segment);
        if (!property) break;
        offset = property.children![0]!.offset;
        node = property.children![1];
      } else if (node.type === 'array' && typeof segment === 'number' && node.children?.[segment]) {
        node = node.children[segment];
        offset = node.offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : positionAt(text, offset);
  };
}

/** The same for YAML text: a map's key, a sequence's item. */
export function yamlLocator(text: string): Locate {
  return async (at: KeyPath) => {
    const { parseDocument, isMap, isScalar, isSeq } = await import('yaml');
    let node: unknown = parseDocument(text).contents;
    let offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    for (const segment of at) {
      if (isMap(node)) {
        const pair = node.items.findLast((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : positionAt(text, offset);
  };
}

/** Finds a key path in config text read by the name it goes by. */
export function configLocator(text: string, name: string): Locate {
  return /\.ya?ml$/i.test(name) ? yamlLocator(text) : jsonLocator(text);
}

/** Parses config text by the name it goes by: YAML for `.yaml`/`.yml`, else JSON. */
export function parseConfigText(text: string, name: string): Promise<unknown> {
  return /\.ya?ml$/i.test(name) ? parseYamlConfig(text, name) : parseJsonConfig(text, name);
}
