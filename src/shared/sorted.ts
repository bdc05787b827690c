// A binary search both the fast parser (offsets to lines) and the source
// maps (units to runs) make, over numbers in ascending order.

/** The index of the last entry of `sorted` (ascending, not empty) at or
 * before `value`; 0 when none is. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
