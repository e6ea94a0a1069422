/**
 * Telling people and firms from places: titles ("Gen. Paris"), given names ("Paris Hilton"), names glued to other
 * name-like words ("Chiquita Raquel Henry", "Stevens & Wilkinson"), speakers ("Dillon said"), contractions.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

/** a firm's name joins surnames with "&" or "and": "Stevens & Wilkinson" */
const FIRM_JOIN = /^ (?:&|and) $/;
/** "St. Patrick's Day", "Valentine's Eve": a possessive before these names a feast */
const HOLIDAY_WORDS: ReadonlySet<string> = new Set(['Day', 'Eve', 'Night']);
/** "Given Middle Surname": at most this many words read as a person's name */
const PERSON_RUN_MAX_TOKENS = 3;
/** a middle initial: one capital letter */
const MIDDLE_INITIAL = /^\p{Lu}$/u;
/** what comes before the party letter: "Ford, D-", "(R-" */
const PARTY_OPENING = /^(?:, | ?\()$/;
/** "We're", "I’ve" */
const CONTRACTION = /['\u2019](?:re|ve|ll|d|m|t)$/i;

/** "Mr. Jordan", "President Georgia Smith": the run after a title is a person. */
export function followsPersonTitle(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (previous === undefined || current === undefined || !previous.capitalised) return false;
  if (!/^\.? $/.test(current.gapBefore)) return false;
  return lexicon.personTitles.has(previous.text.toLowerCase());
}

/** "Catherine A. Sanderson", "Louis C. Jensen": a word after a given name and a middle initial is a surname. */
export function followsMiddleInitial(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const initial = tokens[index - 1];
  const given = tokens[index - 2];
  const current = tokens[index];
  if (initial === undefined || given === undefined || current === undefined) return false;
  if (!MIDDLE_INITIAL.test(initial.text) || !/^\. $/.test(current.gapBefore) || initial.gapBefore !== ' ') return false;
  return isNameLike(given, lexicon) && !given.possessive;
}

/** A given name followed by a surname-like capitalised word: "Paris Hilton", "Mostafa Bali". */
export function startsPersonName(tokens: readonly Token[], start: number, runEnd: number, lexicon: Lexicon): boolean {
  const first = tokens[start];
  const second = tokens[start + 1];
  if (first === undefined || second === undefined || start + 1 >= runEnd || first.possessive) return false;
  if (!lexicon.firstNames.has(first.text) || !second.capitalised || second.gapBefore !== ' ') return false;
  return isNameLike(second, lexicon);
}

/** A capitalised word that could be part of a person's or firm's name: not a descriptor, role, type or demonym. */
export function isNameLike(token: Token, lexicon: Lexicon): boolean {
  const word = token.text.toLowerCase();
  return (
    token.capitalised &&
    !lexicon.notPlaceWords.has(word) &&
    !lexicon.descriptorWords.has(word) &&
    !lexicon.areaWords.has(word) &&
    !lexicon.settlementWords.has(word) &&
    !lexicon.countryDemonyms.has(token.text) &&
    !lexicon.placeDemonyms.has(token.text) &&
    !isContraction(token.text)
  );
}

/**
 * A one-word place name glued to other capitalised name-like words ("Chiquita Raquel Henry", "Bell Helicopter",
 * "Cottonport Fire Station" is not: "Fire" describes): probably part of a person's or firm's name.
 */
export function insideLongerName(tokens: readonly Token[], index: number, runEnd: number, lexicon: Lexicon): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  const next = tokens[index + 1];
  if (current === undefined) return false;
  const gluedBefore = previous !== undefined && !previous.possessive && /^[ -]$/.test(current.gapBefore) &&
    !previous.sentenceInitial && isNameLike(previous, lexicon) && !isPartyHome(previous, current, lexicon);
  const gluedAfter = next !== undefined && index + 1 < runEnd && !current.possessive && /^[ -]$/.test(next.gapBefore) &&
    isNameLike(next, lexicon);
  const firm = (next !== undefined && next.gapBefore.includes('&') && FIRM_JOIN.test(next.gapBefore) &&
    isNameLike(next, lexicon)) ||
    (previous !== undefined && current.gapBefore.includes('&') && FIRM_JOIN.test(current.gapBefore) &&
      isNameLike(previous, lexicon));
  const holiday = current.possessive && next !== undefined && HOLIDAY_WORDS.has(next.text);
  return gluedBefore || gluedAfter || firm || holiday;
}

/** "Robert Ford, D-Charleston": a party letter glued to a legislator's home town. */
function isPartyHome(party: Token, current: Token, lexicon: Lexicon): boolean {
  return current.gapBefore === '-' && lexicon.partyInitials.has(party.text) && PARTY_OPENING.test(party.gapBefore);
}

/** Two or three plain capitalised words around the match, nothing else: reads like "Given Surname". */
export function looksLikePersonRun(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const [start, end] = personRunBounds(tokens, index, lexicon);
  return end - start >= 2 && end - start <= PERSON_RUN_MAX_TOKENS;
}

/** …and its first word is a given name ("Chiquita Raquel Henry", not "Rodeo Gainesville"): its last is a surname. */
export function startsWithGivenName(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const [start] = personRunBounds(tokens, index, lexicon);
  const first = tokens[start];
  return first !== undefined && lexicon.firstNames.has(first.text);
}

/** [start, end) of the plain capitalised words around `index`, glued by single spaces. */
function personRunBounds(tokens: readonly Token[], index: number, lexicon: Lexicon): [number, number] {
  let start = index;
  while (start > 0 && tokens[start]?.gapBefore === ' ' && isNameLike(tokens[start - 1] as Token, lexicon) &&
    !(tokens[start - 1] as Token).possessive) start -= 1;
  let end = index + 1;
  while (end < tokens.length && tokens[end]?.gapBefore === ' ' && isNameLike(tokens[end] as Token, lexicon) &&
    !(tokens[end - 1] as Token).possessive) end += 1;
  return [start, end];
}

/** "We're", "I’ve": a contraction, never a name. */
export function isContraction(word: string): boolean {
  return CONTRACTION.test(word);
}

/** "Jordan said", "said Dillon." */
export function isSpeaker(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (next !== undefined && /^,? $/.test(next.gapBefore) && lexicon.speechVerbs.has(next.text.toLowerCase())) {
    return true;
  }
  return previous !== undefined && (previous.text === 'said' || previous.text === 'says') &&
    (next === undefined || next.gapBefore.trim() !== '');
}
