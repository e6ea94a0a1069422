/**
 * "the city", "the town": definite descriptions that point back to a settlement named earlier. They resolve to
 * the article's most salient settlement before them — the one named most often so far, the latest on a tie.
 */
import type { PlaceType } from '../geojson/schema';
import type { ResolvedMention } from '../geoparse/types';

/** A definite description in a sentence; offsets relative to the sentence text. */
export interface DefiniteDescription {
  start: number;
  end: number;
  text: string;
}

const SETTLEMENT_TYPES: ReadonlySet<PlaceType> = new Set(['city', 'town', 'village', 'locality']);
/** "the city", "the town's" — but not "the town of Mayadeen", where the name itself follows */
const DEFINITE = /\b(?:the|this|that)\s+(?:city|town|village)\b(?!\s+of\b)(?:['\u2019]s)?/gi;

/**
 * Finds "the city"-style references in a sentence.
 * @example findDefiniteDescriptions('They left the city for Anbar.')[0]?.text // 'the city'
 */
export function findDefiniteDescriptions(text: string): DefiniteDescription[] {
  return [...text.matchAll(DEFINITE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The most salient settlement mentioned before `offset` (article offsets): most mentions so far, latest on a tie.
 * Returns its latest mention, or null when no settlement precedes.
 * @example salientSettlementBefore(mentions, text.indexOf('the city'))?.place.name // 'Ar Raqqah'
 */
export function salientSettlementBefore(
  mentions: readonly ResolvedMention[],
  offset: number,
): ResolvedMention | null {
  const tally = new Map<string, { count: number; latest: ResolvedMention }>();
  for (const m of mentions) {
    if (m.start >= offset || !SETTLEMENT_TYPES.has(m.place.placeType)) continue;
    const t = tally.get(m.place.id);
    const latest = t === undefined || m.start > t.latest.start ? m : t.latest;
    tally.set(m.place.id, { count: (t?.count ?? 0) + 1, latest });
  }
  let best: { count: number; latest: ResolvedMention } | null = null;
  for (const t of tally.values()) {
    if (best === null || t.count > best.count || (t.count === best.count && t.latest.start > best.latest.start)) {
      best = t;
    }
  }
  return best?.latest ?? null;
}
