/**
 * Resolution with the places of a GeoNames country file (tests/fixtures/gazetteer/geonames/SY-sample.txt) added to
 * the fixture gazetteer, as `npm run gazetteer -- add` adds them to the world one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer } from '@/lib/gazetteer/memory';
import { fixtureFileSchema, FIXTURE_PATH } from '@/lib/gazetteer/fixture';
import { dumpRulesSchema, parseGeonamesDump } from '@/lib/gazetteer/sources/geonames-dump';
import { geoPrecision } from '@/lib/geojson/precision';
import { geoparse } from '@/lib/geoparse';
import { parseArticle } from '@/lib/text/article';

const fixture = fixtureFileSchema.parse(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
const rules = dumpRulesSchema.parse(JSON.parse(readFileSync(new URL('../../geodata/geonames-features.json', import.meta.url), 'utf8')));
const sample = readFileSync(new URL('../fixtures/gazetteer/geonames/SY-sample.txt', import.meta.url), 'utf8');
const added = parseGeonamesDump(sample, rules, new Set(fixture.places.map((place) => place.id))).places;
const gazetteer = createMemoryGazetteer(
  [...fixture.places, ...added.map((entry) => entry.place)],
  { ...fixture.altNames, ...Object.fromEntries(added.map((entry) => [entry.place.id, entry.names])) },
);

function placeOf(text: string, surface: string) {
  const mention = geoparse(parseArticle('country-file', text), gazetteer).find((m) => m.text === surface);
  return mention === undefined ? undefined : { ...mention.place, resolvedBy: mention.resolvedBy };
}

describe('places of GeoNames country files', () => {
  it('resolves "Kafr Ruma, Idlib", a village only the country file has', () => {
    expect(placeOf('Shelling hit Kafr Ruma, Idlib.', 'Kafr Ruma')).toMatchObject({ id: 'geonames:90000001', resolvedBy: 'containing-place' });
  });

  it('resolves "al-Hol camp" to the refugee camp, not the village of al-Hol', () => {
    expect(placeOf('A woman died in al-Hol camp on Sunday.', 'Hol')).toMatchObject({ id: 'geonames:90000004', feature: 'refugee camp' });
  });

  it('resolves a bare "al-Hol" to the village: a landmark never wins a bare name from a settlement', () => {
    expect(placeOf('A woman died in al-Hol on Sunday.', 'Hol')).toMatchObject({ id: 'geonames:173797', placeType: 'village' });
  });

  it('resolves "Jisr al-Shughour district" to the district and a bare "Jisr al-Shughour" to the town', () => {
    expect(placeOf('Clashes in Jisr al-Shughour district.', 'Jisr al-Shughour')).toMatchObject({ id: 'geonames:90000003', placeType: 'admin2' });
    expect(placeOf('Clashes in Jisr al-Shughour.', 'Jisr al-Shughour')).toMatchObject({ id: 'geonames:169023', placeType: 'town' });
  });

  it('resolves "Kafr Nubl sub-district" and "nahiyat Kafr Nubl" to the sub-district, not the town', () => {
    expect(placeOf('Clashes in Kafr Nubl sub-district.', 'Kafr Nubl')).toMatchObject({ id: 'geonames:90000002', feature: 'sub-district' });
    expect(placeOf('Clashes in nahiyat Kafr Nubl.', 'Kafr Nubl')).toMatchObject({ id: 'geonames:90000002' });
  });

  it('keeps "Manbij" the town: a village of the same name and no population never wins without context', () => {
    expect(placeOf('Protests in Manbij.', 'Manbij')).toMatchObject({ id: 'geonames:167357', placeType: 'town' });
  });

  it('keeps "Tabqa" the town Ath Thawrah, which lists it as an alternate, over a village of no population named Tabqa', () => {
    expect(placeOf('Protests in Tabqa.', 'Tabqa')).toMatchObject({ id: 'geonames:172374', placeType: 'town' });
  });

  it('resolves "the Tishrin Dam" and "Sednaya Prison" to the dam and the prison', () => {
    expect(placeOf('Drones struck the Tishrin Dam.', 'Tishrin Dam')).toMatchObject({ feature: 'dam' });
    expect(placeOf('He was held in Sednaya Prison.', 'Sednaya Prison')).toMatchObject({ feature: 'prison' });
  });

  it('gives a landmark ACLED precision 1 and a district precision 2', () => {
    const camp = placeOf('A woman died in al-Hol camp.', 'Hol');
    const district = placeOf('Clashes in Jisr al-Shughour district.', 'Jisr al-Shughour');
    expect(camp && geoPrecision(camp.placeType)).toBe(1);
    expect(district && geoPrecision(district.placeType)).toBe(2);
  });
});
