/** The events file for the current request, read once per request even when a page and its metadata both ask. */
import { cache } from 'react';
import { loadEventsFile, resolveEventsPath } from './load';
import type { LoadResult } from './types';

/** Loads (per request, deduplicated) the events file named by EVENTS_PATH or geodata/events.geojson. */
export const loadRequestEvents = cache(async (): Promise<LoadResult> => {
  return loadEventsFile(resolveEventsPath(process.env, process.cwd()));
});
