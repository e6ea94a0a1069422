/**
 * Counts per bin, stacked by event type. An event dated to the day counts 1 in its bin; one known only to the
 * month or year is spread over its period, each bin taking the share of its days that falls in it, and that share
 * is also tallied apart (`partial`) so the chart can mark it. A month-dated event in month bins is therefore
 * simply 1 in its month; in day bins it is 1/31 on each day of it, never 1 on the first.
 */
import { EVENT_TYPE_SLUGS } from '../filters/event-types';
import { binIndex, binsFor, binUnitFor, type Bin, type BinUnit } from './bins';
import { NO_DAY, type TimeIndex } from './time-index';

export const TYPE_COUNT = EVENT_TYPE_SLUGS.length;
const MAX_LOOKUP_DAYS = 40_000; // spans up to ~110 years find an event's bin by a table of days, longer ones by search

export interface Histogram {
  unit: BinUnit;
  bins: readonly Bin[];
  /** per bin × type (row-major: bin * TYPE_COUNT + type), events or shares of them */
  byType: Float64Array;
  /** per bin: all events (sum of byType's row) */
  total: Float64Array;
  /** per bin: the part of total spread from month- or year-dated events */
  partial: Float64Array;
  /** per bin: events dated to a day inside it (whole numbers) */
  exact: Int32Array;
  /** largest total of any bin (0 when there are no bins) */
  max: number;
  /** inclusive first and last day the events (and `include`) cover; the bins may reach beyond it */
  span: { start: number; end: number };
}

export interface HistogramOptions {
  /** inclusive day numbers the bins must cover besides the events' own span (e.g. the brushed selection) */
  include?: { start: number; end: number } | null;
  /** force a unit instead of choosing one from the span */
  unit?: BinUnit;
  /** events each indexed entry stands for, by index position (1 each when omitted): a store's per-date counts */
  weights?: ArrayLike<number>;
}

/**
 * The histogram of the events at `subset` (positions in the index; all events when omitted); undated events are
 * left out. Null when no event is dated and nothing is to be included.
 * @example histogram(buildTimeIndex(events))?.unit // 'week' for events from June to October
 */
export function histogram(index: TimeIndex, subset?: Int32Array, options: HistogramOptions = {}): Histogram | null {
  // One code path over positions: a closure choosing between two index functions defeats the JIT's inlining.
  const positions = subset ?? identity(index.count);
  const total = positions.length;
  const { start, end, partial, type } = index;
  const weights = options.weights;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < total; k++) {
    const i = positions[k] as number;
    const s = start[i] as number;
    if (s === NO_DAY) continue;
    if (s < lo) lo = s;
    if ((end[i] as number) > hi) hi = end[i] as number;
  }
  if (options.include) {
    lo = Math.min(lo, options.include.start);
    hi = Math.max(hi, options.include.end);
  }
  if (lo === Infinity) return null;
  const unit = options.unit ?? binUnitFor(lo, hi);
  const bins = binsFor(lo, hi, unit);
  const n = bins.length;
  const binOf = dayLookup(bins, lo, hi);
  const byType = new Float64Array(n * TYPE_COUNT);
  const sums = new Float64Array(n);
  const spread = new Float64Array(n);
  const exact = new Int32Array(n);
  for (let k = 0; k < total; k++) {
    const i = positions[k] as number;
    const s = start[i] as number;
    if (s === NO_DAY) continue;
    const e = end[i] as number;
    const t = type[i] as number;
    const w = weights === undefined ? 1 : (weights[i] as number);
    const first = binOf === null ? binIndex(bins, s) : (binOf[s - lo] as number);
    if (partial[i] === 0) {
      byType[first * TYPE_COUNT + t] = (byType[first * TYPE_COUNT + t] as number) + w;
      sums[first] = (sums[first] as number) + w;
      exact[first] = (exact[first] as number) + w;
      continue;
    }
    const perDay = w / (e - s + 1);
    for (let b = first; b < n; b++) {
      const bin = bins[b] as Bin;
      if (bin.start > e) break;
      const share = (Math.min(e, bin.end) - Math.max(s, bin.start) + 1) * perDay;
      byType[b * TYPE_COUNT + t] = (byType[b * TYPE_COUNT + t] as number) + share;
      sums[b] = (sums[b] as number) + share;
      spread[b] = (spread[b] as number) + share;
    }
  }
  let max = 0;
  for (let b = 0; b < n; b++) if ((sums[b] as number) > max) max = sums[b] as number;
  return { unit, bins, byType, total: sums, partial: spread, exact, max, span: { start: lo, end: hi } };
}

/** Bin index per day of [lo, hi] (one array read per event instead of a search), or null for very long spans. */
function dayLookup(bins: readonly Bin[], lo: number, hi: number): Int32Array | null {
  if (hi - lo + 1 > MAX_LOOKUP_DAYS) return null;
  const table = new Int32Array(hi - lo + 1);
  for (let b = 0; b < bins.length; b++) {
    const bin = bins[b] as Bin;
    const from = Math.max(bin.start, lo) - lo;
    const to = Math.min(bin.end, hi) - lo;
    for (let d = from; d <= to; d++) table[d] = b;
  }
  return table;
}

function identity(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = k;
  return out;
}
