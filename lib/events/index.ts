/**
 * Event extraction for one article: one pass over its sentences finding actors, event triggers, dates and places,
 * then events (ACLED types) attached to each sentence's best place and movement routes between places.
 */
import type { ResolvedMention } from '../geoparse/types';
import type { Article, Sentence } from '../text/types';
import type { ExtractedEvent, ExtractedRoute, ResolvedDate } from './types';
import { coordinated, detectActors, dominantActors, resolveAnaphora, type ActorEntry, type ActorMention } from './actors';
import { actorById, materialize } from './actor-registry';
import { classifySentence, isReportable, type Classification, type RoleFill } from './classify';
import type { Actor } from '../geojson/schema';
import { dateNear, findDates } from './dates';
import { articleCountry, bestPlace, placeEvent, placesInSentence } from './places';
import { articleReference, type DateReference } from './reference';
import { findRoutes, type PlaceRef, type RouteMatch } from './routes';
import { salientSettlementBefore } from './salience';
import { tokenize } from './terms';
import { findCues } from './cues';
import { onFront } from './fronts';
import { asReturnedFire, foughtBack } from './return-fire';
import { absent } from './non-participants';
import { sentenceFatalities } from './fatalities';
import { mergeEvents, type EventCandidate } from './merge';
import { isBackground } from './background';
import { furnitureSpans, inFurniture } from '../text/furniture';
import { geoPrecision } from '../geojson/precision';
import { armedVictim, criminalContext } from './crime-context';

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
  secondHand: -0.1,
} as const;
const MIN_CONFIDENCE = 0.05;
/** event types whose paragraph a later "They threw stones" continues */
const CROWD_EVENTS: ReadonlySet<string> = new Set(['Protests', 'Riots']);
const PARAGRAPH_BREAK = /\n\s*\n/;
const UNIDENTIFIED_GROUP = 'unidentified-armed-group';
const UNIDENTIFIED_GANG = 'unidentified-gang';
/** sentences read for what is said of an attack's victims: its own and the next two */
const VICTIM_CONTEXT_SENTENCES = 3;

/**
 * Extracts events and routes from one article. Offsets of `sentences` and `mentions` index `article.text`.
 * @example extractEvents(article, splitSentences(article.text), mentions).events[0]?.eventType // 'Battles'
 */
export function extractEvents(
  article: Article,
  sentences: Sentence[],
  mentions: ResolvedMention[],
  countryHints: ReadonlyMap<string, number> = new Map(),
): { events: ExtractedEvent[]; routes: ExtractedRoute[] } {
  const sortedMentions = mentions.toSorted((a, b) => a.start - b.start);
  const focus = articleCountry(sortedMentions, countryHints);
  const furniture = furnitureSpans(article.text);
  const reference = articleReference(article.date, article.text);
  const tokens = sentences.map((s) => tokenize(s.text));
  const cues = sentences.map((s, i) => findCues(s.text, tokens[i]));
  const paragraphs = paragraphIndexes(article.text, sentences);
  const protestLater = laterInParagraph(paragraphs, cues.map((c) => c.some((hit) => hit.cues.has('protest'))));
  const detected = sentences.map((s, i) => detectActors(s.text, tokens[i]));
  const actorsPerSentence = resolveAnaphora(detected);
  const articleMilitant = dominantActors(detected).get('militant') ?? null;
  const candidates: EventCandidate[] = [];
  const routes: ExtractedRoute[] = [];
  let previousDay: ResolvedDate | null = null;
  let paragraphDate: ResolvedDate | null = null;
  let paragraphPlace: PlaceRef | null = null;
  const criminal = criminalContext(article.text);
  sentences.forEach((sentence, i) => {
    const paragraph = paragraphs[i] ?? 0;
    if (paragraph !== paragraphs[i - 1]) {
      paragraphDate = null;
      paragraphPlace = null;
    }
    // "suspecting them to be cattle thieves", "confirmed by police": names of no one present
    const actors = (actorsPerSentence[i] ?? []).filter((a) => !absent(sentence.text, a));
    const dates = findDates(sentence.text, reference, previousDay, tokens[i]);
    previousDay = dates.filter((d) => d.date.precision === 'day').at(-1)?.date ?? previousDay;
    const places = outsideActorNames(placesInSentence(sentence, sortedMentions), actors);
    const fallbackDate = paragraphDate ?? referenceMonth(reference);
    const militant = actors.find((a) => a.kind === 'militant' && a.entry !== null)?.entry ?? articleMilitant;
    const found = findRoutes(sentence.text, places, actors, militant, tokens[i]);
    const lastInParagraph = candidates.at(-1);
    const protest = lastInParagraph?.paragraph === paragraph && CROWD_EVENTS.has(lastInParagraph.event.eventType);
    const told = classifySentence(sentence.text, actors, places, tokens[i], { protest, protestLater: protestLater[i] ?? false }, cues[i]);
    // "A man was shot dead … The victim had charges for drug trafficking": violence against the armed is a battle
    let aheadText: string | undefined;
    const ahead = (): string => (aheadText ??= sameParagraphAhead(article.text, sentences, i));
    const classified = told.map((c) =>
      isAttack(c) && armedVictim(ahead(), criminal) ? asClashWithArmed(c) : foughtBack(c, ahead) ? asReturnedFire(c) : c);
    const reportable = isReportable(sentence.text) && !inFurniture(furniture, sentence.start, sentence.end);
    const fatalities = inFurniture(furniture, sentence.start, sentence.end) ? null : sentenceFatalities(sentence.text); // "2 fatalities." is too short to report an event, not a toll
    const before = candidates.length;
    if ((found.length > 0 || classified.length > 0) && reportable) {
      routes.push(...found.flatMap((r) => toRoutes(r, sentence, dateNear(dates, r.at) ?? fallbackDate)));
      for (const c of classified) {
        const state = { sentence, actors, places, found, dates, fallbackDate, paragraphPlace, sortedMentions, reference, fatalities, focus, criminal, countryHints, militant: articleMilitant };
        const made = toEvent(c, state);
        if (made !== null) candidates.push({ ...made, paragraph });
      }
    }
    // "Two people died." tells the toll of the event before it; "No casualties reported." that of every event of
    // the paragraph whose toll is untold
    const last = candidates.at(-1);
    if (candidates.length === before && fatalities !== null && last !== undefined && last.paragraph === paragraph) {
      candidates[candidates.length - 1] = { ...last, event: { ...last.event, fatalities: Math.max(fatalities, last.event.fatalities ?? 0) } };
      if (fatalities === 0) {
        candidates.forEach((c, i) => {
          if (c.paragraph === paragraph && c.event.fatalities === null) candidates[i] = { ...c, event: { ...c.event, fatalities: 0 } };
        });
      }
    }
    paragraphDate = dateNear(dates, 0) ?? paragraphDate;
    paragraphPlace = bestPlace(sentence.text, places, 0) ?? paragraphPlace;
  });
  return { events: dedupeEvents(mergeEvents(candidates)), routes: dedupeRoutes(routes) };
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
  reference: DateReference | null;
  /** the death toll the sentence states, or null */
  fatalities: number | null;
  /** the country the article is about, or null */
  focus: string | null;
  /** the article tells of organised criminal violence (cartels, gangs, drive-by shootings) */
  criminal: boolean;
  /** the countries the article's armed groups fight in, weighted by mentions */
  countryHints: ReadonlyMap<string, number>;
  /** the militant group the article names most, or null */
  militant: ActorEntry | null;
}

function toEvent(c: Classification, s: SentenceState): Omit<EventCandidate, 'paragraph'> | null {
  const origin = c.eventType === 'Strategic developments' ? s.found[0]?.from : undefined;
  const placed = placeEvent(s.sentence.text, s.places, c.trigger.start, s.focus, s.countryHints);
  const inSentence = placed?.ref ?? null;
  const named = [...c.side1, ...c.side2].some((r) => 'mention' in r);
  // With no place in the sentence, an event with a named actor falls back to the place of the paragraph so far,
  // else the article's salient settlement ("near its sentence"), at a lower confidence.
  // "The officers were attacked and a shoot-out broke out.": an event with nobody named happened where its
  // paragraph has been, when the paragraph has named a place
  const nearby =
    inSentence === null && named ? (s.paragraphPlace?.mention ?? salientSettlementBefore(s.sortedMentions, s.sentence.start))
    : inSentence === null ? (s.paragraphPlace?.mention ?? null) : null;
  const place = origin ?? inSentence?.mention ?? nearby;
  if (place === null || place === undefined) return null;
  // speculation about nobody in particular ("there was speculation that … would be allowed") is no event
  if (c.hedged && !named) return null;
  const stated = dateNear(s.dates, c.trigger.start);
  const date = stated ?? s.fallbackDate;
  const actors = onFront(c.eventType, sideActors(c, s, place.place.countryCode), place.place, date?.date ?? null);
  const confidence =
    CONFIDENCE.trigger +
    (named ? CONFIDENCE.oneActor : 0) +
    (actors.length > 1 ? CONFIDENCE.moreActors : 0) +
    placeConfidence(origin !== undefined ? false : (inSentence?.anaphoric ?? null)) +
    (stated !== null ? CONFIDENCE.statedDate : date !== null ? CONFIDENCE.contextDate : 0) +
    (c.hedged ? CONFIDENCE.hedged : 0) +
    (c.secondHand ? CONFIDENCE.secondHand : 0);
  const event: ExtractedEvent = {
    eventType: c.eventType,
    subEventType: c.subEventType,
    actors,
    place,
    precision: origin === undefined && placed !== null ? placed.precision : geoPrecision(place.place.placeType),
    date,
    fatalities: s.fatalities,
    background: isBackground(date, s.reference),
    sentence: { ...s.sentence },
    confidence: round2(Math.min(1, Math.max(MIN_CONFIDENCE, confidence))),
  };
  return { event, borrowed: origin === undefined && inSentence === null };
}

/** ACLED's actor1 and associates (side 1), then actor2 and associates (side 2), named for the event's country */
function sideActors(c: Classification, s: SentenceState, country: string | null): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  const add = (fills: readonly RoleFill[], side: 1 | 2): void => {
    for (const fill of fills) {
      const mentions = 'mention' in fill ? coordinated(s.actors, fill.mention, s.sentence.text) : [null];
      for (const mention of mentions) {
        // the unnamed enemy of a battle in an article about one militant group is that group ("after four months of
        // battle" in a report on the fall of Raqqa to the SDF)
        const enemy = 'generic' in fill && fill.generic === UNIDENTIFIED_GROUP && side === 2 && c.eventType === 'Battles' &&
          s.militant !== null && !out.some((a) => a.id === s.militant?.id) ? s.militant : undefined;
        const named = mention?.entry ?? enemy ?? ('generic' in fill ? actorById(fill.generic) : undefined);
        // an unidentified perpetrator of organised criminal violence is a gang, as ACLED names it
        const entry = named?.id === UNIDENTIFIED_GROUP && s.criminal ? (actorById(UNIDENTIFIED_GANG) ?? named) : named;
        if (entry === undefined || entry === null) continue;
        const actor = materialize(entry, mention?.country ?? ('origin' in fill ? (fill.origin ?? null) : null), country);
        if (seen.has(actor.id)) continue;
        seen.add(actor.id);
        out.push({ ...actor, side });
      }
    }
  };
  add(c.side1, 1);
  add(c.side2, 2);
  return out;
}

function isAttack(c: Classification): boolean {
  return c.eventType === 'Violence against civilians' && c.subEventType === 'Attack';
}

/** the attack as the armed clash ACLED codes when its victims were armed: the other side an unidentified group */
function asClashWithArmed(c: Classification): Classification {
  return { ...c, eventType: 'Battles', subEventType: 'Armed clash', side2: [{ generic: UNIDENTIFIED_GROUP }] };
}

/** this sentence and the next ones of its paragraph, up to VICTIM_CONTEXT_SENTENCES */
function sameParagraphAhead(text: string, sentences: readonly Sentence[], i: number): string {
  const parts: string[] = [];
  for (let j = i; j < Math.min(sentences.length, i + VICTIM_CONTEXT_SENTENCES); j++) {
    const s = sentences[j] as Sentence;
    const prior = sentences[j - 1];
    if (j > i && prior !== undefined && PARAGRAPH_BREAK.test(text.slice(prior.end, s.start))) break;
    parts.push(s.text);
  }
  return parts.join(' ');
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

/** the paragraph each sentence stands in, counted from 0: a blank line between two sentences starts a new one */
function paragraphIndexes(text: string, sentences: readonly Sentence[]): number[] {
  let paragraph = -1;
  return sentences.map((sentence, i) => {
    const prior = sentences[i - 1];
    if (prior === undefined || PARAGRAPH_BREAK.test(text.slice(prior.end, sentence.start))) paragraph += 1;
    return paragraph;
  });
}

/** for each sentence, whether a later sentence of its paragraph has the property */
function laterInParagraph(paragraphs: readonly number[], property: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(paragraphs.length).fill(false);
  let seen = false;
  for (let i = paragraphs.length - 1; i >= 0; i -= 1) {
    if (paragraphs[i] !== paragraphs[i + 1]) seen = false;
    out[i] = seen;
    seen ||= property[i] ?? false;
  }
  return out;
}
