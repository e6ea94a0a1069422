/**
 * A view split for the timeline on two grids, so that a view's date counts read pre-aggregated rows for all but
 * thin strips along its edges: the 10° cells wholly inside it, the 1° cells wholly inside it around those, and the
 * strips outside any 1° cell, which the base tables count. Pure: no database here.
 */
import { CELL_DEG, cellSplit, CELL_MARGIN_DEG } from './aggregate-plan';
import { lngRanges } from './sqlite/where';
import type { Bounds } from './types';

/** Side of a cell of the fine grid (agg_fine_dates), in degrees; CELL_DEG is a whole multiple of it. */
export const FINE_CELL_DEG = 1;

/** Cell column ranges [x0, x1] (one per longitude range at most) and the row range [y0, y1] wholly inside a view. */
export interface CellRect {
  columns: readonly (readonly [number, number])[];
  rows: readonly [number, number];
}

/** A view on two grids: see twoLevelSplit. */
export interface TwoLevelSplit {
  /** the 10° cells wholly inside, or null when none is */
  coarse: CellRect | null;
  /** the 1° cells wholly inside (the coarse cells' area included) */
  fine: CellRect;
  /**
   * [fy, fx0, fx1]: the runs of 1° cells to read, one or two per row of the fine rectangle: the fine cells outside
   * the coarse rectangle, and the ring of fine cells just inside its border — an event on that border belongs to
   * the coarse cell its own cx, cy name, which the reader tests, so no event depends on how a division rounds
   */
  runs: readonly (readonly [number, number, number])[];
  /** boxes holding every event of the view outside the fine cells, widened by CELL_MARGIN_DEG */
  strips: readonly Bounds[];
}

/**
 * The view on the 10° and 1° grids, or null when no 1° cell lies wholly inside it (a view that small holds few
 * events: the base tables answer it).
 * @example twoLevelSplit([25.5, 10.5, 60.5, 45.5])?.coarse?.rows // [11, 12]
 */
export function twoLevelSplit(bounds: Bounds): TwoLevelSplit | null {
  const [, south, , north] = bounds;
  const coarseColumns: [number, number][] = [];
  const fineColumns: [number, number][] = [];
  const runs: [number, number, number][] = [];
  const strips: Bounds[] = [];
  let coarseRows: readonly [number, number] | null = null;
  let fineRows: readonly [number, number] | null = null;
  for (const [west, east] of lngRanges(bounds)) {
    const box: Bounds = [west, south, east, north];
    const fine = cellSplit(box, FINE_CELL_DEG);
    const [fineX] = fine?.columns ?? [];
    if (fine === null || fineX === undefined) {
      strips.push(widen(box));
      continue;
    }
    fineRows = fine.rows;
    fineColumns.push([fineX[0], fineX[1]]);
    strips.push(...fine.strips);
    const coarse = cellSplit(box, CELL_DEG);
    const [coarseX] = coarse?.columns ?? [];
    if (coarse !== null && coarseX !== undefined) {
      coarseRows = coarse.rows;
      coarseColumns.push([coarseX[0], coarseX[1]]);
    }
    runs.push(...fineRuns([fineX[0], fineX[1]], fine.rows, coarse === null || coarseX === undefined ? null : { x: coarseX, y: coarse.rows }));
  }
  if (fineRows === null) return null;
  return {
    coarse: coarseRows === null ? null : { columns: coarseColumns, rows: coarseRows },
    fine: { columns: fineColumns, rows: fineRows },
    runs,
    strips,
  };
}

// --- private helpers ---

/** fine cells per coarse cell side */
const FINE_PER_CELL = Math.round(CELL_DEG / FINE_CELL_DEG);

/** The runs of one longitude range: whole rows, but for the rows strictly inside the coarse rectangle its two sides. */
function fineRuns(
  [fx0, fx1]: readonly [number, number],
  [fy0, fy1]: readonly [number, number],
  coarse: { x: readonly [number, number]; y: readonly [number, number] } | null,
): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let fy = fy0; fy <= fy1; fy++) {
    if (coarse === null || fy <= coarse.y[0] * FINE_PER_CELL || fy >= (coarse.y[1] + 1) * FINE_PER_CELL - 1) {
      runs.push([fy, fx0, fx1]);
      continue;
    }
    // up to and including the first fine column inside the coarse rectangle, and from its last one on
    runs.push([fy, fx0, coarse.x[0] * FINE_PER_CELL], [fy, (coarse.x[1] + 1) * FINE_PER_CELL - 1, fx1]);
  }
  return runs;
}

function widen([w, s, e, n]: Bounds): Bounds {
  return [w - CELL_MARGIN_DEG, s - CELL_MARGIN_DEG, e + CELL_MARGIN_DEG, n + CELL_MARGIN_DEG];
}
