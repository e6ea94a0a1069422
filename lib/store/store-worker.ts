/**
 * One thread of the served store's reader pool (./worker-pool.ts): its own connection to the SQLite file, answering
 * one read at a time, so a slow query (a zoomed-in timeline, a text search) holds up this thread only, never the
 * server's. Started by the pool with the file in `workerData`; messages are `{ id, method, args }`, answers
 * `{ id, value }` or `{ id, error }`.
 *
 * The connection reads through its own page cache, not the memory map the server's connection uses: each mapping
 * of the file counts again in the process's resident memory (three connections mapping a 700 MB store summed to
 * 1.7 GB at a million events), while copies come from the system's file cache, which is not the process's.
 */
import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { describeSqliteError, openDatabase } from './sqlite/open';
import { actors, dateCounts, facets, listPage, matchingIds, routesInView, search, view } from './sqlite/view';
import { articleById, counts, eventById, exportCollection, placeById } from './sqlite/export';
import { StoreOpenError, type EventStore } from './types';
import { READ_METHODS, type ReadMethod, type WorkerAnswer, type WorkerAsk } from './worker-protocol';

const READER_CACHE_KIB = 64 * 1024; // each thread's page cache, KiB (the server's connection keeps its own)
/** SQLite codes that mean the file itself is broken: one StoreOpenError line, as the engine's own guard says it */
const BROKEN_FILE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

const { file, options } = workerData as { file: string; options: { aggregates?: boolean } };
const port = parentPort;
if (port === null) throw new Error('store-worker.ts runs as a worker thread only');

let reader: Pick<EventStore, ReadMethod> | Error;
try {
  reader = readerOn(openDatabase(file, { mustExist: true }), { aggregates: options.aggregates ?? true });
} catch (error) {
  reader = error instanceof Error ? error : new Error(String(error)); // each answer says it: the pool hears it where it asked
}
port.on('message', (ask: WorkerAsk) => {
  port.postMessage(answer(ask));
});
port.postMessage({ ready: true });

function answer(ask: WorkerAsk): WorkerAnswer {
  try {
    if (reader instanceof Error) throw reader;
    if (!(READ_METHODS as readonly string[]).includes(ask.method)) throw new Error(`Unexpected store method: ${ask.method}`);
    const method = reader[ask.method as ReadMethod] as (...args: unknown[]) => unknown;
    return { id: ask.id, value: method(...ask.args) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const e = typeof code === 'string' && BROKEN_FILE_CODES.has(code) ? new StoreOpenError(file, describeSqliteError(error)) : error instanceof Error ? error : new Error(String(error));
    return { id: ask.id, error: { name: e.name, message: e.message, path: (e as { path?: unknown }).path as string | undefined } };
  }
}

/** The engine's reads (as lib/store/sqlite/index.ts binds them) on this thread's connection. */
function readerOn(db: Database, read: { aggregates: boolean }): Pick<EventStore, ReadMethod> {
  db.pragma('mmap_size = 0');
  db.pragma(`cache_size = -${READER_CACHE_KIB}`);
  return {
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
  };
}
