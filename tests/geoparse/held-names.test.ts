/**
 * Small places written with the area that holds them, as conflict reports write them: "X LGA (State)", "X, Province",
 * "X Province" with no comma, "X district in western Country". Over the world gazetteer (built at install).
 */
import { describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import { geoparse } from '@/lib/geoparse';
import { parseArticle } from '@/lib/text/article';

const gazetteer = loadWorldGazetteer();

function mentions(text: string) {
  return geoparse(parseArticle('held', text), gazetteer);
}

function placeOf(text: string, surface: string) {
  return mentions(text).find((mention) => mention.text === surface)?.place;
}

describe('a name before a local-government word', () => {
  it('keeps "Dikwa" of "Dikwa LGA (Borno)" as the town, not part of a longer name', () => {
    const dikwa = placeOf('On Tuesday gunmen attacked a village in Dikwa LGA (Borno).', 'Dikwa');
    expect(dikwa?.countryCode).toBe('NG');
  });

  it('keeps a name before "Tehsil"', () => {
    expect(placeOf('Residents of a village in Khairpur Tehsil protested.', 'Khairpur')?.countryCode).toBe('PK');
  });
});

describe('a name known only by a former name, followed by its province', () => {
  it('reads "Dzerzhynsk, Donetsk oblast" as the renamed town (Toretsk)', () => {
    expect(placeOf('Shelling was heard near Dzerzhynsk, Donetsk oblast.', 'Dzerzhynsk')?.name).toBe('Toretsk');
  });

  it('still drops that former name standing alone, which may be an ordinary word', () => {
    expect(placeOf('Shelling was heard near Dzerzhynsk on Monday.', 'Dzerzhynsk')).toBeUndefined();
  });
});

describe('a town run on into its state with no comma', () => {
  it('finds Ensenada in "in Ensenada Baja California on Friday"', () => {
    const text = 'A man was shot dead in Ensenada Baja California on Friday.';
    expect(placeOf(text, 'Ensenada')?.countryCode).toBe('MX');
    expect(placeOf(text, 'Baja California')?.placeType).toBe('admin1');
  });

  it('still reads a given name and surname as a person', () => {
    expect(mentions('Hermosillo Sanchez said the road was closed.')).toEqual([]);
  });
});

describe('a district "in western Yemen": a part of the country after the name', () => {
  it('resolves "Hays district in western Yemen" inside Yemen, not the American town', () => {
    const hays = placeOf('Artillery hit villages of Hays district in western Yemen overnight.', 'Hays');
    expect(hays?.countryCode).toBe('YE');
  });
});

describe('a town placed in a province of another country than its namesakes', () => {
  it('leaves "Lyon (Ontario)" unresolved rather than the French city; Ontario stays', () => {
    const found = mentions('Farmers protested in Lyon (Ontario) on Friday.');
    expect(found.map((m) => m.text)).toEqual(['Ontario']);
  });

  it('reads a list of places as a list: "New York City, Long Island, New York" keeps the city', () => {
    expect(placeOf('Prices rose in New York City, Long Island, New York and Boston.', 'New York City')?.countryCode).toBe('US');
  });

  it('takes the last name of "(District, Province)" as the container', () => {
    const text = 'Youths protested in Kabala town (Koinadugu, North-West) on Monday.';
    expect(placeOf(text, 'Kabala')?.countryCode).toBe('SL');
  });
});

describe('a city known by the first words of its name', () => {
  it('reads "Taxco" as Taxco de Alarcón, not a hamlet named Taxco in another state', () => {
    expect(placeOf('Merchants protested in Taxco on Friday.', 'Taxco')?.name).toBe('Taxco de Alarcón');
  });

  it('keeps a place whose own name it is when no larger city starts with it', () => {
    expect(placeOf('Merchants protested in Tepic on Friday.', 'Tepic')?.name).toBe('Tepic');
  });
});

describe('a city known in English by its province’s name', () => {
  it('reads "protested in Gomel" as the city (Homyel’), "Gomel province" as the province', () => {
    expect(placeOf('Teachers protested in Gomel on Monday.', 'Gomel')?.placeType).toBe('city');
    expect(placeOf('Floods hit Gomel province in spring.', 'Gomel')?.placeType).toBe('admin1');
  });

  it('reads the name as the province when written as a container: "a village, Gadabay"', () => {
    expect(placeOf('Troops fired at positions near Zamanly, Gadabay, on Monday.', 'Gadabay')?.placeType).toBe('admin1');
  });

  it('keeps "New York" the state where English is the local language', () => {
    expect(placeOf('Farmers in upstate New York protested on Monday.', 'New York')?.placeType).toBe('admin1');
  });
});

describe('a nationality after a comma is no container', () => {
  it('keeps Nablus in "During a raid in Nablus, Israeli forces shot a man."', () => {
    expect(placeOf('During a raid in Nablus, Israeli forces shot a man.', 'Nablus')?.countryCode).toBe('PS');
  });
});
