/**
 * What a map view asks of the SQLite store: markers or clusters in the view (clusters aggregated in SQL on a
 * Web Mercator grid, so the browser never holds the corpus), facet counts, list pages and routes in view.
 */
import type { Database } from 'better-sqlite3';
import type { EventTypeSlug } from '../../filters/event-types';
import type { RouteFeature } from '../../geojson/schema';
import { STORE_LIMITS } from '../types';
import type { Bounds, DateCount, Facets, StoreActor, ListPage, StoreFilter, ViewCluster, ViewOptions, ViewResult } from '../types';
import { eventCondition, isWideView, routeCondition, type ConditionShape } from './where';
import { EVENT_COLUMNS, EVENT_FROM, ROUTE_COLUMNS, ROUTE_FROM, listItem, marker, routeFeature, type EventRow, type RouteRow } from './rows';
import { ftsQuery } from './fts-query';
import { ALL_ACTORS_KEY } from './aggregates';
import { aggregateActors, aggregateClusters, aggregateDateCounts, aggregateDateCountsInView, aggregateFacets, aggregateTotal, boundsThatFilter } from './aggregate-read';

/** Whether to answer from the pre-aggregated counts where they answer exactly (false: base tables only, for tests). */
export interface ReadOptions {
  aggregates: boolean;
}
const AGGREGATES: ReadOptions = { aggregates: true };

export const VIEW_DEFAULTS = {
  markerLimit: 2000, // events in view up to which markers are sent instead of clusters
  clusterCellPx: 64, // side of a cluster grid cell, in screen pixels at the requested zoom
  tilePx: 256, // the map's tile size in pixels (zoom z spans 256 · 2^z pixels)
  ...STORE_LIMITS,
};

/** Markers when the view holds few events, else grid clusters with their mean point. */
export function view(db: Database, bounds: Bounds, zoom: number, filter: StoreFilter, options: ViewOptions = {}, read = AGGREGATES): ViewResult {
  if (!Number.isFinite(zoom)) throw new Error(`Unexpected zoom: ${zoom}`);
  const markerLimit = options.markerLimit ?? VIEW_DEFAULTS.markerLimit;
  // Counting stops one past the limit: a world view of a million events must not be counted twice.
  const counted = read.aggregates ? aggregateTotal(db, filter, bounds) : null;
  const where = eventCondition(filter, bounds, null, viewShape(db, bounds, read, counted));
  const capped =
    counted ??
    (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM events e WHERE ${where.sql} LIMIT ?)`).get(...where.params, markerLimit + 1) as { n: number }).n;
  if (capped === 0) return { kind: 'markers', total: 0, markers: [] };
  if (capped <= markerLimit) {
    const rows = db
      .prepare(`SELECT ${EVENT_COLUMNS}, e.type_slug FROM ${EVENT_FROM} WHERE ${where.sql} ORDER BY e.id`)
      .all(...where.params) as (EventRow & { type_slug: EventTypeSlug })[];
    return { kind: 'markers', total: rows.length, markers: rows.map(marker) };
  }
  const z = Math.max(0, Math.min(VIEW_DEFAULTS.maxZoom, Math.floor(zoom)));
  const cells = (2 ** z * VIEW_DEFAULTS.tilePx) / VIEW_DEFAULTS.clusterCellPx; // grid cells across the world
  const fromAggregates = read.aggregates ? aggregateClusters(db, filter, bounds, cells) : null;
  if (fromAggregates !== null) return { kind: 'clusters', total: fromAggregates.reduce((sum, c) => sum + c.count, 0), clusters: fromAggregates };
  const rows = db
    .prepare(
      `SELECT count(*) AS n, avg(e.lng) AS lng, avg(e.lat) AS lat FROM events e WHERE ${where.sql}
       GROUP BY CAST(e.mx * ? AS INTEGER), CAST(e.my * ? AS INTEGER)`,
    )
    .all(...where.params, cells, cells) as { n: number; lng: number; lat: number }[];
  const clusters: ViewCluster[] = rows.map((r) => ({ lngLat: [r.lng, r.lat], count: r.n }));
  return { kind: 'clusters', total: clusters.reduce((sum, c) => sum + c.count, 0), clusters };
}

/** Counts of each facet under the other filters (lib/filters' facetCounts, in SQL). */
export function facets(db: Database, filter: StoreFilter, bounds: Bounds | null = null, read = AGGREGATES): Facets {
  if (read.aggregates) {
    bounds = boundsThatFilter(db, bounds);
    const fromAggregates = aggregateFacets(db, filter, bounds);
    if (fromAggregates !== null) return fromAggregates;
  }
  const all = eventCondition(filter, bounds);
  const total = (db.prepare(`SELECT count(*) AS n FROM events e WHERE ${all.sql}`).get(...all.params) as { n: number }).n;
  const byActor = eventCondition(filter, bounds, 'actor');
  const actorRows = db
    .prepare(
      `SELECT a.id AS id, count(DISTINCT e.key) AS n FROM events e JOIN event_actors ea ON ea.event_key = e.key
       JOIN actors a ON a.key = ea.actor_key WHERE ${byActor.sql} GROUP BY a.id`,
    )
    .all(...byActor.params) as { id: string; n: number }[];
  const byType = eventCondition(filter, bounds, 'type');
  const typeRows = db
    .prepare(`SELECT e.type_slug AS slug, count(*) AS n FROM events e INDEXED BY events_facets WHERE ${byType.sql} GROUP BY e.type_slug`)
    .all(...byType.params) as { slug: EventTypeSlug; n: number }[];
  return {
    total,
    actors: new Map(actorRows.map((r) => [r.id, r.n])),
    types: new Map(typeRows.map((r) => [r.slug, r.n])),
  };
}

/** Dated events per date and type under the filter (the timeline's input), in date order. */
export function dateCounts(db: Database, filter: StoreFilter, bounds: Bounds | null = null, read = AGGREGATES): DateCount[] {
  if (read.aggregates) {
    bounds = boundsThatFilter(db, bounds);
    const fromAggregates = aggregateDateCounts(db, filter, bounds) ?? (bounds === null ? null : aggregateDateCountsInView(db, filter, bounds));
    if (fromAggregates !== null) return fromAggregates;
  }
  const where = eventCondition(filter, bounds);
  return db
    .prepare(
      `SELECT e.date AS date, e.type_slug AS typeSlug, count(*) AS count FROM events e WHERE e.date IS NOT NULL AND ${where.sql}
       GROUP BY e.date, e.type_slug ORDER BY e.date, e.type_slug`,
    )
    .all(...where.params) as DateCount[];
}

/** Actors that events name, most events first, ties by id. */
export function actors(db: Database, read = AGGREGATES): StoreActor[] {
  if (read.aggregates) return aggregateActors(db);
  return db
    .prepare(
      `SELECT a.id AS id, a.name AS name, a.acled_name AS acledName, a.inter AS inter, count(DISTINCT ea.event_key) AS eventCount
       FROM actors a JOIN event_actors ea ON ea.actor_key = a.key GROUP BY a.key ORDER BY eventCount DESC, a.id`,
    )
    .all() as StoreActor[];
}

/** One page of the list: date ascending, undated last, then id. */
export function listPage(db: Database, filter: StoreFilter, offset: number, limit: number, bounds: Bounds | null = null, read = AGGREGATES): ListPage {
  if (!Number.isInteger(offset) || offset < 0) throw new Error(`Unexpected offset: ${offset}`);
  if (!Number.isInteger(limit) || limit < 0 || limit > VIEW_DEFAULTS.maxListLimit) throw new Error(`Unexpected limit: ${limit}`);
  if (read.aggregates) bounds = boundsThatFilter(db, bounds);
  const counted = read.aggregates ? aggregateTotal(db, filter, bounds) : null;
  const where = eventCondition(filter, bounds, null, viewShape(db, bounds, read, counted));
  const total = counted ?? (db.prepare(`SELECT count(*) AS n FROM events e WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  // Walking the list-order index and testing each row beats building the matches' key sets and sorting them when
  // the page is reached after few rows: (offset + limit) / share of matching events < the matches themselves.
  if (total === 0 || limit === 0) return { total, offset, items: [] };
  const events = read.aggregates ? eventCount(db) : 0;
  const walk = read.aggregates && total > 0 && (offset + limit) * events <= total * total;
  const rowsWhere = walk ? eventCondition(filter, bounds, null, 'walk') : where;
  const from = walk ? EVENT_FROM.replace('events e', 'events e INDEXED BY events_in_list_order') : EVENT_FROM;
  const rows = db
    .prepare(`SELECT ${EVENT_COLUMNS}, e.type_slug FROM ${from} WHERE ${rowsWhere.sql} ORDER BY e.date IS NULL, e.date, e.id LIMIT ? OFFSET ?`)
    .all(...rowsWhere.params, limit, offset) as (EventRow & { type_slug: EventTypeSlug })[];
  return {
    total,
    offset,
    items: rows.map(listItem),
  };
}

/**
 * 'tree' when the aggregates say the view holds under SPARSE_VIEW_SHARE of every event (whatever its filters): its
 * events are found faster through the R*Tree than by testing a million rows' points; else the default shape.
 * `matching`: the filtered events in the view, when known (as many or more: the view is not sparse, no count).
 */
function viewShape(db: Database, bounds: Bounds | null, read: ReadOptions, matching: number | null): ConditionShape {
  if (bounds === null || !read.aggregates || !isWideView(bounds)) return 'sets'; // a narrow view uses the R*Tree anyway
  const sparse = eventCount(db) * SPARSE_VIEW_SHARE;
  if (matching !== null && matching >= sparse) return 'sets';
  const inView = aggregateTotal(db, EVERY_EVENT, bounds);
  return inView !== null && inView < sparse ? 'tree' : 'sets';
}

const SPARSE_VIEW_SHARE = 0.1; // share of every event below which a view is searched in the R*Tree
const EVERY_EVENT: StoreFilter = { actors: [], types: [], from: null, to: null, background: true, q: null };

/** Every event, background included (the largest key count a walk may read). */
function eventCount(db: Database): number {
  return (db.prepare(`SELECT coalesce(sum(n), 0) AS n FROM agg_dates WHERE actor_key = ${ALL_ACTORS_KEY}`).get() as { n: number }).n;
}

/**
 * Routes whose box meets the view and that pass the actor and date filters, in id order; with `limit`, the `limit`
 * most recent (date descending, undated last, then id): the keys are ordered before any row is built.
 */
export function routesInView(db: Database, bounds: Bounds, filter: StoreFilter, limit?: number): RouteFeature[] {
  const where = routeCondition(filter, bounds);
  if (limit === undefined) {
    const rows = db.prepare(`SELECT ${ROUTE_COLUMNS} FROM ${ROUTE_FROM} WHERE ${where.sql} ORDER BY r.id`).all(...where.params) as RouteRow[];
    return rows.map(routeFeature);
  }
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Unexpected limit: ${limit}`);
  const rows = db
    .prepare(
      `WITH kept AS (SELECT r.key FROM routes r WHERE ${where.sql} ORDER BY r.date IS NULL, r.date DESC, r.id LIMIT ?)
       SELECT ${ROUTE_COLUMNS} FROM ${ROUTE_FROM} WHERE r.key IN (SELECT key FROM kept) ORDER BY r.date IS NULL, r.date DESC, r.id`,
    )
    .all(...where.params, limit) as RouteRow[];
  return rows.map(routeFeature);
}

/** Ids of the events passing the filter, in id order, at most `limit`. */
export function matchingIds(db: Database, filter: StoreFilter, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Unexpected limit: ${limit}`);
  const where = eventCondition(filter, null);
  return (db.prepare(`SELECT e.id FROM events e WHERE ${where.sql} ORDER BY e.id LIMIT ?`).pluck().all(...where.params, limit) as string[]);
}

/** Events whose sentence or article title holds every word of `q`, in list order. */
export function search(db: Database, q: string, limit: number): { eventId: string; article: string; sentence: string }[] {
  if (ftsQuery(q) === null) return [];
  const page = listPage(db, { actors: [], types: [], from: null, to: null, background: true, q }, 0, Math.min(limit, VIEW_DEFAULTS.maxListLimit));
  return page.items.map((item) => ({ eventId: item.id, article: item.article, sentence: item.sentence }));
}
