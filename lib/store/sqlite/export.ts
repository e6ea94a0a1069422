/**
 * Reading whole records back out of the SQLite store: the output contract for a filter (exportCollection),
 * one article, place or event, and the counts.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleMeta, EventCollection, EventFeature, PlaceFeature, RouteFeature } from '../../geojson/schema';
import type { StoreCounts, StoreFilter } from '../types';
import { eventCondition, routeCondition } from './where';
import {
  EVENT_COLUMNS,
  EVENT_FROM,
  ROUTE_COLUMNS,
  ROUTE_FROM,
  articleMeta,
  eventFeature,
  placeFeature,
  routeFeature,
  type ArticleRow,
  type EventRow,
  type MentionRow,
  type PlaceRow,
  type RouteRow,
} from './rows';

const MENTION_COLUMNS = 'm.place_key, ar.id AS article_id, m.start, m."end", m.text, m.demonym, m.resolved_by';

/**
 * The output contract for the filtered events. With no filter at all (background included) it is the whole store,
 * exactly what `npm run ingest --out` writes for the same articles: every article, every place with all its
 * mentions. With a filter: the matching events, the routes passing the actor and date filters, their articles,
 * and their places with the mentions in those articles.
 */
export function exportCollection(db: Database, filter: StoreFilter): EventCollection {
  const unfiltered = isUnfiltered(filter);
  const where = eventCondition(filter, null);
  const events = (db.prepare(`SELECT ${EVENT_COLUMNS}, e.seq FROM ${EVENT_FROM} WHERE ${where.sql}`).all(...where.params) as (EventRow & { seq: number })[])
    .toSorted((a, b) => compareCodeUnits(a.article_id, b.article_id) || a.seq - b.seq)
    .map(eventFeature);
  const routeWhere = routeCondition(filter, null);
  const routes = (db.prepare(`SELECT ${ROUTE_COLUMNS}, r.seq FROM ${ROUTE_FROM} WHERE ${routeWhere.sql}`).all(...routeWhere.params) as (RouteRow & { seq: number })[])
    .toSorted((a, b) => compareCodeUnits(a.article_id, b.article_id) || a.seq - b.seq)
    .map(routeFeature);
  const articleRows = db.prepare('SELECT id, title, date, source, file FROM articles').all() as ArticleRow[];
  const placeRows = db.prepare('SELECT * FROM places').all() as PlaceRow[];
  const mentionRows = db
    .prepare(`SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles ar ON ar.key = m.article_key`)
    .all() as MentionRow[];
  return assembleCollection(unfiltered, events, routes, articleRows, placeRows, mentionRows);
}

/**
 * The output contract from the rows an export read (any engine): every article and place when `unfiltered`, else
 * the articles of the events and routes, and their places with the mentions in those articles; sorted as
 * lib/geojson/build.ts sorts. `events` and `routes` come already in article, then feature order.
 */
export function assembleCollection(
  unfiltered: boolean,
  events: readonly EventFeature[],
  routes: readonly RouteFeature[],
  articleRows: readonly ArticleRow[],
  placeRows: readonly PlaceRow[],
  mentionRows: readonly MentionRow[],
): EventCollection {
  const keepArticles = unfiltered ? null : new Set([...events, ...routes].map((f) => f.properties.article));
  const keepPlaces = unfiltered
    ? null
    : new Set([...events.map((e) => e.properties.placeId), ...routes.flatMap((r) => [r.properties.fromPlaceId, r.properties.toPlaceId])]);
  const articles: ArticleMeta[] = articleRows
    .filter((a) => keepArticles === null || keepArticles.has(a.id))
    .map(articleMeta)
    .toSorted((a, b) => compareCodeUnits(a.id, b.id));
  const mentionsByPlace = new Map<number, MentionRow[]>();
  for (const m of mentionRows) {
    if (keepArticles !== null && !keepArticles.has(m.article_id)) continue;
    const list = mentionsByPlace.get(m.place_key) ?? [];
    list.push(m);
    mentionsByPlace.set(m.place_key, list);
  }
  const places: PlaceFeature[] = placeRows
    .filter((p) => keepPlaces === null || keepPlaces.has(p.id))
    .map((p) => placeFeature(p, (mentionsByPlace.get(p.key) ?? []).toSorted(compareMentions)))
    .filter((p) => p.properties.mentions.length > 0)
    .toSorted((a, b) => compareCodeUnits(a.id, b.id));
  return { type: 'FeatureCollection', articles, features: [...places, ...events, ...routes] };
}

export function articleById(db: Database, id: string): ArticleMeta | null {
  const row = db.prepare('SELECT id, title, date, source, file FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  return row === undefined ? null : articleMeta(row);
}

/** A place with its mentions in every article. */
export function placeById(db: Database, id: string): PlaceFeature | null {
  const row = db.prepare('SELECT * FROM places WHERE id = ?').get(id) as PlaceRow | undefined;
  if (row === undefined) return null;
  const mentions = db
    .prepare(`SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles ar ON ar.key = m.article_key WHERE m.place_key = ?`)
    .all(row.key) as MentionRow[];
  return placeFeature(row, mentions.toSorted(compareMentions));
}

export function eventById(db: Database, id: string): EventFeature | null {
  const row = db.prepare(`SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE e.id = ?`).get(id) as EventRow | undefined;
  return row === undefined ? null : eventFeature(row);
}

export function counts(db: Database): StoreCounts {
  const n = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { articles: n('articles'), places: n('places'), events: n('events'), routes: n('routes') };
}

// --- private helpers ---

/** True when the filter lets every event through, background included: the export is then the whole store. */
export function isUnfiltered(filter: StoreFilter): boolean {
  return (
    filter.background === true &&
    filter.actors.length === 0 &&
    filter.types.length === 0 &&
    filter.from === null &&
    filter.to === null &&
    (filter.q ?? '').trim() === ''
  );
}

export function compareMentions(a: MentionRow, b: MentionRow): number {
  return compareCodeUnits(a.article_id, b.article_id) || a.start - b.start || a.end - b.end;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
