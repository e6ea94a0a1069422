/**
 * The store the server answers from: opened once per process and path (SQLite sees other processes' commits by
 * itself, so an ingest running beside the server needs no reload). Kept on globalThis like the events cache
 * (lib/explorer-data/server.ts): Next gives each route bundle its own module state.
 */
import { resolveStorePath } from './path';
import { openSqliteStore } from './sqlite/index';
import { StoreOpenError, type EventStore } from './types';

const CACHE_KEY = Symbol.for('geo-event-explorer.served-store');
type CacheHolder = { [CACHE_KEY]?: { path: string; store: EventStore } | null };
const holder = globalThis as CacheHolder;

/**
 * The store named by STORE_PATH (or geodata/store.sqlite), or why it cannot be opened (one line, never a throw).
 * @example const served = getServedStore(); if (served.ok) served.store.counts()
 */
export function getServedStore(): { ok: true; store: EventStore } | { ok: false; reason: string } {
  const file = resolveStorePath(null, process.env, process.cwd());
  const current = holder[CACHE_KEY];
  if (current?.path === file) return { ok: true, store: current.store };
  try {
    const store = openSqliteStore(file, { mustExist: true });
    current?.store.close();
    holder[CACHE_KEY] = { path: file, store };
    return { ok: true, store };
  } catch (error) {
    // a missing or broken store is tried again on the next request: an ingest may create or replace it
    return { ok: false, reason: error instanceof StoreOpenError ? error.message : String(error) };
  }
}
