// The suppressions file and the claims register are JSON, read as data and
// never run. Each value keeps its place in the file, so a problem found after
// parsing ("count must be a whole number") still names the line it is on.
import { parseTree, printParseErrorCode, type Node as JsonNode } from 'jsonc-parser';
import { readSettingsFile } from '../files/read.js';
import { describeFsError } from '../files/discover.js';

import { DataFileError } from './data-file-error.js';

export { DataFileError };

/** A parsed JSON value with the line it starts on. */
export interface Located {
  node: JsonNode;
  line: number;
}

export class DataFile {
  private readonly lineStarts: number[] = [0];

  constructor(
    /** The name problems are reported under (relative to the working directory). */
    readonly name: string,
    readonly text: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  fail(node: JsonNode | undefined, problem: string): never {
    throw new DataFileError(this.name, node ? this.lineOf(node.offset) : undefined, problem);
  }

  /** The top-level value; comments and trailing commas are refused (plain JSON, as the tool writes it). */
  root(): JsonNode {
    const errors: Array<{ error: number; offset: number }> = [];
    const tree = parseTree(this.text, errors as Parameters<typeof parseTree>[1], { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (first) {
      const code = printParseErrorCode(first.error as Parameters<typeof printParseErrorCode>[0]);
      throw new DataFileError(this.name, this.lineOf(first.offset), `invalid JSON: ${code}`);
    }
    if (!tree) throw new DataFileError(this.name, 1, 'empty file');
    return tree;
  }

  /** An object's properties in order; a key given twice is refused (JSON.parse would keep the last silently). */
  properties(node: JsonNode, what: string): Array<{ key: string; value: JsonNode; keyNode: JsonNode }> {
    if (node.type !== 'object') this.fail(node, `${what} must be an object`);
    const seen = new Set<string>();
    const out: Array<{ key: string; value: JsonNode; keyNode: JsonNode }> = [];
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode || !value) this.fail(property, `${what}: a key without a value`);
      const key = String(keyNode.value);
      if (seen.has(key)) this.fail(keyNode, `${what}: "${key}" is given twice`);
      seen.add(key);
      out.push({ key, value, keyNode });
    }
    return out;
  }

  items(node: JsonNode, what: string): JsonNode[] {
    if (node.type !== 'array') this.fail(node, `${what} must be an array`);
    return node.children ?? [];
  }

  string(node: JsonNode, what: string, maxLength: number): string {
    if (node.type !== 'string') this.fail(node, `${what} must be a string`);
    const value = String(node.value);
    if (value.trim() === '') this.fail(node, `${what} must not be empty`);
    if (value.length > maxLength) this.fail(node, `${what} is longer than ${maxLength} characters`);
    return value;
  }

  wholeNumber(node: JsonNode, what: string, min: number, max: number): number {
    const value = node.value as unknown;
    if (node.type !== 'number' || typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(node, `${what} must be a whole number from ${min} to ${max}`);
    }
    return value;
  }

  /** Refuses keys other than `allowed`, naming the first with its line. */
  onlyKeys(props: ReadonlyArray<{ key: string; keyNode: JsonNode }>, allowed: readonly string[], what: string): void {
    for (const p of props) {
      if (!allowed.includes(p.key)) this.fail(p.keyNode, `${what}: unknown key "${p.key}" (expected ${allowed.map((k) => `"${k}"`).join(', ')})`);
    }
  }
}

/** Reads a data file, bounded in size; `undefined` when it does not exist. */
export function readDataFile(filePath: string, name: string, maxBytes: number): DataFile | undefined {
  let text: string;
  try {
    text = readSettingsFile(filePath, maxBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataFileError(name, undefined, `cannot read: ${describeFsError(error)}`);
  }
  // A file saved by an editor that adds a byte-order mark is still JSON.
  return new DataFile(name, text.replace(/^\uFEFF/, ''));
}
