/**
 * Answers from the pre-aggregated counts (./aggregates.ts) for the queries they answer exactly, by the rules of
 * ../aggregate-plan.ts (the SQLite engine's): no text query, at most one actor, a date filter only without a view.
 * Every function returns null when it cannot answer; the caller then asks the base tables.
 * tests/store/postgres-aggregates.test.ts checks each answer against the base tables'.
 */
import type { Pool } from 'pg';
import type { EventTypeSlug } from '../../filters/event-types';
import { ALL_ACTORS_KEY, CELL_DEG, aggregatePlan, cellSplit, mergeCounts, type AggregatePlan } from '../aggregate-plan';
import type { Bounds, DateCount, Facets, StoreActor, StoreFilter, ViewCluster } from '../types';
import { CELL_X_SQL, CELL_Y_SQL } from './aggregates';
import { all, one } from './query';
import { Params, eventActorCheck, eventCondition } from './where';

/** Total events passing the filter (within bounds when given), or null. */
export async function aggregateTotal(pool: Pool, filter: StoreFilter, bounds: Bounds | null): Promise<number | null> {
  const plan = aggregatePlan(filter, bounds, 'one');
  return plan === null ? null : total(pool, plan);
}

/** Facet counts (each facet under the other filters), or null when some part cannot come from the aggregates. */
export async function aggregateFacets(pool: Pool, filter: StoreFilter, bounds: Bounds | null): Promise<Facets | null> {
  const everything = aggregatePlan(filter, bounds, 'one');
  const byType = aggregatePlan(filter, bounds, 'one', 'type');
  const byActor = aggregatePlan(filter, bounds, 'each');
  if (everything === null || byType === null || byActor === null) return null;
  const pt = new Params();
  const pa = new Params();
  const [n, typeRows, actorRows] = await Promise.all([
    total(pool, everything),
    all<{ slug: EventTypeSlug; n: number }>(
      pool,
      `SELECT g.type_slug AS slug, sum(g.n)::int AS n FROM ${tableOf(byType)} g WHERE ${planCondition(pt, byType)} GROUP BY g.type_slug`,
      pt.values,
    ),
    all<{ id: string; n: number }>(
      pool,
      `SELECT a.id AS id, c.n FROM (SELECT g.actor_key, sum(g.n)::int AS n FROM ${tableOf(byActor)} g WHERE ${planCondition(pa, byActor)}
       GROUP BY g.actor_key) c JOIN actors a ON a.key = c.actor_key`,
      pa.values,
    ),
  ]);
  return {
    total: n,
    actors: new Map(actorRows.filter((r) => r.n > 0).map((r) => [r.id, r.n])),
    types: new Map(typeRows.filter((r) => r.n > 0).map((r) => [r.slug, r.n])),
  };
}

/** Dated events per date and type without a view, in date order (the timeline's input), or null. */
export async function aggregateDateCounts(pool: Pool, filter: StoreFilter, bounds: Bounds | null): Promise<DateCount[] | null> {
  const plan = aggregatePlan(filter, bounds, 'one');
  if (plan === null || plan.table !== 'agg_dates') return null;
  const p = new Params();
  return all<DateCount>(
    pool,
    `SELECT g.date AS date, g.type_slug AS "typeSlug", sum(g.n)::int AS count FROM agg_dates g WHERE g.date <> '' AND ${planCondition(p, plan)}
     GROUP BY g.date, g.type_slug ORDER BY g.date, g.type_slug`,
    p.values,
  );
}

/**
 * Dated events per date and type within a view: the 10° cells wholly inside it counted from agg_cell_dates, the
 * events of its edge cells from the base tables (found through the GiST index along the edge strips), or null
 * when the aggregates cannot answer (or no cell lies wholly inside). When the inner cells hold most of the events'
 * extent (a wide view), they are counted as every dated event (agg_dates) less the few cells outside them: the
 * page's world view read 37,000 cell rows of one actor at 340k events that way, against 8,900 day rows.
 */
export async function aggregateDateCountsInView(pool: Pool, filter: StoreFilter, bounds: Bounds): Promise<DateCount[] | null> {
  const plan = aggregatePlan(filter, null, 'one');
  const split = cellSplit(bounds);
  if (plan === null || split === null || plan.endsFrom !== null || plan.startsTo !== null) return null;
  const [cy0, cy1] = split.rows;
  const inCells = (cx: string, cy: string, q: Params) =>
    split.columns.map(([cx0, cx1]) => `(${cx} BETWEEN ${q.add(cx0)} AND ${q.add(cx1)} AND ${cy} BETWEEN ${q.add(cy0)} AND ${q.add(cy1)})`).join(' OR ');
  const [column] = split.columns;
  const inner =
    split.columns.length === 1 && column !== undefined && coversMostOf(await eventExtent(pool), column, split.rows)
      ? innerByComplement(pool, plan, column, split.rows)
      : (() => {
          const p = new Params();
          return all<DateCount>(
            pool,
            `SELECT g.date AS date, g.type_slug AS "typeSlug", sum(g.n)::int AS count FROM agg_cell_dates g
             WHERE ${planCondition(p, plan)} AND (${inCells('g.cx', 'g.cy', p)}) GROUP BY g.date, g.type_slug`,
            p.values,
          );
        })();
  const q = new Params();
  const strips = split.strips.map(([w, s, e, n]) => `e.geom && ST_MakeEnvelope(${q.add(w)}, ${q.add(s)}, ${q.add(e)}, ${q.add(n)}, 4326)`).join(' OR ');
  // The strips' events first, then each one's actors: left to itself the planner took every event of the actor
  // first (it guesses 47,000 for any actor, and isis has 318,000 at 1M), 4.1 s where this took 1.4 s.
  const edge = all<DateCount>(
    pool,
    `WITH strip AS MATERIALIZED (SELECT e.key, e.date, e.type_slug FROM events e
       WHERE (${strips}) AND e.date IS NOT NULL AND ${eventCondition(q, filter, bounds, 'actor')} AND NOT (${inCells(CELL_X_SQL, CELL_Y_SQL, q)}))
     SELECT e.date AS date, e.type_slug AS "typeSlug", count(*)::int AS count FROM strip e WHERE ${eventActorCheck(q, 'e', filter.actors)}
     GROUP BY e.date, e.type_slug`,
    q.values,
  );
  const [a, b] = await Promise.all([inner, edge]);
  return mergeCounts(a, b);
}

/**
 * Grid clusters in the view (`cells` grid cells across the world) with their mean point, or null: the base
 * tables' grid expression on each point's count, so every event falls in the same cell as there. The mean is the
 * same as the base tables' up to the last bits of a floating-point sum taken in another order.
 */
export async function aggregateClusters(pool: Pool, filter: StoreFilter, bounds: Bounds, cells: number): Promise<ViewCluster[] | null> {
  const plan = aggregatePlan(filter, bounds, 'one');
  if (plan === null) return null;
  const p = new Params();
  const condition = planCondition(p, plan);
  const rows = await all<{ n: number; lng: number; lat: number }>(
    pool,
    `SELECT sum(g.n)::int AS n, sum(g.n * g.lng) / sum(g.n) AS lng, sum(g.n * g.lat) / sum(g.n) AS lat FROM agg_points g WHERE ${condition}
     GROUP BY ${gridCell(p, 'g', cells)}`,
    p.values,
  );
  return rows.map((r) => ({ lngLat: [r.lng, r.lat], count: r.n }));
}

/** Every actor some event names, with its event count, most events first (ties by id). */
export async function aggregateActors(pool: Pool): Promise<StoreActor[]> {
  return all<StoreActor>(
    pool,
    `SELECT a.id AS id, a.name AS name, a.acled_name AS "acledName", a.inter AS inter, c.n AS "eventCount"
     FROM (SELECT g.actor_key, sum(g.n)::int AS n FROM agg_types g WHERE g.actor_key <> ${ALL_ACTORS_KEY} GROUP BY g.actor_key) c
     JOIN actors a ON a.key = c.actor_key WHERE c.n > 0 ORDER BY c.n DESC, a.id`,
    [],
  );
}

/** The store's events' extent [west, south, east, north], or null when it holds none. */
export async function eventExtent(pool: Pool): Promise<Bounds | null> {
  const row = await one<{ w: number | null; s: number | null; e: number | null; n: number | null }>(
    pool,
    `SELECT min(lng) AS w, min(lat) AS s, max(lng) AS e, max(lat) AS n FROM agg_points WHERE actor_key = ${ALL_ACTORS_KEY}`,
    [],
  );
  return row.w === null || row.s === null || row.e === null || row.n === null ? null : [row.w, row.s, row.e, row.n];
}

/**
 * The grid cell of points `alias`.mx, `alias`.my at `cells` cells across the world. ST_SnapToGrid with its origin
 * half a cell off puts each point on the centre of the cell that holds it (a point exactly on a cell's edge may go
 * to either side); the base tables and the aggregates group by this same expression.
 */
export function gridCell(p: Params, alias: string, cells: number): string {
  const size = p.add(1 / cells);
  return `ST_SnapToGrid(ST_MakePoint(${alias}.mx, ${alias}.my), ST_MakePoint(${size}::float8 / 2, ${size}::float8 / 2), ${size}::float8, ${size}::float8, 0, 0)`;
}

// --- private helpers ---

/**
 * Whether the cells [cx0, cx1] × [cy0, cy1] hold at least half of the cells the events' extent meets: then the
 * cells outside them are the fewer rows to read.
 */
function coversMostOf(extent: Bounds | null, [cx0, cx1]: readonly [number, number], [cy0, cy1]: readonly [number, number]): boolean {
  if (extent === null) return false;
  const [w, s, e, n] = extent;
  const [ex0, ex1] = [cellOf(w, HALF_TURN_DEG), cellOf(e, HALF_TURN_DEG)];
  const [ey0, ey1] = [cellOf(s, QUARTER_TURN_DEG), cellOf(n, QUARTER_TURN_DEG)];
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
  const inside = overlap(cx0, cx1, ex0, ex1) * overlap(cy0, cy1, ey0, ey1);
  return inside * 2 >= (ex1 - ex0 + 1) * (ey1 - ey0 + 1);
}

/** The 10° cell column (offset 180) or row (offset 90) of a coordinate, as CELL_X_SQL and CELL_Y_SQL compute it. */
function cellOf(degrees: number, offset: number): number {
  return Math.floor((degrees + offset) / CELL_DEG);
}

/**
 * Dated events per date and type in the cells [cx0, cx1] × [cy0, cy1]: the plan's day rows (every dated event)
 * less its cell rows outside them, found through the (actor_key, cx) and (actor_key, cy) indexes (migration 3).
 */
async function innerByComplement(pool: Pool, plan: AggregatePlan, [cx0, cx1]: readonly [number, number], [cy0, cy1]: readonly [number, number]): Promise<DateCount[]> {
  const p = new Params();
  const q = new Params();
  const [all_, outside] = await Promise.all([
    all<DateCount>(
      pool,
      `SELECT g.date AS date, g.type_slug AS "typeSlug", sum(g.n)::int AS count FROM agg_dates g WHERE g.date <> '' AND ${planCondition(p, plan)}
       GROUP BY g.date, g.type_slug`,
      p.values,
    ),
    all<DateCount>(
      pool,
      `SELECT g.date AS date, g.type_slug AS "typeSlug", -sum(g.n)::int AS count FROM agg_cell_dates g
       WHERE ${planCondition(q, plan)} AND (g.cx < ${q.add(cx0)} OR g.cx > ${q.add(cx1)} OR g.cy < ${q.add(cy0)} OR g.cy > ${q.add(cy1)})
       GROUP BY g.date, g.type_slug`,
      q.values,
    ),
  ]);
  return mergeCounts(all_, outside).filter((c) => c.count !== 0);
}

async function total(pool: Pool, plan: AggregatePlan): Promise<number> {
  const p = new Params();
  const row = await one<{ n: number }>(pool, `SELECT coalesce(sum(g.n), 0)::int AS n FROM ${tableOf(plan)} g WHERE ${planCondition(p, plan)}`, p.values);
  return row.n;
}

/** The table a plan's rows are read from: agg_types for agg_dates' rows when no date condition needs their dates. */
function tableOf(plan: AggregatePlan): AggregatePlan['table'] | 'agg_types' {
  return plan.table === 'agg_dates' && plan.endsFrom === null && plan.startsTo === null ? 'agg_types' : plan.table;
}

/**
 * The plan as a condition on aggregate rows `g`. Points are tested with the base tables' own test (`&&` on the
 * point and the view's envelope), so an event on the view's edge is in or out on both alike.
 */
function planCondition(p: Params, plan: AggregatePlan): string {
  const parts: string[] = [];
  if ('each' in plan.actor) parts.push(`g.actor_key <> ${ALL_ACTORS_KEY}`);
  else if ('id' in plan.actor) parts.push(`g.actor_key = (SELECT key FROM actors WHERE id = ${p.add(plan.actor.id)})`);
  else parts.push(`g.actor_key = ${ALL_ACTORS_KEY}`);
  if (!plan.background) parts.push('NOT g.background');
  if (plan.types.length > 0) parts.push(`g.type_slug = ANY(${p.add(plan.types)}::text[])`);
  if (plan.endsFrom !== null) parts.push(`g.date_end >= ${p.add(plan.endsFrom)}`);
  if (plan.startsTo !== null) parts.push(`g.date_start <= ${p.add(plan.startsTo)}`);
  const boxes = plan.boxes.map(
    ([w, e, s, n]) => `ST_SetSRID(ST_MakePoint(g.lng, g.lat), 4326) && ST_MakeEnvelope(${p.add(w)}, ${p.add(s)}, ${p.add(e)}, ${p.add(n)}, 4326)`,
  );
  if (boxes.length > 0) parts.push(`(${boxes.join(' OR ')})`);
  return parts.join(' AND ');
}

const HALF_TURN_DEG = 180;
const QUARTER_TURN_DEG = 90;
