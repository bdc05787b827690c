// Config text to a plain value: JSON (comments allowed, as in tsconfig.json)
// and YAML, parsed as data, never run. Apart from reading files, so that the
// page (src/browser.ts) reads a pasted config exactly as the CLI reads a file.
import { ConfigError } from './errors.js';
import type { Node as JsonNode } from 'jsonc-parser';

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

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

export async function parseJsonConfig(text: string, name: string): Promise<unknown> {
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

/** Parses config text by the name it goes by: YAML for `.yaml`/`.yml`, else JSON. */
export function parseConfigText(text: string, name: string): Promise<unknown> {
  return /\.ya?ml$/i.test(name) ? parseYamlConfig(text, name) : parseJsonConfig(text, name);
}
