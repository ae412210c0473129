/**
 * How many items of a list sorted by `key` come before `value`: those with key < value, or with
 * key ≤ value when `inclusive`. It is the index of the first item at (or after) `value`, so one
 * binary search serves "first mention from offset", "last sentence starting at or before offset".
 */
export function countBefore<T>(items: readonly T[], value: number, key: (item: T) => number, inclusive = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = key(items[mid]);
    if (k < value || (inclusive && k === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
