/**
 * Event extraction for one article: one pass over its sentences finding actors, event triggers, dates and places,
 * then events (ACLED types) attached to each sentence's best place and movement routes between places.
 */
import type { ResolvedMention } from '../geoparse/types';
import type { Article, Sentence } from '../text/types';
import type { ExtractedEvent, ExtractedRoute, ResolvedDate } from './types';
import { detectActors, doerFirst, dominantActors, resolveAnaphora, type ActorMention } from './actors';
import { classifySentence, isReportable, type Classification } from './classify';
import { dateNear, findDates } from './dates';
import { bestPlace, placesInSentence } from './places';
import { articleReference, type DateReference } from './reference';
import { findRoutes, type PlaceRef, type RouteMatch } from './routes';
import { salientSettlementBefore } from './salience';
import { tokenize } from './terms';
import { geoPrecision } from '../geojson/precision';

/** confidence parts, summed and capped at 1 */
const CONFIDENCE = {
  trigger: 0.35,
  oneActor: 0.15,
  moreActors: 0.1,
  namedPlace: 0.2,
  anaphoricPlace: 0.1,
  statedDate: 0.1,
  contextDate: 0.05,
  hedged: -0.2,
} as const;
const MIN_CONFIDENCE = 0.05;
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Extracts events and routes from one article. Offsets of `sentences` and `mentions` index `article.text`.
 * @example extractEvents(article, splitSentences(article.text), mentions).events[0]?.eventType // 'Battles'
 */
export function extractEvents(
  article: Article,
  sentences: Sentence[],
  mentions: ResolvedMention[],
): { events: ExtractedEvent[]; routes: ExtractedRoute[] } {
  const sortedMentions = mentions.toSorted((a, b) => a.start - b.start);
  const reference = articleReference(article.date, article.text);
  const tokens = sentences.map((s) => tokenize(s.text));
  const detected = sentences.map((s, i) => detectActors(s.text, tokens[i]));
  const actorsPerSentence = resolveAnaphora(detected);
  const articleMilitant = dominantActors(detected).get('militant') ?? null;
  const events: ExtractedEvent[] = [];
  const routes: ExtractedRoute[] = [];
  let previousDay: ResolvedDate | null = null;
  let paragraphDate: ResolvedDate | null = null;
  let paragraphPlace: PlaceRef | null = null;
  sentences.forEach((sentence, i) => {
    const prior = sentences[i - 1];
    if (prior === undefined || PARAGRAPH_BREAK.test(article.text.slice(prior.end, sentence.start))) {
      paragraphDate = null;
      paragraphPlace = null;
    }
    const actors = actorsPerSentence[i] ?? [];
    const dates = findDates(sentence.text, reference, previousDay, tokens[i]);
    previousDay = dates.filter((d) => d.date.precision === 'day').at(-1)?.date ?? previousDay;
    const places = outsideActorNames(placesInSentence(sentence, sortedMentions), actors);
    const fallbackDate = paragraphDate ?? referenceMonth(reference);
    const militant = actors.find((a) => a.kind === 'militant' && a.entry !== null)?.entry ?? articleMilitant;
    const found = findRoutes(sentence.text, places, actors, militant, tokens[i]);
    const classified = classifySentence(sentence.text, actors, places, tokens[i]);
    if ((found.length > 0 || classified.length > 0) && isReportable(sentence.text)) {
      routes.push(...found.flatMap((r) => toRoutes(r, sentence, dateNear(dates, r.at) ?? fallbackDate)));
      for (const c of classified) {
        const event = toEvent(c, { sentence, actors, places, found, dates, fallbackDate, paragraphPlace, sortedMentions });
        if (event !== null) events.push(event);
      }
    }
    paragraphDate = dateNear(dates, 0) ?? paragraphDate;
    paragraphPlace = bestPlace(sentence.text, places, 0) ?? paragraphPlace;
  });
  return { events: dedupeEvents(events), routes: dedupeRoutes(routes) };
}

interface SentenceState {
  sentence: Sentence;
  actors: readonly ActorMention[];
  places: readonly PlaceRef[];
  found: readonly RouteMatch[];
  dates: ReturnType<typeof findDates>;
  fallbackDate: ResolvedDate | null;
  paragraphPlace: PlaceRef | null;
  sortedMentions: readonly ResolvedMention[];
}

function toEvent(c: Classification, s: SentenceState): ExtractedEvent | null {
  const actors = doerFirst(s.actors, c.trigger, s.sentence.text);
  const origin = c.eventType === 'Strategic developments' ? s.found[0]?.from : undefined;
  const inSentence = bestPlace(s.sentence.text, s.places, c.trigger.start);
  // With no place in the sentence, an event with a named actor falls back to the place of the paragraph so far,
  // else the article's salient settlement ("near its sentence"), at a lower confidence.
  const nearby =
    inSentence === null && actors.length > 0
      ? (s.paragraphPlace?.mention ?? salientSettlementBefore(s.sortedMentions, s.sentence.start))
      : null;
  const place = origin ?? inSentence?.mention ?? nearby;
  if (place === null || place === undefined) return null;
  // speculation about nobody in particular ("there was speculation that … would be allowed") is no event
  if (c.hedged && actors.length === 0) return null;
  const stated = dateNear(s.dates, c.trigger.start);
  const date = stated ?? s.fallbackDate;
  const confidence =
    CONFIDENCE.trigger +
    (actors.length > 0 ? CONFIDENCE.oneActor : 0) +
    (actors.length > 1 ? CONFIDENCE.moreActors : 0) +
    placeConfidence(origin !== undefined ? false : (inSentence?.anaphoric ?? null)) +
    (stated !== null ? CONFIDENCE.statedDate : date !== null ? CONFIDENCE.contextDate : 0) +
    (c.hedged ? CONFIDENCE.hedged : 0);
  return {
    eventType: c.eventType,
    subEventType: c.subEventType,
    actors: doerFirst(s.actors, c.trigger, s.sentence.text, place.place.countryCode),
    place,
    precision: geoPrecision(place.place.placeType),
    date,
    fatalities: null,
    background: false,
    sentence: { ...s.sentence },
    confidence: round2(Math.min(1, Math.max(MIN_CONFIDENCE, confidence))),
  };
}

/** A place name inside an actor's name ("US" in "US-led coalition", "Raqqa Civil Council") names no location. */
function outsideActorNames(places: readonly PlaceRef[], actors: readonly ActorMention[]): PlaceRef[] {
  return places.filter(
    (p) => p.anaphoric || !actors.some((a) => !a.anaphor && a.start <= p.start && p.end <= a.end),
  );
}

function toRoutes(r: RouteMatch, sentence: Sentence, date: ResolvedDate | null): ExtractedRoute[] {
  return r.to.map((to) => ({ from: r.from, to, actors: r.actors, date, sentence: { ...sentence } }));
}

/** named place (anaphoric false), "the city" (true) or a place borrowed from nearby sentences (null) */
function placeConfidence(anaphoric: boolean | null): number {
  if (anaphoric === null) return 0;
  return anaphoric ? CONFIDENCE.anaphoricPlace : CONFIDENCE.namedPlace;
}

/** Undated events of an article fall in the month of its reference day (precision honestly "month"). */
function referenceMonth(reference: DateReference | null): ResolvedDate | null {
  return reference === null ? null : { date: reference.date.slice(0, 7), precision: 'month' };
}

function dedupeEvents(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const byKey = new Map<string, ExtractedEvent>();
  for (const e of events) {
    const actorKey = e.actors.map((a) => a.id).toSorted().join(',');
    const key = [e.eventType, e.subEventType, e.place.place.id, e.date?.date ?? '', actorKey].join('|');
    const current = byKey.get(key);
    if (current === undefined || e.confidence > current.confidence) byKey.set(key, e);
  }
  return [...byKey.values()].toSorted((a, b) => a.sentence.start - b.sentence.start);
}

function dedupeRoutes(routes: readonly ExtractedRoute[]): ExtractedRoute[] {
  const byKey = new Map<string, ExtractedRoute>();
  for (const r of routes) {
    const key = [r.from.place.id, r.to.place.id, r.date?.date ?? ''].join('|');
    if (!byKey.has(key)) byKey.set(key, r);
  }
  return [...byKey.values()];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
