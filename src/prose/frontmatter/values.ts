// What the front matter readers (YAML, TOML) hand on: each string value with
// its key path, its decoded text mapped to source offsets, and how it is
// quoted, so a rewrite can be written back in the same style.
import type { MappedText } from '../mapped-text.js';
import type { Quoting } from '../quoting.js';

/** Keys and list indexes from the root to a value: `['faq', 0, 'answer']`. */
export type KeyPath = ReadonlyArray<string | number>;

export interface FrontMatterString {
  path: KeyPath;
  value: string;
  /** The decoded value, offsets relative to the front matter's own text. */
  text: MappedText;
  quoting: Quoting;
  /** Source range of the whole scalar, quotes and block header included. */
  start: number;
  end: number;
}

/** A front matter block that could not be read, and where. */
export interface FrontMatterProblem {
  message: string;
  /** Offset in the front matter's own text. */
  offset: number;
}

export type FrontMatterRead =
  | { ok: true; strings: FrontMatterString[]; data: unknown }
  | { ok: false; problem: FrontMatterProblem };

/** `sections[0].items[1].description`, as messages and patterns spell it. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The one-line warning for front matter that could not be read. */
export function unreadableMessage(language: 'YAML' | 'TOML', reason: string): string {
  // Parsers that recurse report runaway nesting as a stack overflow; say what it means.
  if (/Maximum call stack/i.test(reason)) return 'front matter is nested too deeply to read; it was not linted';
  return `front matter is not valid ${language}: ${reason}`;
}
