/** The messages between the reader pool (./worker-pool.ts) and its threads (./store-worker.ts). */
import type { EventStore } from './types';

/** The store's methods a reader thread answers: every one that only reads. */
export const READ_METHODS = [
  'view',
  'facets',
  'listPage',
  'dateCounts',
  'actors',
  'routesInView',
  'search',
  'matchingIds',
  'article',
  'place',
  'event',
  'exportCollection',
  'counts',
  'schemaVersion',
] as const satisfies readonly (keyof EventStore)[];
export type ReadMethod = (typeof READ_METHODS)[number];

/**
 * Reads that may take hundreds of milliseconds at a million events (they scan base tables or the text index, or
 * send thousands of rows: a world view's routes took 0.1–1.1 s in bench:map): the pool keeps one thread free of
 * them, so the map's and the list's answers never queue behind one.
 */
export const SLOW_METHODS: ReadonlySet<ReadMethod> = new Set(['facets', 'dateCounts', 'routesInView', 'search', 'matchingIds', 'exportCollection', 'actors']);

export interface WorkerAsk {
  id: number;
  method: string;
  args: unknown[];
}

export type WorkerAnswer = { id: number; value: unknown } | { id: number; error: { name: string; message: string; path?: string } };
