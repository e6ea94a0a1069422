/**
 * Pre-aggregated event counts, kept exact inside each article's write transaction, so the counts a page asks for at
 * a million events read thousands of rows instead of a million:
 * - `agg_dates`: events per (actor, background, type, date) — facet counts, totals and the timeline's date counts
 *   under the actor, type, background and date filters;
 * - `agg_points`: events per (actor, background, type, point) — clusters, totals and facets within a view under the
 *   actor, type and background filters (no date dimension: a date filter with a view goes to the base tables).
 * `actor_key` 0 stands for every event (actor keys start at 1); an event naming an actor twice counts once for it.
 * - `agg_cell_dates` (migration 5): dated events per (actor, background, type, date, 10° cell) — the timeline's date
 *   counts within a view: the cells wholly inside it from here, the events in its edge cells from the base tables.
 * - `agg_fine_dates` (migration 6): the same per 1° cell (fx, fy), each row also naming its events' 10° cell: a view's
 *   edge cells are read from here, only the strips outside any 1° cell from the base tables.
 * Undated events have date '' (a key column cannot be NULL and still conflict).
 */
import type { Database, Statement } from 'better-sqlite3';
import { FINE_CELL_DEG } from '../cell-rings';

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

/** Side of a cell of agg_cell_dates, in degrees. */
export const CELL_DEG = 10;
/** An event's cell column and row: the same expressions on the aggregates and on the base tables. */
export const CELL_X_SQL = `CAST((e.lng + 180) / ${CELL_DEG} AS INTEGER)`;
export const CELL_Y_SQL = `CAST((e.lat + 90) / ${CELL_DEG} AS INTEGER)`;

/** Tables and indexes (migration 5). */
export const CELL_TABLES_SQL = `
  CREATE TABLE agg_cell_dates (
    actor_key INTEGER NOT NULL, background INTEGER NOT NULL, type_slug TEXT NOT NULL, cx INTEGER NOT NULL, cy INTEGER NOT NULL,
    date TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, cx, cy, date)
  ) WITHOUT ROWID;
  CREATE INDEX agg_cell_dates_empty ON agg_cell_dates(n) WHERE n = 0;
`;

/** An event's 1° cell column and row. */
export const FINE_X_SQL = `CAST((e.lng + 180) / ${FINE_CELL_DEG} AS INTEGER)`;
export const FINE_Y_SQL = `CAST((e.lat + 90) / ${FINE_CELL_DEG} AS INTEGER)`;

/**
 * Tables and indexes (migration 6). The key leads with the actor and the 1° cell's row and column, so a view's
 * runs of cells along a row are each one range of the key (background and type are tested on the rows read).
 */
export const FINE_TABLES_SQL = `
  CREATE TABLE agg_fine_dates (
    actor_key INTEGER NOT NULL, fy INTEGER NOT NULL, fx INTEGER NOT NULL, cy INTEGER NOT NULL, cx INTEGER NOT NULL,
    background INTEGER NOT NULL, type_slug TEXT NOT NULL, date TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (actor_key, fy, fx, cy, cx, background, type_slug, date)
  ) WITHOUT ROWID;
  CREATE INDEX agg_fine_dates_empty ON agg_fine_dates(n) WHERE n = 0;
`;

/** Which events a statement adds or takes away: some articles' (their keys as a JSON array), or (the backfill) every event. */
type Scope = 'articles' | 'all';

export type AggregateTable = 'agg_dates' | 'agg_points' | 'agg_cell_dates' | 'agg_fine_dates';
export const AGGREGATE_TABLES: readonly AggregateTable[] = ['agg_dates', 'agg_points', 'agg_cell_dates', 'agg_fine_dates'];

/**
 * For each table: the statements that add `sign` × the events in scope, every event and then each of its actors
 * (parameters: sign, then a JSON array of article keys when scoped to articles), and the one that drops emptied rows.
 */
export function aggregateStatements(db: Database, scope: Scope, tables: readonly AggregateTable[] = AGGREGATE_TABLES) {
  // one statement for a batch of articles: grouped once, each aggregate row written once per batch
  const where = scope === 'articles' ? 'e.article_key IN (SELECT value FROM json_each(?))' : 'TRUE';
  return tables.map((table) => {
    const { columns, select, dated } = SHAPES[table];
    // count(DISTINCT e.key): an event naming an actor twice counts once for it (a DISTINCT subquery over the links
    // would be materialised whole for every article)
    const insert = (actor: string, from: string): Statement =>
      db.prepare(`INSERT INTO ${table} (actor_key, ${columns}, n)
        SELECT ${actor}, ${select}, ? * count(DISTINCT e.key) FROM ${from}
        WHERE ${dated ? 'e.date IS NOT NULL AND ' : ''}${where} GROUP BY ${actor === String(ALL_ACTORS_KEY) ? '' : `${actor}, `}${select}
        ON CONFLICT DO UPDATE SET n = n + excluded.n`);
    return {
      adds: [
        insert(`${ALL_ACTORS_KEY}`, 'events e'),
        insert('ea.actor_key', 'events e JOIN event_actors ea ON ea.event_key = e.key'),
      ],
      dropEmpty: db.prepare(`DELETE FROM ${table} WHERE n = 0`),
    };
  });
}

export type AggregateStatements = ReturnType<typeof aggregateStatements>;

/**
 * Adds (sign 1) or takes away (sign -1) the events in scope; call with 1 after writing articles' events and
 * with -1 before deleting them, inside the same transaction.
 */
export function adjustAggregates(statements: AggregateStatements, sign: 1 | -1, articleKeys?: readonly number[]): void {
  if (articleKeys !== undefined && articleKeys.length === 0) return;
  const args: unknown[] = articleKeys === undefined ? [sign] : [sign, JSON.stringify(articleKeys)];
  for (const table of statements) {
    for (const add of table.adds) add.run(...args);
    if (sign < 0) table.dropEmpty.run();
  }
}

// --- private helpers ---

/** Each table's columns besides actor_key and n, the expressions that fill them, and whether undated events count. */
const SHAPES: Record<AggregateTable, { columns: string; select: string; dated: boolean }> = {
  agg_dates: {
    columns: 'background, type_slug, date, date_start, date_end',
    select: "e.background, e.type_slug, coalesce(e.date, ''), e.date_start, e.date_end",
    dated: false,
  },
  agg_points: { columns: 'background, type_slug, lng, lat, mx, my', select: 'e.background, e.type_slug, e.lng, e.lat, e.mx, e.my', dated: false },
  agg_cell_dates: {
    columns: 'background, type_slug, cx, cy, date',
    select: `e.background, e.type_slug, ${CELL_X_SQL}, ${CELL_Y_SQL}, e.date`,
    dated: true,
  },
  agg_fine_dates: {
    columns: 'fy, fx, cy, cx, background, type_slug, date',
    select: `${FINE_Y_SQL}, ${FINE_X_SQL}, ${CELL_Y_SQL}, ${CELL_X_SQL}, e.background, e.type_slug, e.date`,
    dated: true,
  },
};
