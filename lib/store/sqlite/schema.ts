/**
 * The SQLite store's schema as numbered migrations. `PRAGMA user_version` holds the number of the last one
 * applied; `PRAGMA application_id` marks the file as ours, so another program's database is told apart from an
 * empty or older store. A migration never edits an earlier one: a change is a new entry at the end.
 */
import type { Database } from 'better-sqlite3';
import { AGGREGATE_TABLES_SQL, CELL_TABLES_SQL, FINE_TABLES_SQL, adjustAggregates, aggregateStatements } from './aggregates';

/** 'GEOE' as a big-endian 32-bit integer: SQLite's header field for "which program wrote this file". */
export const APPLICATION_ID = 0x47454f45;

export interface Migration {
  version: number;
  /** what the migration does, for the error line of a store that cannot be migrated */
  describe: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'articles, places, mentions, actors, events, routes; R*Tree on event and route boxes; FTS5 on sentences',
    up: (db) => {
      db.exec(`
        CREATE TABLE articles (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT, date TEXT, source TEXT, file TEXT
        );
        CREATE TABLE places (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          gazetteer_id TEXT NOT NULL,
          name TEXT NOT NULL,
          place_type TEXT NOT NULL,
          country_code TEXT,
          precision INTEGER NOT NULL,
          feature TEXT,
          area TEXT,              -- JSON of the AreaRef, or NULL
          lng REAL NOT NULL, lat REAL NOT NULL
        );
        CREATE TABLE mentions (
          article_key INTEGER NOT NULL,
          place_key INTEGER NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          text TEXT NOT NULL,
          demonym INTEGER,        -- NULL when the pipeline left it unset
          resolved_by TEXT NOT NULL
        );
        CREATE INDEX mentions_by_article ON mentions(article_key);
        CREATE INDEX mentions_by_place ON mentions(place_key);
        CREATE TABLE actors (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL, acled_name TEXT NOT NULL, inter INTEGER NOT NULL
        );
        CREATE TABLE events (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          article_key INTEGER NOT NULL,
          seq INTEGER NOT NULL,   -- position in its article's feature order
          place_key INTEGER NOT NULL,
          event_type TEXT NOT NULL, type_slug TEXT NOT NULL, sub_event_type TEXT,
          lng REAL NOT NULL, lat REAL NOT NULL,
          mx REAL NOT NULL, my REAL NOT NULL, -- Web Mercator x, y in 0..1, the cluster grid's space
          precision INTEGER NOT NULL,
          date TEXT, date_precision TEXT,
          date_start TEXT, date_end TEXT,     -- the period a partial date covers, for range overlap
          fatalities INTEGER,
          background INTEGER NOT NULL,
          sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
          confidence REAL NOT NULL
        );
        CREATE INDEX events_by_article ON events(article_key);
        CREATE INDEX events_in_list_order ON events(date IS NULL, date, id);
        CREATE INDEX events_by_type ON events(type_slug);
        CREATE TABLE event_actors (
          event_key INTEGER NOT NULL, pos INTEGER NOT NULL, actor_key INTEGER NOT NULL,
          side INTEGER,           -- ACLED side 1 or 2, NULL when unset
          PRIMARY KEY (event_key, pos)
        ) WITHOUT ROWID;
        CREATE INDEX event_actors_by_actor ON event_actors(actor_key, event_key);
        CREATE TABLE routes (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          article_key INTEGER NOT NULL,
          seq INTEGER NOT NULL,
          from_place_key INTEGER NOT NULL, to_place_key INTEGER NOT NULL,
          coordinates TEXT NOT NULL, -- JSON [[lng, lat], …]
          date TEXT, date_start TEXT, date_end TEXT,
          sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX routes_by_article ON routes(article_key);
        CREATE TABLE route_actors (
          route_key INTEGER NOT NULL, pos INTEGER NOT NULL, actor_key INTEGER NOT NULL, side INTEGER,
          PRIMARY KEY (route_key, pos)
        ) WITHOUT ROWID;
        CREATE INDEX route_actors_by_actor ON route_actors(actor_key, route_key);
        CREATE VIRTUAL TABLE events_rtree USING rtree(key, min_x, max_x, min_y, max_y);
        CREATE VIRTUAL TABLE routes_rtree USING rtree(key, min_x, max_x, min_y, max_y);
        CREATE VIRTUAL TABLE events_fts USING fts5(
          sentence, content='events', content_rowid='key', tokenize='unicode61 remove_diacritics 2'
        );
      `);
    },
  },
  {
    version: 2,
    describe: 'FTS5 on article titles, so ?q= finds the events of an article by its headline',
    up: (db) => {
      db.exec(`
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, content='articles', content_rowid='key', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
      `);
    },
  },
  {
    version: 3,
    describe: 'a covering index for type facets, counts and date ranges',
    // Type facet at 1,000,000 events: 495 → 65 ms of CPU (bench:store's store, measured with and without it).
    // Asked for by name (INDEXED BY) in the type facet only; see where.ts for why.
    up: (db) => db.exec('CREATE INDEX events_facets ON events(background, type_slug, date_start, date_end)'),
  },
  {
    version: 4,
    describe: 'pre-aggregated event counts per actor, type, date and point (aggregates.ts), filled from the events',
    up: (db) => {
      db.exec(AGGREGATE_TABLES_SQL);
      adjustAggregates(aggregateStatements(db, 'all', ['agg_dates', 'agg_points']), 1);
    },
  },
  {
    version: 5,
    describe: 'pre-aggregated dated event counts per actor, type, date and 10° cell (aggregates.ts), filled from the events',
    up: (db) => {
      db.exec(CELL_TABLES_SQL);
      adjustAggregates(aggregateStatements(db, 'all', ['agg_cell_dates']), 1);
    },
  },
  {
    version: 6,
    describe: 'pre-aggregated dated event counts per actor, type, date and 1° cell (aggregates.ts), filled from the events',
    up: (db) => {
      db.exec(FINE_TABLES_SQL);
      adjustAggregates(aggregateStatements(db, 'all', ['agg_fine_dates']), 1);
    },
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
