/**
 * The events' periods and types as typed arrays, built once per dataset, so a histogram after a filter change is
 * one pass over numbers (100,000 events in a few milliseconds) with nothing allocated per event.
 */
import { EVENT_TYPE_SLUGS, type EventTypeSlug } from '../filters/event-types';
import { datePeriod, type DayPeriod } from './periods';

export const NO_DAY = -2_147_483_648; // start/end of an undated event (Int32 minimum)
export const TYPE_COUNT = EVENT_TYPE_SLUGS.length;

export interface TimeIndex {
  count: number;
  /** inclusive first and last day number of each event's period, NO_DAY when undated */
  start: Int32Array;
  end: Int32Array;
  /** 1 when the date was known only to the month or year */
  partial: Uint8Array;
  /** index into EVENT_TYPE_SLUGS */
  type: Uint8Array;
  /** inclusive first and last day any event covers, NO_DAY for both when none is dated */
  first: number;
  last: number;
}

/**
 * Indexes events (in their order) for histogram().
 * @example buildTimeIndex([{ date: '2017-10', typeSlug: 'battles' }]).partial[0] // 1
 */
export function buildTimeIndex(events: readonly { date: string | null; typeSlug: EventTypeSlug }[]): TimeIndex {
  const n = events.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const partial = new Uint8Array(n);
  const type = new Uint8Array(n);
  const typeNumber = new Map<string, number>(EVENT_TYPE_SLUGS.map((slug, i) => [slug, i]));
  const periods = new Map<string, DayPeriod | null>(); // a few thousand distinct dates among 100,000 events
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = events[i] as { date: string | null; typeSlug: EventTypeSlug };
    let period: DayPeriod | null = null;
    if (e.date !== null) {
      period = periods.get(e.date) ?? null;
      if (!periods.has(e.date)) {
        period = datePeriod(e.date);
        periods.set(e.date, period);
      }
    }
    start[i] = period ? period.start : NO_DAY;
    end[i] = period ? period.end : NO_DAY;
    partial[i] = period?.partial ? 1 : 0;
    type[i] = typeNumber.get(e.typeSlug) ?? 0;
    if (period && period.start < first) first = period.start;
    if (period && period.end > last) last = period.end;
  }
  const dated = first !== Infinity;
  return { count: n, start, end, partial, type, first: dated ? first : NO_DAY, last: dated ? last : NO_DAY };
}
