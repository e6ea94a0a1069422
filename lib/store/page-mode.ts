/**
 * Whether the map page downloads the corpus (the events file, filtered in the browser) or asks the event store for
 * what it shows: decided on the server from the store's size, so a small corpus keeps today's instant filtering and
 * a large one never reaches the browser whole.
 */

/** events from which the page asks the store instead of downloading the corpus */
export const STORE_MODE_MIN_EVENTS = 200_000;

export type PageMode = 'file' | 'store';

export interface PageModeInput {
  /** events in the served store; null when no store could be opened */
  storeEvents: number | null;
  /** whether an events file is there to serve */
  eventsFile: boolean;
  /** whether the store is a database server (DATABASE_URL) */
  databaseUrl: boolean;
  /** STORE_MODE_MIN_EVENTS unless overridden (storeModeThreshold) */
  threshold: number;
}

/**
 * @example pageMode({ storeEvents: 1_000_000, eventsFile: true, databaseUrl: false, threshold: STORE_MODE_MIN_EVENTS }) // 'store'
 */
export function pageMode({ storeEvents, eventsFile, databaseUrl, threshold }: PageModeInput): PageMode {
  if (storeEvents === null) return 'file';
  if (storeEvents >= threshold) return 'store';
  // a database server with no events file beside it: the store is the only corpus there is
  return databaseUrl && !eventsFile ? 'store' : 'file';
}

/**
 * The threshold, from STORE_MODE_MIN_EVENTS in the environment when it is a whole number ≥ 0 (tests and benches
 * use a small one), else the default; a bad value throws naming it.
 * @example storeModeThreshold({ STORE_MODE_MIN_EVENTS: '1000' }) // 1000
 */
export function storeModeThreshold(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.STORE_MODE_MIN_EVENTS?.trim();
  if (raw === undefined || raw === '') return STORE_MODE_MIN_EVENTS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Unexpected STORE_MODE_MIN_EVENTS: ${JSON.stringify(raw)} (want a whole number of events)`);
  return n;
}
