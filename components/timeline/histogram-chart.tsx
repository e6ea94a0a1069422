'use client';
/**
 * The histogram: one bar per bin, stacked by event type in the shared type colours, the part spread from
 * month- or year-dated events hatched. Dragging (mouse, pen or finger) brushes a period of whole bins; a tap
 * selects one bin. The chart is one focusable slider: arrows move the selection a bin, Shift+arrows move its
 * end, Home/End jump, Escape clears. Hovering shows the bin's period and count.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { EVENT_TYPE_SLUGS } from '@/lib/filters/event-types';
import { EVENT_TYPES } from '@/lib/geojson/constants';
import { typeColor } from '@/lib/explorer-data/type-palette';
import {
  binCountText,
  binLabel,
  brushKey,
  dayLabel,
  datesRange,
  isoDay,
  rangeDates,
  TYPE_COUNT,
  type BinRange,
  type BrushKey,
  type Histogram,
} from '@/lib/timeline';

const BAR_WIDTH = 10; // viewBox units per bin
const BAR_GAP = 1; // viewBox units between bars
const CHART_HEIGHT = 100; // viewBox units
const BRUSH_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

export interface HistogramChartProps {
  histogram: Histogram;
  from: string | null;
  to: string | null;
  /** the play window's inclusive days, drawn over the bars; null when none */
  window: { start: number; end: number } | null;
  /** a finished brush: one history entry each; (null, null) clears the period */
  onBrush: (from: string | null, to: string | null) => void;
}

export function HistogramChart({ histogram, from, to, window, onBrush }: HistogramChartProps) {
  const { bins, unit } = histogram;
  const n = bins.length;
  const chart = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<BinRange | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const selected = drag ?? datesRange(bins, from, to);

  const binAt = (clientX: number): number => {
    const box = chart.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - box.left) / box.width) * n)));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const at = binAt(e.clientX);
    setDrag({ first: at, last: at });
    setHover(at);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const at = binAt(e.clientX);
    setHover(at);
    if (drag && drag.last !== at) setDrag({ first: drag.first, last: at });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const done = { first: drag.first, last: binAt(e.clientX) };
    setDrag(null);
    const dates = rangeDates(bins, done);
    if (dates.from !== from || dates.to !== to) onBrush(dates.from, dates.to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && (from !== null || to !== null)) {
      e.preventDefault();
      onBrush(null, null);
      return;
    }
    if (!BRUSH_KEYS.includes(e.key)) return;
    e.preventDefault();
    const next = brushKey(selected, e.key as BrushKey, e.shiftKey, n);
    if (!next) return;
    const dates = rangeDates(bins, next);
    if (dates.from !== from || dates.to !== to) onBrush(dates.from, dates.to);
  };

  const width = n * BAR_WIDTH;
  const scale = histogram.max > 0 ? CHART_HEIGHT / histogram.max : 0;
  const hovered = hover === null ? null : bins[hover];
  const valueText = selected ? periodText(histogram, selected) : 'no period selected';
  const windowBins = window ? datesRange(bins, isoDay(window.start), isoDay(window.end)) : null;

  return (
    <div
      ref={chart}
      className="timeline-chart"
      data-testid="timeline-chart"
      data-unit={unit}
      role="slider"
      tabIndex={0}
      aria-label="Period: drag or use the arrow keys (Shift to resize)"
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={selected ? Math.min(selected.first, selected.last) : 0}
      aria-valuetext={valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onPointerLeave={() => setHover(null)}
      onKeyDown={onKeyDown}
    >
      <svg viewBox={`0 0 ${width} ${CHART_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
        <defs>
          <pattern id="timeline-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="4" fill="rgba(255,255,255,0.75)" />
          </pattern>
        </defs>
        {selected ? (
          <rect
            className="timeline-selection"
            x={Math.min(selected.first, selected.last) * BAR_WIDTH}
            width={(Math.abs(selected.last - selected.first) + 1) * BAR_WIDTH}
            y={0}
            height={CHART_HEIGHT}
          />
        ) : null}
        {bins.map((bin, b) => {
          let y = CHART_HEIGHT;
          const total = histogram.total[b] as number;
          const partial = histogram.partial[b] as number;
          return (
            <g
              key={bin.start}
              data-testid="timeline-bin"
              data-start={isoDay(bin.start)}
              data-end={isoDay(bin.end)}
              data-total={round(total)}
              data-exact={histogram.exact[b]}
              className={hover === b ? 'is-hovered' : undefined}
            >
              {EVENT_TYPE_SLUGS.map((slug, t) => {
                const h = (histogram.byType[b * TYPE_COUNT + t] as number) * scale;
                if (h <= 0) return null;
                y -= h;
                return <rect key={slug} x={b * BAR_WIDTH + BAR_GAP / 2} width={BAR_WIDTH - BAR_GAP} y={y} height={h} fill={typeColor(slug)} />;
              })}
              {partial > 0 ? (
                <rect x={b * BAR_WIDTH + BAR_GAP / 2} width={BAR_WIDTH - BAR_GAP} y={y} height={partial * scale} fill="url(#timeline-hatch)" />
              ) : null}
            </g>
          );
        })}
        {windowBins ? (
          <rect
            className="timeline-window"
            x={windowBins.first * BAR_WIDTH}
            width={(windowBins.last - windowBins.first + 1) * BAR_WIDTH}
            y={0}
            height={CHART_HEIGHT}
          />
        ) : null}
      </svg>
      <div className="timeline-axis" aria-hidden="true">
        <span>{dayLabel(bins[0]?.start ?? 0)}</span>
        <span>{dayLabel(bins[n - 1]?.end ?? 0)}</span>
      </div>
      {hovered && hover !== null ? (
        <div className="timeline-tooltip" data-testid="timeline-tooltip" style={{ left: `${((hover + 0.5) / n) * 100}%` }}>
          <strong>{binLabel(hovered, unit)}</strong>: {binCountText(histogram.total[hover] as number, histogram.partial[hover] as number)}
          {typeBreakdown(histogram, hover)}
        </div>
      ) : null}
    </div>
  );
}

/** The selection read out: "week of 9 Oct 2017 to week of 16 Oct 2017". */
function periodText({ bins, unit }: Histogram, range: BinRange): string {
  const first = bins[Math.min(range.first, range.last)];
  const last = bins[Math.max(range.first, range.last)];
  return first && last ? `${binLabel(first, unit)} to ${binLabel(last, unit)}` : 'no period selected';
}

function typeBreakdown(histogram: Histogram, b: number): string {
  const parts = EVENT_TYPE_SLUGS.flatMap((_, t) => {
    const count = histogram.byType[b * TYPE_COUNT + t] as number;
    return count > 0 ? [`${EVENT_TYPES[t]} ${round(count)}`] : [];
  });
  return parts.length > 1 ? ` (${parts.join(', ')})` : '';
}

/** Counts to two decimals at most: whole numbers stay whole. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
