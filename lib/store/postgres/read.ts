/**
 * What the map, the list, search and export ask of the PostgreSQL store, in SQL: markers or clusters in a view
 * (clusters aggregated in the database on the same Web Mercator grid as the SQLite engine), facet counts, list
 * pages, routes in view, and whole records back in the output contract's shapes (../sqlite/rows.ts builds them).
 */
import type { Pool } from 'pg';
import type { EventTypeSlug } from '../../filters/event-types';
import type { ArticleMeta, EventCollection, EventFeature, PlaceFeature, RouteFeature } from '../../geojson/schema';
import type { Bounds, DateCount, Facets, StoreActor, ListPage, SearchHit, StoreCounts, StoreFilter, ViewOptions, ViewResult } from '../types';
import { articleMeta, eventFeature, listItem, marker, placeFeature, routeFeature, type ArticleRow, type EventRow, type MentionRow, type PlaceRow, type RouteRow } from '../sqlite/rows';
import { assembleCollection, compareCodeUnits, compareMentions, isUnfiltered } from '../sqlite/export';
import { VIEW_DEFAULTS } from '../sqlite/view';
import { Params, eventCondition, routeCondition, tsWords } from './where';
import { all, one } from './query';
import { ALL_ACTORS_KEY, boundsThatFilter } from '../aggregate-plan';
import { aggregateActors, aggregateClusters, aggregateDateCounts, aggregateDateCountsInView, aggregateFacets, aggregateTotal, eventExtent, gridCell } from './aggregate-read';

/** Whether to answer from the pre-aggregated counts where they answer exactly (false: base tables only, for tests). */
export interface PgReadOptions {
  aggregates: boolean;
}
const AGGREGATES: PgReadOptions = { aggregates: true };

/** Markers when the view holds few events, else grid clusters with their mean point. */
export async function view(pool: Pool, bounds: Bounds, zoom: number, filter: StoreFilter, options: ViewOptions = {}, read = AGGREGATES): Promise<ViewResult> {
  if (!Number.isFinite(zoom)) throw new Error(`Unexpected zoom: ${zoom}`);
  const markerLimit = options.markerLimit ?? VIEW_DEFAULTS.markerLimit;
  const z = Math.max(0, Math.min(VIEW_DEFAULTS.maxZoom, Math.floor(zoom)));
  const cells = (2 ** z * VIEW_DEFAULTS.tilePx) / VIEW_DEFAULTS.clusterCellPx; // grid cells across the world
  // From the aggregates the clusters are the count: one pass over the view's point rows instead of two.
  const fromAggregates = read.aggregates ? await aggregateClusters(pool, filter, bounds, cells) : null;
  const aggregated = fromAggregates?.reduce((sum, c) => sum + c.count, 0) ?? null;
  if (fromAggregates !== null && aggregated !== null && aggregated > markerLimit) return { kind: 'clusters', total: aggregated, clusters: fromAggregates };
  const p = new Params();
  const where = eventCondition(p, filter, bounds);
  // Counting stops one past the limit: a world view of a million events must not be counted twice.
  const capped =
    aggregated ?? (await one<{ n: number }>(pool, `SELECT count(*)::int AS n FROM (SELECT 1 FROM events e WHERE ${where} LIMIT ${p.add(markerLimit + 1)}) c`, p.values)).n;
  if (capped <= markerLimit) {
    const q = new Params();
    const rows = await all<EventRow & { type_slug: EventTypeSlug }>(
      pool,
      `SELECT ${EVENT_COLUMNS}, e.type_slug FROM ${EVENT_FROM} WHERE ${eventCondition(q, filter, bounds)} ORDER BY e.id`,
      q.values,
    );
    return { kind: 'markers', total: rows.length, markers: rows.map(marker) };
  }
  const q = new Params();
  const condition = eventCondition(q, filter, bounds);
  const rows = await all<{ n: number; lng: number; lat: number }>(
    pool,
    `SELECT count(*)::int AS n, avg(e.lng) AS lng, avg(e.lat) AS lat FROM events e WHERE ${condition} GROUP BY ${gridCell(q, 'e', cells)}`,
    q.values,
  );
  const clusters = rows.map((r) => ({ lngLat: [r.lng, r.lat] as const, count: r.n }));
  return { kind: 'clusters', total: clusters.reduce((sum, c) => sum + c.count, 0), clusters };
}

/** Counts of each facet under the other filters (lib/filters' facetCounts, in SQL). */
export async function facets(pool: Pool, filter: StoreFilter, bounds: Bounds | null, read = AGGREGATES): Promise<Facets> {
  if (read.aggregates) {
    bounds = await boundsThatMatter(pool, bounds);
    const fromAggregates = await aggregateFacets(pool, filter, bounds);
    if (fromAggregates !== null) return fromAggregates;
  }
  const p = new Params();
  const total = await one<{ n: number }>(pool, `SELECT count(*)::int AS n FROM events e WHERE ${eventCondition(p, filter, bounds)}`, p.values);
  const pa = new Params();
  const actorRows = await all<{ id: string; n: number }>(
    pool,
    `SELECT a.id AS id, count(DISTINCT e.key)::int AS n FROM events e JOIN event_actors ea ON ea.event_key = e.key
     JOIN actors a ON a.key = ea.actor_key WHERE ${eventCondition(pa, filter, bounds, 'actor')} GROUP BY a.id`,
    pa.values,
  );
  const pt = new Params();
  const typeRows = await all<{ slug: EventTypeSlug; n: number }>(
    pool,
    `SELECT e.type_slug AS slug, count(*)::int AS n FROM events e WHERE ${eventCondition(pt, filter, bounds, 'type')} GROUP BY e.type_slug`,
    pt.values,
  );
  return { total: total.n, actors: new Map(actorRows.map((r) => [r.id, r.n])), types: new Map(typeRows.map((r) => [r.slug, r.n])) };
}

/** Dated events per date and type under the filter (the timeline's input), in date order. */
export async function dateCounts(pool: Pool, filter: StoreFilter, bounds: Bounds | null, read = AGGREGATES): Promise<DateCount[]> {
  if (read.aggregates) {
    bounds = await boundsThatMatter(pool, bounds);
    const fromAggregates =
      (await aggregateDateCounts(pool, filter, bounds)) ?? (bounds === null ? null : await aggregateDateCountsInView(pool, filter, bounds));
    if (fromAggregates !== null) return fromAggregates;
  }
  const p = new Params();
  return all<DateCount>(
    pool,
    `SELECT e.date AS date, e.type_slug AS "typeSlug", count(*)::int AS count FROM events e WHERE e.date IS NOT NULL AND ${eventCondition(p, filter, bounds)}
     GROUP BY e.date, e.type_slug ORDER BY e.date COLLATE "C", e.type_slug COLLATE "C"`,
    p.values,
  );
}

/** Actors that events name, most events first, ties by id. */
export async function actors(pool: Pool, read = AGGREGATES): Promise<StoreActor[]> {
  if (read.aggregates) return aggregateActors(pool);
  return all<StoreActor>(
    pool,
    `SELECT a.id AS id, a.name AS name, a.acled_name AS "acledName", a.inter AS inter, count(DISTINCT ea.event_key)::int AS "eventCount"
     FROM actors a JOIN event_actors ea ON ea.actor_key = a.key GROUP BY a.key, a.id ORDER BY "eventCount" DESC, a.id`,
    [],
  );
}

/** One page of the list: date ascending, undated last, then id. */
export async function listPage(pool: Pool, filter: StoreFilter, offset: number, limit: number, bounds: Bounds | null, read = AGGREGATES): Promise<ListPage> {
  if (!Number.isInteger(offset) || offset < 0) throw new Error(`Unexpected offset: ${offset}`);
  if (!Number.isInteger(limit) || limit < 0 || limit > VIEW_DEFAULTS.maxListLimit) throw new Error(`Unexpected limit: ${limit}`);
  if (read.aggregates) bounds = await boundsThatMatter(pool, bounds);
  const q = new Params();
  const where = eventCondition(q, filter, bounds);
  const counting = async (): Promise<number> => {
    const p = new Params();
    return (
      (read.aggregates ? await aggregateTotal(pool, filter, bounds) : null) ??
      (await one<{ n: number }>(pool, `SELECT count(*)::int AS n FROM events e WHERE ${eventCondition(p, filter, bounds)}`, p.values)).n
    );
  };
  // the rows do not wait for the total: two connections at once
  const [rows, total] = await Promise.all([
    all<EventRow & { type_slug: EventTypeSlug }>(
      pool,
      `SELECT ${EVENT_COLUMNS}, e.type_slug FROM ${EVENT_FROM} WHERE ${where}
       ORDER BY e.date IS NULL, e.date, e.id LIMIT ${q.add(limit)} OFFSET ${q.add(offset)}`,
      q.values,
    ),
    counting(),
  ]);
  return { total, offset, items: rows.map(listItem) };
}

/**
 * Routes whose line's box meets the view and that pass the actor and date filters, in id order; with `limit`, the
 * `limit` most recent (date descending, undated last, then id), as the SQLite engine orders them.
 */
export async function routesInView(pool: Pool, bounds: Bounds, filter: StoreFilter, limit?: number): Promise<RouteFeature[]> {
  const p = new Params();
  const where = routeCondition(p, filter, bounds);
  if (limit === undefined) {
    const rows = await all<RouteRow>(pool, `SELECT ${ROUTE_COLUMNS} FROM ${ROUTE_FROM} WHERE ${where} ORDER BY r.id`, p.values);
    return rows.map(routeFeature);
  }
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Unexpected limit: ${limit}`);
  const order = 'r.date IS NULL, r.date DESC, r.id';
  const rows = await all<RouteRow>(
    pool,
    `WITH kept AS (SELECT r.key FROM routes r WHERE ${where} ORDER BY ${order} LIMIT ${p.add(limit)})
     SELECT ${ROUTE_COLUMNS} FROM ${ROUTE_FROM} WHERE r.key IN (SELECT key FROM kept) ORDER BY ${order}`,
    p.values,
  );
  return rows.map(routeFeature);
}

/** Ids of the events passing the filter, in id order, at most `limit`. */
export async function matchingIds(pool: Pool, filter: StoreFilter, limit: number): Promise<string[]> {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Unexpected limit: ${limit}`);
  const p = new Params();
  const where = eventCondition(p, filter, null);
  const rows = await all<{ id: string }>(pool, `SELECT e.id FROM events e WHERE ${where} ORDER BY e.id LIMIT ${p.add(limit)}`, p.values);
  return rows.map((r) => r.id);
}

/** Events whose sentence or article title holds every word of `q`, in list order. */
export async function search(pool: Pool, q: string, limit: number): Promise<SearchHit[]> {
  if (tsWords(q) === null) return [];
  const everything: StoreFilter = { actors: [], types: [], from: null, to: null, background: true, q };
  const page = await listPage(pool, everything, 0, Math.min(limit, VIEW_DEFAULTS.maxListLimit), null);
  return page.items.map((item) => ({ eventId: item.id, article: item.article, sentence: item.sentence }));
}

/** The output contract for the filtered events (see EventStore.exportCollection). */
export async function exportCollection(pool: Pool, filter: StoreFilter): Promise<EventCollection> {
  const p = new Params();
  const eventRows = await all<EventRow & { seq: number }>(pool, `SELECT ${EVENT_COLUMNS}, e.seq FROM ${EVENT_FROM} WHERE ${eventCondition(p, filter, null)}`, p.values);
  const q = new Params();
  const routeRows = await all<RouteRow & { seq: number }>(pool, `SELECT ${ROUTE_COLUMNS}, r.seq FROM ${ROUTE_FROM} WHERE ${routeCondition(q, filter, null)}`, q.values);
  const inFeatureOrder = (a: { article_id: string; seq: number }, b: { article_id: string; seq: number }) =>
    compareCodeUnits(a.article_id, b.article_id) || a.seq - b.seq;
  const articleRows = await all<ArticleRow>(pool, 'SELECT id, title, date, source, file FROM articles', []);
  const placeRows = await all<PlaceRow>(pool, `SELECT ${PLACE_COLUMNS} FROM places`, []);
  const mentionRows = await all<MentionRow>(pool, `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles ar ON ar.key = m.article_key`, []);
  return assembleCollection(
    isUnfiltered(filter),
    eventRows.toSorted(inFeatureOrder).map(eventFeature),
    routeRows.toSorted(inFeatureOrder).map(routeFeature),
    articleRows,
    placeRows,
    mentionRows,
  );
}

export async function articleById(pool: Pool, id: string): Promise<ArticleMeta | null> {
  const rows = await all<ArticleRow>(pool, 'SELECT id, title, date, source, file FROM articles WHERE id = $1', [id]);
  return rows[0] === undefined ? null : articleMeta(rows[0]);
}

/** A place with its mentions in every article. */
export async function placeById(pool: Pool, id: string): Promise<PlaceFeature | null> {
  const rows = await all<PlaceRow>(pool, `SELECT ${PLACE_COLUMNS} FROM places WHERE id = $1`, [id]);
  const row = rows[0];
  if (row === undefined) return null;
  const mentions = await all<MentionRow>(
    pool,
    `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles ar ON ar.key = m.article_key WHERE m.place_key = $1`,
    [row.key],
  );
  return placeFeature(row, mentions.toSorted(compareMentions));
}

export async function eventById(pool: Pool, id: string): Promise<EventFeature | null> {
  const rows = await all<EventRow>(pool, `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE e.id = $1`, [id]);
  return rows[0] === undefined ? null : eventFeature(rows[0]);
}

/** Rows of each kind; the events from the aggregates' every-event rows (counting a million rows took 0.6 s). */
export async function counts(pool: Pool, read = AGGREGATES): Promise<StoreCounts> {
  const events = read.aggregates ? `(SELECT coalesce(sum(n), 0)::int FROM agg_types WHERE actor_key = ${ALL_ACTORS_KEY})` : '(SELECT count(*)::int FROM events)';
  return one<StoreCounts>(
    pool,
    `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM places) AS places,
       ${events} AS events, (SELECT count(*)::int FROM routes) AS routes`,
    [],
  );
}

// --- private helpers ---

/** `bounds`, or null when they hold every event (see boundsThatFilter); no extent is read without bounds. */
async function boundsThatMatter(pool: Pool, bounds: Bounds | null): Promise<Bounds | null> {
  return bounds === null ? null : boundsThatFilter(bounds, await eventExtent(pool));
}

/** The columns ../sqlite/rows.ts reads: booleans as 0/1, actors as JSON text of [id, name, acledName, inter, side]. */
const EVENT_COLUMNS = `e.key, e.id, e.event_type, e.sub_event_type, e.lng, e.lat, e.precision, e.date, e.date_precision,
  e.fatalities, e.background::int AS background, e.sentence, e.start, e."end", e.confidence, p.id AS place_id,
  p.name AS place_name, ar.id AS article_id,
  (SELECT coalesce(json_agg(json_build_array(a.id, a.name, a.acled_name, a.inter, ea.side) ORDER BY ea.pos), '[]')::text
     FROM event_actors ea JOIN actors a ON a.key = ea.actor_key WHERE ea.event_key = e.key) AS actors`;
const EVENT_FROM = 'events e JOIN places p ON p.key = e.place_key JOIN articles ar ON ar.key = e.article_key';
const ROUTE_COLUMNS = `r.key, r.id, r.coordinates, r.date, r.sentence, r.start, r."end", ar.id AS article_id,
  pf.id AS from_id, pt.id AS to_id,
  (SELECT coalesce(json_agg(json_build_array(a.id, a.name, a.acled_name, a.inter, ra.side) ORDER BY ra.pos), '[]')::text
     FROM route_actors ra JOIN actors a ON a.key = ra.actor_key WHERE ra.route_key = r.key) AS actors`;
const ROUTE_FROM = `routes r JOIN articles ar ON ar.key = r.article_key
  JOIN places pf ON pf.key = r.from_place_key JOIN places pt ON pt.key = r.to_place_key`;
const PLACE_COLUMNS = 'key, id, gazetteer_id, name, place_type, country_code, precision, feature, area, lng, lat';
const MENTION_COLUMNS = 'm.place_key, ar.id AS article_id, m.start, m."end", m.text, m.demonym::int AS demonym, m.resolved_by';
