// Checks a value against the subset of JSON Schema that src/config/schema.ts
// uses, and words the first problem for a person: the key path, what was
// expected, what was found. Hand-rolled rather than a general validator so the
// message is exact and nothing heavy loads on every run.
import leven from 'leven';
import { closest, didYouMean } from '../shared/did-you-mean.js';
import type { JsonSchema } from './json-schema.js';

export interface SchemaProblem {
  /** Key path: `rules.hype`, `phrases[0].match`; empty for the whole file. */
  path: string;
  /** The same, as keys and indexes (to find its line in the file). */
  at: Segment[];
  message: string;
}

type Segment = string | number;

export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[\w$*/@:-]+$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** A value as shown after "got": its kind, never its content. A config
 * file may be a link to a credentials file or an environment dump, and a
 * message naming what it holds would print the secret in a CI log. */
export function describeValue(v: unknown, expectedOneOf = false): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return expectedOneOf ? 'another string' : 'a string';
  if (typeof v === 'number') return expectedOneOf ? 'another number' : 'a number';
  if (typeof v === 'function') return 'a function';
  if (v === undefined) return 'nothing';
  return String(v);
}

/** `; did you mean "off"?` for a value one slip from a word ("of"), not for
 * any short word two edits from another ("fr" is not "us"). */
function nearMiss(value: string, words: readonly string[]): string {
  const c = closest(value, words);
  return c !== undefined && leven(value.toLowerCase(), c.toLowerCase()) <= Math.max(1, Math.floor(value.length / 3)) ? `; did you mean "${c}"?` : '';
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
};

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/** The key path of the first value nested deeper than `max` (objects and
 * arrays in one another), or undefined. Walked without recursion: the value
 * may be nested deeper than the stack allows. */
export function tooDeep(value: unknown, max: number, prefix: readonly Segment[] = []): Segment[] | undefined {
  const stack: Array<{ value: unknown; at: Segment[] }> = [{ value, at: [...prefix] }];
  while (stack.length > 0) {
    const { value: v, at } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (at.length - prefix.length >= max) return at;
    const entries: Array<[Segment, unknown]> = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], at: [...at, entries[i]![0]] });
  }
  return undefined;
}

export class SchemaValidator {
  constructor(private readonly root: JsonSchema) {}

  private resolve(s: JsonSchema): JsonSchema {
    let cur = s;
    while (cur.$ref) {
      const name = cur.$ref.replace(/^#\/definitions\//, '');
      const target = this.root.definitions?.[name];
      if (!target) throw new Error(`schema: unknown $ref ${cur.$ref}`);
      cur = target;
    }
    return cur;
  }

  /** Words what a schema accepts: `"off" | "warn" | "error"`, `a string`. */
  expected(schema: JsonSchema): string {
    const s = this.resolve(schema);
    if (s['x-expected']) return s['x-expected'];
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (s.anyOf) return s.anyOf.map((b) => this.expected(b)).join(' or ');
    if (s.type === 'array' && s.items && !Array.isArray(s.items)) {
      const item = this.resolve(s.items as JsonSchema);
      if (item.type === 'string') return 'an array of strings';
      if (item.type === 'object') return 'an array of objects';
    }
    return s.type ? TYPE_WORDS[s.type]! : 'a value';
  }

  /** Could the value be meant for this schema? Picks the anyOf branch to blame. */
  private accepts(schema: JsonSchema, v: unknown): boolean {
    const s = this.resolve(schema);
    if (s.enum) return s.enum.some((e) => typeOf(e) === typeOf(v));
    if (s.anyOf) return s.anyOf.some((b) => this.accepts(b, v));
    return s.type === undefined || s.type === typeOf(v);
  }

  /** The first problem, or undefined when the value is valid. */
  check(value: unknown, schema: JsonSchema = this.root, at: Segment[] = []): SchemaProblem | undefined {
    const s = this.resolve(schema);
    const fail = (message: string, where: Segment[] = at): SchemaProblem => ({ path: formatPath(where), at: where, message });
    const mismatch = () => {
      // A near miss of one of a few words is named by the word it misses, not by what it is.
      const words = s.enum && typeof value === 'string' ? nearMiss(value, s.enum.filter((e): e is string => typeof e === 'string')) : '';
      const sameKind = (s.enum !== undefined && s.enum.some((e) => typeOf(e) === typeOf(value))) || (s.pattern !== undefined && typeof value === 'string');
      return fail(`expected ${this.expected(schema)}, got ${describeValue(value, sameKind)}${words}`);
    };
    if (s.anyOf) {
      const fitting = s.anyOf.filter((b) => this.accepts(b, value));
      if (fitting.length === 0) return mismatch();
      let first: SchemaProblem | undefined;
      for (const b of fitting) {
        const p = this.check(value, b, at);
        if (!p) return undefined;
        first ??= p;
      }
      return first;
    }
    if (s.enum) return s.enum.includes(value) ? undefined : mismatch();
    if (s.type && typeOf(value) !== s.type) return mismatch();
    if (typeof value === 'string') {
      if (s.minLength !== undefined && value.length < s.minLength) return fail('expected a non-empty string');
      if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) return mismatch();
    }
    if (Array.isArray(value)) {
      if (s.minItems !== undefined && value.length < s.minItems) {
        return fail(`expected at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}, got an empty array`);
      }
      if (s.maxItems !== undefined && value.length > s.maxItems) {
        return fail(`expected at most ${s.maxItems} items, got ${value.length}`);
      }
      for (let i = 0; i < value.length; i++) {
        const item = Array.isArray(s.items) ? (s.items as JsonSchema[])[i] : (s.items as JsonSchema | undefined);
        if (!item) continue;
        const p = this.check(value[i], item, [...at, i]);
        if (p) return p;
      }
    }
    if (s.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      // Only own keys count, as in JSON: an object with a prototype of its
      // own (`{ __proto__: {...} }` in a JavaScript config) would otherwise
      // hand the config keys no check has seen.
      const proto: unknown = Object.getPrototypeOf(obj);
      if (proto !== Object.prototype && proto !== null) return fail('unknown key', [...at, '__proto__']);
      for (const key of s.required ?? []) {
        if (!Object.hasOwn(obj, key)) return fail(`missing required key "${key}"`);
      }
      for (const [key, v] of Object.entries(obj)) {
        // hasOwn: "constructor" or "__proto__" must not find Object.prototype's.
        const prop = s.properties && Object.hasOwn(s.properties, key) ? s.properties[key] : undefined;
        if (prop) {
          const p = this.check(v, prop, [...at, key]);
          if (p) return p;
        } else if (s.additionalProperties === false) {
          return fail(`unknown key${didYouMean(key, Object.keys(s.properties ?? {}))}`, [...at, key]);
        } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
          const p = this.check(v, s.additionalProperties, [...at, key]);
          if (p) return p;
        }
      }
    }
    return undefined;
  }
}
