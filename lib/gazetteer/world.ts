/**
 * The world gazetteer: loads the compact build of geodata/gazetteer/ (see format.ts) synchronously.
 * Loading only reads bytes; names, keys and ids are bisected in place and a place object is decoded on first use,
 * to keep the cold start of the pipeline short.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACE_TYPES, type AreaRef, type PlaceType } from '../geojson/schema';
import type { GazPlace, Gazetteer } from './types';
import { createIndexedGazetteer, type KeyIndex, type PlaceTable } from './indexed';
import {
  AREAS_FILE,
  GAZETTEER_FORMAT_VERSION,
  PLACES_FILE,
  PLACE_OFFSETS_FILE,
  STAMP_FILE,
  areasSchema,
  keysFile,
  postingsFile,
  stampSchema,
  type SortedIndexName,
} from './format';
import { readSortedIndex, uint32View } from './sorted-index';

export const DEFAULT_GAZETTEER_DIR = 'geodata/gazetteer';

/**
 * Load the world gazetteer built by `npm install` (lib/cli/prepare-data.ts).
 * @example loadWorldGazetteer().search('Raqqa', { limit: 1 })[0]?.id // "geonames:172955"
 */
export function loadWorldGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const stampPath = join(dir, STAMP_FILE);
  if (!existsSync(stampPath)) {
    throw new Error(`World gazetteer not found in ${dir}: run npm install (or npx tsx lib/cli/prepare-data.ts) to build it`);
  }
  const stamp = stampSchema.parse(JSON.parse(readFileSync(stampPath, 'utf8')));
  if (stamp.version !== GAZETTEER_FORMAT_VERSION) {
    throw new Error(`World gazetteer in ${dir} has format ${stamp.version}, expected ${GAZETTEER_FORMAT_VERSION}: run npm install to rebuild it`);
  }
  const text = readFileSync(join(dir, PLACES_FILE));
  const offsetBytes = readFileSync(join(dir, PLACE_OFFSETS_FILE));
  const offsets = uint32View(offsetBytes);
  if (offsets.length !== stamp.places + 1 || offsets[stamp.places] !== text.length) {
    throw new Error(`World gazetteer in ${dir} is incomplete (${offsets.length - 1} of ${stamp.places} places): run npm install`);
  }
  const areas = areasSchema.parse(JSON.parse(readFileSync(join(dir, AREAS_FILE), 'utf8')));
  const ids = readIndex(dir, 'ids');
  const line = (index: number): string | undefined =>
    index >= 0 && index < stamp.places ? text.toString('utf8', offsets[index], (offsets[index + 1] ?? 1) - 1) : undefined;
  return createIndexedGazetteer(
    placeTable(stamp.places, line, ids, areas),
    readIndex(dir, 'strict'),
    readIndex(dir, 'loose'),
    readIndex(dir, 'variant'),
  );
}

function placeTable(
  size: number,
  line: (index: number) => string | undefined,
  ids: KeyIndex,
  areaRows: ReturnType<typeof areasSchema.parse>,
): PlaceTable {
  const areas = new Map<number, AreaRef>(areaRows.map(([n, layer, key, w, s, e, north]) => [n, { layer, key, bbox: [w, s, e, north] }]));
  const cache = new Map<number, GazPlace>();
  return {
    size,
    get(index: number): GazPlace {
      let place = cache.get(index);
      if (place === undefined) {
        place = decodePlace(line(index), index, areas.get(index) ?? null);
        cache.set(index, place);
      }
      return place;
    },
    indexOf: (id: string) => ids.get(id)?.[0],
  };
}

function decodePlace(line: string | undefined, index: number, area: AreaRef): GazPlace {
  const [id, name, type, country, admin1, lng, lat, population, feature, minor] = (line ?? '').split('\t');
  const placeType: PlaceType | undefined = PLACE_TYPES[Number(type)];
  if (!id || name === undefined || placeType === undefined) {
    throw new Error(`Bad place number ${index} in the world gazetteer: ${JSON.stringify(line)}`);
  }
  return {
    id,
    name,
    placeType,
    countryCode: country || null,
    admin1: admin1 || null,
    coordinates: [Number(lng), Number(lat)],
    population: Number(population) || 0,
    area,
    ...(feature ? { feature } : {}),
    ...(minor ? { minor: true as const } : {}),
  };
}

function readIndex(dir: string, name: SortedIndexName): KeyIndex {
  try {
    return readSortedIndex(readFileSync(join(dir, keysFile(name))), readFileSync(join(dir, postingsFile(name))));
  } catch (error) {
    throw new Error(`World gazetteer ${name} index in ${dir} is unreadable (${String(error)}): run npm install to rebuild it`);
  }
}
