/**
 * Which place an event happened at: the sentence's place mentions (plus "the city" resolved to the article's
 * salient settlement), scored by specificity, by a locative preposition before them ("in", "at", "near") and by
 * closeness to the trigger. A country gives way when a town or province is present.
 */
import type { PlaceType } from '../geojson/schema';
import type { ResolvedMention } from '../geoparse/types';
import type { Sentence } from '../text/types';
import type { PlaceRef } from './routes';
import { findDefiniteDescriptions, salientSettlementBefore } from './salience';

const SPECIFICITY: Readonly<Record<PlaceType, number>> = {
  locality: 3,
  village: 3,
  town: 3,
  city: 3,
  admin2: 2.5,
  admin1: 2,
  country: 1,
  region: 0,
  continent: 0,
};
const GENERAL_TYPES: ReadonlySet<PlaceType> = new Set(['country', 'region', 'continent']);
/** a locative right before the name: "in Raqqa", "at the town of Mayadeen", "near the city of" */
const LOCATIVE_BEFORE =
  /\b(?:in|at|on|near|into|outside|around|across|inside|of)\s+(?:the\s+)?(?:(?:town|city|village|province|district|region)\s+of\s+)?$/i;
const LOCATIVE_BONUS = 2;
/** score lost per character between the trigger and the place */
const DISTANCE_PENALTY_PER_CHAR = 0.01;
/** the most the distance penalty may take, so a far locative place still beats a near general one */
const MAX_DISTANCE_PENALTY = 1.5;

/**
 * The places of one sentence with offsets relative to it: its own mentions and its "the city" references.
 * `mentions` must be sorted by start.
 */
export function placesInSentence(sentence: Sentence, mentions: readonly ResolvedMention[]): PlaceRef[] {
  const own: PlaceRef[] = mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, mention: m, anaphoric: false }));
  const anaphoric: PlaceRef[] = findDefiniteDescriptions(sentence.text).flatMap((d) => {
    const overlaps = own.some((p) => p.start < d.end && d.start < p.end);
    const referent = overlaps ? null : salientSettlementBefore(mentions, sentence.start + d.start);
    return referent === null ? [] : [{ start: d.start, end: d.end, mention: referent, anaphoric: true }];
  });
  return [...own, ...anaphoric].toSorted((a, b) => a.start - b.start);
}

/**
 * The best place for an event whose trigger is at `at` in `text`, or null when the sentence names none.
 * @example bestPlace('They retook the town of Mayadeen.', places, 5)?.mention.text // 'Mayadeen'
 */
export function bestPlace(text: string, places: readonly PlaceRef[], at: number): PlaceRef | null {
  const specific = places.filter((p) => !GENERAL_TYPES.has(p.mention.place.placeType));
  const pool = specific.length > 0 ? specific : places;
  let best: { ref: PlaceRef; score: number } | null = null;
  for (const ref of pool) {
    const distance = ref.start >= at ? ref.start - at : at - ref.end;
    const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, ref.start - 40), ref.start)) ? LOCATIVE_BONUS : 0;
    const score =
      SPECIFICITY[ref.mention.place.placeType] +
      locative -
      Math.min(MAX_DISTANCE_PENALTY, Math.abs(distance) * DISTANCE_PENALTY_PER_CHAR);
    if (best === null || score > best.score) best = { ref, score };
  }
  return best?.ref ?? null;
}
