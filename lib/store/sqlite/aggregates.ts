/**
 * Pre-aggregated event counts, kept exact inside each article's write transaction, so the counts a page asks for at
 * a million events read thousands of rows instead of a million:
 * - `agg_dates`: events per (actor, background, type, date) — facet counts, totals and the timeline's date counts
 *   under the actor, type, background and date filters;
 * - `agg_points`: events per (actor, background, type, point) — clusters, totals and facets within a view under the
 *   actor, type and background filters (no date dimension: a date filter with a view goes to the base tables).
 * `actor_key` 0 stands for every event (actor keys start at 1); an event naming an actor twice counts once for it.
 * Undated events have date '' (a key column cannot be NULL and still conflict).
 */
import type { Database, Statement } from 'better-sqlite3';

/** The actor_key of the rows that count every event whatever its actors. */
export const ALL_ACTORS_KEY = 0;

/** Tables and indexes (migration 4). */
export const AGGREGATE_TABLES_SQL = `
  CREATE TABLE agg_dates (
    actor_key INTEGER NOT NULL, background INTEGER NOT NULL, type_slug TEXT NOT NULL, date TEXT NOT NULL,
    date_start TEXT, date_end TEXT, n INTEGER NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, date)
  ) WITHOUT ROWID;
  CREATE INDEX agg_dates_empty ON agg_dates(n) WHERE n = 0;
  CREATE TABLE agg_points (
    actor_key INTEGER NOT NULL, background INTEGER NOT NULL, type_slug TEXT NOT NULL, lng REAL NOT NULL, lat REAL NOT NULL,
    mx REAL NOT NULL, my REAL NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, lng, lat)
  ) WITHOUT ROWID;
  CREATE INDEX agg_points_empty ON agg_points(n) WHERE n = 0;
`;

/** Which events a statement adds or takes away: one article's, or (the backfill) every event. */
type Scope = 'article' | 'all';

/**
 * The four statements that add `sign` × the events in scope to the aggregates (parameters: sign, then the article
 * key when scoped to an article), and the two that drop emptied rows.
 */
export function aggregateStatements(db: Database, scope: Scope) {
  const where = scope === 'article' ? 'e.article_key = ?' : 'TRUE';
  const p = (sql: string): Statement => db.prepare(sql);
  return {
    allDates: p(`INSERT INTO agg_dates (actor_key, background, type_slug, date, date_start, date_end, n)
      SELECT ${ALL_ACTORS_KEY}, e.background, e.type_slug, coalesce(e.date, ''), e.date_start, e.date_end, ? * count(*)
      FROM events e WHERE ${where} GROUP BY e.background, e.type_slug, e.date
      ON CONFLICT DO UPDATE SET n = n + excluded.n`),
    actorDates: p(`INSERT INTO agg_dates (actor_key, background, type_slug, date, date_start, date_end, n)
      SELECT ea.actor_key, e.background, e.type_slug, coalesce(e.date, ''), e.date_start, e.date_end, ? * count(*)
      FROM events e JOIN (SELECT DISTINCT event_key, actor_key FROM event_actors) ea ON ea.event_key = e.key
      WHERE ${where} GROUP BY ea.actor_key, e.background, e.type_slug, e.date
      ON CONFLICT DO UPDATE SET n = n + excluded.n`),
    allPoints: p(`INSERT INTO agg_points (actor_key, background, type_slug, lng, lat, mx, my, n)
      SELECT ${ALL_ACTORS_KEY}, e.background, e.type_slug, e.lng, e.lat, e.mx, e.my, ? * count(*)
      FROM events e WHERE ${where} GROUP BY e.background, e.type_slug, e.lng, e.lat
      ON CONFLICT DO UPDATE SET n = n + excluded.n`),
    actorPoints: p(`INSERT INTO agg_points (actor_key, background, type_slug, lng, lat, mx, my, n)
      SELECT ea.actor_key, e.background, e.type_slug, e.lng, e.lat, e.mx, e.my, ? * count(*)
      FROM events e JOIN (SELECT DISTINCT event_key, actor_key FROM event_actors) ea ON ea.event_key = e.key
      WHERE ${where} GROUP BY ea.actor_key, e.background, e.type_slug, e.lng, e.lat
      ON CONFLICT DO UPDATE SET n = n + excluded.n`),
    dropEmptyDates: p('DELETE FROM agg_dates WHERE n = 0'),
    dropEmptyPoints: p('DELETE FROM agg_points WHERE n = 0'),
  };
}

export type AggregateStatements = ReturnType<typeof aggregateStatements>;

/**
 * Adds (sign 1) or takes away (sign -1) the events in scope; call with 1 after writing an article's events and
 * with -1 before deleting them, inside the same transaction.
 */
export function adjustAggregates(s: AggregateStatements, sign: 1 | -1, articleKey?: number): void {
  const args: unknown[] = articleKey === undefined ? [sign] : [sign, articleKey];
  s.allDates.run(...args);
  s.actorDates.run(...args);
  s.allPoints.run(...args);
  s.actorPoints.run(...args);
  if (sign < 0) {
    s.dropEmptyDates.run();
    s.dropEmptyPoints.run();
  }
}
