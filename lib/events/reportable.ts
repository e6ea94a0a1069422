/**
 * Whether a sentence can report an event at all: enough prose outside quotation marks, a quotation only with its
 * speaker, no page chrome.
 */
import { EVENT_LEXICON } from './cues';
import { MIN_WORDS, SCARE_QUOTE_WORDS } from './classify-rules';
import { matchesAny } from './terms';

/** lower-case words a name may hold ("Association to defend the Environment") */
const NAME_FILLERS: ReadonlySet<string> = new Set(['the', 'of', 'to', 'for', 'and', 'in', 'on', 'a', 'an', 'de', 'la', 'du', 'des', 'al', 'el']);
/** share of capitalised words that makes a quotation a name */
const QUOTED_NAME_CAPITALS = 0.6;

/**
 * True when a sentence can report an event: enough prose outside quotation marks, and a quotation only with a
 * speaker ("…", he said). UI junk ("Ajustar Comentario Impresión") and bare quotes are not reportable.
 */
export function isReportable(text: string): boolean {
  // a word or two in quotation marks ("a 'big number' of drivers") is a term or a figure the source gave, not a quote
  // a name in quotation marks ("the National Association to defend the Environment") is a name, not a quote
  const outside = text.replace(/["\u201c][^"\u201c\u201d]*["\u201d]?/g, (q) => (words(q).length <= SCARE_QUOTE_WORDS || isQuotedName(q) ? q : ' '));
  const prose = words(outside);
  const quoted = outside.length < text.length - 1;
  if (quoted && !prose.some((w) => matchesAny(w, EVENT_LEXICON.speechVerbs))) return false;
  if (prose.length < MIN_WORDS) return false;
  return prose.some((w) => /^\p{Ll}/u.test(w));
}

/** most words capitalised (beyond "the", "of", "to" …): an organisation's or a campaign's name */
function isQuotedName(quote: string): boolean {
  const content = words(quote).filter((w) => !NAME_FILLERS.has(w.toLowerCase()));
  return content.length > 0 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= QUOTED_NAME_CAPITALS;
}

/** Splits text into words (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}
