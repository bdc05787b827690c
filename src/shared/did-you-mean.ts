// Suggests the known name closest to a mistyped one, for error messages.
import leven from 'leven';

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = leven(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // A third of the word may be wrong, but never less than two edits' leeway.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const c = closest(name, candidates);
  return c === undefined ? '' : `; did you mean "${c}"?`;
}

/** One line for a value that is not one of a known set: the likely intended
 * one when there is one, else the choices (`more` adds to them). */
export function unknownValue(what: string, value: string, candidates: readonly string[], more = ''): string {
  const c = closest(value, candidates);
  return c !== undefined ? `unknown ${what} "${value}"; did you mean "${c}"?` : `unknown ${what} "${value}"; expected one of: ${candidates.join(', ')}${more}`;
}
