/**
 * The first half of a histogram after a filter change: events per day and type, counted in one pass over the
 * events that passed the filter. Every event's day was worked out once per dataset (the time index), so the pass
 * reads integers and adds one to a typed array — no dates parsed, no bin searched, nothing allocated per event.
 * Summing days into bins is then work per day of the span (a few thousand), not per event.
 */
import { NO_DAY, TYPE_COUNT, type TimeIndex } from './time-index';

export const MAX_COUNTED_DAYS = 40_000; // days: ~110 years of day rows (under 1 MB at six types); longer spans are not counted by day

export interface DayCounts {
  /** day number of row 0: the index's first day */
  origin: number;
  /** per day × type (row-major: (day - origin) * TYPE_COUNT + type), events dated to that day */
  byType: Int32Array;
  /** positions of the counted events known only to the month or year (spread over their period later) */
  partial: Int32Array;
  /** inclusive first and last day the counted events cover, month and year periods included; null when none is dated */
  span: { start: number; end: number } | null;
}

/**
 * Day-by-type counts of the events at `positions`, or null when the index's dates span more than
 * MAX_COUNTED_DAYS (a stray far-off date): the caller then finds each event's bin instead.
 * `weights` gives the events each entry stands for (a store's per-date counts); 1 each when omitted.
 * @example dayCounts(buildTimeIndex([{ date: '2017-10-12', typeSlug: 'battles' }]), Int32Array.of(0))?.byType[0] // 1
 */
export function dayCounts(index: TimeIndex, positions: Int32Array, weights?: ArrayLike<number>): DayCounts | null {
  const { first, last, start, end, partial, type } = index;
  // Local copies: in a CommonJS build (tsx, tests) each read of an imported constant is a getter call.
  const undated = NO_DAY;
  const types = TYPE_COUNT;
  if (first === undated) return { origin: 0, byType: new Int32Array(0), partial: new Int32Array(0), span: null };
  if (last - first + 1 > MAX_COUNTED_DAYS) return null;
  const byType = new Int32Array((last - first + 1) * types);
  const spread = new Int32Array(positions.length);
  let spreadCount = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    const s = start[i] as number;
    if (s === undated) continue;
    if (s < lo) lo = s;
    if (partial[i] === 1) {
      spread[spreadCount++] = i;
      if ((end[i] as number) > hi) hi = end[i] as number;
      continue;
    }
    if (s > hi) hi = s;
    const cell = (s - first) * types + (type[i] as number);
    byType[cell] = (byType[cell] as number) + (weights === undefined ? 1 : (weights[i] as number));
  }
  const span = lo === Infinity ? null : { start: lo, end: hi };
  return { origin: first, byType, partial: spread.slice(0, spreadCount), span };
}
