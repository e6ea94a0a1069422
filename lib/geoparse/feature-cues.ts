/**
 * Words right around a name that say which kind of district or landmark the text means: "al-Hol camp" is the camp,
 * not the village of al-Hol; "Kafr Nubl sub-district" the sub-district, not the town; "nahiyat Jarabulus" likewise.
 * The cues are data (geodata/geonames-features.json, `cuesAfter` / `cuesBefore`); the features they select are those
 * the gazetteer gives places of GeoNames country files (`GazPlace.feature`).
 */
import { z } from 'zod';
import featuresJson from '../../geodata/geonames-features.json';

/** words read on each side of a name for a cue */
const MAX_CUE_WORDS = 3;
/** characters read on each side for those words */
const CUE_LOOKAROUND = 40;
const WORDS_AFTER = /^[\s-]+([\p{L}]+(?:[\s-]+[\p{L}]+){0,2})/u;
const WORDS_BEFORE = /([\p{L}]+(?:[\s-]+[\p{L}]+){0,2})[\s-]+$/u;

const cuesSchema = z.object({
  districts: z.record(z.string(), z.string()),
  landmarks: z.record(z.string(), z.string()),
  cuesAfter: z.record(z.string(), z.array(z.string())),
  cuesBefore: z.record(z.string(), z.array(z.string())),
});

export interface FeatureCues {
  after: ReadonlyMap<string, ReadonlySet<string>>;
  before: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Compile cues (the checked-in ones by default); throws when a cue selects a feature no district or landmark has.
 * @example compileFeatureCues(JSON.parse(text)).after.get('camp')
 */
export function compileFeatureCues(data: unknown = featuresJson): FeatureCues {
  const parsed = cuesSchema.parse(data);
  const features = new Set([...Object.values(parsed.districts), ...Object.values(parsed.landmarks)]);
  const compile = (cues: Readonly<Record<string, readonly string[]>>): Map<string, ReadonlySet<string>> =>
    new Map(Object.entries(cues).map(([words, selected]) => {
      const unknown = selected.find((feature) => !features.has(feature));
      if (unknown !== undefined) throw new Error(`Feature cue "${words}" selects "${unknown}", which no district or landmark is`);
      return [words, new Set(selected)];
    }));
  return { after: compile(parsed.cuesAfter), before: compile(parsed.cuesBefore) };
}

const DEFAULT_CUES = compileFeatureCues();

/**
 * The features the words around `text.slice(start, end)` select, or null when no cue is there.
 * @example featureCue('A woman died in al-Hol camp.', 19, 22)?.has('refugee camp') // true
 */
export function featureCue(text: string, start: number, end: number, cues: FeatureCues = DEFAULT_CUES): ReadonlySet<string> | null {
  const after = WORDS_AFTER.exec(text.slice(end, end + CUE_LOOKAROUND))?.[1];
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, start - CUE_LOOKAROUND), start))?.[1];
  return longestCue(after, cues.after, (words, n) => words.slice(0, n)) ??
    longestCue(before, cues.before, (words, n) => words.slice(-n));
}

function longestCue(
  phrase: string | undefined,
  table: ReadonlyMap<string, ReadonlySet<string>>,
  take: (words: readonly string[], n: number) => readonly string[],
): ReadonlySet<string> | null {
  if (phrase === undefined) return null;
  const words = phrase.toLowerCase().split(/[\s-]+/);
  for (let n = Math.min(MAX_CUE_WORDS, words.length); n > 0; n -= 1) {
    const found = table.get(take(words, n).join(' '));
    if (found !== undefined) return found;
  }
  return null;
}
