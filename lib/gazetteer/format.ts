/**
 * The on-disk form of the world gazetteer (geodata/gazetteer/), chosen so loading decodes nothing up front:
 * - places.tsv: one UTF-8 line per place, most populous first (`id name type country admin1 lng lat population
 *   feature minor`),
 *   with places.bin holding each line's byte offset (uint32, n+1): a place is decoded only when asked for;
 * - areas.json: the outline references of admin-1 areas and countries;
 * - strict / loose / variant / ids (.keys + .bin): sorted-index.ts blobs for name key → places (variant.ts: places
 *   of the romanisation rules' countries only) and id → place.
 */
import { z } from 'zod';
import { PLACE_TYPES } from '../geojson/schema';
import type { GazPlace } from './types';
import { encodeSortedIndex } from './sorted-index';

/** Bump when the build output changes shape or content rules: prepare-data rebuilds on a different stamp. */
export const GAZETTEER_FORMAT_VERSION = 8;

export const STAMP_FILE = 'stamp.json';
export const PLACES_FILE = 'places.tsv';
export const PLACE_OFFSETS_FILE = 'places.bin';
export const AREAS_FILE = 'areas.json';
export const SORTED_INDEXES = ['strict', 'loose', 'variant', 'ids'] as const;
export type SortedIndexName = (typeof SORTED_INDEXES)[number];
export const keysFile = (name: SortedIndexName): string => `${name}.keys`;
export const postingsFile = (name: SortedIndexName): string => `${name}.bin`;

export const stampSchema = z.object({ version: z.number().int(), places: z.number().int().nonnegative() });
export const areasSchema = z.array(
  z.tuple([z.number().int(), z.enum(['admin1', 'country']), z.string(), z.number(), z.number(), z.number(), z.number()]),
);

/** The columns of one line of places.tsv, in order. */
export const PLACE_FIELDS = ['id', 'name', 'type', 'country', 'admin1', 'lng', 'lat', 'population', 'feature', 'minor'] as const;

/**
 * Encode ranked places and their key indexes into the files of the gazetteer folder.
 * @example encodeGazetteer(places, { strict, loose, variant })['places.tsv']
 */
export function encodeGazetteer(
  places: readonly GazPlace[],
  keys: Readonly<Record<'strict' | 'loose' | 'variant', ReadonlyMap<string, readonly number[]>>>,
): Record<string, string | Uint8Array> {
  const areas: z.infer<typeof areasSchema> = [];
  places.forEach((place, index) => {
    if (place.area) areas.push([index, place.area.layer, place.area.key, ...place.area.bbox]);
  });
  const lines = places.map((place) => Buffer.from(`${placeLine(place)}\n`, 'utf8'));
  const offsets = new Uint32Array(lines.length + 1);
  lines.forEach((line, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + line.length;
  });
  const ids = new Map(places.map((place, index) => [place.id, [index]]));
  const files: Record<string, string | Uint8Array> = {
    [STAMP_FILE]: JSON.stringify({ version: GAZETTEER_FORMAT_VERSION, places: places.length }, null, 2),
    [PLACES_FILE]: Buffer.concat(lines),
    [PLACE_OFFSETS_FILE]: new Uint8Array(offsets.buffer),
    [AREAS_FILE]: JSON.stringify(areas),
  };
  for (const [name, index] of [['strict', keys.strict], ['loose', keys.loose], ['variant', keys.variant], ['ids', ids]] as const) {
    const { text, bin } = encodeSortedIndex(index);
    files[keysFile(name)] = text;
    files[postingsFile(name)] = bin;
  }
  return files;
}

function placeLine(place: GazPlace): string {
  const fields = [
    place.id,
    place.name,
    String(PLACE_TYPES.indexOf(place.placeType)),
    place.countryCode ?? '',
    place.admin1 ?? '',
    String(place.coordinates[0]),
    String(place.coordinates[1]),
    String(place.population),
    place.feature ?? '',
    place.minor === true ? '1' : '',
  ];
  return fields.map((field) => field.replace(/[\t\n\r]/g, ' ')).join('\t');
}
