import type { Span } from './types';

/**
 * A test for "does one of `spans` hold start..end?" that answers in O(log n),
 * so that checking every match of a long note against its quotes stays linear
 * (a `spans.some(…)` per match is quadratic on a line of 100,000 quotes).
 * `spans` must be sorted by start, as findQuotes returns them.
 */
export function containment(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  // reach[i]: the furthest end among spans[0..i]. A span holds start..end exactly
  // when one that starts at or before `start` reaches `end`.
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of spans) reach.push((furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    let lo = 0;
    let hi = spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last] >= end;
  };
}
