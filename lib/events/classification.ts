/**
 * A classification built from a sentence's view: the event type, the trigger, the sides, and whether a hedge bears
 * on the trigger ("could attack") or the report is second-hand ("reportedly"). Shared by the type rules of
 * classify.ts and strategic.ts.
 */
import type { EventType } from '../geojson/schema';
import type { Classification, RoleFill } from './classify';
import { OTHER_CLAUSE } from './classify-rules';
import { EVENT_LEXICON } from './cues';
import type { SentenceView } from './sentence-view';

/** forecast and speculation words: "would", "could", "expected" */
export const HEDGES: ReadonlySet<string> = new Set(hedgeWords(EVENT_LEXICON.hedges));

/** The classification of `s` with `trigger` as its event word and the two sides filled. */
export function event(
  s: SentenceView,
  eventType: EventType,
  subEventType: string,
  trigger: { start: number; end: number; text: string },
  side1: RoleFill[],
  side2: RoleFill[],
): Classification {
  const at = { start: trigger.start, end: trigger.end, text: trigger.text };
  return { eventType, subEventType, trigger: at, side1, side2, hedged: s.hedged && hedgedAt(s, at), secondHand: s.secondHand };
}

/**
 * True when a hedge bears on the event word: before it ("could attack", "expected to protest"), or after it in the
 * same clause; a hedge in a clause that describes something else ("… against regulations, which would prolong the
 * curfew") leaves the event as reported.
 */
function hedgedAt(s: SentenceView, at: { start: number; end: number }): boolean {
  return s.tokens.some((t) => {
    if (t.raw !== t.lower || !HEDGES.has(t.lower)) return false;
    if (t.end <= at.start) return true;
    return t.start >= at.end && !OTHER_CLAUSE.test(s.text.slice(at.end, t.start));
  });
}

/** hedge words are whole words, bar a few stems ("rumour*") expanded to their usual forms */
function hedgeWords(list: readonly string[]): string[] {
  return list.flatMap((w) => (w.endsWith('*') ? ['', 's', 'ed', 'ing'].map((e) => w.slice(0, -1) + e) : [w]));
}
