/**
 * The on-disk form of the world gazetteer (geodata/gazetteer/), chosen to load in well under a second:
 * - places.tsv: one line per place, most populous first (`id name type country admin1 lng lat population`),
 *   split into lines at load and into fields only when a place is asked for;
 * - areas.json: the outline references of admin-1 areas and countries;
 * - <strict|loose>.keys: the sorted name keys, one per line (binary-searched, no Map to build);
 * - <strict|loose>.bin: little-endian uint32 — key count n, n+1 offsets, then the place numbers of every key.
 */
import { z } from 'zod';
import { PLACE_TYPES } from '../geojson/schema';
import type { GazPlace } from './types';

/** Bump when the build output changes shape or content rules: prepare-data rebuilds on a different stamp. */
export const GAZETTEER_FORMAT_VERSION = 4;

export const STAMP_FILE = 'stamp.json';
export const PLACES_FILE = 'places.tsv';
export const AREAS_FILE = 'areas.json';
export const KEY_INDEXES = ['strict', 'loose'] as const;
export type KeyIndexName = (typeof KEY_INDEXES)[number];
export const keysFile = (name: KeyIndexName): string => `${name}.keys`;
export const postingsFile = (name: KeyIndexName): string => `${name}.bin`;

export const stampSchema = z.object({ version: z.number().int(), places: z.number().int().nonnegative() });
export const areasSchema = z.array(
  z.tuple([z.number().int(), z.enum(['admin1', 'country']), z.string(), z.number(), z.number(), z.number(), z.number()]),
);

/** The columns of one line of places.tsv, in order. */
export const PLACE_FIELDS = ['id', 'name', 'type', 'country', 'admin1', 'lng', 'lat', 'population'] as const;

/**
 * Encode ranked places and their key indexes into the files of the gazetteer folder.
 * @example encodeGazetteer(places, strict, loose)['places.tsv']
 */
export function encodeGazetteer(
  places: readonly GazPlace[],
  strict: ReadonlyMap<string, readonly number[]>,
  loose: ReadonlyMap<string, readonly number[]>,
): Record<string, string | Uint8Array> {
  const areas: z.infer<typeof areasSchema> = [];
  places.forEach((place, index) => {
    if (place.area) areas.push([index, place.area.layer, place.area.key, ...place.area.bbox]);
  });
  return {
    [STAMP_FILE]: JSON.stringify({ version: GAZETTEER_FORMAT_VERSION, places: places.length }, null, 2),
    [PLACES_FILE]: places.map(placeLine).join('\n'),
    [AREAS_FILE]: JSON.stringify(areas),
    [keysFile('strict')]: sortedKeys(strict).join('\n'),
    [postingsFile('strict')]: encodePostings(strict),
    [keysFile('loose')]: sortedKeys(loose).join('\n'),
    [postingsFile('loose')]: encodePostings(loose),
  };
}

/** Keys in code-unit order, the order the loader's binary search compares in. */
export function sortedKeys(index: ReadonlyMap<string, readonly number[]>): string[] {
  return [...index.keys()].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
  ];
  return fields.map((field) => field.replace(/[\t\n\r]/g, ' ')).join('\t');
}

function encodePostings(index: ReadonlyMap<string, readonly number[]>): Uint8Array {
  const keys = sortedKeys(index);
  const total = keys.reduce((sum, key) => sum + (index.get(key)?.length ?? 0), 0);
  const words = new Uint32Array(1 + keys.length + 1 + total);
  words[0] = keys.length;
  let cursor = keys.length + 2;
  keys.forEach((key, i) => {
    words[1 + i] = cursor;
    for (const place of index.get(key) ?? []) words[cursor++] = place;
  });
  words[1 + keys.length] = cursor;
  return new Uint8Array(words.buffer);
}
