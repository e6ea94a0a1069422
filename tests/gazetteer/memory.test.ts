import { describe, expect, it } from 'vitest';
import { createMemoryGazetteer } from '@/lib/gazetteer/memory';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { demonymCountry, demonymIso } from '@/lib/gazetteer/demonyms';
import type { GazPlace } from '@/lib/gazetteer/types';

const gazetteer = fixtureGazetteer();
const ids = (name: string, options = {}) => gazetteer.search(name, options).map((p) => p.id);

describe('fixture gazetteer', () => {
  it('resolves "Mayadeen" to Al Mayadin, Syria', () => {
    expect(ids('Mayadeen')[0]).toBe('geonames:173480');
  });

  it('finds both the city and the governorate for "Deir el-Zour"', () => {
    expect(ids('Deir el-Zour')).toEqual(expect.arrayContaining(['geonames:170794', 'ne:SYR-142']));
  });

  it('finds the governorate for "Deir Al Zour" and "Dayr az Zawr"', () => {
    expect(ids('Deir Al Zour')).toContain('ne:SYR-142');
    expect(ids('Dayr az Zawr')).toContain('ne:SYR-142');
  });

  it('ranks the city of Raqqa before the Raqqa governorate named after it', () => {
    expect(ids('Raqqa').slice(0, 2)).toEqual(['geonames:172955', 'ne:SYR-136']);
  });

  it('puts Paris, France before Paris, Texas', () => {
    const paris = ids('Paris', { types: ['city', 'town'] });
    expect(paris.indexOf('geonames:2988507')).toBeLessThan(paris.indexOf('geonames:4717560'));
  });

  it('filters by country and type', () => {
    expect(ids('Paris', { countryCode: 'US' })).toEqual(['geonames:4717560']);
    expect(ids('Georgia', { types: ['country'] })).toEqual(['country:GE']);
    expect(ids('Georgia', { types: ['admin1'] })).toEqual(['ne:USA-3543']);
  });

  it('returns at most `limit` places', () => {
    expect(ids('Springfield', { limit: 2 })).toHaveLength(2);
  });

  it('finds Tripoli in Libya and in Lebanon, the capital first', () => {
    expect(ids('Tripoli').slice(0, 2)).toEqual(['geonames:2210247', 'geonames:266826']);
  });

  it('answers has() for known names and not for ordinary words', () => {
    expect(gazetteer.has('Al-Anbar')).toBe(true);
    expect(gazetteer.has('Middle East')).toBe(true);
    expect(gazetteer.has('spokesman')).toBe(false);
    expect(gazetteer.has('')).toBe(false);
  });

  it('looks places up by id', () => {
    expect(gazetteer.byId('country:SY')?.name).toBe('Syria');
    expect(gazetteer.byId('geonames:0')).toBeUndefined();
  });

  it('maps demonyms to countries', () => {
    expect(demonymCountry(gazetteer, 'Syrian')?.id).toBe('country:SY');
    expect(demonymCountry(gazetteer, 'Iraqis')?.id).toBe('country:IQ');
    expect(demonymIso('british')).toBe('GB');
    expect(demonymIso('Raqqa')).toBeUndefined();
  });
});

describe('createMemoryGazetteer', () => {
  const village: GazPlace = {
    id: 'test:1', name: 'Dillon', placeType: 'village', countryCode: 'US', admin1: 'MT',
    coordinates: [-112.6, 45.2], population: 4210, area: null,
  };

  it('does not mutate the places it is given', () => {
    const places = Object.freeze([Object.freeze({ ...village })]);
    expect(() => createMemoryGazetteer(places, { 'test:1': ['Dilon'] })).not.toThrow();
  });

  it('finds a place by an alternate name', () => {
    expect(createMemoryGazetteer([village], { 'test:1': ['Dilon'] }).search('Dilon')[0]?.id).toBe('test:1');
  });

  it('lists exact-key matches before bigger places that only match loosely ("Columbia" before Colombia)', () => {
    const city: GazPlace = { ...village, id: 'test:2', name: 'Columbia', population: 133_803 };
    const country: GazPlace = { ...village, id: 'test:3', name: 'Colombia', placeType: 'country', population: 50_000_000 };
    const found = createMemoryGazetteer([country, city]).search('Columbia').map((p) => p.id);
    expect(found).toEqual(['test:2', 'test:3']);
    expect(createMemoryGazetteer([country, city]).search('Columbia', { limit: 1 }).map((p) => p.id)).toEqual(['test:2']);
  });

  it('rejects duplicate ids', () => {
    expect(() => createMemoryGazetteer([village, village])).toThrow(/Duplicate gazetteer id: test:1/);
  });
});

describe('the romanisation-variant fallback (fixture gazetteer)', () => {
  it('finds Kafranbel for "Kfar Nabl" only by the variant key, and says so', () => {
    expect(gazetteer.search('Kfar Nabl')).toEqual([]);
    expect(gazetteer.searchVariants?.('Kfar Nabl').map((p) => p.id)).toEqual(['geonames:168661']);
    expect(gazetteer.explain?.('Kfar Nabl').map(({ place, key }) => [place.id, key])).toEqual([['geonames:168661', 'variant']]);
    expect(gazetteer.hasVariant?.('Kfar Nabl')).toBe(true);
    expect(gazetteer.has('Kfar Nabl')).toBe(false);
  });

  it('adds nothing to a name the strict key knows: the variant key is only a fallback', () => {
    expect(gazetteer.searchVariants?.('Kafr Nabl')).toEqual([]);
    expect(gazetteer.explain?.('Kafr Nabl').map(({ key }) => key)).toEqual(['exact']);
  });

  it('marks each namesake with the key that found it: "Dair al Zour" loosely, "Deir ez-Zour" exactly', () => {
    const ids = (name: string) => (gazetteer.explain?.(name) ?? []).map(({ place, key }) => [place.id, key]);
    expect(ids('Dair al Zour')).toEqual([['geonames:170794', 'loose'], ['ne:SYR-142', 'loose']]);
    expect(ids('Deir ez-Zour')).toEqual([['geonames:170794', 'exact'], ['ne:SYR-142', 'exact']]);
  });

  it('indexes only places of the countries the romanisation rules are about', () => {
    const place: GazPlace = {
      id: 'test:1', name: 'Kafr Nabl', placeType: 'village', countryCode: 'FR', admin1: null,
      coordinates: [2, 46], population: 0, area: null,
    };
    const french = createMemoryGazetteer([place]);
    const syrian = createMemoryGazetteer([{ ...place, countryCode: 'SY' }]);
    expect(french.searchVariants?.('Kfar Nabl')).toEqual([]);
    expect(syrian.searchVariants?.('Kfar Nabl').map((p) => p.id)).toEqual(['test:1']);
  });
});
