/**
 * Recognition's last resort: a run of capitalised words that neither the strict nor the loose key knows may still
 * name a place in another romanisation ("Kfar Nabl" for Kafr Nabl, "Tell Abiad" for Tall Abyaḑ). The longest
 * n-gram of the run whose romanisation-variant key some place has becomes a candidate (not a lone sentence-initial
 * word); resolution then chooses one of its namesakes only where the text gives context (lib/geoparse/slots.ts,
 * `variant`).
 */
import type { Gazetteer } from '../gazetteer/types';
import type { Token } from './tokens';

/**
 * The exclusive token index where the longest variant-spelled name starting at `start` ends, or null. Only n-grams
 * ending on a capitalised token are probed, and none when the gazetteer rules out the first word.
 * @example variantNameEnd(text, tokenize(text, 0, text.length), 0, 2, gazetteer) // 2 for "Kfar Nabl"
 */
export function variantNameEnd(
  text: string,
  tokens: readonly Token[],
  start: number,
  runEnd: number,
  gazetteer: Gazetteer,
): number | null {
  const first = tokens[start];
  if (first === undefined || gazetteer.hasVariant === undefined) return null;
  // a lone word that starts a sentence ("Initially", "Service") is capitalised for that alone: too doubtful a name
  // to spell out in another romanisation
  if (runEnd - start === 1 && first.sentenceInitial) return null;
  if (gazetteer.mayBeginVariant?.(first.text) === false) return null;
  for (let end = runEnd; end > start; end -= 1) {
    const last = tokens[end - 1];
    if (last === undefined || !last.capitalised) continue;
    if (gazetteer.hasVariant(text.slice(first.start, last.end))) return end;
  }
  return null;
}
