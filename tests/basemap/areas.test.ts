import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, point } from '@turf/turf';
import { areaFeature } from '@/lib/basemap/areas';
import { BASEMAP_DIR } from '@/lib/basemap/files';
import { AREA_INDEX_FILE, areaIndexSchema } from '@/lib/basemap/schema';
import type { AreaIndex, Topo } from '@/lib/basemap/schema';
import { ensureBasemapBuilt, readTopology } from './ensure-built';

const RAQQA: [number, number] = [39.00788, 35.95283];
const AL_MAYADIN: [number, number] = [40.45154, 35.01982];
const DAMASCUS: [number, number] = [36.29128, 33.5102];

let admin: Topo;
let index: AreaIndex;

beforeAll(async () => {
  await ensureBasemapBuilt();
  admin = readTopology('admin');
  index = areaIndexSchema.parse(JSON.parse(readFileSync(path.join(BASEMAP_DIR, AREA_INDEX_FILE), 'utf8')));
});

function contains(layer: 'admin1' | 'country', key: string, lngLat: [number, number]): boolean {
  const area = areaFeature(admin, layer, key);
  if (!area) throw new Error(`no ${layer} ${key}`);
  return booleanPointInPolygon(point(lngLat), area);
}

describe('area polygons', () => {
  it('the Syria country area ("SY") contains Raqqa', () => {
    expect(contains('country', 'SY', RAQQA)).toBe(true);
  });

  it('the Iraq country area does not contain Raqqa', () => {
    expect(contains('country', 'IQ', RAQQA)).toBe(false);
  });

  it('the admin-1 area SYR-142 (Deir ez-Zor governorate) contains Al Mayadin but not Damascus', () => {
    expect(areaFeature(admin, 'admin1', 'SYR-142')?.properties).toMatchObject({ cc: 'SY', key: 'SYR-142' });
    expect(contains('admin1', 'SYR-142', AL_MAYADIN)).toBe(true);
    expect(contains('admin1', 'SYR-142', DAMASCUS)).toBe(false);
  });

  it('returns null for a key that is not an area', () => {
    expect(areaFeature(admin, 'admin1', 'XXX-0')).toBeNull();
    expect(areaFeature(admin, 'country', 'ZZ')).toBeNull();
  });

  it('keeps every Natural Earth admin-1 area, small islands included, in the index', () => {
    expect(Object.keys(index.admin1)).toHaveLength(4596);
    expect(index.admin1['SYR-142']).toMatchObject({ cc: 'SY' });
    expect(index.country['SY']?.name).toBe('Syria');
  });

  it("indexes each area's bbox around its polygon", () => {
    const [west, south, east, north] = index.admin1['SYR-142']?.bbox ?? [0, 0, 0, 0];
    expect(west).toBeLessThan(AL_MAYADIN[0]);
    expect(east).toBeGreaterThan(AL_MAYADIN[0]);
    expect(south).toBeLessThan(AL_MAYADIN[1]);
    expect(north).toBeGreaterThan(AL_MAYADIN[1]);
    expect(east - west).toBeLessThan(3); // a governorate, not the whole country
  });
});
