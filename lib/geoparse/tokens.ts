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
    const after = text.slice(end, end + 5);
    const isPlural = word.endsWith('s') || word.endsWith('S');
    const possessive = POSSESSIVE_S.test(after) || (isPlural && BARE_APOSTROPHE.test(after));
    tokens.push({
      start,
      end,
      text: word,
      capitalised: UPPER_START.test(word) && !HAS_DIGIT.test(word),
      sentenceInitial: tokens.length === 0,
      possessive,
      gapBefore: text.slice(previousEnd, start),
    });
    previousEnd = end;
  }
  return tokens;
}
