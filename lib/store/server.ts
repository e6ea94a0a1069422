/**
 * The store the server answers from: the PostgreSQL engine when DATABASE_URL is set, else the SQLite file named by
 * STORE_PATH (or geodata/store.sqlite); opened once per process and place (SQLite sees other processes' commits by
 * itself, so an ingest running beside the server needs no reload); SQLite's reads run on a pool of threads
 * (./worker-pool.ts). Kept on globalThis like the events cache
 * (lib/explorer-data/server.ts): Next gives each route bundle its own module state.
 */
import { resolveStorePath } from './path';
import { openSqliteStore } from './sqlite/index';
import { StoreOpenError, type AsyncEventStore } from './types';
import { readerPool } from './worker-pool';

export type ServedStore = { ok: true; store: AsyncEventStore } | { ok: false; reason: string };

const CACHE_KEY = Symbol.for('geo-event-explorer.served-store');
type CacheHolder = { [CACHE_KEY]?: { where: string; store: Promise<AsyncEventStore> } | null };
const holder = globalThis as CacheHolder;

/**
 * The served store, or why it cannot be opened (one line, never a throw).
 * @example const served = await getServedStore(); if (served.ok) await served.store.counts()
 */
export async function getServedStore(): Promise<ServedStore> {
  const url = process.env.DATABASE_URL?.trim();
  const where = url ? `postgres:${url}` : resolveStorePath(null, process.env, process.cwd());
  const current = holder[CACHE_KEY];
  if (current?.where !== where) {
    const previous = current?.store;
    holder[CACHE_KEY] = { where, store: url ? openPostgres(url) : openSqlite(where) };
    void previous?.then((store) => store.close()).catch(() => undefined);
  }
  const opening = holder[CACHE_KEY] as { where: string; store: Promise<AsyncEventStore> };
  try {
    return { ok: true, store: await opening.store };
  } catch (error) {
    // a missing or broken store is tried again on the next request: an ingest may create or replace it
    if (holder[CACHE_KEY] === opening) holder[CACHE_KEY] = null;
    return { ok: false, reason: error instanceof StoreOpenError ? error.message : String(error) };
  }
}

// --- private helpers ---

async function openSqlite(file: string): Promise<AsyncEventStore> {
  // opened (and migrated) here first, so a broken file is one line before any thread starts; reads go to the pool
  return readerPool(file, openSqliteStore(file, { mustExist: true }), { size: readerCount(process.env.STORE_READERS) });
}

/** STORE_READERS=n: the pool's threads (default: one per core, at least 2). */
function readerCount(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

async function openPostgres(url: string): Promise<AsyncEventStore> {
  // loaded only when asked for: a server on the embedded store never loads the pg driver
  const { openPostgresStore } = await import('./postgres/index');
  return openPostgresStore(url);
}
