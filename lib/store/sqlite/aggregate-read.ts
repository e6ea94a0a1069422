/**
 * Answers from the pre-aggregated counts (aggregates.ts) for the queries they answer exactly: no text query, at most
 * one actor in the condition (any-of over several actors would count an event naming two of them twice), and a
 * date filter only without a view (agg_points has no dates): the rules are ../aggregate-plan.ts's, which the
 * PostgreSQL engine follows too. Every function returns null when it cannot answer; the caller then asks the base
 * tables. tests/store/aggregates.test.ts checks each answer against the base tables'.
 */
import type { Database } from 'better-sqlite3';
import type { EventTypeSlug } from '../../filters/event-types';
import { aggregatePlan, boundsThatFilter as planBounds, mergeCounts } from '../aggregate-plan';
import { twoLevelSplit, type CellRect } from '../cell-rings';
import type { Bounds, DateCount, Facets, StoreActor, StoreFilter, ViewCluster } from '../types';
import { ALL_ACTORS_KEY, CELL_X_SQL, CELL_Y_SQL, FINE_X_SQL, FINE_Y_SQL } from './aggregates';
import { eventCondition, type Condition } from './where';

/** Total events passing the filter (within bounds when given), or null. */
export function aggregateTotal(db: Database, filter: StoreFilter, bounds: Bounds | null): number | null {
  const scope = aggregateScope(filter, bounds, 'one');
  if (scope === null) return null;
  const row = db.prepare(`SELECT coalesce(sum(g.n), 0) AS n FROM ${scope.table} g WHERE ${scope.sql}`).get(...scope.params) as { n: number };
  return row.n;
}

/** Facet counts (each facet under the other filters), or null when some part cannot come from the aggregates. */
export function aggregateFacets(db: Database, filter: StoreFilter, bounds: Bounds | null): Facets | null {
  const all = aggregateScope(filter, bounds, 'one');
  const byType = aggregateScope(filter, bounds, 'one', 'type');
  const byActor = aggregateScope(filter, bounds, 'each');
  if (all === null || byType === null || byActor === null) return null;
  const total = (db.prepare(`SELECT coalesce(sum(g.n), 0) AS n FROM ${all.table} g WHERE ${all.sql}`).get(...all.params) as { n: number }).n;
  const typeRows = db
    .prepare(`SELECT g.type_slug AS slug, sum(g.n) AS n FROM ${byType.table} g WHERE ${byType.sql} GROUP BY g.type_slug`)
    .all(...byType.params) as { slug: EventTypeSlug; n: number }[];
  const actorRows = db
    .prepare(
      `SELECT a.id AS id, sum(g.n) AS n FROM ${byActor.table} g JOIN actors a ON a.key = g.actor_key WHERE ${byActor.sql}
       GROUP BY g.actor_key`,
    )
    .all(...byActor.params) as { id: string; n: number }[];
  return {
    total,
    actors: new Map(actorRows.filter((r) => r.n > 0).map((r) => [r.id, r.n])),
    types: new Map(typeRows.filter((r) => r.n > 0).map((r) => [r.slug, r.n])),
  };
}

/** Dated events per date and type, in date order (the timeline's input), or null. */
export function aggregateDateCounts(db: Database, filter: StoreFilter, bounds: Bounds | null): DateCount[] | null {
  const scope = aggregateScope(filter, bounds, 'one');
  if (scope === null || scope.table !== 'agg_dates') return null;
  return db
    .prepare(
      `SELECT g.date AS date, g.type_slug AS typeSlug, sum(g.n) AS count FROM agg_dates g WHERE g.date <> '' AND ${scope.sql}
       GROUP BY g.date, g.type_slug ORDER BY g.date, g.type_slug`,
    )
    .all(...scope.params) as DateCount[];
}

/**
 * Dated events per date and type within a view that does not hold every event: the 10° cells wholly inside it
 * counted from agg_cell_dates, the 1° cells around them from agg_fine_dates, and only the events in the strips
 * outside any 1° cell from the base tables (found through the R*Tree), or null when the aggregates cannot answer
 * (or no 1° cell lies wholly inside).
 */
export function aggregateDateCountsInView(db: Database, filter: StoreFilter, bounds: Bounds): DateCount[] | null {
  if (filter.from !== null || filter.to !== null) return null;
  const scope = aggregateScope(filter, null, 'one');
  const split = twoLevelSplit(bounds);
  if (scope === null || split === null) return null;
  const coarse = split.coarse === null ? null : cellTest(split.coarse, 'g.cx', 'g.cy');
  const inner =
    coarse === null
      ? []
      : (db
          .prepare(
            `SELECT g.date AS date, g.type_slug AS typeSlug, sum(g.n) AS count FROM agg_cell_dates g
             WHERE ${scope.sql} AND ${coarse.sql} GROUP BY g.date, g.type_slug`,
          )
          .all(...scope.params, ...coarse.params) as DateCount[]);
  // each run of 1° cells one range of agg_fine_dates' key (CROSS JOIN: the runs drive, else the planner scanned every
  // row of the actor once per run); the rows of the 10° cells counted above left out
  const ring = db
    .prepare(
      `SELECT g.date AS date, g.type_slug AS typeSlug, sum(g.n) AS count
       FROM json_each(?) r CROSS JOIN agg_fine_dates g ON g.fy = r.value ->> 0 AND g.fx BETWEEN r.value ->> 1 AND r.value ->> 2
       WHERE ${scope.sql}${coarse === null ? '' : ` AND NOT ${coarse.sql}`} GROUP BY g.date, g.type_slug`,
    )
    .all(JSON.stringify(split.runs), ...scope.params, ...(coarse?.params ?? [])) as DateCount[];
  const edge = eventCondition(filter, bounds, null, 'walk');
  const stripSql = split.strips.map(() => 'SELECT key FROM events_rtree WHERE min_x <= ? AND max_x >= ? AND min_y <= ? AND max_y >= ?').join(' UNION ALL ');
  const stripParams = split.strips.flatMap(([w, s, e, n]) => [e, w, n, s]); // the split widened them by its margin
  const outsideFine = cellTest(split.fine, FINE_X_SQL, FINE_Y_SQL);
  const outsideCoarse = split.coarse === null ? null : cellTest(split.coarse, CELL_X_SQL, CELL_Y_SQL);
  const edgeRows = db
    .prepare(
      `SELECT e.date AS date, e.type_slug AS typeSlug, count(*) AS count FROM events e
       WHERE e.key IN (${stripSql}) AND e.date IS NOT NULL AND ${edge.sql} AND NOT ${outsideFine.sql}
       ${outsideCoarse === null ? '' : `AND NOT ${outsideCoarse.sql}`} GROUP BY e.date, e.type_slug`,
    )
    .all(...stripParams, ...edge.params, ...outsideFine.params, ...(outsideCoarse?.params ?? [])) as DateCount[];
  return mergeCounts(mergeCounts(inner, ring), edgeRows);
}

/**
 * Grid clusters in the view (`cells` grid cells across the world) with their mean point, or null. The mean is the
 * same as the base tables' up to the last bits of a floating-point sum taken in another order.
 */
export function aggregateClusters(db: Database, filter: StoreFilter, bounds: Bounds, cells: number): ViewCluster[] | null {
  const scope = aggregateScope(filter, bounds, 'one');
  if (scope === null) return null;
  const rows = db
    .prepare(
      `SELECT sum(g.n) AS n, sum(g.n * g.lng) / sum(g.n) AS lng, sum(g.n * g.lat) / sum(g.n) AS lat FROM agg_points g WHERE ${scope.sql}
       GROUP BY CAST(g.mx * ? AS INTEGER), CAST(g.my * ? AS INTEGER)`,
    )
    .all(...scope.params, cells, cells) as { n: number; lng: number; lat: number }[];
  return rows.map((r) => ({ lngLat: [r.lng, r.lat], count: r.n }));
}

/** Every actor some event names, with its event count, most events first (ties by id). */
export function aggregateActors(db: Database): StoreActor[] {
  return db
    .prepare(
      `SELECT a.id AS id, a.name AS name, a.acled_name AS acledName, a.inter AS inter, sum(g.n) AS eventCount
       FROM agg_dates g JOIN actors a ON a.key = g.actor_key WHERE g.actor_key <> ${ALL_ACTORS_KEY}
       GROUP BY g.actor_key HAVING eventCount > 0 ORDER BY eventCount DESC, a.id`,
    )
    .all() as StoreActor[];
}

/**
 * `bounds`, or null when they hold every event's point (a world view): such bounds filter nothing, and without them
 * the date counts can come from the aggregates too.
 */
export function boundsThatFilter(db: Database, bounds: Bounds | null): Bounds | null {
  if (bounds === null) return null;
  const extent = db
    .prepare(`SELECT min(lng) AS w, max(lng) AS e, min(lat) AS s, max(lat) AS n FROM agg_points WHERE actor_key = ${ALL_ACTORS_KEY}`)
    .get() as { w: number | null; e: number | null; s: number | null; n: number | null };
  if (extent.w === null || extent.e === null || extent.s === null || extent.n === null) return bounds;
  return planBounds(bounds, [extent.w, extent.s, extent.e, extent.n]);
}

// --- private helpers ---

/** `(x BETWEEN ? AND ? AND y BETWEEN ? AND ?)` over the rectangle's column ranges, ORed. */
function cellTest(rect: CellRect, x: string, y: string): Condition {
  const [y0, y1] = rect.rows;
  return {
    sql: `(${rect.columns.map(() => `(${x} BETWEEN ? AND ? AND ${y} BETWEEN ? AND ?)`).join(' OR ')})`,
    params: rect.columns.flatMap(([x0, x1]) => [x0, x1, y0, y1]),
  };
}

interface Scope extends Condition {
  table: 'agg_dates' | 'agg_points';
}

/**
 * The condition on aggregate rows `g` for the filter, or null when the aggregates cannot answer it exactly.
 * actors 'one': the rows of the filter's one actor (or of every event); 'each': every actor's rows, the actor filter
 * left out (the actor facet). `skip` 'type' leaves the type filter out (the type facet).
 */
function aggregateScope(filter: StoreFilter, bounds: Bounds | null, actors: 'one' | 'each', skip: 'type' | null = null): Scope | null {
  const plan = aggregatePlan(filter, bounds, actors, skip);
  if (plan === null) return null;
  const parts: string[] = [];
  const params: unknown[] = [];
  if ('each' in plan.actor) parts.push(`g.actor_key <> ${ALL_ACTORS_KEY}`);
  else if ('all' in plan.actor) parts.push(`g.actor_key = ${ALL_ACTORS_KEY}`);
  else {
    parts.push('g.actor_key = (SELECT key FROM actors WHERE id = ?)');
    params.push(plan.actor.id);
  }
  if (!plan.background) parts.push('g.background = 0');
  if (plan.types.length > 0) {
    parts.push(`g.type_slug IN (${plan.types.map(() => '?').join(', ')})`);
    params.push(...plan.types);
  }
  if (plan.endsFrom !== null) {
    parts.push('g.date_end >= ?');
    params.push(plan.endsFrom);
  }
  if (plan.startsTo !== null) {
    parts.push('g.date_start <= ?');
    params.push(plan.startsTo);
  }
  if (plan.table === 'agg_dates') return { table: 'agg_dates', sql: parts.join(' AND '), params };
  const boxes = plan.boxes.map(() => '(g.lng BETWEEN ? AND ? AND g.lat BETWEEN ? AND ?)');
  parts.push(boxes.length === 1 ? (boxes[0] ?? 'TRUE') : `(${boxes.join(' OR ')})`);
  for (const box of plan.boxes) params.push(...box);
  return { table: 'agg_points', sql: parts.join(' AND '), params };
}
