/**
 * The curated word lists recognition relies on, read once from geodata/*.json and validated: stop words, months,
 * organisations, person titles, given names, demonyms, type-hint words. Data, not code (CLIFF), so a reviewer can
 * extend them without touching the recogniser.
 */
import { z } from 'zod';
import notPlacesJson from '../../geodata/not-places.json';
import firstNamesJson from '../../geodata/first-names.json';
import countryDemonymsJson from '../../geodata/demonyms.json';
import regionalDemonymsJson from '../../geodata/regional-demonyms.json';
import placeWordsJson from '../../geodata/place-words.json';
import romanisationJson from '../../geodata/romanisation.json';

const words = z.array(z.string().min(1));

const notPlacesSchema = z.object({
  stopWords: words,
  months: words,
  weekdays: words,
  newsOrganisations: words,
  organisationSuffixes: words,
  organisationPrefixes: words,
  streetSuffixes: words,
  personTitles: words,
  speechVerbs: words,
  uiJunk: words,
  descriptorWords: words,
  eponymFollowers: words,
});
const firstNamesSchema = z.object({ firstNames: words });
/** the generic words of romanised Arabic, Persian and Kurdish names (geodata/romanisation.json) */
const genericWordsSchema = z.object({ genericWords: z.record(z.string(), words) });
/** the article as a name's first word: "Al Shabaab", "El Bouni" */
const ARTICLE_HEADS = ['al', 'el'];
/** geodata/demonyms.json (the gazetteer's): adjective → ISO 3166-1 alpha-2 */
const countryDemonymsSchema = z.object({ demonyms: z.record(z.string(), z.string().length(2)) });
const regionalDemonymsSchema = z.object({ demonyms: z.record(z.string(), z.string()) });
const placeWordsSchema = z.object({
  areaWords: words,
  settlementWords: words,
  areaPrefixes: words,
  settlementPrefixes: words,
  connectors: words,
  shortForms: z.record(z.string(), z.string()),
  dottedAbbreviations: z.record(z.string(), z.string()),
  partyInitials: z.array(z.string()).default([]),
  locativePrepositions: words.default([]),
  pluralAreaWords: z.record(z.string(), z.string()).default({}),
  languageBefore: words.default([]),
  languageAfter: words.default([]),
});

/** Every list recognition needs; sets hold lowercase words unless noted. */
export interface Lexicon {
  /** single words that are never a place on their own (function words, pronouns, roles, months, weekdays…) */
  notPlaceWords: ReadonlySet<string>;
  newsOrganisations: ReadonlySet<string>;
  organisationSuffixes: ReadonlySet<string>;
  organisationPrefixes: ReadonlySet<string>;
  streetSuffixes: ReadonlySet<string>;
  personTitles: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  uiJunk: ReadonlySet<string>;
  /** words that describe a place rather than name a person or firm ("Paris High School", "Ohio church") */
  descriptorWords: ReadonlySet<string>;
  /** a place name before one of these names a disease or species, not a place ("West Nile virus") */
  eponymFollowers: ReadonlySet<string>;
  /** capitalised, as written */
  firstNames: ReadonlySet<string>;
  /** country adjective as written ("Syrian", "South African", plural too) → ISO 3166-1 alpha-2 */
  countryDemonyms: ReadonlyMap<string, string>;
  /** adjective of a region, state or city as written ("European", "Texan") → name to look up */
  placeDemonyms: ReadonlyMap<string, string>;
  /** surface form as written ("U.S.", "UK") → name to look up */
  shortForms: ReadonlyMap<string, string>;
  /** abbreviations written with a final period, as written ("Ky.", "N.C.") → name to look up */
  dottedAbbreviations: ReadonlyMap<string, string>;
  /** party letters before a legislator's home town, as written ("D" of "D-Charleston") */
  partyInitials: ReadonlySet<string>;
  /** "in", "across": a name after one of these is a place even when a person of the article bears it */
  locativePrepositions: ReadonlySet<string>;
  /** "counties" → "County": the plural that closes a list of areas, and the word that names each */
  pluralAreaWords: ReadonlyMap<string, string>;
  /** words before ("spoke") or after ("language") a demonym that make it a language */
  languageBefore: ReadonlySet<string>;
  languageAfter: ReadonlySet<string>;
  areaWords: ReadonlySet<string>;
  settlementWords: ReadonlySet<string>;
  areaPrefixes: ReadonlySet<string>;
  settlementPrefixes: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /**
   * words that begin a longer name and are no place alone ("Wadi al-Rabi", "Tal al-Zuhur", "Al Shabaab"): when the
   * whole name is unknown, its first word is not looked up on its own
   */
  nameHeads: ReadonlySet<string>;
}

/**
 * Builds the lexicon from the checked-in data files (call once; the result is immutable and can be shared).
 * @example loadLexicon().demonyms.get('Syrian') // 'Syria'
 */
export function loadLexicon(): Lexicon {
  const notPlaces = notPlacesSchema.parse(notPlacesJson);
  const firstNames = firstNamesSchema.parse(firstNamesJson);
  const countryDemonyms = countryDemonymsSchema.parse(countryDemonymsJson);
  const placeDemonyms = regionalDemonymsSchema.parse(regionalDemonymsJson);
  const placeWords = placeWordsSchema.parse(placeWordsJson);
  const generic = genericWordsSchema.parse(romanisationJson);
  return {
    notPlaceWords: lower([
      ...notPlaces.stopWords,
      ...notPlaces.months,
      ...notPlaces.weekdays,
      ...notPlaces.organisationSuffixes,
      ...notPlaces.streetSuffixes,
      ...notPlaces.personTitles,
      ...notPlaces.descriptorWords,
    ]),
    newsOrganisations: lower(notPlaces.newsOrganisations),
    organisationSuffixes: lower(notPlaces.organisationSuffixes),
    organisationPrefixes: lower(notPlaces.organisationPrefixes),
    streetSuffixes: lower(notPlaces.streetSuffixes),
    personTitles: lower(notPlaces.personTitles),
    speechVerbs: lower(notPlaces.speechVerbs),
    uiJunk: lower(notPlaces.uiJunk),
    eponymFollowers: lower(notPlaces.eponymFollowers),
    descriptorWords: lower([...notPlaces.descriptorWords, ...notPlaces.stopWords, ...notPlaces.months, ...notPlaces.weekdays]),
    firstNames: new Set(firstNames.firstNames),
    countryDemonyms: withPlurals(countryDemonyms.demonyms),
    placeDemonyms: withPlurals(placeDemonyms.demonyms),
    shortForms: new Map(Object.entries(placeWords.shortForms)),
    dottedAbbreviations: new Map(Object.entries(placeWords.dottedAbbreviations)),
    partyInitials: new Set(placeWords.partyInitials),
    locativePrepositions: lower(placeWords.locativePrepositions),
    languageBefore: lower(placeWords.languageBefore),
    languageAfter: lower(placeWords.languageAfter),
    pluralAreaWords: new Map(Object.entries(placeWords.pluralAreaWords).map(([plural, singular]) => [plural.toLowerCase(), singular])),
    areaWords: lower(placeWords.areaWords),
    settlementWords: lower(placeWords.settlementWords),
    areaPrefixes: lower(placeWords.areaPrefixes),
    settlementPrefixes: lower(placeWords.settlementPrefixes),
    connectors: lower(placeWords.connectors),
    nameHeads: lower([...ARTICLE_HEADS, ...Object.entries(generic.genericWords).flatMap(([word, spellings]) => [word, ...spellings])]),
  };
}

function lower(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((word) => word.toLowerCase()));
}

/** "Syrian" also yields "Syrians"; forms ending in s/sh/ch/ese ("Swiss", "Chinese") take no plural; keys keep their case. */
function withPlurals(entries: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [form, place] of Object.entries(entries)) {
    map.set(form, place);
    if (!/(s|sh|ch|ese|x|z)$/.test(form)) map.set(`${form}s`, place);
  }
  return map;
}
