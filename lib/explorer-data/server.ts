/**
 * The events file as the server holds it: loaded, validated and packed once per file version (path, size, mtime),
 * then reused by every request until the file changes. This is the one deliberate module-level cache: parsing and
 * validating 100,000 events takes seconds, a page view must not.
 */
import { stat } from 'node:fs/promises';
import { loadEventsFile, resolveEventsPath } from './load';
import { toCompact } from './compact';
import type { LoadResult } from './types';

export interface ServedEvents {
  result: LoadResult;
  /** changes whenever the file does; used as ETag and cache-buster */
  version: string;
  /** the compact JSON for /api/events, built on first request */
  compactJson: () => string;
}

interface CacheEntry {
  key: string;
  served: Promise<ServedEvents>;
}

// Next compiles pages and route handlers into separate bundles, each with its own module state; keeping the
// cache on globalThis lets the page and /api/events share one load of the file.
const CACHE_KEY = Symbol.for('geo-event-explorer.served-events');
type CacheHolder = { [CACHE_KEY]?: CacheEntry | null };
const holder = globalThis as CacheHolder;

/**
 * The events named by EVENTS_PATH (or geodata/events.geojson), reloaded only when the file changes.
 * @example const { result, version } = await getServedEvents();
 */
export async function getServedEvents(): Promise<ServedEvents> {
  const filePath = resolveEventsPath(process.env, process.cwd());
  const key = await fileKey(filePath);
  const current = holder[CACHE_KEY];
  if (current?.key === key) return current.served;
  const served = load(filePath, key);
  holder[CACHE_KEY] = { key, served };
  // A failed load must not stick: the next request tries again.
  served.catch(() => {
    if (holder[CACHE_KEY]?.key === key) holder[CACHE_KEY] = null;
  });
  return served;
}

async function load(filePath: string, key: string): Promise<ServedEvents> {
  const result = await loadEventsFile(filePath);
  let json: string | null = null;
  const compactJson = (): string => {
    if (!result.ok) throw new Error(`No events to serve: ${result.message}`);
    json ??= JSON.stringify(toCompact(result.data));
    return json;
  };
  // Packed right after the load, not on the first /api/events request: the page asks for it at once.
  if (result.ok) setTimeout(compactJson, 0);
  return { result, version: hash(key), compactJson };
}

async function fileKey(filePath: string): Promise<string> {
  try {
    const s = await stat(filePath);
    return `${filePath}|${s.size}|${s.mtimeMs}`;
  } catch {
    return `${filePath}|missing|${Date.now()}`; // never cached: a missing file is looked for again next time
  }
}

/** Short, stable, non-cryptographic digest (FNV-1a) of the file key. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
