// Guards fixes inside front matter: after the edits, the front matter must
// still parse, to the same structure, with only the edited string values
// changed (and still strings). Any fix code can call this to discard an edit
// that would break a page's metadata.
import { locateFrontMatter, parseFrontMatter, readFrontMatter } from './read.js';
import { formatKeyPath, type FrontMatterString, type KeyPath } from './values.js';
import type { TextEdit } from '../../shared/lint-result.js';

function sameValue(a: unknown, b: unknown, path: KeyPath, changed: ReadonlySet<string>): boolean {
  if (changed.has(formatKeyPath(path))) return typeof a === 'string' && typeof b === 'string';
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i], [...path, i], changed));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
    return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], changed));
  }
  return Object.is(a, b);
}

/** Text a double-quoted YAML scalar reads as it stands: no quote, no
 * backslash, no control character, no character YAML may take for a line break. */
const AS_IT_STANDS = /^[^"\\\u0000-\u001f\u007f\u0085\u2028\u2029]*$/;

/** Characters that start an anchor or an alias (or merely stand in a value). */
const ANCHOR_OR_ALIAS = /[&*]/;

/** What may stand right before a scalar with no anchor or tag: a key's
 * colon, a list's dash, a flow collection's bracket, brace or comma. */
const AFTER_INDICATOR = new Set([':', '-', '[', '{', ',']);

/**
 * Whether `edit` replaces words strictly inside the quotes of `s`, a
 * double-quoted YAML scalar on one line with no escape in it and no tag
 * before it, by text that reads as it stands (in front matter with no anchor
 * or alias: checkFrontMatterEdits). The scalar then reads as its old value with those
 * words replaced, and nothing else in the front matter changes: parsing it
 * again (most of the cost of a fix in front matter) could tell no more.
 */
function plainInDoubleQuotes(source: string, contentStart: number, s: FrontMatterString, edit: TextEdit): boolean {
  if (s.quoting.syntax !== 'yaml' || s.quoting.style !== 'double') return false;
  const open = contentStart + s.start;
  const close = contentStart + s.end - 1;
  if (source[open] !== '"' || source[close] !== '"' || edit.range[0] <= open || edit.range[1] > close) return false;
  let before = open - 1;
  while (source[before] === ' ') before--;
  if (!AFTER_INDICATOR.has(source[before] ?? '')) return false;
  return AS_IT_STANDS.test(source.slice(open + 1, close)) && AS_IT_STANDS.test(edit.text);
}

function containing(strings: readonly FrontMatterString[], start: number, end: number): FrontMatterString | undefined {
  return strings.find((s) => s.start <= start && end <= s.end);
}

/** True when applying `edits` to `source` leaves its front matter valid, of
 * the same shape, with only the string values the edits fall in changed.
 * Edits outside the front matter are not this check's concern. */
export function checkFrontMatterEdits(source: string, edits: readonly TextEdit[]): boolean {
  const place = locateFrontMatter(source);
  if (!place) return true;
  const inside = edits.filter((e) => e.range[0] <= place.end);
  if (inside.length === 0) return true;
  if (inside.some((e) => e.range[0] < place.contentStart || e.range[1] > place.contentEnd || e.range[1] < e.range[0])) return false;
  // The engine has just read it: readFrontMatter keeps that read.
  const before = readFrontMatter(place.language, source.slice(place.contentStart, place.contentEnd));
  if (!before.ok) return false;
  const changed = new Set<string>();
  // An anchor may stand on the value or on any map or list around it, and
  // an alias anywhere repeats it: front matter with either is parsed again.
  let plain = !ANCHOR_OR_ALIAS.test(source.slice(place.contentStart, place.contentEnd));
  for (const e of inside) {
    const s = containing(before.strings, e.range[0] - place.contentStart, e.range[1] - place.contentStart);
    if (!s) return false;
    changed.add(formatKeyPath(s.path));
    plain &&= plainInDoubleQuotes(source, place.contentStart, s, e);
  }
  const sorted = [...inside].sort((a, b) => b.range[0] - a.range[0]);
  let after = source;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (i > 0 && e.range[1] > sorted[i - 1]!.range[0]) return false;
    after = after.slice(0, e.range[0]) + e.text + after.slice(e.range[1]);
  }
  if (plain) return true;
  const afterPlace = locateFrontMatter(after);
  if (!afterPlace || afterPlace.language !== place.language) return false;
  // Parsed aside, so the read of the document as it stands is kept.
  const afterRead = parseFrontMatter(afterPlace.language, after.slice(afterPlace.contentStart, afterPlace.contentEnd));
  if (!afterRead.ok) return false;
  return sameValue(before.data, afterRead.data, [], changed);
}
