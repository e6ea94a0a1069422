/**
 * `npm run export`: the store's events under the URL's filters as a file, through the page's own export code
 * (lib/export): GeoJSON event features, or CSV with ACLED's columns.
 */
import { acledCountryName } from '../events/acled-countries';
import { toExplorerData } from '../explorer-data/to-explorer-data';
import { eventsToCsv } from '../export/csv';
import type { ExportFormat } from '../export/format';
import { eventsToGeoJson, stringifyGeoJson } from '../export/geojson';
import type { EventCollection } from '../geojson/schema';
import type { EventStore, StoreFilter } from './types';

export type { ExportFormat };

/**
 * The format a file name asks for, or null for any other extension.
 * @example exportFormatOf('out/events.csv') // 'csv'
 */
export function exportFormatOf(file: string): ExportFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  return null;
}

/**
 * The filtered events of `store` as the text of an export file, in the list's order (date, then id), and how many.
 * @example exportText(store, { actors: ['isis'], types: [], from: null, to: null }, 'csv').text.split('\r\n')[0]
 */
export function exportText(store: EventStore, filter: StoreFilter, format: ExportFormat): { text: string; events: number } {
  return collectionExportText(store.exportCollection(filter), format);
}

/**
 * An exported collection (`exportCollection`'s answer, from either engine) as the text of an export file.
 * @example collectionExportText(await store.exportCollection(filter), 'geojson').events // 1204
 */
export function collectionExportText(collection: EventCollection, format: ExportFormat): { text: string; events: number } {
  const data = toExplorerData(collection);
  if (format === 'geojson') return { text: stringifyGeoJson(eventsToGeoJson(data.events, data.actors)), events: data.events.length };
  const places = new Map(data.places.map((p) => [p.id, { countryCode: p.countryCode }]));
  return { text: eventsToCsv(data.events, data.actors, data.articles, places, (iso2) => acledCountryName(iso2) ?? iso2), events: data.events.length };
}
