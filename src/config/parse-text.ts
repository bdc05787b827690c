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
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}

/** Parses config text by the name it goes by: YAML for `.yaml`/`.yml`, else JSON. */
export function parseConfigText(text: string, name: string): Promise<unknown> {
  return /\.ya?ml$/i.test(name) ? parseYamlConfig(text, name) : parseJsonConfig(text, name);
}
