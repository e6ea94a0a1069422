import { beforeAll, describe, expect, it } from 'vitest';
import { cityLabels, mergeLabels } from '@/lib/basemap/labels';
import { DETAIL_LABEL_MIN_ZOOM, LABEL_KINDS, labelsFileSchema, parseLabelsFile } from '@/lib/basemap/schema';
import type { Label } from '@/lib/basemap/schema';
import { ensureBasemapBuilt, readLayerJson } from './ensure-built';

let labels: Label[];

beforeAll(async () => {
  await ensureBasemapBuilt();
  labels = [
    ...labelsFileSchema.parse(readLayerJson('labels')).labels,
    ...labelsFileSchema.parse(readLayerJson('labels-detail')).labels,
  ];
});

function find(text: string, kind?: number): Label {
  const label = labels.find((l) => l[0] === text && (kind === undefined || l[4] === kind));
  if (!label) throw new Error(`no label ${text}`);
  return label;
}

/** A GeoNames dump line with the columns the labels read (name, lat, lng, feature code, population). */
function geonamesLine(name: string, lat: number, lng: number, code: string, population: number): string {
  const cols = Array.from({ length: 19 }, () => '');
  cols[1] = name;
  cols[4] = String(lat);
  cols[5] = String(lng);
  cols[6] = 'P';
  cols[7] = code;
  cols[14] = String(population);
  return cols.join('\t');
}

describe('place labels', () => {
  it('shows Damascus (a capital) at a lower zoom than the small town of Al Mayadin', () => {
    const damascus = find('Damascus', LABEL_KINDS.capital);
    const mayadin = find('Al Mayādīn');
    expect(damascus[3]).toBeLessThan(mayadin[3]);
    expect(damascus[3]).toBeLessThanOrEqual(4);
  });

  it('labels Syria as a country from a world-scale zoom, inside Syria', () => {
    const syria = find('Syria', LABEL_KINDS.country);
    expect(syria[3]).toBeLessThanOrEqual(4);
    expect(syria[1]).toBeGreaterThan(35.7);
    expect(syria[1]).toBeLessThan(42.4);
  });

  it('lets a capital win a collision against a country name of the same zoom', () => {
    const merged = mergeLabels([['Freedonia', 10, 10, 3, LABEL_KINDS.country]], [['Fredville', 10, 10, 3, LABEL_KINDS.capital]]);
    expect(merged.map((l) => l[0])).toEqual(['Fredville', 'Freedonia']);
  });

  it('puts town labels in the detail layer only', () => {
    const base = labelsFileSchema.parse(readLayerJson('labels')).labels;
    expect(base.every((l) => l[3] < DETAIL_LABEL_MIN_ZOOM)).toBe(true);
    expect(base.some((l) => l[0] === 'Al Mayādīn')).toBe(false);
  });

  it('ranks cities by population, lets capitals in early and skips city sections', () => {
    const out = cityLabels([
      geonamesLine('Smallcap', 10, 10, 'PPLC', 20_000),
      geonamesLine('Bigcap', 9, 9, 'PPLC', 800_000),
      geonamesLine('Bigtown', 11, 11, 'PPL', 2_000_000),
      geonamesLine('Midtown', 12, 12, 'PPLA', 150_000),
      geonamesLine('Hamlet', 13, 13, 'PPL', 900),
      geonamesLine('Old quarter', 14, 14, 'PPLX', 300_000),
    ]);
    expect(out.map((l) => [l[0], l[3]])).toEqual([
      ['Bigcap', 3],
      ['Bigtown', 4],
      ['Smallcap', 5],
      ['Midtown', 6],
    ]);
  });

  it('reads the shipped labels files by hand exactly as the zod schema does', () => {
    for (const layer of ['labels', 'labels-detail'] as const) {
      const json = readLayerJson(layer);
      expect(parseLabelsFile(json)).toEqual(labelsFileSchema.parse(json).labels);
    }
  });

  it.each([
    ['an empty name', ['', 10, 10, 3, 2]],
    ['a longitude past 180', ['X', 181, 10, 3, 2]],
    ['a latitude past 90', ['X', 10, -91, 3, 2]],
    ['a fractional zoom', ['X', 10, 10, 3.5, 2]],
    ['a zoom past 22', ['X', 10, 10, 23, 2]],
    ['an unknown kind', ['X', 10, 10, 3, 3]],
    ['a number as text', ['X', '10', 10, 3, 2]],
    ['an infinite latitude', ['X', 10, Infinity, 3, 2]],
    ['a sixth member', ['X', 10, 10, 3, 2, 'extra']],
  ])('rejects a label with %s, as the zod schema does', (_, label) => {
    const file = { labels: [['Fine', 1, 1, 1, 0], label] };
    expect(labelsFileSchema.safeParse(file).success).toBe(false);
    expect(() => parseLabelsFile(file)).toThrow(/Bad label at 1/);
  });

  it('rejects a labels file without a labels array', () => {
    expect(() => parseLabelsFile({ label: [] })).toThrow(/"labels" array/);
    expect(() => parseLabelsFile(null)).toThrow(/"labels" array/);
  });
});
