/**
 * Movement routes: "X left A for B and C", "fled A to B", "moved from A to B", "evacuated from A to B". A movement
 * verb, a source (the place after "from", else the verb's object) and every place after a destination
 * preposition up to the end of the clause. Countries give way to the more specific places of the same country
 * ("Syria's Deir el-Zour province" → the province).
 */
import type { Actor } from '../geojson/schema';
import type { ResolvedMention } from '../geoparse/types';
import { GENERIC_COMBATANTS, distinctActors, type ActorEntry, type ActorMention } from './actors';
import { cancelledAt } from './classify';
import { ROUTE_LEXICON } from './route-lexicon';
import { compileTerms, tokenize, type TermHit, type Token } from './terms';

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

/** how far after the verb its object (the source) may start, in characters */
const MAX_SOURCE_DISTANCE_CHARS = 80;
const SUBJECT_BOUNDARY = /[,;:(]/g;

const VERBS = compileTerms(ROUTE_LEXICON.verbs.map((v) => [v, v] as const));
const DESTINATION = compileTerms(ROUTE_LEXICON.destinationPrepositions.map((p) => [p, p] as const));
const SOURCE = compileTerms(ROUTE_LEXICON.sourcePrepositions.map((p) => [p, p] as const));
const COMBATANTS = compileTerms(GENERIC_COMBATANTS.map((w) => [w, w] as const));

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
  if (places.length < 2) return [];
  const verbs = VERBS.find(text, tokens).filter((v) => !cancelledAt(tokens, v.start));
  if (verbs.length === 0) return [];
  const sorted = places.toSorted((a, b) => a.start - b.start);
  const destinations = DESTINATION.find(text, tokens);
  const sources = SOURCE.find(text, tokens);
  const routes: RouteMatch[] = [];
  for (const verb of verbs) {
    const clauseEnd = clauseEndAfter(text, verb.end);
    const destPrep = destinations.find((d) => d.start >= verb.end && d.start < clauseEnd);
    if (destPrep === undefined) continue;
    const from = sourceOf(verb, destPrep, sources, sorted);
    if (from === null) continue;
    const to = specificOnly(
      sorted.filter((p) => p.start >= destPrep.end && p.start < clauseEnd).map((p) => p.mention),
    ).filter((m) => m.place.id !== from.place.id);
    const movers = moverActors(text, verb.start, actors, militant);
    // a route needs a mover the map can name: "he moved his company from A to B" is no event
    if (to.length === 0 || movers.length === 0) continue;
    routes.push({ from, to, actors: movers, at: verb.start });
  }
  return routes;
}

function sourceOf(
  verb: TermHit<string>,
  destPrep: TermHit<string>,
  sources: readonly TermHit<string>[],
  places: readonly PlaceRef[],
): ResolvedMention | null {
  const between = places.filter((p) => p.start >= verb.end && p.end <= destPrep.start);
  const fromPrep = sources.find((s) => s.start >= verb.end && s.start < destPrep.start);
  const afterFrom = fromPrep === undefined ? [] : between.filter((p) => p.start >= fromPrep.end);
  const chosen = afterFrom[0] ?? between.find((p) => p.start - verb.end <= MAX_SOURCE_DISTANCE_CHARS);
  return chosen?.mention ?? null;
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

/** Actors of the mover's phrase: from the last comma/colon before the verb up to the verb. */
function moverActors(
  text: string,
  verbStart: number,
  actors: readonly ActorMention[],
  militant: ActorEntry | null,
): Actor[] {
  const boundaries = [...text.slice(0, verbStart).matchAll(SUBJECT_BOUNDARY)].map((m) => m.index + 1);
  const subjectStart = boundaries.at(-1) ?? 0;
  const inSubject = actors.filter((a) => a.start >= subjectStart && a.end <= verbStart);
  const named = inSubject.length > 0 ? inSubject : actors.filter((a) => a.end <= verbStart);
  const subject = text.slice(subjectStart, verbStart);
  const genericFighters = militant !== null && COMBATANTS.find(subject).some((c) => !insideAny(c, named, subjectStart));
  const fighters: ActorMention[] =
    genericFighters && militant !== null
      ? [{ start: subjectStart, end: subjectStart, text: '', entry: militant, kind: militant.kind, anaphor: true }]
      : [];
  return distinctActors([...fighters, ...named]);
}

function insideAny(hit: TermHit<string>, actors: readonly ActorMention[], offset: number): boolean {
  return actors.some((a) => a.start <= hit.start + offset && hit.end + offset <= a.end);
}

function clauseEndAfter(text: string, from: number): number {
  const lower = text.toLowerCase();
  const ends = ROUTE_LEXICON.clauseBreaks.map((b) => lower.indexOf(b, from)).filter((i) => i !== -1);
  return ends.length === 0 ? text.length : Math.min(...ends);
}
