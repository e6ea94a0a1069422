/**
 * The embedded default engine: an EventStore in one SQLite file (better-sqlite3), with an R*Tree on event points
 * and FTS5 on sentences and titles. Statements run synchronously; one store object per process and file.
 */
import type { Database } from 'better-sqlite3';
import { StoreOpenError, type EventStore } from '../types';
import { describeSqliteError, openDatabase, type OpenOptions } from './open';
import { createWriter } from './write';
import { actors, dateCounts, facets, listPage, matchingIds, routesInView, search, view } from './view';
import { articleById, counts, eventById, exportCollection, placeById } from './export';

export interface SqliteStoreOptions extends OpenOptions {
  /** answer from the pre-aggregated counts where they are exact (default true; false: base tables only, for tests) */
  aggregates?: boolean;
}

/**
 * Opens the store file at `file` (created when missing unless `mustExist`); throws StoreOpenError.
 * @example const store = openSqliteStore('geodata/store.sqlite'); store.counts().events
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): EventStore {
  const db: Database = openDatabase(file, options);
  const writer = createWriter(db);
  const read = { aggregates: options.aggregates ?? true };
  return guarded(file, {
    upsertArticle: (bundle) => writer.upsert(bundle),
    upsertArticles: (bundles) => writer.upsertMany(bundles),
    removeArticle: (id) => writer.remove(id),
    view: (bounds, zoom, filter, viewOptions) => view(db, bounds, zoom, filter, viewOptions, read),
    facets: (filter, bounds) => facets(db, filter, bounds ?? null, read),
    listPage: (filter, offset, limit, bounds) => listPage(db, filter, offset, limit, bounds ?? null, read),
    actors: () => actors(db, read),
    dateCounts: (filter, bounds) => dateCounts(db, filter, bounds ?? null, read),
    routesInView: (bounds, filter, limit) => routesInView(db, bounds, filter, limit),
    search: (q, limit) => search(db, q, limit),
    matchingIds: (filter, limit) => matchingIds(db, filter, limit),
    article: (id) => articleById(db, id),
    place: (id) => placeById(db, id),
    event: (id) => eventById(db, id),
    exportCollection: (filter) => exportCollection(db, filter),
    counts: () => counts(db),
    schemaVersion: () => db.pragma('user_version', { simple: true }) as number,
    close: () => db.close(),
  });
}

/** SQLite codes that mean the file itself is broken, whatever the query: reported like a failed open. */
const BROKEN_FILE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * The store with a corrupt page found by any query turned into one StoreOpenError line (pages are checked as they
 * are read: checking the whole file at open would cost seconds at a million events).
 */
function guarded(file: string, store: EventStore): EventStore {
  const wrap = <A extends unknown[], R>(method: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return method(...args);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && BROKEN_FILE_CODES.has(code)) throw new StoreOpenError(file, describeSqliteError(error));
        throw error;
      }
    };
  return Object.fromEntries(Object.entries(store).map(([name, method]) => [name, wrap(method as (...args: unknown[]) => unknown)])) as unknown as EventStore;
}
