// Reads one config file into a plain value. JSON (comments allowed, as in
// tsconfig.json) and YAML are parsed as data and never run code; only
// .js/.mjs files are imported. Any failure is a one-line ConfigError.
import { stripBom } from '../shared/bom.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeFsError } from '../files/discover.js';
import { readSettingsFile } from '../files/read.js';
import { importModule } from '../shared/import-module.js';
import { ConfigError } from './errors.js';
import type { Node as JsonNode } from 'jsonc-parser';

export interface ConfigText {
  /** The config object; for package.json, the value of its "claimlint" key. */
  value: unknown;
  /** Key path prefix for messages ("claimlint" inside package.json). */
  prefix: string[];
}

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

async function readText(file: string, name: string): Promise<string> {
  try {
    return stripBom(readSettingsFile(file));
  } catch (error) {
    throw new ConfigError(name, `cannot read: ${describeFsError(error)}`);
  }
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

async function parseYamlConfig(text: string, name: string): Promise<unknown> {
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

async function importConfig(file: string, name: string): Promise<unknown> {
  try {
    const mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
    return await mod.default;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(name, `cannot load: ${message.split('\n')[0]}`);
  }
}

const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);

/** True for a config that is a JavaScript module: reading it runs it. */
export function isCodeConfig(file: string): boolean {
  return CODE_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/** Reads a config file of any supported kind. `name` is how messages call
 * it. A JavaScript config is imported (run) only when `allowCode` is true. */
export async function readConfigFile(file: string, name: string, allowCode = true): Promise<ConfigText> {
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (isCodeConfig(file)) {
    if (!allowCode) throw new ConfigError(name, 'not loaded: --no-code-config refuses JavaScript configs (use claimlint.config.json or .yaml)');
    return { value: await importConfig(file, name), prefix: [] };
  }
  const text = await readText(file, name);
  if (base === 'package.json') {
    const pkg = await parseJsonConfig(text, name);
    return { value: (pkg as Record<string, unknown>)['claimlint'], prefix: ['claimlint'] };
  }
  if (ext === '.yaml' || ext === '.yml') return { value: await parseYamlConfig(text, name), prefix: [] };
  return { value: await parseJsonConfig(text, name), prefix: [] };
}
