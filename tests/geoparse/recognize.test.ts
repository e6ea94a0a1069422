import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { createMemoryGazetteer } from '@/lib/gazetteer/memory';
import type { GazPlace } from '@/lib/gazetteer/types';
import { recognize } from '@/lib/geoparse/recognize';
import type { Candidate } from '@/lib/geoparse/types';
import { parseArticle } from '@/lib/text/article';

const gazetteer = fixtureGazetteer();

function candidates(text: string): Candidate[] {
  const found = recognize(parseArticle('t', text), gazetteer);
  for (const candidate of found) expect(text.slice(candidate.start, candidate.end)).toBe(candidate.text);
  return found;
}

const surfaces = (text: string): string[] => candidates(text).map((candidate) => candidate.text);

describe('recognize', () => {
  it('flags "Syrian" as a demonym of Syria', () => {
    expect(candidates('Syrian fighters left the city.')).toEqual([
      expect.objectContaining({ text: 'Syrian', lookup: 'Syria', demonym: true }),
    ]);
  });

  it('reads "Deir el-Zour province" as the area "Deir el-Zour" and "the town of Mayadeen" as a settlement', () => {
    const found = candidates('They fled to Deir el-Zour province and the town of Mayadeen.');
    expect(found).toEqual([
      expect.objectContaining({ text: 'Deir el-Zour', lookup: 'Deir el-Zour', typeHint: 'area' }),
      expect.objectContaining({ text: 'Mayadeen', typeHint: 'settlement' }),
    ]);
  });

  it('finds the country in possessives "Syria\'s" and "Iraq\'s"', () => {
    expect(surfaces("Syria's east and Iraq's west were contested.")).toEqual(['Syria', 'Iraq']);
  });

  it('ignores a place inside an organisation name ("Raqqa Civil Council", "London Times")', () => {
    expect(surfaces('Members of the Raqqa Civil Council spoke to the London Times.')).toEqual([]);
  });

  it('ignores news agencies, pronouns, months and weekdays', () => {
    expect(surfaces('She told Reuters on Monday in March that Mobile was quiet.')).toEqual(['Mobile']);
  });

  it('ignores people: title + name, given name + surname, and a bare speaker that is no country', () => {
    expect(surfaces('Gen. Paris met Paris Hilton. Dillon said the talks went well.')).toEqual([]);
  });

  it('keeps a country that speaks: "Jordan said"', () => {
    expect(surfaces('Jordan said it would close the border.')).toEqual(['Jordan']);
  });

  it('reads a state abbreviation with its period: "Atlanta, Ga."', () => {
    expect(candidates('He lives in Atlanta, Ga. with his family.')).toEqual([
      expect.objectContaining({ text: 'Atlanta' }),
      expect.objectContaining({ text: 'Ga.', lookup: 'Georgia' }),
    ]);
  });

  it('reads an initialled state abbreviation as one name: "W.Va." and "W. Va.", not Virginia', () => {
    expect(candidates('He grew up in Atlanta, W.Va. and later moved.')).toEqual([
      expect.objectContaining({ text: 'Atlanta' }),
      expect.objectContaining({ text: 'W.Va.', lookup: 'West Virginia' }),
    ]);
    expect(candidates('Sen. Jay Rockefeller, D-W. Va., spoke.')).toEqual([
      expect.objectContaining({ text: 'W. Va.', lookup: 'West Virginia' }),
    ]);
  });

  it('takes a word known only as another spelling of a town under 50,000 people for a word ("Dinner"), not a place', () => {
    const town = (id: string, name: string, population: number): GazPlace =>
      ({ id, name, placeType: 'town', countryCode: 'TR', admin1: null, coordinates: [30, 38], population, area: null });
    const gazetteer = createMemoryGazetteer(
      [town('geonames:1', 'Dinar', 35_000), town('geonames:2', 'Istanbul', 15_000_000)],
      { 'geonames:1': ['Dinner'], 'geonames:2': ['Constantinople'] },
    );
    const found = recognize(parseArticle('t', 'The Day Dinner was held in Constantinople.'), gazetteer);
    expect(found.map((candidate) => candidate.text)).toEqual(['Constantinople']);
  });

  it('keeps another vowel spelling of a small town\'s own name ("Tillabery" for Tillabéri): same consonants, no word', () => {
    const town: GazPlace = { id: 'geonames:1', name: 'Tillabéri', placeType: 'town', countryCode: 'NE', admin1: null, coordinates: [1.45, 14.2], population: 19_000, area: null };
    const gazetteer = createMemoryGazetteer([town], { 'geonames:1': ['Tillabery'] });
    const found = recognize(parseArticle('t', 'Protesters marched in Tillabery on Monday.'), gazetteer);
    expect(found.map((candidate) => candidate.text)).toEqual(['Tillabery']);
  });

  it('drops an initialism the article spells out as words that name no place ("District Commissioner (DC)")', () => {
    expect(surfaces('The District Commissioner (DC) left Kabul. The DC returned.')).not.toContain('DC');
  });

  it('reads each name of a list closed by "counties" as a county: "Barrow and Oconee counties"', () => {
    const place = (id: string, name: string, placeType: GazPlace['placeType']): GazPlace =>
      ({ id, name, placeType, countryCode: 'US', admin1: 'GA', coordinates: [-83.5, 33.9], population: 1000, area: null });
    const gazetteer = createMemoryGazetteer([
      place('census:13013', 'Barrow County', 'admin2'),
      place('census:13219', 'Oconee County', 'admin2'),
      place('geonames:5880054', 'Barrow', 'village'),
    ]);
    const found = recognize(parseArticle('t', 'Schools in Barrow and Oconee counties closed. Barrow is in Alaska.'), gazetteer);
    expect(found.map((candidate) => [candidate.text, candidate.lookup])).toEqual([
      ['Barrow', 'Barrow County'],
      ['Oconee', 'Oconee County'],
      ['Barrow', 'Barrow'],
    ]);
  });

  it('does not take a language for a place: "spoke only French", "French immersion", but "French officials"', () => {
    expect(surfaces('She spoke only French at home. Her French immersion class met French officials.')).toEqual(['French']);
  });

  it('does not take a number word for the village of that name: "Four people died"', () => {
    const four: GazPlace = { id: 'geonames:3017555', name: 'Four', placeType: 'village', countryCode: 'FR', admin1: '84',
      coordinates: [5.19, 45.59], population: 985, area: null };
    const found = recognize(parseArticle('t', 'Four people died in the fire on Monday.'), createMemoryGazetteer([four]));
    expect(found).toEqual([]);
  });

  it('reads a bare county name as the county the article names in full ("DeKalb County" … "DeKalb"), not a big city\'s', () => {
    const place = (id: string, name: string, placeType: GazPlace['placeType'], population: number): GazPlace =>
      ({ id, name, placeType, countryCode: 'US', admin1: 'GA', coordinates: [-84.2, 33.8], population, area: null });
    const gazetteer = createMemoryGazetteer([
      place('census:13089', 'DeKalb County', 'admin2', 700_000),
      place('geonames:4889553', 'DeKalb', 'town', 43_000),
      place('census:41067', 'Washington County', 'admin2', 600_000),
      place('geonames:4140963', 'Washington', 'city', 690_000),
    ]);
    const lookups = (text: string): string[] => recognize(parseArticle('t', text), gazetteer).map((c) => c.lookup);
    expect(lookups('DeKalb County officials met. Homes in unincorporated DeKalb were sold.')).toEqual(['DeKalb County', 'DeKalb County']);
    expect(lookups('Washington County deputies met. Lawmakers in Washington voted.')).toEqual(['Washington County', 'Washington']);
  });

  it('does not take a currency for a country: "US$460 million", "$US 15 billion", but "the US"', () => {
    expect(surfaces('Libya paid US$460 million, about $US 15 billion in all, to the US.')).toEqual(['Libya', 'US']);
  });

  it('does not take a country before its currency for a place: "the US dollar exchange rate", "the Syrian pound"', () => {
    expect(surfaces('Protesters in Beirut denounced the high US dollar exchange rate and the fall of the Syrian pound.')).toEqual(['Beirut']);
  });

  it('does not take the demonym of "Saudi-led" or "Syrian-backed" for a place', () => {
    expect(surfaces('The Syrian-backed militia attacked Beirut.')).toEqual(['Beirut']);
  });

  it('drops page chrome such as "Ajustar Comentario Impresión"', () => {
    expect(surfaces('Title\n\nAjustar Comentario Impresión Paris\n\nParis was calm.')).toEqual(['Paris']);
  });

  it('does not take a disease named after a place for the place ("Tripoli fever", "Tripoli hemorrhagic fever")', () => {
    expect(surfaces('Doctors fear Tripoli hemorrhagic fever.')).toEqual([]);
    expect(surfaces('Doctors studied Tripoli fever in Beirut.')).toEqual(['Beirut']);
  });

  it('doubts a sentence-initial word the article also writes in lower case', () => {
    expect(surfaces('Reading is fun. Children enjoy reading in Paris.')).toEqual(['Paris']);
  });

  it('still finds the home town after a person\'s name: "Phillip Christofoli of Mosul"', () => {
    expect(surfaces('Phillip Christofoli of Mosul was arrested.')).toEqual(['Mosul']);
  });

  it('takes the word after a given name and middle initial for a surname: "Catherine A. Dillon"', () => {
    expect(surfaces('Catherine A. Dillon spoke. Later Dillon left for Paris.')).toEqual(['Paris']);
  });

  it('keeps a town\'s later mentions after a name-like run with no given name: "Rodeo Springfield", then "in Springfield"', () => {
    const found = candidates('The Rodeo Springfield seeks a queen. The fair opens in Springfield.');
    expect(found.map((candidate) => candidate.start)).toContain(55);
  });

  it('keeps a name a person of the story bears where it is a place: "Bell France", then "stores across France"', () => {
    const found = candidates('The outbreak led Bell France to recall onions from its stores across France.');
    expect(found.map((candidate) => candidate.text)).toContain('France');
  });

  it('still reads a town\'s name after a given name as a surname: "Maria Springfield", then "Springfield"', () => {
    expect(surfaces('Maria Springfield spoke first. Springfield left early.')).toEqual([]);
  });

  it('reads a legislator\'s home town after the party letter: "Ann Ford, D-Springfield" and "(R-Springfield)"', () => {
    expect(surfaces('The bill was backed by Ann Ford, D-Springfield, who tried to restore it.')).toEqual(['Springfield']);
    expect(surfaces('The bill was backed by Tim Smith (R-Springfield) on Monday.')).toEqual(['Springfield']);
  });

  it('reads the surname before a generational suffix: after "Ann Springfield Jr.", "Springfield" is the person', () => {
    expect(surfaces('Ann Springfield Jr. spoke first. Springfield left early for Paris.')).toEqual(['Paris']);
  });

  it('drops a bare given name that is only a village ("Dillon"), keeps one that is a country ("Jordan")', () => {
    expect(surfaces('Officers found Dillon near the river. They flew to Jordan.')).toEqual(['Jordan']);
  });

  it('keeps a state inside the name of one of its bodies ("Texas Farm Association", "University of Texas")', () => {
    expect(surfaces('The Texas Farm Association met. She studied at the University of Texas.')).toEqual(['Texas', 'Texas']);
  });

  it('drops a city inside the name of an organisation ("Paris City Council") or a road ("Paris Road")', () => {
    expect(surfaces('The Paris City Council met on Paris Road.')).toEqual([]);
  });

  it('reads the rest of a state body\'s name as no place: "Texas Highway Mobile Unit" is only Texas', () => {
    expect(surfaces('The Texas Highway Mobile Unit closed the road.')).toEqual(['Texas']);
  });
});
