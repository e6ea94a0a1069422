import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import { flattenEach, point, pointToLineDistance } from '@turf/turf';
import { HYDRO_OBJECTS } from '@/lib/basemap/schema';
import { ensureBasemapBuilt, readTopology } from './ensure-built';

const NEAR_RIVER_KM = 6; // city centre to the drawn river line; the layer is quantized to ~3 km
const lines: Array<Feature<LineString>> = [];

beforeAll(async () => {
  await ensureBasemapBuilt();
  const hydro = readTopology('hydro');
  const rivers = hydro.objects[HYDRO_OBJECTS.rivers];
  if (!rivers) throw new Error('hydro layer has no rivers');
  const collection = feature(hydro, rivers);
  flattenEach(collection as Parameters<typeof flattenEach>[0], (f) => {
    if (f.geometry.type === 'LineString') lines.push(f as Feature<LineString>);
  });
});

function kmToNearestRiver(lngLat: [number, number]): number {
  const p = point(lngLat);
  return Math.min(...lines.map((line) => pointToLineDistance(p, line as Feature<LineString | MultiLineString> as Feature<LineString>)));
}

describe('rivers layer', () => {
  it.each([
    ['Raqqa', [39.00788, 35.95283]],
    ['Deir ez-Zor', [40.14084, 35.33588]],
    ['Al Mayadin', [40.45154, 35.01982]],
    ['Fallujah', [43.77951, 33.34913]],
  ] as const)('draws the Euphrates past %s', (_name, lngLat) => {
    expect(kmToNearestRiver([lngLat[0], lngLat[1]])).toBeLessThan(NEAR_RIVER_KM);
  });

  it.each([
    ['Mosul', [43.11889, 36.335]],
    ['Tikrit', [43.67861, 34.61581]],
    ['Baghdad', [44.40088, 33.34058]],
  ] as const)('draws the Tigris past %s', (_name, lngLat) => {
    expect(kmToNearestRiver([lngLat[0], lngLat[1]])).toBeLessThan(NEAR_RIVER_KM);
  });

  it('draws no river through the desert at Palmyra', () => {
    expect(kmToNearestRiver([38.26839, 34.56240])).toBeGreaterThan(50);
  });
});
