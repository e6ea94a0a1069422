/**
 * The GeoNames country-file parser on tests/fixtures/gazetteer/geonames/SY-sample.txt, a small file in the dump's
 * 19-column format written for these tests (invented ids above 90,000,000, approximate coordinates; two rows repeat
 * cities500 places on purpose).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpRulesSchema, parseGeonamesDump } from '@/lib/gazetteer/sources/geonames-dump';
import { nameKey } from '@/lib/gazetteer/normalize';

const SAMPLE = readFileSync(new URL('../fixtures/gazetteer/geonames/SY-sample.txt', import.meta.url), 'utf8');
const RULES = dumpRulesSchema.parse(JSON.parse(readFileSync(new URL('../../geodata/geonames-features.json', import.meta.url), 'utf8')));

function parse(known: Iterable<string> = []) {
  return parseGeonamesDump(SAMPLE, RULES, new Set(known));
}
function entry(id: string) {
  return parse().places.find((candidate) => candidate.place.id === id);
}

describe('GeoNames country files', () => {
  it('takes every populated place whatever its population: Kafr Ruma, a village of no recorded population', () => {
    expect(entry('geonames:90000001')?.place).toMatchObject({
      name: 'Kafr Rūmā', placeType: 'village', countryCode: 'SY', admin1: '12', population: 0, coordinates: [36.6214, 35.6436],
      minor: true,
    });
    expect(entry('geonames:90000001')?.names).toEqual(expect.arrayContaining(['Kafr Ruma', 'Kafr Roma']));
  });

  it('skips historical places and features of other kinds (a stream), counting them', () => {
    const { places, skipped } = parse();
    expect(skipped).toBe(2);
    expect(places.map((p) => p.place.id)).not.toEqual(expect.arrayContaining(['geonames:90000011']));
    expect(places.map((p) => p.place.id)).not.toEqual(expect.arrayContaining(['geonames:90000012']));
  });

  it('leaves out the places cities500 already has, by GeoNames id, and adds each id once', () => {
    const known = new Set(['geonames:168661']);
    const first = parseGeonamesDump(SAMPLE, RULES, known);
    expect(first.duplicates).toBe(1);
    expect(first.places.some((p) => p.place.id === 'geonames:168661')).toBe(false);
    const again = parseGeonamesDump(SAMPLE, RULES, known);
    expect(again.places).toEqual([]);
    expect(again.duplicates).toBe(first.places.length + 1);
  });

  it('makes ADM2 and ADM3 divisions admin2 places that say "district" and "sub-district"', () => {
    expect(entry('geonames:90000003')?.place).toMatchObject({ placeType: 'admin2', feature: 'district' });
    expect(entry('geonames:90000002')?.place).toMatchObject({ placeType: 'admin2', feature: 'sub-district' });
  });

  it('indexes a district and a landmark under their names without the generic word too', () => {
    const keys = (id: string) => (entry(id)?.names ?? []).map(nameKey);
    expect(keys('geonames:90000002')).toContain('kafr nubl');
    expect(keys('geonames:90000003')).toContain('jisr shughur');
    expect(keys('geonames:90000004')).toContain('hawl');
    expect(keys('geonames:90000006')).toContain('tishrin');
  });

  it('makes camps, airbases, dams, oil fields, prisons, crossings and mountains locality places with their feature', () => {
    const features = Object.fromEntries(parse().places.filter((p) => p.place.feature !== undefined && p.place.placeType === 'locality')
      .map((p) => [p.place.id, p.place.feature]));
    expect(features).toEqual({
      'geonames:90000004': 'refugee camp',
      'geonames:90000005': 'airbase',
      'geonames:90000006': 'dam',
      'geonames:90000007': 'oil field',
      'geonames:90000008': 'prison',
      'geonames:90000009': 'mountains',
      'geonames:90000010': 'border crossing',
    });
  });

  it('gives districts and landmarks no population, so a town of the same name keeps the lead', () => {
    expect(entry('geonames:90000003')?.place.population).toBe(0);
    expect(entry('geonames:169023')?.place.population).toBe(39311);
  });

  it('marks only villages of no population as minor: not a populated town, a district or a landmark', () => {
    expect(entry('geonames:169023')?.place.minor).toBeUndefined();
    expect(entry('geonames:90000003')?.place.minor).toBeUndefined();
    expect(entry('geonames:90000004')?.place.minor).toBeUndefined();
  });

  it('rejects a line that is not in the dump format, naming its number', () => {
    expect(() => parseGeonamesDump(`${SAMPLE}1\tToo few\tcolumns\n`, RULES, new Set())).toThrow(/Line 19 has 3 tab-separated columns/);
  });

  it('rejects a line without usable coordinates', () => {
    const bad = SAMPLE.split('\n')[0]?.replace('35.6436', 'north') ?? '';
    expect(() => parseGeonamesDump(bad, RULES, new Set())).toThrow(/Line 1 has no usable coordinates/);
  });
});
