/**
 * Runs against the built world gazetteer (geodata/gazetteer/, built by `npm install`; CI builds it on install).
 */
import { describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import { demonymCountry } from '@/lib/gazetteer/demonyms';

const world = loadWorldGazetteer();
const ids = (name: string, options = {}) => world.search(name, options).map((p) => p.id);

describe('world gazetteer', () => {
  it('finds the Deir ez-Zor governorate and city for "Deir el-Zour"', () => {
    expect(ids('Deir el-Zour')).toEqual(expect.arrayContaining(['ne:SYR-142', 'geonames:170794']));
  });

  it('resolves "Mayadeen" to Al Mayadin, Syria', () => {
    const [first] = world.search('Mayadeen');
    expect(first?.id).toBe('geonames:173480');
    expect(first?.countryCode).toBe('SY');
  });

  it('finds the Al Anbar governorate of Iraq for "Anbar"', () => {
    const [first] = world.search('Anbar', { types: ['admin1'] });
    expect(first?.id).toBe('ne:IRQ-3471');
    expect(first?.countryCode).toBe('IQ');
    expect(first?.area?.layer).toBe('admin1');
  });

  it('ranks Paris, France first for "Paris"', () => {
    const [first] = world.search('Paris');
    expect(first?.id).toBe('geonames:2988507');
    expect(first?.countryCode).toBe('FR');
  });

  it('resolves "Raqqa" to Ar Raqqah', () => {
    expect(ids('Raqqa')[0]).toBe('geonames:172955');
  });

  it('maps the demonym "Syrian" to Syria', () => {
    const syria = demonymCountry(world, 'Syrian');
    expect(syria?.id).toBe('country:SY');
    expect(syria?.area).toEqual(expect.objectContaining({ layer: 'country', key: 'SY' }));
  });

  it('places Russia at the reference point gazetteers use (60°N 100°E), not the centre of its landmass', () => {
    expect(world.byId('country:RU')?.coordinates).toEqual([100, 60]);
  });

  it('places the United States at the centre of the contiguous states (Lebanon, Kansas)', () => {
    const [lng = 0, lat = 0] = world.byId('country:US')?.coordinates ?? [];
    expect(Math.abs(lng - -98.58)).toBeLessThan(0.1);
    expect(Math.abs(lat - 39.83)).toBeLessThan(0.1);
  });

  it('finds South Ossetia, the breakaway region of Georgia that Natural Earth does not outline', () => {
    const [first] = world.search('South Ossetia');
    expect(first?.id).toBe('region:south-ossetia');
  });

  it('finds the regions Natural Earth has only as provinces: "Catalonia", "Tuscany", "Normandy" are the regions', () => {
    expect(world.search('Catalonia')[0]).toEqual(expect.objectContaining({ placeType: 'admin1', countryCode: 'ES' }));
    const tuscany = world.search('Tuscany')[0];
    expect(tuscany?.id).toMatch(/^ne-region:IT-/);
    expect(world.search('Toscana')[0]?.id).toBe(tuscany?.id);
    expect(world.search('Normandy')[0]).toEqual(expect.objectContaining({ placeType: 'admin1', countryCode: 'FR' }));
  });

  it('links a rebuilt region to the towns inside it: Pisa and Tuscany share an admin-1 code', () => {
    const tuscany = world.search('Tuscany')[0];
    const pisa = world.search('Pisa', { types: ['city'] }).find((place) => place.countryCode === 'IT');
    expect(tuscany?.admin1).not.toBeNull();
    expect(pisa?.admin1).toBe(tuscany?.admin1);
    const [lng = 0, lat = 0] = tuscany?.coordinates ?? [];
    expect(lat).toBeGreaterThan(42.5);
    expect(lat).toBeLessThan(44.2);
    expect(lng).toBeGreaterThan(10);
    expect(lng).toBeLessThan(12);
  });

  it('gives an area whose code no city carries the population of the towns inside it (Norfolk, England)', () => {
    const norfolk = world.search('Norfolk', { types: ['admin1'] }).find((place) => place.countryCode === 'GB');
    expect(norfolk?.population).toBeGreaterThan(300_000);
  });

  it('ranks the island of Java, Indonesia above the Georgian village of Java', () => {
    const [first] = world.search('Java');
    expect(first?.id).toBe('region:java');
    expect(first?.countryCode).toBe('ID');
  });

  it('finds the Middle East region', () => {
    const [first] = world.search('Middle East');
    expect(first?.id).toBe('region:middle-east');
    expect(first?.countryCode).toBeNull();
  });

  it('knows curated country aliases', () => {
    expect(ids('U.S.', { types: ['country'] })).toEqual(['country:US']);
    expect(ids('Britain', { types: ['country'] })).toEqual(['country:GB']);
    expect(ids('Ivory Coast', { types: ['country'] })).toEqual(['country:CI']);
  });

  it('links cities to their admin-1 area', () => {
    const raqqa = world.byId('geonames:172955');
    const governorate = world.byId('ne:SYR-136');
    expect(raqqa?.admin1).toBe(governorate?.admin1);
  });

  it('answers has() for place names and not for ordinary words', () => {
    expect(world.has('Deir ez-Zor')).toBe(true);
    expect(world.has('Dayr az Zawr')).toBe(true);
    expect(world.has('spokesman')).toBe(false);
  });

  it('finds England as the GB constituent country, not the US village', () => {
    const [first] = world.search('England');
    expect(first?.id).toBe('admin1:gb-england');
    expect(first?.countryCode).toBe('GB');
    expect(world.search('Wales', { limit: 1 })[0]?.countryCode).toBe('GB');
  });

  it('never lets a loose spelling match outrank an exact one: "Columbia" is not Colombia first', () => {
    const found = ids('Columbia');
    expect(found[0]).not.toBe('country:CO');
    expect(found.indexOf('country:CO')).toBeGreaterThan(found.indexOf('geonames:4575352'));
  });

  it('knows AP state and other admin-1 abbreviations', () => {
    expect(ids('Ga.', { types: ['admin1'] })[0]).toBe('ne:USA-3543');
    expect(ids('N.Y.', { types: ['admin1'] })[0]).toBe('ne:USA-3559');
    expect(world.search('NSW', { limit: 1 })[0]?.name).toBe('New South Wales');
    expect(world.search('D.C.', { limit: 1 })[0]?.countryCode).toBe('US');
  });

  it('puts the US at the middle of its main landmass, not in Alaska', () => {
    const [lng = 0, lat = 0] = world.byId('country:US')?.coordinates ?? [];
    expect(lng).toBeGreaterThan(-105);
    expect(lng).toBeLessThan(-90);
    expect(lat).toBeGreaterThan(35);
    expect(lat).toBeLessThan(43);
  });

  it('lists Washington, D.C. before Washington State for a bare "Washington"', () => {
    const found = ids('Washington');
    expect(found[0]).toBe('geonames:4140963');
    expect(found.indexOf('ne:USA-3519')).toBeGreaterThan(0);
  });

  it('lists the Gaza Strip first for a bare "Gaza"', () => {
    expect(ids('Gaza')[0]).toBe('region:gaza-strip');
  });

  it('resolves "Kanawha County" to the West Virginia county', () => {
    const [first, ...rest] = world.search('Kanawha County');
    expect(first).toEqual(expect.objectContaining({ placeType: 'admin2', countryCode: 'US', admin1: 'WV' }));
    expect(rest).toEqual([]);
    const [lng = 0, lat = 0] = first?.coordinates ?? [];
    expect(lng).toBeCloseTo(-81.5, 0);
    expect(lat).toBeCloseTo(38.3, 0);
  });

  it('finds several "Fulton County" areas, the Georgia one (Atlanta) most populous', () => {
    const found = world.search('Fulton County');
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((p) => p.placeType === 'admin2')).toBe(true);
    expect(found[0]).toEqual(expect.objectContaining({ id: 'census:13121', admin1: 'GA' }));
    expect(found[0]?.population).toBeGreaterThan(found[1]?.population ?? Infinity);
  });

  it('resolves "Orleans Parish" to the Louisiana parish', () => {
    expect(world.search('Orleans Parish')[0]).toEqual(expect.objectContaining({ id: 'census:22071', placeType: 'admin2', admin1: 'LA' }));
  });

  it('finds counties by "Co." and Alaska boroughs by their Census word', () => {
    expect(ids('Fulton Co.')[0]).toBe('census:13121');
    expect(ids('Bethel Census Area')).toEqual(['census:02050']);
    expect(ids('Juneau Borough')).toEqual(['census:02110']);
  });

  it('does not index a county under its bare name: "Kanawha" is not the county', () => {
    expect(ids('Kanawha')).not.toContain('census:54039');
  });

  it('links a county to its state and the state to its cities', () => {
    const county = world.byId('census:13121');
    expect(county?.admin1).toBe(world.byId('ne:USA-3543')?.admin1);
    expect(county?.admin1).toBe(world.byId('geonames:4180439')?.admin1);
  });

  it('leaves independent cities to GeoNames: "Baltimore County" is only the county', () => {
    expect(ids('Baltimore County')).toEqual(['census:24005']);
  });

  it('throws a clear error when the folder is missing', () => {
    expect(() => loadWorldGazetteer('geodata/no-such-folder')).toThrow(/geodata\/no-such-folder.*run npm install/);
  });
});

describe('world gazetteer: the romanisation-variant key', () => {
  it('finds Kafranbel (Kafr Nabl), Syria for "Kfar Nabl" by the variant key alone', () => {
    expect(world.search('Kfar Nabl')).toEqual([]);
    const [first] = world.explain?.('Kfar Nabl') ?? [];
    expect(first?.key).toBe('variant');
    expect(first?.place).toMatchObject({ id: 'geonames:168661', countryCode: 'SY' });
  });

  it('probes the variant key by its first word: "Kfar" may begin a name, "Zzyzx" may not', () => {
    expect(world.mayBeginVariant?.('Kfar')).toBe(true);
    expect(world.mayBeginVariant?.('Zzyzx')).toBe(false);
  });

  it('still finds the names the strict and loose keys know by them: "Saraqeb", "Maaret al-Numan"', () => {
    expect(world.explain?.('Saraqeb')[0]).toMatchObject({ key: 'exact', place: { id: 'geonames:164816' } });
    expect(world.explain?.('Maaret al-Numan')[0]).toMatchObject({ key: 'loose', place: { id: 'geonames:167611' } });
  });
});
