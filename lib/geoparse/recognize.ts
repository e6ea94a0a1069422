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
import { loadLexicon, type Lexicon } from './lexicon';
import type { Candidate } from './types';

/** longest place name probed, in tokens (connectors such as "of", "el" included) */
const MAX_NAME_TOKENS = 6;
/** a sentence this short that contains a UI word ("Share", "Comentario") is page chrome */
const JUNK_SENTENCE_MAX_TOKENS = 8;
/** separators allowed inside one name: a space, a hyphen, a non-breaking space */
const NAME_GAP = /^[ \u00a0]$|^[-\u2010\u2011]$/;
/** a speaker ("Jordan said") stays a place only if that name can be one of these */
const SPEAKING_PLACE_TYPES: readonly PlaceType[] = ['continent', 'region', 'country', 'admin1'];

const DEFAULT_LEXICON: Lexicon = loadLexicon();

interface Match {
  /** exclusive token index */
  end: number;
  lookup: string;
  demonym: boolean;
}

interface Scan {
  text: string;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  /** words seen in lower case anywhere in the article ("police"), to doubt a sentence-initial "Police" */
  lowercaseWords: ReadonlySet<string>;
  /** last names of people found ("Jordan" from "Michael Jordan"): later bare mentions are people too */
  surnames: Set<string>;
  found: Candidate[];
  speakers: Set<Candidate>;
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
    lowercaseWords: collectLowercaseWords(text, from),
    surnames: new Set(),
    found: [],
    speakers: new Set(),
  };
  for (const sentence of splitSentences(text, from)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    if (!isPageChrome(tokens, lexicon)) scanSentence(scan, tokens);
  }
  return scan.found.filter((candidate) => keep(scan, candidate));
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
    if (followsPersonTitle(tokens, i, lexicon) || followsOrganisationPrefix(tokens, i, lexicon)) {
      if (runEnd - i > 1 || followsPersonTitle(tokens, i, lexicon)) rememberSurname(scan, tokens, runEnd);
      i = runEnd;
      continue;
    }
    if (isNewsOrganisation(scan, tokens, i, runEnd)) {
      i = runEnd;
      continue;
    }
    const match = longestMatch(scan, tokens, i, runEnd);
    if (match === null) {
      if (startsPersonName(tokens, i, runEnd, lexicon)) {
        rememberSurname(scan, tokens, runEnd);
        i = runEnd;
      } else {
        i += 1;
      }
      continue;
    }
    const single = match.end - i === 1;
    if (single && !match.demonym && startsPersonName(tokens, i, runEnd, lexicon)) {
      rememberSurname(scan, tokens, runEnd);
      i = runEnd;
      continue;
    }
    if (namesOrganisation(tokens, match.end, runEnd, lexicon) || precedesStreetWord(tokens, match.end, lexicon)) {
      i = runEnd;
      continue;
    }
    if (single && isDoubtfulSentenceStart(scan, token)) {
      i += 1;
      continue;
    }
    const first = token;
    const last = tokens[match.end - 1] ?? token;
    const candidate: Candidate = {
      start: first.start,
      end: last.end,
      text: scan.text.slice(first.start, last.end),
      lookup: match.lookup,
      demonym: match.demonym,
      typeHint: match.demonym ? null : typeHintAround(tokens, i, match.end, lexicon),
    };
    scan.found.push(candidate);
    if (single && !match.demonym && isSpeaker(tokens, i, lexicon)) scan.speakers.add(candidate);
    i = match.end;
  }
}

/** The longest n-gram starting at `start` (ending on a capitalised token) that is a short form, demonym or name. */
function longestMatch(scan: Scan, tokens: readonly Token[], start: number, runEnd: number): Match | null {
  const { lexicon, gazetteer, text } = scan;
  const first = tokens[start];
  if (first === undefined) return null;
  for (let end = runEnd; end > start; end -= 1) {
    const last = tokens[end - 1];
    if (last === undefined || !last.capitalised) continue;
    const surface = text.slice(first.start, last.end);
    const short = lexicon.shortForms.get(surface);
    if (short !== undefined) return { end, lookup: short, demonym: false };
    const demonym = demonymLookup(scan, surface);
    if (demonym !== undefined) return { end, lookup: demonym, demonym: demonym.toLowerCase() !== surface.toLowerCase() };
    if (end - start === 1 && isNotPlaceWord(surface, lexicon)) return null;
    if (gazetteer.has(surface)) return { end, lookup: surface, demonym: false };
  }
  return null;
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
    if (!NAME_GAP.test(next.gapBefore)) break;
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

/** "Mr. Jordan", "President Georgia Smith": the run after a title is a person. */
function followsPersonTitle(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (previous === undefined || current === undefined || !previous.capitalised) return false;
  if (!/^\.? $/.test(current.gapBefore)) return false;
  return lexicon.personTitles.has(previous.text.toLowerCase());
}

/** "University of Iowa", "Bank of America" */
function followsOrganisationPrefix(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const of = tokens[index - 1];
  const head = tokens[index - 2];
  if (of === undefined || head === undefined || of.text !== 'of') return false;
  return lexicon.organisationPrefixes.has(`${head.text.toLowerCase()} of`);
}

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

/** A given name followed by a surname-like capitalised word: "Paris Hilton", "Mostafa Bali". */
function startsPersonName(tokens: readonly Token[], start: number, runEnd: number, lexicon: Lexicon): boolean {
  const first = tokens[start];
  const second = tokens[start + 1];
  if (first === undefined || second === undefined || start + 1 >= runEnd || first.possessive) return false;
  if (!lexicon.firstNames.has(first.text) || !second.capitalised || second.gapBefore !== ' ') return false;
  const word = second.text.toLowerCase();
  return !(
    lexicon.notPlaceWords.has(word) ||
    lexicon.organisationSuffixes.has(word) ||
    lexicon.streetSuffixes.has(word) ||
    lexicon.areaWords.has(word) ||
    lexicon.settlementWords.has(word) ||
    lexicon.countryDemonyms.has(second.text) ||
    lexicon.placeDemonyms.has(second.text)
  );
}

function rememberSurname(scan: Scan, tokens: readonly Token[], runEnd: number): void {
  const last = tokens[runEnd - 1];
  if (last !== undefined && last.capitalised) scan.surnames.add(last.text);
}

/** "Raqqa Civil Council", "Syrian Democratic Forces": a place inside an organisation's name. */
function namesOrganisation(tokens: readonly Token[], from: number, runEnd: number, lexicon: Lexicon): boolean {
  for (let index = from; index < runEnd; index += 1) {
    const token = tokens[index];
    if (token !== undefined && lexicon.organisationSuffixes.has(token.text.toLowerCase())) return true;
  }
  return false;
}

function precedesStreetWord(tokens: readonly Token[], end: number, lexicon: Lexicon): boolean {
  const next = tokens[end];
  return next !== undefined && next.capitalised && next.gapBefore === ' ' &&
    lexicon.streetSuffixes.has(next.text.toLowerCase());
}

/** "Police arrested…" at a sentence start, when the article also writes "police". */
function isDoubtfulSentenceStart(scan: Scan, token: Token): boolean {
  return token.sentenceInitial && scan.lowercaseWords.has(token.text.toLowerCase());
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

/** "Jordan said", "said Dillon." */
function isSpeaker(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (next !== undefined && /^,? $/.test(next.gapBefore) && lexicon.speechVerbs.has(next.text.toLowerCase())) {
    return true;
  }
  return previous !== undefined && (previous.text === 'said' || previous.text === 'says') &&
    (next === undefined || next.gapBefore.trim() !== '');
}

function keep(scan: Scan, candidate: Candidate): boolean {
  const single = !candidate.text.includes(' ');
  if (single && !candidate.demonym && scan.surnames.has(candidate.text)) return false;
  if (scan.speakers.has(candidate)) {
    return scan.gazetteer.search(candidate.lookup, { types: SPEAKING_PLACE_TYPES, limit: 1 }).length > 0;
  }
  return true;
}

function collectLowercaseWords(text: string, from: number): ReadonlySet<string> {
  const words = new Set<string>();
  const pattern = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}]*/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) words.add(match[0]);
  return words;
}
