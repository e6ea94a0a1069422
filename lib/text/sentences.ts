/**
 * A news-aware sentence splitter: one left-to-right pass over candidate boundaries (terminal punctuation followed
 * by space, and blank lines). Abbreviations ("Mr.", "Gen."), initials ("J.") and dotted acronyms ("U.S.") end a
 * sentence only when a typical sentence opener follows.
 */
import abbreviationsJson from '../../geodata/abbreviations.json';
import { z } from 'zod';
import type { Sentence } from './types';

const abbreviationsSchema = z.object({
  titles: z.array(z.string()),
  other: z.array(z.string()),
  sentenceStarters: z.array(z.string()),
});
const LEXICON = abbreviationsSchema.parse(abbreviationsJson);
const TITLES: ReadonlySet<string> = new Set(LEXICON.titles);
const ABBREVIATIONS: ReadonlySet<string> = new Set(LEXICON.other);
const STARTERS: ReadonlySet<string> = new Set(LEXICON.sentenceStarters);

/** terminal punctuation with any closing quotes/brackets, or a blank line */
const BOUNDARY = /[.!?…]+["'\u201d\u2019)\]]*(?=\s)|\n[ \t\r]*\n/g;
const WORD_BEFORE_DOT = /([\p{L}.'\u2019]+)\.$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
/** what a sentence opens with: a capital, a digit, an opening quote or bracket, or a note or list mark ("*Note that …") */
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"'\u201c\u2018(\[*•]/u;
const NEXT_WORD = /^["'\u201c\u2018(\[*•]*([\p{L}]+)/u;

/**
 * Splits `text[from, to)` into sentences with offsets into `text`; whitespace is trimmed from each sentence.
 * @example splitSentences('Mr. Bali spoke. It rained.').map((s) => s.text) // ['Mr. Bali spoke.', 'It rained.']
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  if (from < 0 || to > text.length || from > to) throw new RangeError(`Bad sentence range: ${from}–${to}`);
  // The pipeline and recognition split the same article one after the other: the second call copies the first's.
  if (last !== null && last.text === text && last.from === from && last.to === to) {
    return last.sentences.map((sentence) => ({ ...sentence }));
  }
  const sentences = split(text, from, to);
  last = { text, from, to, sentences: sentences.map((sentence) => ({ ...sentence })) };
  return sentences;
}

/** the most recent split (callers get copies, so it stays as computed) */
let last: { text: string; from: number; to: number; sentences: readonly Sentence[] } | null = null;

function split(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = new RegExp(BOUNDARY.source, 'g');
  boundary.lastIndex = from;
  let start = from;
  for (let match = boundary.exec(text); match !== null && match.index < to; match = boundary.exec(text)) {
    const end = Math.min(to, match.index + match[0].length);
    const isParagraph = match[0].charAt(0) === '\n';
    if (isParagraph || endsSentence(text, match.index, end, to)) {
      pushTrimmed(sentences, text, start, isParagraph ? match.index : end);
      start = end;
    }
  }
  pushTrimmed(sentences, text, start, to);
  return sentences;
}

/** Decides whether the punctuation at `[at, end)` closes a sentence. */
function endsSentence(text: string, at: number, end: number, to: number): boolean {
  const after = skipSpaces(text, end, to);
  const rest = text.slice(after, Math.min(to, after + 40));
  if (rest === '' || !OPENS_SENTENCE.test(rest)) return false;
  if (text.charAt(at) !== '.' || end - at > 1) return true;
  const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, at - 30), at + 1));
  const word = before?.[1]?.toLowerCase() ?? '';
  if (word === '') return true;
  if (TITLES.has(word)) return false;
  const isInitial = word.length === 1;
  if (isInitial || ABBREVIATIONS.has(word) || DOTTED_ACRONYM.test(word)) {
    const next = NEXT_WORD.exec(rest)?.[1]?.toLowerCase() ?? '';
    return STARTERS.has(next);
  }
  return true;
}

function skipSpaces(text: string, from: number, to: number): number {
  let cursor = from;
  while (cursor < to && /\s/.test(text.charAt(cursor))) cursor += 1;
  return cursor;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
