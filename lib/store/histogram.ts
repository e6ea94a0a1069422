/**
 * The timeline's histogram from a store's per-date counts: the same bins and the same spreading of month- and
 * year-dated events as the page's own (lib/timeline/histogram.ts), over a few thousand distinct dates instead of
 * every event. Sent as JSON with the typed arrays as plain arrays.
 */
import { brushedSpan, buildTimeIndex, histogram, type Histogram } from '../timeline';
import type { Bin, BinUnit } from '../timeline/bins';
import type { DateCount } from './types';

/** A Histogram with its typed arrays as number arrays: what /api/store/histogram sends. */
export interface HistogramJson {
  unit: BinUnit;
  bins: readonly Bin[];
  byType: readonly number[];
  total: readonly number[];
  partial: readonly number[];
  exact: readonly number[];
  max: number;
  span: { start: number; end: number };
}

/**
 * The histogram of counted dates, its bins reaching over the brushed period [from, to]; null when nothing is dated.
 * @example storeHistogram([{ date: '2017-10-12', typeSlug: 'battles', count: 3 }], null, null)?.max // 3
 */
export function storeHistogram(counts: readonly DateCount[], from: string | null, to: string | null): Histogram | null {
  const index = buildTimeIndex(counts);
  return histogram(index, undefined, { include: brushedSpan(from, to), weights: counts.map((c) => c.count) });
}

/** The histogram as plain JSON. */
export function histogramToJson(h: Histogram): HistogramJson {
  return { unit: h.unit, bins: h.bins, byType: [...h.byType], total: [...h.total], partial: [...h.partial], exact: [...h.exact], max: h.max, span: h.span };
}

/** Back from JSON to the shape the timeline draws. */
export function histogramFromJson(json: HistogramJson): Histogram {
  return {
    unit: json.unit,
    bins: json.bins,
    byType: Float64Array.from(json.byType),
    total: Float64Array.from(json.total),
    partial: Float64Array.from(json.partial),
    exact: Int32Array.from(json.exact),
    max: json.max,
    span: json.span,
  };
}
