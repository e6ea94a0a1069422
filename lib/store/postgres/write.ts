/**
 * Writing one article into the PostgreSQL store in one transaction: a worker killed halfway leaves nothing of the
 * article half-written, and two workers given the same article leave one copy. The article row is upserted first
 * (ON CONFLICT (id) DO UPDATE), which locks it: a second writer of the same article waits there, then replaces
 * what the first wrote. Places and actors are upserted in id order, so writers of different articles sharing
 * places do not deadlock; a deadlock or a race with a writer removing a shared place is retried whole.
 *
 * Each table is written with one statement per article (rows passed as JSON through json_to_recordset), so an
 * article costs about a dozen round trips whatever its size (five more when it replaces an earlier ingest); the
 * pre-aggregated counts (./aggregates.ts) are changed last, in key order, so writers sharing a day's counts never
 * deadlock there.
 */
import type { Pool, PoolClient } from 'pg';
import { eventTypeSlug } from '../../filters/event-types';
import { periodEnd, periodStart } from '../../filters/filter-events';
import type { Actor } from '../../geojson/schema';
import type { ArticleBundle } from '../types';
import { mercator } from '../sqlite/write';
import { addCounts, readCounts } from './aggregates';

/** Writes `bundle`, replacing an earlier ingest of the same article id. */
export async function upsertArticle(pool: Pool, bundle: ArticleBundle): Promise<void> {
  await inTransaction(pool, async (client) => {
    const a = bundle.article;
    // xmax = 0: the row is new, not an update (PostgreSQL's own marker of a tuple no transaction has replaced)
    const { rows } = await client.query<{ key: number; inserted: boolean }>(
      `INSERT INTO articles (id, title, date, source, file, title_tsv)
       VALUES ($1, $2, $3, $4, $5, to_tsvector('simple', unaccent(coalesce($2::text, ''))))
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, source = excluded.source,
         file = excluded.file, title_tsv = excluded.title_tsv
       RETURNING key, (xmax = 0) AS inserted`,
      [a.id, a.title, a.date, a.source, a.file ?? null],
    );
    const articleKey = rows[0]?.key;
    if (articleKey === undefined) throw new Error(`Unexpected upsert: no key for article ${a.id}`);
    // a new article has no rows to remove: five round trips saved on a first ingest, the common case
    const inserted = rows[0]?.inserted === true;
    const oldCounts = inserted ? null : await readCounts(client, articleKey);
    const oldPlaces = inserted ? [] : await removeRows(client, articleKey);
    await writePlaces(client, articleKey, bundle);
    await writeActors(client, bundle);
    await writeEvents(client, articleKey, bundle);
    await writeRoutes(client, articleKey, bundle);
    await deleteUnmentionedPlaces(client, oldPlaces);
    await addCounts(client, articleKey, oldCounts); // last: the rows every writer shares are locked the shortest
  });
}

/**
 * Writes several articles, each in a transaction of its own and several at once (as many as the pool's connections):
 * one transaction for all would hold the shared place and day rows an article locks until the last article is in,
 * and two workers' batches could then deadlock on them. An article twice: only the last is written (what writing
 * both in turn leaves). A failure is thrown once every write has ended, the other articles in or out whole.
 */
export async function upsertArticles(pool: Pool, bundles: readonly ArticleBundle[]): Promise<void> {
  const last = new Map<string, ArticleBundle>();
  for (const bundle of bundles) last.set(bundle.article.id, bundle);
  const settled = await Promise.allSettled([...last.values()].map((bundle) => upsertArticle(pool, bundle)));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

/** Removes one article and what it produced; false when it was absent. */
export async function removeArticle(pool: Pool, id: string): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ key: number }>('SELECT key FROM articles WHERE id = $1 FOR UPDATE', [id]);
    const key = rows[0]?.key;
    if (key === undefined) return false;
    const oldCounts = await readCounts(client, key);
    const places = await removeRows(client, key);
    await client.query('DELETE FROM articles WHERE key = $1', [key]);
    await deleteUnmentionedPlaces(client, places);
    await addCounts(client, key, oldCounts);
    return true;
  });
}

// --- private helpers ---

/** Errors after which the whole article is written again: deadlock, serialization failure, a place removed under us. */
const RETRYABLE = new Set(['40P01', '40001', '23503']);
const MAX_TRIES = 5;

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_TRIES || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    } finally {
      client.release();
    }
  }
}

/** Deletes the article's events, routes and mentions (their actor links cascade); returns the places it mentioned. */
async function removeRows(client: PoolClient, articleKey: number): Promise<number[]> {
  const { rows } = await client.query<{ place_key: number }>('SELECT DISTINCT place_key FROM mentions WHERE article_key = $1', [articleKey]);
  await client.query('DELETE FROM events WHERE article_key = $1', [articleKey]);
  await client.query('DELETE FROM routes WHERE article_key = $1', [articleKey]);
  await client.query('DELETE FROM mentions WHERE article_key = $1', [articleKey]);
  return rows.map((r) => r.place_key);
}

/** Places no article mentions any more (nor any event or route points at) go. */
async function deleteUnmentionedPlaces(client: PoolClient, keys: readonly number[]): Promise<void> {
  if (keys.length === 0) return;
  await client.query(
    `DELETE FROM places p WHERE p.key = ANY($1::int[])
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.place_key = p.key)
       AND NOT EXISTS (SELECT 1 FROM events e WHERE e.place_key = p.key)
       AND NOT EXISTS (SELECT 1 FROM routes r WHERE r.from_place_key = p.key OR r.to_place_key = p.key)`,
    [keys.toSorted((x, y) => x - y)],
  );
}

async function writePlaces(client: PoolClient, articleKey: number, bundle: ArticleBundle): Promise<void> {
  if (bundle.places.length === 0) return;
  const places = bundle.places
    .map((place) => {
      const p = place.properties;
      const [lng, lat] = place.geometry.coordinates;
      return {
        id: place.id,
        gazetteer_id: p.gazetteerId,
        name: p.name,
        place_type: p.placeType,
        country_code: p.countryCode,
        precision: p.precision,
        feature: p.feature ?? null,
        area: p.area === null ? null : JSON.stringify(p.area),
        lng,
        lat,
      };
    })
    .toSorted((x, y) => compare(x.id, y.id));
  await client.query(
    `INSERT INTO places (id, gazetteer_id, name, place_type, country_code, precision, feature, area, lng, lat, geom)
     SELECT x.id, x.gazetteer_id, x.name, x.place_type, x.country_code, x.precision, x.feature, x.area, x.lng, x.lat,
       ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326)
     FROM json_to_recordset($1::json) AS x(id text, gazetteer_id text, name text, place_type text, country_code text,
       precision integer, feature text, area text, lng double precision, lat double precision)
     ORDER BY x.id
     ON CONFLICT (id) DO UPDATE SET gazetteer_id = excluded.gazetteer_id, name = excluded.name,
       place_type = excluded.place_type, country_code = excluded.country_code, precision = excluded.precision,
       feature = excluded.feature, area = excluded.area, lng = excluded.lng, lat = excluded.lat, geom = excluded.geom`,
    [JSON.stringify(places)],
  );
  const mentions = bundle.places.flatMap((place) =>
    place.properties.mentions.map((m) => ({
      place_id: place.id,
      start: m.start,
      end: m.end,
      text: m.text,
      demonym: m.demonym ?? null,
      resolved_by: m.resolvedBy,
    })),
  );
  await client.query(
    `INSERT INTO mentions (article_key, place_key, start, "end", text, demonym, resolved_by)
     SELECT $1, p.key, x.start, x."end", x.text, x.demonym, x.resolved_by
     FROM json_to_recordset($2::json) AS x(place_id text, start integer, "end" integer, text text, demonym boolean, resolved_by text)
     JOIN places p ON p.id = x.place_id`,
    [articleKey, JSON.stringify(mentions)],
  );
}

/** Actors named by the article's events and routes, once each (the first naming wins, as in the SQLite engine). */
async function writeActors(client: PoolClient, bundle: ArticleBundle): Promise<void> {
  const byId = new Map<string, Actor>();
  for (const feature of [...bundle.events, ...bundle.routes]) {
    for (const actor of feature.properties.actors) if (!byId.has(actor.id)) byId.set(actor.id, actor);
  }
  if (byId.size === 0) return;
  const actors = [...byId.values()]
    .toSorted((x, y) => compare(x.id, y.id))
    .map((a) => ({ id: a.id, name: a.name, acled_name: a.acledName, inter: a.inter }));
  await client.query(
    `INSERT INTO actors (id, name, acled_name, inter)
     SELECT x.id, x.name, x.acled_name, x.inter
     FROM json_to_recordset($1::json) AS x(id text, name text, acled_name text, inter integer)
     ORDER BY x.id
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, acled_name = excluded.acled_name, inter = excluded.inter`,
    [JSON.stringify(actors)],
  );
}

async function writeEvents(client: PoolClient, articleKey: number, bundle: ArticleBundle): Promise<void> {
  if (bundle.events.length === 0) return;
  const events = bundle.events.map((event, seq) => {
    const p = event.properties;
    const [lng, lat] = event.geometry.coordinates;
    const [mx, my] = mercator([lng, lat]);
    return {
      id: event.id,
      seq,
      place_id: p.placeId,
      event_type: p.eventType,
      type_slug: eventTypeSlug(p.eventType),
      sub_event_type: p.subEventType,
      lng,
      lat,
      mx,
      my,
      precision: p.precision,
      date: p.date,
      date_precision: p.datePrecision,
      date_start: p.date === null ? null : periodStart(p.date),
      date_end: p.date === null ? null : periodEnd(p.date),
      fatalities: p.fatalities,
      background: p.background,
      sentence: p.sentence,
      start: p.start,
      end: p.end,
      confidence: p.confidence,
    };
  });
  const { rowCount } = await client.query(
    `INSERT INTO events (id, article_key, seq, place_key, event_type, type_slug, sub_event_type, lng, lat, geom, mx, my,
       precision, date, date_precision, date_start, date_end, fatalities, background, sentence, start, "end", confidence,
       sentence_tsv)
     SELECT x.id, $1, x.seq, p.key, x.event_type, x.type_slug, x.sub_event_type, x.lng, x.lat,
       ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326), x.mx, x.my, x.precision, x.date, x.date_precision, x.date_start,
       x.date_end, x.fatalities, x.background, x.sentence, x.start, x."end", x.confidence,
       to_tsvector('simple', unaccent(x.sentence))
     FROM json_to_recordset($2::json) AS x(id text, seq integer, place_id text, event_type text, type_slug text,
       sub_event_type text, lng double precision, lat double precision, mx double precision, my double precision,
       precision integer, date text, date_precision text, date_start text, date_end text, fatalities integer,
       background boolean, sentence text, start integer, "end" integer, confidence double precision)
     JOIN places p ON p.id = x.place_id`,
    [articleKey, JSON.stringify(events)],
  );
  if (rowCount !== events.length) throw new Error(`Unexpected event places: ${events.length - (rowCount ?? 0)} events point at no place of the article`);
  const links = bundle.events.flatMap((event) =>
    event.properties.actors.map((actor, pos) => ({ owner_id: event.id, pos, actor_id: actor.id, side: actor.side ?? null })),
  );
  await writeActorLinks(client, 'event_actors', 'event_key', 'events', links);
}

async function writeRoutes(client: PoolClient, articleKey: number, bundle: ArticleBundle): Promise<void> {
  if (bundle.routes.length === 0) return;
  const routes = bundle.routes.map((route, seq) => {
    const p = route.properties;
    return {
      id: route.id,
      seq,
      from_id: p.fromPlaceId,
      to_id: p.toPlaceId,
      coordinates: JSON.stringify(route.geometry.coordinates),
      date: p.date,
      date_start: p.date === null ? null : periodStart(p.date),
      date_end: p.date === null ? null : periodEnd(p.date),
      sentence: p.sentence,
      start: p.start,
      end: p.end,
    };
  });
  const { rowCount } = await client.query(
    `INSERT INTO routes (id, article_key, seq, from_place_key, to_place_key, coordinates, geom, date, date_start, date_end,
       sentence, start, "end")
     SELECT x.id, $1, x.seq, pf.key, pt.key, x.coordinates,
       ST_SetSRID(ST_GeomFromGeoJSON(json_build_object('type', 'LineString', 'coordinates', x.coordinates::json)), 4326),
       x.date, x.date_start, x.date_end, x.sentence, x.start, x."end"
     FROM json_to_recordset($2::json) AS x(id text, seq integer, from_id text, to_id text, coordinates text, date text,
       date_start text, date_end text, sentence text, start integer, "end" integer)
     JOIN places pf ON pf.id = x.from_id JOIN places pt ON pt.id = x.to_id`,
    [articleKey, JSON.stringify(routes)],
  );
  if (rowCount !== routes.length) throw new Error(`Unexpected route places: ${routes.length - (rowCount ?? 0)} routes point at no place of the article`);
  const links = bundle.routes.flatMap((route) =>
    route.properties.actors.map((actor, pos) => ({ owner_id: route.id, pos, actor_id: actor.id, side: actor.side ?? null })),
  );
  await writeActorLinks(client, 'route_actors', 'route_key', 'routes', links);
}

async function writeActorLinks(
  client: PoolClient,
  table: 'event_actors' | 'route_actors',
  keyColumn: 'event_key' | 'route_key',
  owners: 'events' | 'routes',
  links: readonly { owner_id: string; pos: number; actor_id: string; side: number | null }[],
): Promise<void> {
  if (links.length === 0) return;
  await client.query(
    `INSERT INTO ${table} (${keyColumn}, pos, actor_key, side)
     SELECT o.key, x.pos, a.key, x.side
     FROM json_to_recordset($1::json) AS x(owner_id text, pos integer, actor_id text, side integer)
     JOIN ${owners} o ON o.id = x.owner_id JOIN actors a ON a.id = x.actor_id`,
    [JSON.stringify(links)],
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
