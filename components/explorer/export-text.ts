/**
 * The file mode's export file, built in the browser. Loaded with import() on the first export, not with the page:
 * the CSV's country names come from lib/events/acled-countries.ts, which checks its table with zod, and the page
 * had carried the whole of zod (about 32 kB gzipped) for a button most visits never press.
 */
import type { ExplorerActor, ExplorerEvent, MapPlace } from '@/lib/explorer-data/types';
import type { ArticleMeta } from '@/lib/geojson/schema';
import { eventsToCsv } from '@/lib/export/csv';
import { acledCountryName } from '@/lib/events/acled-countries';
import { eventsToGeoJson, stringifyGeoJson } from '@/lib/export/geojson';
import type { ExportFormat } from '@/lib/export/format';

/** The text of the export file of `events` (with their details) in `format`. */
export function exportText(
  events: readonly ExplorerEvent[],
  format: ExportFormat,
  actors: readonly ExplorerActor[],
  articles: readonly ArticleMeta[],
  places: ReadonlyMap<string, MapPlace>,
): string {
  return format === 'geojson' ? stringifyGeoJson(eventsToGeoJson(events, actors)) : eventsToCsv(events, actors, articles, places, countryName);
}

function countryName(iso2: string): string {
  return acledCountryName(iso2) ?? iso2;
}
