/**
 * The brushed selection as bins and as the `from`/`to` dates the date inputs write. A brush always covers whole
 * bins; the keyboard moves it (arrows) or moves its end (Shift + arrows), one bin at a time.
 */
import { binIndex, type Bin } from './bins';
import { isoDay } from './days';
import { datePeriod } from './periods';

/** Inclusive bin indexes of a selection. */
export interface BinRange {
  first: number;
  last: number;
}

/**
 * The `from`/`to` dates of a selection of bins (inclusive ISO days), whichever way it was dragged.
 * @example rangeDates(bins, { first: 3, last: 1 }) // { from: <bin 1's first day>, to: <bin 3's last day> }
 */
export function rangeDates(bins: readonly Bin[], range: BinRange): { from: string; to: string } {
  const lo = Math.max(0, Math.min(range.first, range.last));
  const hi = Math.min(bins.length - 1, Math.max(range.first, range.last));
  const first = bins[lo];
  const last = bins[hi];
  if (!first || !last) throw new Error(`Unexpected bin range: ${range.first}–${range.last} of ${bins.length}`);
  return { from: isoDay(first.start), to: isoDay(last.end) };
}

/**
 * The bins a `from`/`to` filter covers (clamped to the bins), or null when neither bound is set or the range lies
 * outside every bin.
 */
export function datesRange(bins: readonly Bin[], from: string | null, to: string | null): BinRange | null {
  if ((from === null && to === null) || bins.length === 0) return null;
  const lastBin = bins[bins.length - 1] as Bin;
  const firstBin = bins[0] as Bin;
  const start = from === null ? firstBin.start : (datePeriod(from)?.start ?? firstBin.start);
  const end = to === null ? lastBin.end : (datePeriod(to)?.end ?? lastBin.end);
  if (end < firstBin.start || start > lastBin.end) return null;
  const first = start <= firstBin.start ? 0 : binIndex(bins, start);
  const last = end >= lastBin.end ? bins.length - 1 : binIndex(bins, end);
  return { first, last };
}

export type BrushKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The selection after a key: arrows move it one bin (keeping its width), with `resize` they move its end only
 * (never past its start); Home and End move it to the first or last bins. With no selection, the first bin.
 * @example brushKey({ first: 2, last: 4 }, 'ArrowRight', false, 10) // { first: 3, last: 5 }
 */
export function brushKey(range: BinRange | null, key: BrushKey, resize: boolean, binCount: number): BinRange | null {
  if (binCount <= 0) return null;
  if (range === null) return { first: 0, last: 0 };
  const width = range.last - range.first;
  const step = key === 'ArrowLeft' ? -1 : 1;
  if (key === 'Home') return { first: 0, last: width };
  if (key === 'End') return { first: binCount - 1 - width, last: binCount - 1 };
  if (resize) return { first: range.first, last: clamp(range.last + step, range.first, binCount - 1) };
  const first = clamp(range.first + step, 0, binCount - 1 - width);
  return { first, last: first + width };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, value));
}
