/**
 * Writing articles into the SQLite store, each call in one IMMEDIATE transaction: a process killed halfway leaves
 * the store as it was before that call (an article is whole or absent), and two writers take turns instead of
 * interleaving. A bulk load writes many articles a call: one commit, and one pass over the aggregates, for all.
 */
import type { Database, Statement } from 'better-sqlite3';
import { eventTypeSlug } from '../../filters/event-types';
import { periodEnd, periodStart } from '../../filters/filter-events';
import type { Actor, EventFeature, PlaceFeature, RouteFeature } from '../../geojson/schema';
import type { ArticleBundle } from '../types';
import { adjustAggregates, aggregateStatements } from './aggregates';

export interface Writer {
  upsert: (bundle: ArticleBundle) => void;
  /** Writes several articles in one transaction (all or none of them); an article twice in it: the last one wins. */
  upsertMany: (bundles: readonly ArticleBundle[]) => void;
  remove: (id: string) => boolean;
}

/** Prepares the write statements once per connection. */
export function createWriter(db: Database): Writer {
  const s = statements(db);
  const aggregates = aggregateStatements(db, 'articles');
  /** `counted`: the article's events are in the aggregates (false for one written earlier in the same batch). */
  const removeRows = (articleKey: number, counted = true): void => {
    if (counted) adjustAggregates(aggregates, -1, [articleKey]); // while the events and their actors are still there to count
    const placeKeys = (s.placesOfArticle.all(articleKey) as { place_key: number }[]).map((r) => r.place_key);
    for (const row of s.eventsOfArticle.all(articleKey) as { key: number; sentence: string }[]) {
      s.ftsDeleteEvent.run(row.key, row.sentence);
      s.rtreeDeleteEvent.run(row.key);
      s.deleteEventActors.run(row.key);
    }
    for (const row of s.routesOfArticle.all(articleKey) as { key: number }[]) {
      s.rtreeDeleteRoute.run(row.key);
      s.deleteRouteActors.run(row.key);
    }
    s.deleteEvents.run(articleKey);
    s.deleteRoutes.run(articleKey);
    s.deleteMentions.run(articleKey);
    const title = s.articleTitle.get(articleKey) as { title: string | null } | undefined;
    s.ftsDeleteArticle.run(articleKey, title?.title ?? null);
    s.deleteArticle.run(articleKey);
    // a place no other article mentions has nothing left pointing at it
    for (const key of placeKeys) s.deletePlaceIfUnmentioned.run(key, key);
  };
  /** Writes one article's rows, the aggregates aside; `uncounted` maps the batch's articles so far to their keys. */
  const writeRows = (bundle: ArticleBundle, uncounted: Map<string, number>): void => {
    const existing = s.articleKey.get(bundle.article.id) as { key: number } | undefined;
    if (existing !== undefined) removeRows(existing.key, !uncounted.has(bundle.article.id));
    const a = bundle.article;
    const articleKey = Number(s.insertArticle.run(a.id, a.title, a.date, a.source, a.file ?? null).lastInsertRowid);
    s.ftsInsertArticle.run(articleKey, a.title);
    const placeKeys = new Map<string, number>();
    for (const place of bundle.places) placeKeys.set(place.id, writePlace(s, articleKey, place));
    const actorKey = actorKeys(s);
    for (const [seq, event] of bundle.events.entries()) writeEvent(s, articleKey, seq, event, placeKeys, actorKey);
    for (const [seq, route] of bundle.routes.entries()) writeRoute(s, articleKey, seq, route, placeKeys, actorKey);
    uncounted.set(a.id, articleKey);
  };
  const upsertMany = db.transaction((bundles: readonly ArticleBundle[]) => {
    const uncounted = new Map<string, number>();
    for (const bundle of bundles) writeRows(bundle, uncounted);
    adjustAggregates(aggregates, 1, [...uncounted.values()]);
  });
  const remove = db.transaction((id: string): boolean => {
    const existing = s.articleKey.get(id) as { key: number } | undefined;
    if (existing === undefined) return false;
    removeRows(existing.key);
    return true;
  });
  return {
    upsert: (bundle) => upsertMany.immediate([bundle]),
    upsertMany: (bundles) => upsertMany.immediate(bundles),
    remove: (id) => remove.immediate(id),
  };
}

/**
 * Web Mercator x, y in 0..1 (y down): the cluster grid is square in this space, as on the map.
 * @example mercator([0, 0]) // [0.5, 0.5]
 */
export function mercator([lng, lat]: readonly [number, number]): [number, number] {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / HALF_TURN_DEG);
  return [(lng + HALF_TURN_DEG) / FULL_TURN_DEG, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

// --- private helpers ---

const HALF_TURN_DEG = 180;
const FULL_TURN_DEG = 360;
const MAX_MERCATOR_LAT = 85.05113; // degrees: Web Mercator's square world

type Statements = ReturnType<typeof statements>;

function statements(db: Database) {
  const p = (sql: string): Statement => db.prepare(sql);
  return {
    articleKey: p('SELECT key FROM articles WHERE id = ?'),
    articleTitle: p('SELECT title FROM articles WHERE key = ?'),
    insertArticle: p('INSERT INTO articles (id, title, date, source, file) VALUES (?, ?, ?, ?, ?)'),
    deleteArticle: p('DELETE FROM articles WHERE key = ?'),
    ftsInsertArticle: p('INSERT INTO articles_fts (rowid, title) VALUES (?, ?)'),
    ftsDeleteArticle: p("INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', ?, ?)"),
    placesOfArticle: p('SELECT DISTINCT place_key FROM mentions WHERE article_key = ?'),
    upsertPlace: p(`
      INSERT INTO places (id, gazetteer_id, name, place_type, country_code, precision, feature, area, lng, lat)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET gazetteer_id = excluded.gazetteer_id, name = excluded.name,
        place_type = excluded.place_type, country_code = excluded.country_code, precision = excluded.precision,
        feature = excluded.feature, area = excluded.area, lng = excluded.lng, lat = excluded.lat
      RETURNING key`),
    deletePlaceIfUnmentioned: p('DELETE FROM places WHERE key = ? AND NOT EXISTS (SELECT 1 FROM mentions WHERE place_key = ?)'),
    insertMention: p('INSERT INTO mentions (article_key, place_key, start, "end", text, demonym, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    deleteMentions: p('DELETE FROM mentions WHERE article_key = ?'),
    upsertActor: p(`
      INSERT INTO actors (id, name, acled_name, inter) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, acled_name = excluded.acled_name, inter = excluded.inter
      RETURNING key`),
    insertEvent: p(`
      INSERT INTO events (id, article_key, seq, place_key, event_type, type_slug, sub_event_type, lng, lat, mx, my,
        precision, date, date_precision, date_start, date_end, fatalities, background, sentence, start, "end", confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    eventsOfArticle: p('SELECT key, sentence FROM events WHERE article_key = ?'),
    deleteEvents: p('DELETE FROM events WHERE article_key = ?'),
    insertEventActor: p('INSERT INTO event_actors (event_key, pos, actor_key, side) VALUES (?, ?, ?, ?)'),
    deleteEventActors: p('DELETE FROM event_actors WHERE event_key = ?'),
    rtreeInsertEvent: p('INSERT INTO events_rtree (key, min_x, max_x, min_y, max_y) VALUES (?, ?, ?, ?, ?)'),
    rtreeDeleteEvent: p('DELETE FROM events_rtree WHERE key = ?'),
    ftsInsertEvent: p('INSERT INTO events_fts (rowid, sentence) VALUES (?, ?)'),
    ftsDeleteEvent: p("INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', ?, ?)"),
    insertRoute: p(`
      INSERT INTO routes (id, article_key, seq, from_place_key, to_place_key, coordinates, date, date_start, date_end,
        sentence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    routesOfArticle: p('SELECT key FROM routes WHERE article_key = ?'),
    deleteRoutes: p('DELETE FROM routes WHERE article_key = ?'),
    insertRouteActor: p('INSERT INTO route_actors (route_key, pos, actor_key, side) VALUES (?, ?, ?, ?)'),
    deleteRouteActors: p('DELETE FROM route_actors WHERE route_key = ?'),
    rtreeInsertRoute: p('INSERT INTO routes_rtree (key, min_x, max_x, min_y, max_y) VALUES (?, ?, ?, ?, ?)'),
    rtreeDeleteRoute: p('DELETE FROM routes_rtree WHERE key = ?'),
  };
}

function writePlace(s: Statements, articleKey: number, place: PlaceFeature): number {
  const p = place.properties;
  const [lng, lat] = place.geometry.coordinates;
  const row = s.upsertPlace.get(
    place.id,
    p.gazetteerId,
    p.name,
    p.placeType,
    p.countryCode,
    p.precision,
    p.feature ?? null,
    p.area === null ? null : JSON.stringify(p.area),
    lng,
    lat,
  ) as { key: number };
  for (const m of p.mentions) {
    s.insertMention.run(articleKey, row.key, m.start, m.end, m.text, m.demonym === undefined ? null : m.demonym ? 1 : 0, m.resolvedBy);
  }
  return row.key;
}

function actorKeys(s: Statements): (actor: Actor) => number {
  const cache = new Map<string, number>();
  return (actor) => {
    const known = cache.get(actor.id);
    if (known !== undefined) return known;
    const row = s.upsertActor.get(actor.id, actor.name, actor.acledName, actor.inter) as { key: number };
    cache.set(actor.id, row.key);
    return row.key;
  };
}

function writeEvent(
  s: Statements,
  articleKey: number,
  seq: number,
  event: EventFeature,
  placeKeys: ReadonlyMap<string, number>,
  actorKey: (actor: Actor) => number,
): void {
  const p = event.properties;
  const [lng, lat] = event.geometry.coordinates;
  const [mx, my] = mercator([lng, lat]);
  const placeKey = placeKeys.get(p.placeId);
  if (placeKey === undefined) throw new Error(`Unexpected event place: ${p.placeId} is not among the article's places`);
  const key = Number(
    s.insertEvent.run(
      event.id,
      articleKey,
      seq,
      placeKey,
      p.eventType,
      eventTypeSlug(p.eventType),
      p.subEventType,
      lng,
      lat,
      mx,
      my,
      p.precision,
      p.date,
      p.datePrecision,
      p.date === null ? null : periodStart(p.date),
      p.date === null ? null : periodEnd(p.date),
      p.fatalities,
      p.background ? 1 : 0,
      p.sentence,
      p.start,
      p.end,
      p.confidence,
    ).lastInsertRowid,
  );
  for (const [pos, actor] of p.actors.entries()) s.insertEventActor.run(key, pos, actorKey(actor), actor.side ?? null);
  s.rtreeInsertEvent.run(key, lng, lng, lat, lat);
  s.ftsInsertEvent.run(key, p.sentence);
}

function writeRoute(
  s: Statements,
  articleKey: number,
  seq: number,
  route: RouteFeature,
  placeKeys: ReadonlyMap<string, number>,
  actorKey: (actor: Actor) => number,
): void {
  const p = route.properties;
  const from = placeKeys.get(p.fromPlaceId);
  const to = placeKeys.get(p.toPlaceId);
  if (from === undefined || to === undefined) throw new Error(`Unexpected route places: ${p.fromPlaceId} → ${p.toPlaceId}`);
  const coords = route.geometry.coordinates;
  const key = Number(
    s.insertRoute.run(
      route.id,
      articleKey,
      seq,
      from,
      to,
      JSON.stringify(coords),
      p.date,
      p.date === null ? null : periodStart(p.date),
      p.date === null ? null : periodEnd(p.date),
      p.sentence,
      p.start,
      p.end,
    ).lastInsertRowid,
  );
  for (const [pos, actor] of p.actors.entries()) s.insertRouteActor.run(key, pos, actorKey(actor), actor.side ?? null);
  const lngs = coords.map((c) => c[0]);
  const lats = coords.map((c) => c[1]);
  s.rtreeInsertRoute.run(key, Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats));
}
