/**
 * The world gazetteer: loads the compact build of geodata/gazetteer/ (see format.ts) synchronously.
 * Loading only reads files and splits lines; place objects are made on first use and the id → place map on the
 * first `byId`, to keep the cold start of the pipeline short.
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
  STAMP_FILE,
  areasSchema,
  keysFile,
  postingsFile,
  stampSchema,
  type KeyIndexName,
} from './format';

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
  const lines = readFileSync(join(dir, PLACES_FILE), 'utf8').split('\n');
  if (lines.length !== stamp.places) {
    throw new Error(`World gazetteer in ${dir} is incomplete (${lines.length} of ${stamp.places} places): run npm install`);
  }
  const areas = areasSchema.parse(JSON.parse(readFileSync(join(dir, AREAS_FILE), 'utf8')));
  return createIndexedGazetteer(placeTable(lines, areas), readKeyIndex(dir, 'strict'), readKeyIndex(dir, 'loose'));
}

function placeTable(lines: readonly string[], areaRows: ReturnType<typeof areasSchema.parse>): PlaceTable {
  const areas = new Map<number, AreaRef>(areaRows.map(([n, layer, key, w, s, e, north]) => [n, { layer, key, bbox: [w, s, e, north] }]));
  const cache = new Map<number, GazPlace>();
  let positions: Map<string, number> | null = null;
  return {
    size: lines.length,
    get(index: number): GazPlace {
      let place = cache.get(index);
      if (place === undefined) {
        place = decodePlace(lines[index], index, areas.get(index) ?? null);
        cache.set(index, place);
      }
      return place;
    },
    indexOf(id: string): number | undefined {
      positions ??= new Map(lines.map((line, index) => [line.slice(0, line.indexOf('\t')), index]));
      return positions.get(id);
    },
  };
}

function decodePlace(line: string | undefined, index: number, area: AreaRef): GazPlace {
  const [id, name, type, country, admin1, lng, lat, population] = (line ?? '').split('\t');
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
  };
}

/** A sorted key list searched by bisection, with its place numbers in one uint32 array: nothing to build at load. */
function readKeyIndex(dir: string, name: KeyIndexName): KeyIndex {
  const text = readFileSync(join(dir, keysFile(name)), 'utf8');
  const keys = text === '' ? [] : text.split('\n');
  const bytes = readFileSync(join(dir, postingsFile(name)));
  // Copy into a fresh, 4-byte aligned buffer: a Buffer's byteOffset may be unaligned.
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (words[0] !== keys.length) {
    throw new Error(`World gazetteer ${name} index in ${dir} is inconsistent (${words[0]} vs ${keys.length} keys): run npm install`);
  }
  const find = (key: string): number => {
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const probe = keys[mid] ?? '';
      if (probe === key) return mid;
      if (probe < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    has: (key: string) => find(key) >= 0,
    get(key: string): readonly number[] | undefined {
      const i = find(key);
      if (i < 0) return undefined;
      return Array.from(words.subarray(words[1 + i] ?? 0, words[2 + i] ?? 0));
    },
  };
}
