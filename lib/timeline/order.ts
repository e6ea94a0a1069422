/**
 * The list's order: newest first (the default) or oldest first. Undated events come last either way.
 */

export type ListOrder = 'newest' | 'oldest';

/**
 * The events in the chosen order, as a new array (the input is untouched). The explorer's events arrive oldest
 * first (the data file's order), so newest first is a reversal; input in any other order is sorted, stably.
 * @example orderEvents([{ date: '2017-06-01' }, { date: '2017-10-12' }, { date: null }], 'newest')
 *   // [{ date: '2017-10-12' }, { date: '2017-06-01' }, { date: null }]
 */
export function orderEvents<E extends { date: string | null }>(events: readonly E[], order: ListOrder): E[] {
  const sorted = isOldestFirst(events) ? events : events.toSorted(compareOldestFirst);
  if (order === 'oldest') return sorted === events ? [...events] : (sorted as E[]);
  let dated = sorted.length;
  while (dated > 0 && (sorted[dated - 1] as E).date === null) dated--;
  const out = new Array<E>(sorted.length);
  for (let k = 0; k < dated; k++) out[k] = sorted[dated - 1 - k] as E;
  for (let k = dated; k < sorted.length; k++) out[k] = sorted[k] as E;
  return out;
}

/** Oldest first by the date's first day; undated last; a partial date before the days of its period. */
function compareOldestFirst(a: { date: string | null }, b: { date: string | null }): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

function isOldestFirst(events: readonly { date: string | null }[]): boolean {
  for (let k = 1; k < events.length; k++) {
    if (compareOldestFirst(events[k - 1] as { date: string | null }, events[k] as { date: string | null }) > 0) return false;
  }
  return true;
}
