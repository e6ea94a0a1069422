/**
 * Words right around a name that say it is no place here: a street ("Dublin Road"), a currency ("US$"), a language
 * ("spoke only French"), a disease named after a place ("West Nile virus"), an organisation ("Raqqa Civil Council").
 * Pure token tests used by recognition.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

const DOLLAR = 0x24; // "$"

/** "Dublin Road", "Main Street": the name of a street. */
export function precedesStreetWord(tokens: readonly Token[], end: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  if (next === undefined || !/^[ -]$/.test(next.gapBefore)) return false;
  return next.capitalised && lexicon.streetSuffixes.has(next.text.toLowerCase());
}

/** a currency's name after a country's name or adjective: "the US dollar", "the Lebanese pound" */
const CURRENCY_AFTER =
  /^[ -](?:dollars?|pounds?|liras?|euros?|rupees?|dinars?|dirhams?|riyals?|rials?|yuan|yen|rubles?|roubles?|pesos?|shillings?|naira|rand|francs?|hryvnias?|taka|kyats?|birr|cedis?|kwacha|lempiras?|bolivars?|currency|exchange rate)\b/i;

/**
 * "US$460 million", "$US 15 billion", "NZ$": a country's code glued to a dollar sign names its currency; so does a
 * country's name before a currency's ("the high US dollar exchange rate", "the Lebanese pound").
 */
export function namesCurrency(text: string, first: Token, last: Token): boolean {
  return text.charCodeAt(last.end) === DOLLAR || text.charCodeAt(first.start - 1) === DOLLAR ||
    CURRENCY_AFTER.test(text.slice(last.end, last.end + CURRENCY_WINDOW_CHARS));
}

const CURRENCY_WINDOW_CHARS = 16;

/** "spoke only French", "English language learners": a demonym naming a language. */
export function namesLanguage(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  return (before !== undefined && /^ $/.test(tokens[start]?.gapBefore ?? '') && lexicon.languageBefore.has(before.text.toLowerCase())) ||
    (after !== undefined && /^[ -]$/.test(after.gapBefore) && lexicon.languageAfter.has(after.text.toLowerCase()));
}

/** the second half of "Saudi-led", "Iranian-backed", "Russian-made": the demonym names a backer, not a place */
const BACKER_WORDS = /^(?:led|backed|supported|sponsored|funded|allied|aligned|affiliated|trained|armed|made|built|brokered|owned)$/;

/** "the Saudi-led coalition", "Iranian-backed militias": a demonym naming who leads or backs, not where. */
export function namesBacker(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.gapBefore === '-' && BACKER_WORDS.test(next.text.toLowerCase());
}

/** "West Nile virus", "Reston ebolavirus", "Ebola River virus": a disease or species named after a place. */
export function precedesEponymWord(tokens: readonly Token[], end: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  return next !== undefined && /^[ -]$/.test(next.gapBefore) && lexicon.eponymFollowers.has(next.text.toLowerCase());
}

/** "University of Florida", "Ministry of Defence": a name after an organisation's head word and "of" */
export function followsOrganisationPrefix(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const of = tokens[index - 1];
  const head = tokens[index - 2];
  if (of === undefined || head === undefined || of.text !== 'of') return false;
  return lexicon.organisationPrefixes.has(`${head.text.toLowerCase()} of`);
}

/** "Raqqa Civil Council", "Syrian Democratic Forces": a place inside an organisation's name. */
export function namesOrganisation(tokens: readonly Token[], from: number, runEnd: number, lexicon: Lexicon): boolean {
  for (let index = from; index < runEnd; index += 1) {
    const token = tokens[index];
    if (token !== undefined && lexicon.organisationSuffixes.has(token.text.toLowerCase())) return true;
  }
  return false;
}

/** '"Bayan" company', '“Al-Amal” group': a name in quotation marks before an organisation word names the body */
export function quotedOrganisation(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  return next !== undefined && OPENS_QUOTE.test(tokens[start]?.gapBefore ?? '') && CLOSES_QUOTE.test(next.gapBefore) &&
    lexicon.organisationSuffixes.has(next.text.toLowerCase());
}

const OPENS_QUOTE = /["“'‘]$/;
const CLOSES_QUOTE = /^["”'’]\s/;

/** "TURK-IS", "HAK-IS": the token at `index` is all capitals and joined by a hyphen to another all-capitals token */
export function capitalsCompound(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const caps = (t: Token | undefined): boolean => t !== undefined && ALL_CAPITALS.test(t.text);
  // in an all-capitals headline ("CLASHES ON DAMASCUS-ALEPPO ROAD") capitals say nothing
  if (!tokens.some((t) => LOWER_CASE.test(t.text))) return false;
  return caps(token) && ((next?.gapBefore === '-' && caps(next)) || (token?.gapBefore === '-' && caps(previous)));
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_CASE = /\p{Ll}/u;
