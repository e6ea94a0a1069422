/**
 * Recognition: place-name candidates with exact offsets, found without any model. Runs of capitalised tokens are
 * probed against the gazetteer longest-first (`gazetteer.has`, at most MAX_NAME_TOKENS probes per start: linear
 * time), demonyms and short forms come from curated lists, and general filters drop what is a person,
 * an organisation, a street, a month or a function word.
 */
import type { Article } from '../text/types';
import type { Gazetteer } from '../gazetteer/types';
import type { PlaceType } from '../geojson/schema';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from './tokens';
import { areaListSuffix, countiesNamed, countyShorthand } from './area-lists';
import {
  followsOrganisationPrefix, namesBacker, namesCurrency, namesLanguage, namesOrganisation, precedesEponymWord, precedesStreetWord,
  capitalsCompound, quotedOrganisation,
} from './word-cues';
import { loadLexicon, type Lexicon } from './lexicon';
import { isAliasOnlyWord } from './alias-only';
import { definedAcronyms } from './acronyms';
import { variantNameEnd } from './variant-names';
import { isHeldByNextName, isHeldByRestOfRun } from './next-container';
import type { Candidate } from './types';
import {
  followsMiddleInitial,
  followsPersonTitle,
  insideLongerName,
  isContraction,
  isNameLike,
  isSpeaker,
  looksLikePersonRun,
  startsPersonName,
  startsWithGivenName,
} from './people';

/** longest place name probed, in tokens (connectors such as "of", "el" included) */
const MAX_NAME_TOKENS = 6;
/** a sentence this short that contains a UI word ("Share", "Comentario") is page chrome */
const JUNK_SENTENCE_MAX_TOKENS = 8;
const PERIOD = 0x2e; // "."
/** separators allowed inside one name: a space, a hyphen, a non-breaking space */
const NAME_GAP = /^[ \u00a0]$|^[-\u2010\u2011]$/;
/** abbreviations that open a place name across their period: "St. Louis", "Mt. Vernon", "Ft. Worth" */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
/** a doubtful name ("Jordan said", "Bell Helicopter") stays a place only if it can be one of these */
const SPEAKING_PLACE_TYPES: readonly PlaceType[] = ['continent', 'region', 'country', 'admin1'];
const SETTLEMENT_TYPES: readonly PlaceType[] = ['city', 'town', 'village', 'locality'];
/** areas whose name stays a place inside the name of one of their bodies ("Georgia Bureau of Investigation") */
const ADMIN_AREA_TYPES: readonly PlaceType[] = ['country', 'admin1', 'admin2'];
/** a one-word given name is a place only if a namesake settlement has at least this many people */
const GIVEN_NAME_TOWN_MIN_POPULATION = 10_000;


const DEFAULT_LEXICON: Lexicon = loadLexicon();

interface Match {
  /** exclusive token index */
  end: number;
  lookup: string;
  demonym: boolean;
  /** a curated short form or abbreviation ("U.S.", "Ky.") */
  abbreviation: boolean;
  /** the name's final period belongs to it ("Ky.") */
  withPeriod: boolean;
  /** known only by the romanisation-variant key ("Kfar Nabl") */
  variant?: boolean;
}

interface Scan {
  text: string;
  /** names the article writes before a county word ("DeKalb" of "DeKalb County"), with that word */
  counties: ReadonlyMap<string, string>;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  /** whether a word is written in lower case anywhere in the article ("police"), to doubt a sentence-initial "Police" */
  lowercaseWords: Map<string, boolean>;
  /** names whose most salient namesake is a country, admin-1 or admin-2 area, asked in this article */
  adminAreas: Map<string, boolean>;
  /** initialisms the article spells out ("District Commissioner (DC)"), with their words */
  acronyms: ReadonlyMap<string, string>;
  /** last names of people found ("Jordan" from "Michael Jordan"): later bare mentions are people too */
  surnames: Set<string>;
  found: Candidate[];
  /** candidates that stay places only if the name can be a country, admin-1 area or region */
  doubtful: Set<Candidate>;
  /** one-word candidates that are also given names ("Kristina", "Florence"): kept only if a real place is known */
  givenNames: Set<Candidate>;
  /** for doubtful candidates in a run that reads like a person's name: that run's last word */
  personRunSurname: Map<Candidate, string>;
}

/**
 * Finds place-name candidates in the title line and body of `article`, sorted by start.
 * @example recognize(parseArticle('a', 'Fighting in Raqqa, Syria.'), gazetteer).map((c) => c.text) // ['Raqqa', 'Syria']
 */
export function recognize(article: Article, gazetteer: Gazetteer, lexicon: Lexicon = DEFAULT_LEXICON): Candidate[] {
  const text = article.text;
  const from = article.titleStart ?? article.bodyStart;
  const scan: Scan = {
    text,
    gazetteer,
    lexicon,
    lowercaseWords: new Map(),
    adminAreas: new Map(),
    acronyms: definedAcronyms(text),
    surnames: new Set(),
    found: [],
    doubtful: new Set(),
    givenNames: new Set(),
    personRunSurname: new Map(),
    counties: countiesNamed(text, lexicon),
  };
  for (const sentence of splitSentences(text, from)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    if (!isPageChrome(tokens, lexicon)) scanSentence(scan, tokens);
  }
  const confirmed = scan.found.filter((candidate) =>
    isAliasOnlyWord(scan.gazetteer, candidate) && !namedAsPlace(scan, candidate) &&
      !isHeldByNextName(gazetteer, text, candidate, scan.found) ? false
    : scan.doubtful.has(candidate) ? canSpeak(scan, candidate)
      : scan.givenNames.has(candidate) ? canSpeak(scan, candidate) || isTown(scan, candidate) : true);
  for (const candidate of scan.found) {
    const surname = scan.personRunSurname.get(candidate);
    if (surname !== undefined && !confirmed.includes(candidate)) scan.surnames.add(surname);
  }
  return confirmed.filter((candidate) =>
    candidate.demonym || !scan.surnames.has(candidate.text) || followsLocativeWord(scan, candidate));
}

function scanSentence(scan: Scan, tokens: readonly Token[]): void {
  const { lexicon } = scan;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !token.capitalised) {
      i += 1;
      continue;
    }
    const runEnd = findRunEnd(tokens, i, lexicon);
    if (followsPersonTitle(tokens, i, lexicon) || followsMiddleInitial(tokens, i, lexicon)) {
      i = skipPerson(scan, tokens, i, runEnd);
      continue;
    }
    if (isNewsOrganisation(scan, tokens, i, runEnd)) {
      i = runEnd;
      continue;
    }
    const match = longestMatch(scan, tokens, i, runEnd);
    const inOrganisation = match !== null && (followsOrganisationPrefix(tokens, i, lexicon) ||
      namesOrganisation(tokens, match.end, runEnd, lexicon) || precedesStreetWord(tokens, match.end, lexicon) ||
      quotedOrganisation(tokens, i, match.end, lexicon));
    if (match !== null && ((match.demonym && (namesLanguage(tokens, i, match.end, lexicon) || namesBacker(tokens, match.end))) ||
      precedesEponymWord(tokens, match.end, lexicon) || namesCurrency(scan.text, token, tokens[match.end - 1] ?? token))) {
      i = runEnd;
      continue;
    }
    if (inOrganisation && (match.demonym || !namesAdminArea(scan, tokens, match.end, match.lookup))) {
      i = runEnd;
      continue;
    }
    if (match === null && followsOrganisationPrefix(tokens, i, lexicon)) {
      i = runEnd;
      continue;
    }
    if (match === null) {
      if (startsPersonName(tokens, i, runEnd, lexicon)) {
        i = skipPerson(scan, tokens, i, runEnd);
      } else if (runEnd - i > 1 && lexicon.nameHeads.has(token.text.toLowerCase())) {
        // the rest of an unknown "Wadi al-Zaytun" is no name of its own either
        i = runEnd;
      } else {
        i += 1;
      }
      continue;
    }
    const single = match.end - i === 1;
    if ((single || match.variant === true) && !match.demonym && startsPersonName(tokens, i, runEnd, lexicon)) {
      i = skipPerson(scan, tokens, i, runEnd);
      continue;
    }
    if (single && isDoubtfulSentenceStart(scan, token)) {
      i += 1;
      continue;
    }
    const first = token;
    const last = tokens[match.end - 1] ?? token;
    const end = last.end + (match.withPeriod ? 1 : 0);
    const candidate: Candidate = {
      start: first.start,
      end,
      text: scan.text.slice(first.start, end),
      lookup: match.lookup,
      demonym: match.demonym,
      typeHint: match.demonym ? null : typeHintAround(tokens, i, match.end, lexicon),
    };
    scan.found.push(candidate);
    if (single && !match.demonym && !match.abbreviation) {
      const inName = insideLongerName(tokens, i, runEnd, lexicon) && !heldByRestOfRun(scan, tokens, match, runEnd);
      if (inName || isSpeaker(tokens, i, lexicon)) scan.doubtful.add(candidate);
      else if (lexicon.firstNames.has(token.text)) scan.givenNames.add(candidate);
      if (inName && looksLikePersonRun(tokens, i, lexicon)) rememberRun(scan, candidate, tokens, i);
    }
    // the rest of a body's name is no place: "Florida Highway Patrol", "Texas Farm Association"
    i = inOrganisation ? runEnd : match.end;
  }
}

/** "Tijuana Baja California (on Friday)": the run goes on with the province that holds the name. */
function heldByRestOfRun(scan: Scan, tokens: readonly Token[], match: Match, runEnd: number): boolean {
  const first = tokens[match.end];
  if (first === undefined) return false;
  for (let end = runEnd; end > match.end; end -= 1) {
    const last = tokens[end - 1];
    if (last?.capitalised && isHeldByRestOfRun(scan.gazetteer, match.lookup, scan.text.slice(first.start, last.end))) return true;
  }
  return false;
}

/** The longest n-gram starting at `start` (ending on a capitalised token) that is a short form, demonym or name. */
function longestMatch(scan: Scan, tokens: readonly Token[], start: number, runEnd: number): Match | null {
  const { lexicon, gazetteer, text } = scan;
  const first = tokens[start];
  if (first === undefined) return null;
  const initialled = initialledAbbreviation(scan, tokens, start);
  if (initialled !== null) return initialled;
  const listed = listedArea(scan, tokens, start, runEnd);
  if (listed !== null) return listed;
  // most runs ("President", "Monday") start with a word no gazetteer name starts with: their n-grams need no probe
  const mayBeName = gazetteer.mayBeginName?.(first.text) ?? true;
  for (let end = runEnd; end > start; end -= 1) {
    const last = tokens[end - 1];
    if (last === undefined || !last.capitalised) continue;
    const surface = text.slice(first.start, last.end);
    const plain = { end, demonym: false, abbreviation: false, withPeriod: false };
    const endsWithPeriod = surface.endsWith('.');
    const dotted = endsWithPeriod ? lexicon.dottedAbbreviations.get(surface)
      : text.charCodeAt(last.end) === PERIOD ? lexicon.dottedAbbreviations.get(`${surface}.`) : undefined;
    if (dotted !== undefined) return { ...plain, lookup: dotted, abbreviation: true, withPeriod: !endsWithPeriod };
    // "the District Commissioner (DC)": an initialism the article spells out as no place is no place
    const spelledOut = scan.acronyms.get(surface);
    if (end - start === 1 && spelledOut !== undefined && !namesAPlace(gazetteer, spelledOut)) return null;
    const short = lexicon.shortForms.get(surface);
    if (short !== undefined) return { ...plain, lookup: short, abbreviation: true };
    const demonym = demonymLookup(scan, surface);
    if (demonym !== undefined) {
      return { ...plain, lookup: demonym, demonym: demonym.toLowerCase() !== surface.toLowerCase() };
    }
    if (end - start === 1 && (isNotPlaceWord(surface, lexicon) || isContraction(surface))) return null;
    // "AL" (Awami League), "DC" (a district commissioner): a short all-capitals word is an initialism, a place only
    // where the short forms say so ("US", "UK", "DRC" above)
    if (end - start === 1 && INITIALISM.test(surface) && !namesArea(gazetteer, surface)) return null;
    // "TURK-IS", "HAK-IS": capitals joined by a hyphen to more capitals name a union or party, not a town
    if (end - start === 1 && capitalsCompound(tokens, start)) return null;
    // "Wadi al-Rabi" the gazetteer lacks is no "Wadi": the head word of an unknown longer name is not a place alone
    if (end - start === 1 && runEnd - start > 1 && lexicon.nameHeads.has(surface.toLowerCase())) break;
    // gazetteer.has remembers its answers across articles
    if (mayBeName && gazetteer.has(surface)) return { ...plain, lookup: surface };
  }
  const end = variantNameEnd(text, tokens, start, runEnd, gazetteer);
  const last = end === null ? undefined : tokens[end - 1];
  return end === null || last === undefined ? null
    : { end, lookup: text.slice(first.start, last.end), demonym: false, abbreviation: false, withPeriod: false, variant: true };
}

/**
 * "Clarke and Oconee counties", or "DeKalb" where the article also writes "DeKalb County": the name with its
 * county word, when the gazetteer knows it ("Clarke County").
 */
function listedArea(scan: Scan, tokens: readonly Token[], start: number, runEnd: number): Match | null {
  const suffix = areaListSuffix(tokens, runEnd, scan.lexicon);
  const first = tokens[start];
  if (first === undefined || (suffix === null && scan.counties.size === 0)) return null;
  for (let end = runEnd; end > start; end -= 1) {
    const last = tokens[end - 1];
    if (last === undefined || !last.capitalised) continue;
    const surface = scan.text.slice(first.start, last.end);
    // "DeKalb County" itself is read whole by longestMatch; only the bare "DeKalb" is shorthand
    const bare = scan.counties.has(surface) && tokens[end]?.text !== scan.counties.get(surface);
    const lookup = suffix !== null ? `${surface} ${suffix}` : bare ? countyShorthand(surface, scan.counties, scan.gazetteer) : null;
    if (lookup !== null && scan.gazetteer.has(lookup)) return { end, lookup, demonym: false, abbreviation: true, withPeriod: false };
  }
  return null;
}

/** "Democratic Republic of Congo", "United Arab Emirates": the words, or one of them, name a place */
function namesAPlace(gazetteer: Gazetteer, words: string): boolean {
  return gazetteer.has(words) || words.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && namesArea(gazetteer, w));
}

/** two or three capital letters and nothing else */
const INITIALISM = /^\p{Lu}{2,3}$/u;
const AREA_INITIALISM_TYPES: ReadonlySet<string> = new Set(['country', 'admin1', 'admin2', 'region', 'continent']);

/** true when some place of that name is a country or a province ("UAE", "KP"): an initialism that names an area */
function namesArea(gazetteer: Gazetteer, surface: string): boolean {
  return gazetteer.search(surface, { limit: 5 }).some((place) => AREA_INITIALISM_TYPES.has(place.placeType));
}

/** an initial's period, then at most one space: "W.Va.", "W. Va." */
const INITIAL_GAP = /^\. ?$/;

/** "W.Va.", "W. Va.": an initial and an abbreviated word, each with its period, that name an area together. */
function initialledAbbreviation(scan: Scan, tokens: readonly Token[], start: number): Match | null {
  const initial = tokens[start];
  const word = tokens[start + 1];
  if (initial === undefined || word === undefined || initial.text.length !== 1 || !initial.capitalised) return null;
  if (!INITIAL_GAP.test(word.gapBefore) || scan.text.charCodeAt(word.end) !== PERIOD) return null;
  const lookup = scan.lexicon.dottedAbbreviations.get(scan.text.slice(initial.start, word.end + 1));
  return lookup === undefined ? null
    : { end: start + 2, lookup, demonym: false, abbreviation: true, withPeriod: true };
}

/** The name a demonym stands for: a country's gazetteer name ("Syrian" → "Syria"), or a regional adjective's. */
function demonymLookup(scan: Scan, surface: string): string | undefined {
  const iso = scan.lexicon.countryDemonyms.get(surface);
  if (iso !== undefined) return scan.gazetteer.byId(`country:${iso}`)?.name;
  return scan.lexicon.placeDemonyms.get(surface);
}

/** Extends a name run over capitalised tokens and inner connectors joined by a space or hyphen. */
function findRunEnd(tokens: readonly Token[], start: number, lexicon: Lexicon): number {
  let end = start + 1;
  while (end < tokens.length && end - start < MAX_NAME_TOKENS) {
    const next = tokens[end];
    const previous = tokens[end - 1];
    if (next === undefined || previous === undefined || previous.possessive) break;
    const abbreviated = next.gapBefore === '. ' && NAME_ABBREVIATIONS.has(previous.text);
    if (!NAME_GAP.test(next.gapBefore) && !abbreviated) break;
    if (!next.capitalised && !lexicon.connectors.has(next.text)) break;
    end += 1;
  }
  while (end - 1 > start && tokens[end - 1]?.capitalised === false) end -= 1;
  return end;
}

function isNotPlaceWord(surface: string, lexicon: Lexicon): boolean {
  const lower = surface.toLowerCase();
  return lexicon.notPlaceWords.has(lower) || lexicon.newsOrganisations.has(lower) || lexicon.uiJunk.has(lower);
}

function isPageChrome(tokens: readonly Token[], lexicon: Lexicon): boolean {
  return tokens.length <= JUNK_SENTENCE_MAX_TOKENS && tokens.some((t) => lexicon.uiJunk.has(t.text.toLowerCase()));
}

/** "University of Iowa", "Bank of America" */
function isNewsOrganisation(scan: Scan, tokens: readonly Token[], start: number, runEnd: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  for (let end = runEnd; end > start; end -= 1) {
    const last = tokens[end - 1];
    if (last === undefined) continue;
    if (scan.lexicon.newsOrganisations.has(scan.text.slice(first.start, last.end).toLowerCase())) return true;
  }
  return false;
}

function rememberRun(scan: Scan, candidate: Candidate, tokens: readonly Token[], index: number): void {
  let end = index + 1;
  while (end < tokens.length && tokens[end]?.gapBefore === ' ' && isNameLike(tokens[end] as Token, scan.lexicon)) end += 1;
  const last = tokens[end - 1];
  if (last === undefined) return;
  // "Rodeo Gainesville", "Taco Bell Canada" name no person: a town's or country's name after a word that is no
  // given name stays a place elsewhere
  if (!startsWithGivenName(tokens, index, scan.lexicon) && (isTownName(scan, last.text) || canSpeakName(scan, last.text))) return;
  scan.personRunSurname.set(candidate, last.text);
}

/**
 * Skips the person's name starting at `start` and remembers its last word as a surname; returns the index after
 * the name. The name stops at a connector, so "Phillip Christofoli of Gaston" still scans "Gaston".
 */
function skipPerson(scan: Scan, tokens: readonly Token[], start: number, runEnd: number): number {
  let end = start + 1;
  while (end < runEnd && tokens[end]?.capitalised === true) end += 1;
  // the surname is the last name-like word: "George Bush Sr." is a Bush
  let last = end - 1;
  while (last > start && !isNameLike(tokens[last] as Token, scan.lexicon)) last -= 1;
  const surname = tokens[last];
  if (surname !== undefined && surname.capitalised) scan.surnames.add(surname.text);
  return end;
}

/**
 * A county, state or country keeps its mention inside the name of a body or road ("Licking County Prosecutor",
 * "Georgia Bureau of Investigation", "University of Florida", "Otter Tail County Road 80"); a settlement does not
 * ("Raqqa Civil Council", "Dublin Road"): the name ends in an area word or its most salient namesake is an area.
 */
function namesAdminArea(scan: Scan, tokens: readonly Token[], end: number, lookup: string): boolean {
  const last = tokens[end - 1];
  if (last !== undefined && end > 1 && scan.lexicon.areaWords.has(last.text.toLowerCase())) return true;
  let known = scan.adminAreas.get(lookup);
  if (known === undefined) {
    const top = scan.gazetteer.search(lookup, { limit: 1 })[0];
    known = top !== undefined && ADMIN_AREA_TYPES.includes(top.placeType);
    scan.adminAreas.set(lookup, known);
  }
  return known;
}

/** "Police arrested…" at a sentence start, when the article also writes "police". */
function isDoubtfulSentenceStart(scan: Scan, token: Token): boolean {
  if (!token.sentenceInitial) return false;
  const word = token.text.toLowerCase();
  let known = scan.lowercaseWords.get(word);
  if (known === undefined) {
    known = writtenInLowerCase(scan.text, word);
    scan.lowercaseWords.set(word, known);
  }
  return known;
}

/** "Deir el-Zour province", "the province of X" → area; "the town of Mayadeen", "X city" → settlement. */
function typeHintAround(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicon: Lexicon,
): Candidate['typeHint'] {
  const words = [tokens[end - 1], tokens[end]].map((t) => t?.text.toLowerCase() ?? '');
  const prefix = `${tokens[start - 2]?.text ?? ''} ${tokens[start - 1]?.text ?? ''}`.toLowerCase();
  const nextWord = tokens[end]?.gapBefore === ' ' ? words[1] ?? '' : '';
  const ownLast = end - start > 1 ? words[0] ?? '' : '';
  for (const word of [nextWord, ownLast]) {
    if (lexicon.areaWords.has(word)) return 'area';
    if (lexicon.settlementWords.has(word)) return 'settlement';
  }
  if (lexicon.areaPrefixes.has(prefix)) return 'area';
  if (lexicon.settlementPrefixes.has(prefix)) return 'settlement';
  return null;
}

/** the word right before a name, with the space after it: "across " */
const WORD_BEFORE = /(\p{L}+) $/u;
/** characters read before a name for that word */
const WORD_BEFORE_LOOKBEHIND = 16;

/**
 * "in Chaghcharan city", "in Chaghcharan, Ghor": a name the words around it call a place, which an alias-only name
 * then is (a town known by its former name), where an ordinary word ("Passover") would not stand.
 */
function namedAsPlace(scan: Scan, candidate: Candidate): boolean {
  return candidate.typeHint !== null && followsLocativeWord(scan, candidate);
}

/** "stores across Canada": the name is where something is, whoever else bears it. */
function followsLocativeWord(scan: Scan, candidate: Candidate): boolean {
  const before = WORD_BEFORE.exec(scan.text.slice(Math.max(0, candidate.start - WORD_BEFORE_LOOKBEHIND), candidate.start));
  return before?.[1] !== undefined && scan.lexicon.locativePrepositions.has(before[1].toLowerCase());
}

/** A doubtful one-word name stays a place only if it can name a country, admin-1 area, continent or region. */
function canSpeak(scan: Scan, candidate: Candidate): boolean {
  return canSpeakName(scan, candidate.lookup);
}

function canSpeakName(scan: Scan, name: string): boolean {
  return scan.gazetteer.search(name, { types: SPEAKING_PLACE_TYPES, limit: 1 }).length > 0;
}

/** A given name stays a place when some namesake settlement is a real town ("Florence", "Tyler", not "Kristina"). */
function isTown(scan: Scan, candidate: Candidate): boolean {
  return isTownName(scan, candidate.lookup);
}

function isTownName(scan: Scan, name: string): boolean {
  return scan.gazetteer.search(name, { types: SETTLEMENT_TYPES, limit: 1 })
    .some((place) => place.population >= GIVEN_NAME_TOWN_MIN_POPULATION);
}

const LOWERCASE_WORD = /^\p{Ll}+$/u;
const LOWERCASE_AT = /\p{Ll}/uy;
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
/** a code point is at most two UTF-16 units: the lookbehind needs no more text than this */
const CODE_POINT_UNITS = 2;

/**
 * Whether `word` occurs in `text` as a whole lower-case word: not preceded by a letter or digit and not followed by
 * another lower-case letter ("police" in "the police said", not in "Policeman" or "policemen").
 */
function writtenInLowerCase(text: string, word: string): boolean {
  if (!LOWERCASE_WORD.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - CODE_POINT_UNITS), at))) continue;
    LOWERCASE_AT.lastIndex = at + word.length;
    if (!LOWERCASE_AT.test(text)) return true;
  }
  return false;
}
