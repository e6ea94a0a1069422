/**
 * Counts per bin, stacked by event type. An event dated to the day counts 1 in its bin; one known only to the
 * month or year is spread over its period, each bin taking the share of its days that falls in it, and that share
 * is also tallied apart (`partial`) so the chart can mark it. A month-dated event in month bins is therefore
 * simply 1 in its month; in day bins it is 1/31 on each day of it, never 1 on the first.
 */
import { binIndex, binsFor, binUnitFor, type Bin, type BinUnit } from './bins';
import { dayCounts, type DayCounts } from './day-counts';
import { NO_DAY, TYPE_COUNT, type TimeIndex } from './time-index';

export { TYPE_COUNT };

const ROW = TYPE_COUNT; // a local copy: in a CommonJS build (tsx, tests) an imported constant is a getter call per read

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
 * left out. Null when no event is dated and nothing is to be included. The events are counted per day first (one
 * pass, see day-counts.ts), then the days are summed into bins; events known only to the month or year are spread
 * over the bins their period touches.
 * @example histogram(buildTimeIndex(events))?.unit // 'week' for events from June to October
 */
export function histogram(index: TimeIndex, subset?: Int32Array, options: HistogramOptions = {}): Histogram | null {
  const positions = subset ?? identity(index.count);
  const weights = options.weights;
  const days = dayCounts(index, positions, weights);
  const events = days ? days.span : spanOf(index, positions);
  const include = options.include ?? null;
  if (events === null && include === null) return null;
  const lo = Math.min(events?.start ?? Infinity, include?.start ?? Infinity);
  const hi = Math.max(events?.end ?? -Infinity, include?.end ?? -Infinity);
  const unit = options.unit ?? binUnitFor(lo, hi);
  const bins = binsFor(lo, hi, unit);
  const counts = emptyCounts(bins.length);
  if (days) {
    if (events) addDays(counts, bins, days, events);
    for (let k = 0; k < days.partial.length; k++) spread(counts, bins, index, days.partial[k] as number, weightOf(weights, days.partial[k] as number));
  } else {
    // A span too long to count by day: each event finds its bin by search.
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k] as number;
      if (index.start[i] === NO_DAY) continue;
      if (index.partial[i] === 1) spread(counts, bins, index, i, weightOf(weights, i));
      else add(counts, binIndex(bins, index.start[i] as number), index.type[i] as number, weightOf(weights, i));
    }
  }
  let max = 0;
  for (let b = 0; b < bins.length; b++) if ((counts.total[b] as number) > max) max = counts.total[b] as number;
  return { unit, bins, ...counts, max, span: { start: lo, end: hi } };
}

type Counts = Pick<Histogram, 'byType' | 'total' | 'partial' | 'exact'>;

function emptyCounts(n: number): Counts {
  return { byType: new Float64Array(n * TYPE_COUNT), total: new Float64Array(n), partial: new Float64Array(n), exact: new Int32Array(n) };
}

/** Adds the day counts of [span.start, span.end] to the bins holding those days (bins contiguous, covering the span). */
function addDays(counts: Counts, bins: readonly Bin[], days: DayCounts, span: { start: number; end: number }): void {
  let b = binIndex(bins, span.start);
  for (let d = span.start; d <= span.end; d++) {
    while (d > (bins[b] as Bin).end) b++;
    const row = (d - days.origin) * ROW;
    for (let t = 0; t < ROW; t++) {
      const c = days.byType[row + t] as number;
      if (c !== 0) add(counts, b, t, c);
    }
  }
}

/** Adds `n` day-dated events of type `t` to bin `b`. */
function add(counts: Counts, b: number, t: number, n: number): void {
  const cell = b * ROW + t;
  counts.byType[cell] = (counts.byType[cell] as number) + n;
  counts.total[b] = (counts.total[b] as number) + n;
  counts.exact[b] = (counts.exact[b] as number) + n;
}

/** Spreads the month- or year-dated entry at position `i` (standing for `weight` events) over the bins its period touches, by days. */
function spread(counts: Counts, bins: readonly Bin[], index: TimeIndex, i: number, weight: number): void {
  const s = index.start[i] as number;
  const e = index.end[i] as number;
  const t = index.type[i] as number;
  const perDay = weight / (e - s + 1);
  for (let b = binIndex(bins, s); b < bins.length; b++) {
    const bin = bins[b] as Bin;
    if (bin.start > e) break;
    const share = (Math.min(e, bin.end) - Math.max(s, bin.start) + 1) * perDay;
    const cell = b * ROW + t;
    counts.byType[cell] = (counts.byType[cell] as number) + share;
    counts.total[b] = (counts.total[b] as number) + share;
    counts.partial[b] = (counts.partial[b] as number) + share;
  }
}

/** Inclusive first and last day the dated events at `positions` cover, or null when none is dated. */
function spanOf(index: TimeIndex, positions: Int32Array): { start: number; end: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] as number;
    const s = index.start[i] as number;
    if (s === NO_DAY) continue;
    if (s < lo) lo = s;
    if ((index.end[i] as number) > hi) hi = index.end[i] as number;
  }
  return lo === Infinity ? null : { start: lo, end: hi };
}

function weightOf(weights: ArrayLike<number> | undefined, i: number): number {
  return weights === undefined ? 1 : (weights[i] as number);
}

function identity(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = k;
  return out;
}
