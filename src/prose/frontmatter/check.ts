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
  for (const e of inside) {
    const s = containing(before.strings, e.range[0] - place.contentStart, e.range[1] - place.contentStart);
    if (!s) return false;
    changed.add(formatKeyPath(s.path));
  }
  const sorted = [...inside].sort((a, b) => b.range[0] - a.range[0]);
  let after = source;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (i > 0 && e.range[1] > sorted[i - 1]!.range[0]) return false;
    after = after.slice(0, e.range[0]) + e.text + after.slice(e.range[1]);
  }
  const afterPlace = locateFrontMatter(after);
  if (!afterPlace || afterPlace.language !== place.language) return false;
  // Parsed aside, so the read of the document as it stands is kept.
  const afterRead = parseFrontMatter(afterPlace.language, after.slice(afterPlace.contentStart, afterPlace.contentEnd));
  if (!afterRead.ok) return false;
  return sameValue(before.data, afterRead.data, [], changed);
}
