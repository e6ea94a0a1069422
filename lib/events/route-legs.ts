/**
 * Legs of movement in one sentence: for each movement verb, the origins and destinations its own clause gives it
 * and the mover doing the moving. A place after the verb takes its role from the nearest mark before it — a
 * source preposition ("from A"), a destination preposition ("to", "bound for", "toward"), for arrivals a
 * locative ("arrived in C") — or, right after the verb, from the verb itself ("left A", "reached C"); places
 * joined by "and", commas or a possessive ("Armenia's Syunik province") share a role. An origin may also stand
 * in the subject ("refugees from A arrived in C", "a convoy from A … reached C").
 */
import type { PlaceRef } from './routes';
import { scopeOf, within, type Clauses, type Span } from './route-clauses';
import { mergeMovers, moverIn, type Mover, type MoverContext } from './route-movers';
import {
  MATCHERS,
  PLACE_TYPE_AFTER,
  ROUTE_LEXICON,
  movementCancelled,
  objectFillerOnly,
  type Mark,
  type VerbRole,
} from './route-lexicon';
import type { TermHit, TermMatcher, Token } from './terms';

export interface Leg {
  /** offset of the verb */
  at: number;
  role: VerbRole;
  origins: PlaceRef[];
  destinations: PlaceRef[];
  /** the mover of its subject or object, else of the whole sentence before the verb */
  mover: Mover | null;
  /** mover words of its own subject only: legs whose subjects name different movers are not joined */
  ownMoverKeys: ReadonlySet<string>;
}

/** Everything a sentence offers, found once; offsets relative to `text`. */
export interface SentenceMarks extends MoverContext {
  tokens: readonly Token[];
  /** the sentence's movement verbs, in order */
  verbs: readonly TermHit<VerbRole>[];
  places: readonly PlaceRef[];
  clauses: Clauses;
  marks: readonly TermHit<Mark>[];
  arrivals: readonly TermHit<Mark>[];
  speech: readonly TermHit<string>[];
  /** denials and hedges: a movement verb after one of them (in its sentence, in its clause) did not happen */
  denials: readonly TermHit<string>[];
  hedges: readonly TermHit<string>[];
}

/** how far a source preposition may stand before its place: "from camps in northern Uganda", in characters */
const MAX_SOURCE_GAP_CHARS = 40;
/** how far a destination preposition may stand before its place: "for areas still held by the group: parts of" */
const MAX_DESTINATION_GAP_CHARS = 60;
/** how far after an arrival verb its locative may stand: "arrived from Kabul in Doha", in characters */
const MAX_ARRIVAL_DISTANCE_CHARS = 40;
/**
 * an unknown place named with the area holding it in brackets: "in Dimnat Khadir district (Taizz)", "to Kansafra
 * (southern Idlib, Syria" — the bracketed place stands for it
 */
const BRACKETED_AREA =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:,?\s+(?:(?:and|of)\s+)?\p{Lu}[\p{L}'\u2019-]*)*\s+(?:\p{Ll}+\s+)?\((?:[^()]*,\s*)?$/u;
/** what joins places of one role: "A and B", "A, B and C", "A or B", "Syria's Deir el-Zour province", "(Taizz) and Ibb" */
const JOINED = /^\)?(?:\s*,)?\s*(?:(?:and|or|&)\s+)?(?:the\s+)?$|^['\u2019]s\s+$/i;
/** where a subject starts: after a comma, colon, semicolon or bracket */
const SUBJECT_BOUNDARY = /[,;:(]/g;
/** between a speech verb and the pronoun standing for its speaker: "said they", "told AFP that they" */
const SPEECH_TO_PRONOUN = /^\s+(?:[\p{L}.]+\s+){0,2}(?:that\s+)?$/u;

/**
 * The leg of the movement verb `verb`, or null when it describes no movement (planned, denied, "left Beira in
 * ruins") or names no place.
 * @example legOf(marks, verbHit)?.origins[0]?.mention.text // 'Kidal'
 */
export function legOf(s: SentenceMarks, verb: TermHit<VerbRole>): Leg | null {
  if (movementCancelled(s.tokens, verb.start) || s.denials.some((d) => d.end <= verb.start)) return null;
  const scope = scopeOf(s.clauses, s.text.length, verb.start);
  if (s.hedges.some((h) => h.end <= verb.start && within(scope.before, h.start))) return null;
  // the places after the next movement verb are that verb's ("left A, heading toward C", "set off … from entering B")
  const next = s.verbs.find((v) => v.start >= verb.end && within(scope.after, v.start));
  const after = next === undefined ? scope.after : clip(scope.after, next.start);
  const roles = placeRoles(s, verb, after);
  if (roles === null) return null;
  const subject = subjectSpans(s, scope.before);
  const subjectOrigins = roles.origins.length === 0 ? originsInSubject(s, scope.before, verb.start) : [];
  const origins = [...roles.origins, ...subjectOrigins];
  if (origins.length === 0 && roles.destinations.length === 0) return null;
  const pronoun = subjectPronoun(s, subject);
  const own = pronoun === null ? moverIn(s, subject) : null;
  const object = moverIn(s, [{ start: verb.end, end: roles.firstAfter }]);
  const fallback = pronoun === null ? [widened(s, verb.start)] : speakerOf(s, pronoun);
  const mover = own !== null || object !== null ? mergeMovers(own, object) : moverIn(s, fallback);
  const ownMoverKeys = own?.keys ?? new Set<string>();
  return { at: verb.start, role: verb.value, origins, destinations: roles.destinations, mover, ownMoverKeys };
}

/** the subject pronoun nearest the verb ("as he was travelling"), if the subject is one */
function subjectPronoun(s: SentenceMarks, subject: readonly Span[]): Token | null {
  const words = ROUTE_LEXICON.subjectPronouns.words;
  return s.tokens.filter((t) => within(subject, t.start) && words.includes(t.lower)).at(-1) ?? null;
}

/**
 * Whom "they" or "we" stand for right after a speech verb: the speaker ("residents said they had fled", "families
 * told reporters they fled"); nobody for "he" or "she", whom the map cannot name as a group.
 */
function speakerOf(s: SentenceMarks, pronoun: Token): Span[] {
  if (!ROUTE_LEXICON.subjectPronouns.speakers.includes(pronoun.lower)) return [];
  const said = s.speech.filter((h) => h.end <= pronoun.start).at(-1);
  if (said === undefined || !SPEECH_TO_PRONOUN.test(s.text.slice(said.end, pronoun.start))) return [];
  const boundary = [...s.text.slice(0, said.start).matchAll(SUBJECT_BOUNDARY)].at(-1);
  return [{ start: boundary === undefined ? 0 : boundary.index + 1, end: said.start }];
}

interface Roles {
  origins: PlaceRef[];
  destinations: PlaceRef[];
  /** where the verb's object ends: the first mark or place after the verb */
  firstAfter: number;
}

/** Roles of the places after the verb; null when the verb's object is a state ("left Beira in ruins"). */
function placeRoles(s: SentenceMarks, verb: TermHit<VerbRole>, after: readonly Span[]): Roles | null {
  const places = s.places.filter((p) => p.start >= verb.end && within(after, p.start));
  const arrivals =
    verb.value === 'arrive' ? s.arrivals.filter((m) => m.start - verb.end <= MAX_ARRIVAL_DISTANCE_CHARS) : [];
  const marks = [...s.marks, ...arrivals]
    .filter((m) => m.start >= verb.end && within(after, m.start))
    .toSorted((a, b) => a.start - b.start);
  const origins: PlaceRef[] = [];
  const destinations: PlaceRef[] = [];
  let previous: { place: PlaceRef; role: 'origin' | 'destination' } | null = null;
  for (const place of places) {
    if (followedBy(s, place, MATCHERS.featureNouns)) continue; // "the Ethiopian border" is no place to go to
    const mark = marks.filter((m) => m.end <= place.start).at(-1);
    const markIsNew = mark !== undefined && (previous === null || mark.start >= previous.place.end);
    let role: 'origin' | 'destination' | null = null;
    if (previous !== null && !markIsNew && joined(s.text.slice(previous.place.end, place.start))) {
      role = previous.role;
    } else if (markIsNew) {
      role = markedRole(s, mark, place, verb.value, destinations.length > 0);
    } else if (previous === null && mark === undefined) {
      role = objectRole(s, verb, place);
    }
    // a place that fits no role ends a list ("Gao on Tuesday, the Red Cross said"), unless a new mark may still
    // take a later one ("from Al Hawban region (Sabir, Taizz)")
    if (role === null) {
      if (previous !== null && !markIsNew) break;
      continue;
    }
    if (role === 'origin' && mark === undefined && followedBy(s, place, MATCHERS.resultatives)) return null;
    (role === 'origin' ? origins : destinations).push(place);
    previous = { place, role };
  }
  const firstAfter = Math.min(marks[0]?.start ?? s.text.length, places[0]?.start ?? s.text.length);
  return { origins, destinations, firstAfter };
}

function markedRole(
  s: SentenceMarks,
  mark: TermHit<Mark>,
  place: PlaceRef,
  verbRole: VerbRole,
  hasDestination: boolean,
): 'origin' | 'destination' | null {
  const gap = s.text.slice(mark.end, place.start);
  // a bracket between the mark and the place is only crossed to the area closing it: "district (Taizz)"
  const bracketed = BRACKETED_AREA.test(gap) && s.text.startsWith(')', place.end);
  if (gap.includes('(') && !bracketed) return null;
  if (mark.value === 'source') return gap.length <= MAX_SOURCE_GAP_CHARS || bracketed ? 'origin' : null;
  if (mark.value === 'arrival') {
    const filler = objectFillerOnly(wordsIn(s, mark.end, place.start)) || bracketed;
    return verbRole === 'arrive' && !hasDestination && filler ? 'destination' : null;
  }
  const purpose = MATCHERS.notDestinations.find(gap).length > 0;
  return gap.length <= MAX_DESTINATION_GAP_CHARS && !purpose ? 'destination' : null;
}

/** the verb's object: an origin for "left A", a destination for "reached C", nothing for "moved" */
function objectRole(s: SentenceMarks, verb: TermHit<VerbRole>, place: PlaceRef): 'origin' | 'destination' | null {
  if (verb.value === 'move' || !objectFillerOnly(wordsIn(s, verb.end, place.start))) return null;
  return verb.value === 'depart' ? 'origin' : 'destination';
}

/** true when `words` follow the place right away: "left Beira in ruins" (a state), "the Dnipro river" (a feature) */
function followedBy(s: SentenceMarks, place: PlaceRef, words: TermMatcher<string>): boolean {
  const next = s.tokens.find((t) => t.start >= place.end);
  if (next === undefined || s.text.slice(place.end, next.start).trim() !== '') return false;
  return words.find(s.text.slice(next.start, next.start + MAX_SOURCE_GAP_CHARS)).some((h) => h.start === 0);
}

/** "refugees from A arrived", "a convoy from A carrying food reached": the last "from" of the clause before the verb */
function originsInSubject(s: SentenceMarks, before: readonly Span[], verbStart: number): PlaceRef[] {
  const source = s.marks.filter((m) => m.value === 'source' && m.end <= verbStart && within(before, m.start)).at(-1);
  if (source === undefined) return [];
  const out: PlaceRef[] = [];
  for (const place of s.places.filter((p) => p.start >= source.end && p.end <= verbStart && within(before, p.start))) {
    const last = out.at(-1);
    const ok =
      last === undefined
        ? place.start - source.end <= MAX_SOURCE_GAP_CHARS
        : joined(s.text.slice(last.end, place.start));
    if (!ok) break;
    out.push(place);
  }
  return out;
}

/** the subject: the clause before the verb from its last comma, bracket or speech verb */
function subjectSpans(s: SentenceMarks, before: readonly Span[]): Span[] {
  const last = before.at(-1);
  if (last === undefined) return [];
  const boundaries = [
    ...[...s.text.slice(0, last.end).matchAll(SUBJECT_BOUNDARY)].map((m) => m.index + 1),
    ...s.speech.filter((h) => h.end <= last.end).map((h) => h.end),
  ];
  const from = Math.max(0, ...boundaries);
  return before.map((b) => ({ start: Math.max(b.start, from), end: b.end })).filter((b) => b.start < b.end);
}

/** the whole sentence before the verb, after the last speech verb ("Police said the convoy …" is the convoy) */
function widened(s: SentenceMarks, verbStart: number): Span {
  const said = s.speech.filter((h) => h.end <= verbStart).at(-1);
  return { start: said?.end ?? 0, end: verbStart };
}

/** true when `gap` joins two places of a list, a place-type word after the first allowed ("Dhamar governorate and") */
function joined(gap: string): boolean {
  return JOINED.test(gap.replace(PLACE_TYPE_AFTER, ''));
}

function clip(spans: readonly Span[], end: number): Span[] {
  return spans.map((x) => ({ start: x.start, end: Math.min(x.end, end) })).filter((x) => x.start < x.end);
}

function wordsIn(s: SentenceMarks, start: number, end: number): string[] {
  return s.tokens.filter((t) => t.start >= start && t.end <= end).map((t) => t.lower);
}
