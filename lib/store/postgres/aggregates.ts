/**
 * The PostgreSQL engine's pre-aggregated event counts, the SQLite engine's tables (../sqlite/aggregates.ts) with the
 * same meaning, kept exact inside each article's write transaction:
 * - `agg_dates`: events per (actor, background, type, date) — facets, totals and the timeline without a view;
 * - `agg_points`: events per (actor, background, type, point) — clusters, totals and facets within a view;
 * - `agg_cell_dates`: dated events per (actor, background, type, date, 10° cell) — the timeline within a view;
 * - `agg_types`: events per (actor, background, type) — facets, totals and the actor list without dates or a view
 *   (migration 3: summing every actor's day rows for the actor facet took 125 ms and more at 1M events).
 * actor_key 0 stands for every event; an event naming an actor twice counts once for it; undated events have date ''.
 *
 * Several workers write at once, and every article of a day touches that day's rows. So each write changes each
 * table with one upsert (`ON CONFLICT DO UPDATE SET n = g.n + excluded.n`) of the article's net change, rows in key
 * order: every transaction locks aggregate rows once, last, and in the same order, so writers wait for each other
 * there but never deadlock. A re-ingest reads its article's old counts before the old events go and sends them back
 * negated with the new ones.
 */
import type { PoolClient } from 'pg';
import { ALL_ACTORS_KEY, CELL_DEG } from '../aggregate-plan';

export type AggregateTable = 'agg_dates' | 'agg_points' | 'agg_cell_dates' | 'agg_types';
/**
 * Percent of each page filled on insert: the room left lets a count's update stay on its page (a HOT update, no new
 * index entry), which is most of what writing the counts costs; nothing indexes `n` for the same reason.
 */
const FILL_PERCENT = 70;
/** the tables every write changes, in the order it changes them (their rows locked in this order: no deadlock) */
const TABLES: readonly AggregateTable[] = ['agg_dates', 'agg_points', 'agg_cell_dates', 'agg_types'];
/** the tables migration 2 made: its SQL must not change when a later migration adds one */
const MIGRATION_2_TABLES: readonly AggregateTable[] = ['agg_dates', 'agg_points', 'agg_cell_dates'];

/** An event's 10° cell column and row: the same expressions on the aggregates and on the base tables. */
export const CELL_X_SQL = `floor((e.lng + 180) / ${CELL_DEG})::int`;
export const CELL_Y_SQL = `floor((e.lat + 90) / ${CELL_DEG})::int`;

/** Tables, indexes, and their rows counted from the events already there (migration 2). */
export function aggregateMigrationSql(): string {
  return `
  CREATE TABLE agg_dates (
    actor_key integer NOT NULL, background boolean NOT NULL, type_slug text COLLATE "C" NOT NULL,
    date text COLLATE "C" NOT NULL, date_start text COLLATE "C", date_end text COLLATE "C", n integer NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, date)
  );
  CREATE TABLE agg_points (
    actor_key integer NOT NULL, background boolean NOT NULL, type_slug text COLLATE "C" NOT NULL,
    lng double precision NOT NULL, lat double precision NOT NULL, mx double precision NOT NULL, my double precision NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, lng, lat)
  );
  CREATE TABLE agg_cell_dates (
    actor_key integer NOT NULL, background boolean NOT NULL, type_slug text COLLATE "C" NOT NULL,
    cx integer NOT NULL, cy integer NOT NULL, date text COLLATE "C" NOT NULL, n integer NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug, cx, cy, date)
  );
  ${MIGRATION_2_TABLES.map((table) => `ALTER TABLE ${table} SET (fillfactor = ${FILL_PERCENT});`).join('\n  ')}
  ${MIGRATION_2_TABLES.map((table) => `INSERT INTO ${table} (actor_key, ${SHAPES[table].columns.join(', ')}, n) ${countsSql(table, 'all')};`).join('\n  ')}
  ANALYZE agg_dates; ANALYZE agg_points; ANALYZE agg_cell_dates;
`;
}

/**
 * Migration 3: `agg_types`, summed from `agg_dates` (which counts every event once per actor, undated ones too);
 * indexes that find the events' extent (eventExtent) in four index probes instead of reading every point's row, and
 * an actor's cell rows west, east, south or north of a range of cells (a wide view's timeline, aggregate-read.ts).
 */
export function typesMigrationSql(): string {
  return `
  CREATE TABLE agg_types (
    actor_key integer NOT NULL, background boolean NOT NULL, type_slug text COLLATE "C" NOT NULL, n integer NOT NULL,
    PRIMARY KEY (actor_key, background, type_slug)
  );
  ALTER TABLE agg_types SET (fillfactor = ${FILL_PERCENT});
  INSERT INTO agg_types (actor_key, background, type_slug, n)
    SELECT actor_key, background, type_slug, sum(n)::int FROM agg_dates GROUP BY actor_key, background, type_slug HAVING sum(n) <> 0;
  CREATE INDEX agg_points_by_lng ON agg_points (actor_key, lng);
  CREATE INDEX agg_points_by_lat ON agg_points (actor_key, lat);
  CREATE INDEX agg_cell_dates_by_cx ON agg_cell_dates (actor_key, cx);
  CREATE INDEX agg_cell_dates_by_cy ON agg_cell_dates (actor_key, cy);
  ANALYZE agg_types; ANALYZE agg_points; ANALYZE agg_cell_dates;
`;
}

/** The counts an article's events hold in each table, read before they are replaced (then given to addCounts). */
export type OldCounts = Record<AggregateTable, unknown[]>;

/** Reads the article's current counts (one round trip), to be taken away when its events are replaced. */
export async function readCounts(client: PoolClient, articleKey: number): Promise<OldCounts> {
  const { rows } = await client.query<OldCounts>(
    `SELECT ${TABLES.map((table) => `(SELECT coalesce(json_agg(c), '[]') FROM (${countsSql(table, 'article')}) c) AS ${table}`).join(', ')}`,
    [articleKey],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`Unexpected empty answer: the counts of article ${articleKey}`);
  return row;
}

/**
 * Adds the article's events as they are now to every table, less `old` (its counts before a re-ingest or removal,
 * or null for an article new to the store), and deletes the rows that emptied. One round trip for the three upserts
 * (a new article's common case): each is a data-modifying WITH step that reads the one before it, so they run in
 * table order, each table's rows in key order.
 */
export async function addCounts(client: PoolClient, articleKey: number, old: OldCounts | null): Promise<void> {
  const steps = TABLES.map((table, i) => {
    const { columns, types, key } = SHAPES[table];
    const cols = ['actor_key', ...columns];
    const negated = `SELECT ${cols.map((c) => `x.${c}`).join(', ')}, -x.n AS n
      FROM json_to_recordset($${i + 2}::json) AS x(actor_key integer, ${columns.map((c, j) => `${c} ${types[j]}`).join(', ')}, n integer)`;
    const after = i === 0 ? 'TRUE' : `(SELECT count(*) FROM step${i - 1}) >= 0`; // the step before runs first
    return `step${i} AS (INSERT INTO ${table} AS g (${cols.join(', ')}, n)
       SELECT ${cols.join(', ')}, sum(d.n)::int FROM (${countsSql(table, 'article')} UNION ALL ${negated}) d
       WHERE ${after}
       GROUP BY ${cols.join(', ')} HAVING sum(d.n) <> 0
       ORDER BY ${['actor_key', ...key].join(', ')}
       ON CONFLICT (${['actor_key', ...key].join(', ')}) DO UPDATE SET n = g.n + excluded.n
       RETURNING 1)`;
  });
  const last = TABLES.length - 1;
  await client.query(`WITH ${steps.join(',\n')} SELECT count(*) FROM step${last}`, [
    articleKey,
    ...TABLES.map((table) => (old === null ? '[]' : JSON.stringify(old[table]))),
  ]);
  if (old === null) return;
  // only rows the article counted before can have emptied
  for (const table of TABLES) {
    if (old[table].length === 0) continue;
    const { columns, types, key } = SHAPES[table];
    await client.query(
      `DELETE FROM ${table} g USING json_to_recordset($1::json) AS x(actor_key integer, ${columns.map((c, j) => `${c} ${types[j]}`).join(', ')}, n integer)
       WHERE g.n = 0 AND ${['actor_key', ...key].map((c) => `g.${c} = x.${c}`).join(' AND ')}`,
      [JSON.stringify(old[table])],
    );
  }
}

// --- private helpers ---

/**
 * Each table's columns besides actor_key and n, their types (for json_to_recordset), the expressions that fill them,
 * the key columns among them, and whether only dated events count.
 */
const SHAPES: Record<AggregateTable, { columns: string[]; types: string[]; select: string[]; key: string[]; dated: boolean }> = {
  agg_dates: {
    columns: ['background', 'type_slug', 'date', 'date_start', 'date_end'],
    types: ['boolean', 'text', 'text', 'text', 'text'],
    select: ['e.background', 'e.type_slug', "coalesce(e.date, '')", 'e.date_start', 'e.date_end'],
    key: ['background', 'type_slug', 'date'],
    dated: false,
  },
  agg_points: {
    columns: ['background', 'type_slug', 'lng', 'lat', 'mx', 'my'],
    types: ['boolean', 'text', 'double precision', 'double precision', 'double precision', 'double precision'],
    select: ['e.background', 'e.type_slug', 'e.lng', 'e.lat', 'e.mx', 'e.my'],
    key: ['background', 'type_slug', 'lng', 'lat'],
    dated: false,
  },
  agg_cell_dates: {
    columns: ['background', 'type_slug', 'cx', 'cy', 'date'],
    types: ['boolean', 'text', 'integer', 'integer', 'text'],
    select: ['e.background', 'e.type_slug', CELL_X_SQL, CELL_Y_SQL, 'e.date'],
    key: ['background', 'type_slug', 'cx', 'cy', 'date'],
    dated: true,
  },
  agg_types: {
    columns: ['background', 'type_slug'],
    types: ['boolean', 'text'],
    select: ['e.background', 'e.type_slug'],
    key: ['background', 'type_slug'],
    dated: false,
  },
};

/**
 * The rows (actor_key, columns…, n) counting the events in scope: one article's ($1, its key) or every event (the
 * migration's fill, which joins the distinct links whole instead of looking each event's up).
 */
function countsSql(table: AggregateTable, scope: 'article' | 'all'): string {
  const { columns, select, dated } = SHAPES[table];
  const picked = select.map((expression, i) => `${expression} AS ${columns[i]}`).join(', ');
  const where = `${scope === 'article' ? 'e.article_key = $1' : 'TRUE'}${dated ? ' AND e.date IS NOT NULL' : ''}`;
  const links =
    scope === 'article'
      ? 'events e CROSS JOIN LATERAL (SELECT DISTINCT ea.actor_key FROM event_actors ea WHERE ea.event_key = e.key) l'
      : 'events e JOIN (SELECT DISTINCT event_key, actor_key FROM event_actors) l ON l.event_key = e.key';
  return `SELECT s.actor_key, ${columns.map((c) => `s.${c}`).join(', ')}, count(*)::int AS n FROM (
      SELECT ${ALL_ACTORS_KEY} AS actor_key, ${picked} FROM events e WHERE ${where}
      UNION ALL
      SELECT l.actor_key, ${picked} FROM ${links} WHERE ${where}
    ) s GROUP BY s.actor_key, ${columns.map((c) => `s.${c}`).join(', ')}`;
}
