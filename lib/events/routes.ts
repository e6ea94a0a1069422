/**
 * Movement routes of one sentence, in the ways news phrases them: "X left A (and B) for / bound for / heading
 * toward C", "buses carrying 400 people left A …", "evacuated / transferred / withdrew from A to C", "fled A
 * toward C", "arrived in C from A", "a convoy from A … reached C". Each movement verb gives a leg (route-legs.ts);
 * a leg with only an origin joins the next with only a destination when one mover could make both ("left A on
 * Sunday and, after hours at checkpoints, arrived in C"). A route needs a mover (route-movers.ts): "the talks
 * moved from A to B" and "left 5 dead" are none. Countries give way to the more specific places of the same
 * country ("Syria's Deir el-Zour province" → the province); each origin gets its own route.
 */
import type { Actor } from '../geojson/schema';
import type { ResolvedMention } from '../geoparse/types';
import type { ActorEntry, ActorMention } from './actors';
import { findClauses } from './route-clauses';
import { legOf, type Leg, type SentenceMarks } from './route-legs';
import { MATCHERS, objectFillerOnly, type VerbRole } from './route-lexicon';
import { mergeMovers, moverActors, sameMover } from './route-movers';
import { tokenize, type TermHit, type Token } from './terms';

/** A place in a sentence — named there, or "the city" resolved to an earlier mention; offsets relative to the sentence. */
export interface PlaceRef {
  start: number;
  end: number;
  mention: ResolvedMention;
  /** true for "the city"-style references */
  anaphoric: boolean;
}

export interface RouteMatch {
  from: ResolvedMention;
  to: ResolvedMention[];
  actors: Actor[];
  /** offset of the movement verb in the sentence */
  at: number;
}

/** an origin and a destination need two places */
const MIN_PLACES = 2;
/** a lower-case "-ing" word: a verb after a preposition ("from entering"), bar fillers such as "neighbouring" */
const GERUND = /^\p{Ll}+ing$/u;

/**
 * Finds movement routes in one sentence. `places` and `actors` carry offsets relative to `text`; `militant` is
 * the armed group that bare "fighters" in the mover's phrase belong to (the article's militant group), if any.
 * @example findRoutes('A convoy left Raqqa for Anbar.', places, [], null)[0]?.to.length // 1
 */
export function findRoutes(
  text: string,
  places: readonly PlaceRef[],
  actors: readonly ActorMention[],
  militant: ActorEntry | null,
  tokens: readonly Token[] = tokenize(text),
): RouteMatch[] {
  if (places.length < MIN_PLACES) return [];
  const verbs = MATCHERS.verbs.find(text, tokens);
  if (verbs.length === 0) return [];
  const marks: SentenceMarks = {
    text,
    tokens,
    verbs,
    places: places.toSorted((a, b) => a.start - b.start),
    actors,
    militant,
    movers: MATCHERS.movers.find(text, tokens),
    clauses: findClauses(text),
    marks: MATCHERS.marks.find(text, tokens).filter((m) => !beforeVerb(m.end, tokens, verbs)),
    arrivals: MATCHERS.arrival.find(text, tokens),
    speech: MATCHERS.speech.find(text, tokens),
    denials: MATCHERS.denials.find(text, tokens),
    hedges: MATCHERS.hedges.find(text, tokens),
  };
  const legs = verbs.flatMap((v) => legOf(marks, v) ?? []);
  return dedupe(joinLegs(legs.map((l, _, all) => withBorrowedMover(l, all))).flatMap(toMatches));
}

/**
 * A leg with no mover of its own takes the mover of another leg through one of its places: "After leaving A, the
 * brigade moved to C" — the participle's subject is the main clause's.
 */
function withBorrowedMover(leg: Leg, legs: readonly Leg[]): Leg {
  if (leg.mover !== null) return leg;
  const ids = new Set([...leg.origins, ...leg.destinations].map((p) => p.mention.place.id));
  const lender = legs.find(
    (l) => l.mover !== null && [...l.origins, ...l.destinations].some((p) => ids.has(p.mention.place.id)),
  );
  return lender === undefined ? leg : { ...leg, mover: lender.mover };
}

/**
 * "from entering", "to avoid being caught": a preposition right before a verb ("-ing" or a movement verb) takes no
 * place, whatever follows it.
 */
function beforeVerb(at: number, tokens: readonly Token[], verbs: readonly TermHit<VerbRole>[]): boolean {
  const next = tokens.find((t) => t.start >= at);
  if (next === undefined) return false;
  return verbs.some((v) => v.start === next.start) || (GERUND.test(next.raw) && !objectFillerOnly([next.lower]));
}

/** Whole legs as they are; a leg with only origins joined to the nearest one with only destinations. */
function joinLegs(legs: readonly Leg[]): Leg[] {
  const whole = legs.filter((l) => l.origins.length > 0 && l.destinations.length > 0);
  const fromOnly = legs.filter((l) => l.destinations.length === 0);
  const toOnly = legs.filter((l) => l.origins.length === 0);
  const used = new Set<Leg>();
  const joined = fromOnly.flatMap((departure) => {
    const candidates = toOnly.filter((l) => !used.has(l) && sameMover(departure.ownMoverKeys, l.ownMoverKeys));
    const arrival = candidates.find((l) => l.at > departure.at) ?? candidates.at(-1);
    if (arrival === undefined) return [];
    used.add(arrival);
    return [{ ...departure, destinations: arrival.destinations, mover: mergeMovers(departure.mover, arrival.mover) }];
  });
  return [...whole, ...joined];
}

function toMatches(leg: Leg): RouteMatch[] {
  if (leg.mover === null) return [];
  const destinations = specificOnly(leg.destinations.map((p) => p.mention));
  return specificOnly(leg.origins.map((p) => p.mention)).flatMap((from) => {
    const to = destinations.filter((m) => m.place.id !== from.place.id);
    // Generic movers ("police", "civilians") take the country the movement starts in, as an event's take its place's.
    const actors = leg.mover === null ? [] : moverActors(leg.mover, from.place.countryCode);
    return to.length === 0 ? [] : [{ from, to, actors, at: leg.at }];
  });
}

/** Drops countries (and regions) when a more specific place of the same country is in the list; dedupes. */
function specificOnly(mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const specific = mentions.filter((m) => m.place.placeType !== 'country' && m.place.placeType !== 'region');
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (seen.has(m.place.id)) return false;
    const general = m.place.placeType === 'country' || m.place.placeType === 'region';
    if (general && specific.some((s) => s.place.countryCode === m.place.countryCode || m.place.countryCode === null)) {
      return false;
    }
    seen.add(m.place.id);
    return true;
  });
}

/** one match per origin and destination pair: two verbs of one movement ("left A heading toward C") give it once */
function dedupe(matches: readonly RouteMatch[]): RouteMatch[] {
  const seen = new Set<string>();
  return matches.flatMap((m) => {
    const to = m.to.filter((t) => !seen.has(`${m.from.place.id}|${t.place.id}`));
    for (const t of to) seen.add(`${m.from.place.id}|${t.place.id}`);
    return to.length === 0 ? [] : [{ ...m, to }];
  });
}
