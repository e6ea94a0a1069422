/**
 * When the pre-aggregated counts answer a question exactly, and which of their rows do, as plain data each engine
 * turns into its own SQL (each engine's aggregate-read.ts): no text query and no article filter, at most one actor
 * in the condition (any-of over several actors would count an event naming two of them twice), and a date filter
 * only without a view (the per-point counts have no dates). Pure: no database here.
 */
import { periodEnd, periodStart } from '../filters/filter-events';
import { queryWords } from './sqlite/fts-query';
import { lngRanges } from './sqlite/where';
import type { Bounds, DateCount, StoreFilter } from './types';

/** The actor_key of the rows that count every event whatever its actors (actor keys start at 1). */
export const ALL_ACTORS_KEY = 0;
/** Side of a cell of agg_cell_dates, in degrees. */
export const CELL_DEG = 10;

/** Which aggregate rows answer a filter: a table, the actor rows, and conditions on their other columns. */
export interface AggregatePlan {
  /** agg_dates without bounds, agg_points with them */
  table: 'agg_dates' | 'agg_points';
  /** 'all': the rows counting every event; an id: that actor's rows; 'each': every actor's rows (the actor facet) */
  actor: { all: true } | { id: string } | { each: true };
  /** whether background events count (else only rows with background false) */
  background: boolean;
  /** the types counted; empty: every type */
  types: readonly string[];
  /** rows whose period ends on or after this day (the filter's `from` as a period start), or null */
  endsFrom: string | null;
  /** rows whose period starts on or before this day (the filter's `to` as a period end), or null */
  startsTo: string | null;
  /** for agg_points: [west, east, south, north] boxes (two across the antimeridian); empty for agg_dates */
  boxes: readonly (readonly [number, number, number, number])[];
}

/**
 * The aggregate rows that count the events passing `filter` within `bounds`, or null when they cannot answer
 * exactly. `actors` 'each' leaves the actor filter out (the actor facet); `skip` 'type' the type filter.
 * @example aggregatePlan({ ...NO_FILTER, actors: ['isis'] }, null, 'one')?.table // 'agg_dates'
 */
export function aggregatePlan(filter: StoreFilter, bounds: Bounds | null, actors: 'one' | 'each', skip: 'type' | null = null): AggregatePlan | null {
  if (queryWords(filter.q ?? '').length > 0 || filter.article) return null; // the aggregates count no text, no article
  if ((filter.from !== null || filter.to !== null) && bounds !== null) return null;
  if (actors === 'one' && filter.actors.length > 1) return null;
  const first = filter.actors[0];
  const actor = actors === 'each' ? { each: true as const } : first === undefined ? { all: true as const } : { id: first };
  const [, south, , north] = bounds ?? [0, 0, 0, 0];
  return {
    table: bounds === null ? 'agg_dates' : 'agg_points',
    actor,
    background: filter.background === true,
    types: skip === 'type' ? [] : filter.types,
    endsFrom: filter.from === null ? null : periodStart(filter.from),
    startsTo: filter.to === null ? null : periodEnd(filter.to),
    boxes: bounds === null ? [] : lngRanges(bounds).map(([w, e]) => [w, e, south, north] as const),
  };
}

/** A view split for the timeline: 10° cells wholly inside it, and the strips along its edges outside them. */
export interface CellSplit {
  /** cell column ranges [cx0, cx1] wholly inside, one per longitude range at most */
  columns: readonly (readonly [number, number])[];
  /** the cell row range [cy0, cy1] wholly inside */
  rows: readonly [number, number];
  /** boxes holding every event of the view outside those cells, widened by CELL_MARGIN_DEG */
  strips: readonly Bounds[];
}

/** degrees a cell must keep from the view's edge to count as inside; also the strips' overlap with the inner cells */
export const CELL_MARGIN_DEG = 1e-6;

/**
 * The cells of side `cellDeg` (10° unless given) wholly inside `bounds` and the edge strips around them, or null when
 * no cell lies wholly inside. Cell (cx, cy) holds the points with floor((lng + 180) / 10) = cx and floor((lat + 90) / 10) = cy.
 * @example cellSplit([25.3, 10.05, 60, 45.5])?.rows // [11, 12]
 */
export function cellSplit(bounds: Bounds, cellDeg: number = CELL_DEG): CellSplit | null {
  const [, south, , north] = bounds;
  // a margin for the rounding of the cell expressions: an edge cell too many is still exact
  const cy0 = Math.ceil((south + QUARTER_TURN_DEG + CELL_MARGIN_DEG) / cellDeg);
  const cy1 = Math.floor((north + QUARTER_TURN_DEG - CELL_MARGIN_DEG) / cellDeg) - 1;
  const [innerS, innerN] = [cy0 * cellDeg - QUARTER_TURN_DEG, (cy1 + 1) * cellDeg - QUARTER_TURN_DEG];
  const columns: [number, number][] = [];
  const strips: Bounds[] = [];
  for (const [west, east] of lngRanges(bounds)) {
    const cx0 = Math.ceil((west + HALF_TURN_DEG + CELL_MARGIN_DEG) / cellDeg);
    const cx1 = Math.floor((east + HALF_TURN_DEG - CELL_MARGIN_DEG) / cellDeg) - 1;
    if (cx0 > cx1 || cy0 > cy1) {
      strips.push([west, south, east, north]);
      continue;
    }
    columns.push([cx0, cx1]);
    const [innerW, innerE] = [cx0 * cellDeg - HALF_TURN_DEG, (cx1 + 1) * cellDeg - HALF_TURN_DEG];
    strips.push([west, south, innerW, north], [innerE, south, east, north], [innerW, south, innerE, innerS], [innerW, innerN, innerE, north]);
  }
  if (columns.length === 0) return null;
  const widened = strips.map(([w, s, e, n]): Bounds => [w - CELL_MARGIN_DEG, s - CELL_MARGIN_DEG, e + CELL_MARGIN_DEG, n + CELL_MARGIN_DEG]);
  return { columns, rows: [cy0, cy1], strips: widened };
}

/**
 * Two lists of date counts as one, in date then type order (code-unit order, as ORDER BY … COLLATE "C" and
 * SQLite's binary order give).
 * @example mergeCounts([{ date: '2017', typeSlug: 'battles', count: 1 }], [{ date: '2017', typeSlug: 'battles', count: 2 }]) // count 3
 */
export function mergeCounts(a: readonly DateCount[], b: readonly DateCount[]): DateCount[] {
  const byKey = new Map<string, DateCount>();
  for (const c of [...a, ...b]) {
    const key = `${c.date}\u0000${c.typeSlug}`;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? { ...c } : { ...seen, count: seen.count + c.count });
  }
  return [...byKey.values()].sort((x, y) => compareCodeUnits(x.date, y.date) || compareCodeUnits(x.typeSlug, y.typeSlug));
}

/**
 * `bounds`, or null when they hold every point of `extent` (the store's [west, south, east, north], null when
 * empty): such bounds filter nothing, and without them the date counts can come from the aggregates too.
 * @example boundsThatFilter([-180, -90, 180, 90], [30, 20, 50, 40]) // null
 */
export function boundsThatFilter(bounds: Bounds | null, extent: Bounds | null): Bounds | null {
  if (bounds === null || extent === null) return bounds;
  const [w, s, e, n] = extent;
  const [, south, , north] = bounds;
  const coversLng = lngRanges(bounds).some(([west, east]) => west <= w && east >= e);
  return coversLng && south <= s && north >= n ? null : bounds;
}

// --- private helpers ---

const HALF_TURN_DEG = 180;
const QUARTER_TURN_DEG = 90;

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
