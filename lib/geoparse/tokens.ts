/**
 * Word tokens of a sentence with their offsets, the separator before each, and the flags recognition needs.
 * One regex pass per sentence: linear in the text.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** starts with an upper-case letter (or is a dotted acronym like "U.S.") */
  capitalised: boolean;
  /** the first word of its sentence (after any opening quote or bracket) */
  sentenceInitial: boolean;
  /** followed by 's / ’s / a bare apostrophe after s ("Syria's", "Isis'") */
  possessive: boolean;
  /** the raw text between the previous token's end and this token's start ('' for the first) */
  gapBefore: string;
}

/**
 * dotted acronyms first ("U.S.", "D.C."), then words with inner apostrophes that are not a possessive 's; a word
 * stops before "â€", the start of a mis-decoded quote ("Ohioâ€™s" in scraped text)
 */
const TOKEN = /(?:\p{L}\.){2,}|(?:(?!\u00e2\u20ac)[\p{L}\p{M}\p{N}])+(?:['\u2019](?![sS]\b)[\p{L}\p{M}]+)*/gu;
const POSSESSIVE_S = /^(?:['\u2019]|\u00e2\u20ac\u2122)[sS]\b/u;
const BARE_APOSTROPHE = /^['\u2019](?!\p{L})/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;

/** the first code unit of every possessive ending: ', ’, or the â of a mis-decoded ’ */
const APOSTROPHE_CODES: ReadonlySet<number> = new Set([0x27, 0x2019, 0xe2]);
/** characters read after a word to tell a possessive */
const POSSESSIVE_LOOKAHEAD = 5;
const ASCII_UPPER_A = 0x41;
const ASCII_UPPER_Z = 0x5a;
const ASCII_DIGIT_0 = 0x30;
const ASCII_DIGIT_9 = 0x39;
const ASCII_LAST = 0x7f;

/** Starts with an upper-case letter and has no digit; plain ASCII words are read without a regex. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= ASCII_LAST) return UPPER_START.test(word) && !HAS_DIGIT.test(word);
  if (first < ASCII_UPPER_A || first > ASCII_UPPER_Z) return false;
  for (let i = 1; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= ASCII_LAST) return !HAS_DIGIT.test(word);
    if (code >= ASCII_DIGIT_0 && code <= ASCII_DIGIT_9) return false;
  }
  return true;
}

/** followed by 's (or ’s, or a mis-decoded ’s), or a plural followed by a bare apostrophe */
function isPossessive(text: string, end: number, word: string): boolean {
  if (!APOSTROPHE_CODES.has(text.charCodeAt(end))) return false;
  const after = text.slice(end, end + POSSESSIVE_LOOKAHEAD);
  const isPlural = word.endsWith('s') || word.endsWith('S');
  return POSSESSIVE_S.test(after) || (isPlural && BARE_APOSTROPHE.test(after));
}

/**
 * Tokenises `text[from, to)`; offsets index `text`.
 * @example tokenize("Syria's Deir el-Zour", 0, 20).map((t) => t.text) // ['Syria', 'Deir', 'el', 'Zour']
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  const pattern = new RegExp(TOKEN.source, 'gu');
  let previousEnd = from;
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const word = match[0];
    if ((word === 's' || word === 'S') && /['\u2019\u2122]$/.test(text.slice(previousEnd, start))) {
      previousEnd = end; // the 's of a possessive already flagged on the previous token
      continue;
    }
    tokens.push({
      start,
      end,
      text: word,
      capitalised: isCapitalised(word),
      sentenceInitial: tokens.length === 0,
      possessive: isPossessive(text, end, word),
      gapBefore: text.slice(previousEnd, start),
    });
    previousEnd = end;
  }
  return tokens;
}
