/**
 * "Is this output older than its inputs?" — the one question `npm start`, the e2e setup and the map benchmark ask
 * before they ingest or build. Answers from file modification times only; no hashing, no caches of our own.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders never descended into when looking for the newest source: generated or third-party. */
const SKIPPED_DIRS = new Set(['node_modules', '.next', '.git']);

/**
 * Newest modification time (ms since epoch) of any file under `paths` (files or folders, recursively);
 * 0 when none exists.
 * @example newestMtimeMs(['app', 'components', 'package.json'])
 */
export function newestMtimeMs(paths: readonly string[]): number {
  let newest = 0;
  for (const p of paths) newest = Math.max(newest, newestUnder(p));
  return newest;
}

/** Modification time (ms) of `file`, or null when it does not exist. */
export function mtimeMs(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Why `target` must be (re)made from `sources`, or null when it is up to date.
 * @example staleReason('geodata/events.geojson', ['seeds']) // 'missing' | 'older than its sources' | null
 */
export function staleReason(target: string, sources: readonly string[]): string | null {
  const built = mtimeMs(target);
  if (built === null) return 'missing';
  return newestMtimeMs(sources) > built ? 'older than its sources' : null;
}

function newestUnder(p: string): number {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestUnder(path.join(p, entry.name)));
  }
  return newest;
}
