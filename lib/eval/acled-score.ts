/**
 * The ACLED scorer, pure: coded notes + what the pipeline found in each → per-note verdicts, totals and breakdowns.
 * Every note is one event at its coded place (ACLED's coders are the anchor), so each measure is a share of notes:
 *
 *   any event        the pipeline extracted at least one event from the note
 *   located          some event lies within TOLERANCE_KM[geo_precision] (30 / 60 / 150 km) of the coded point
 *   located +actor   some located event has the coded actor1 or actor2 among its actors (rules: acled-match.ts)
 *           +actor1  … has the coded actor1 as its first actor
 *           +type    … has the coded event_type;  +sub-type … the coded sub_event_type
 *           +date    … has a day-precision date equal to the coded event_date
 *      +fatalities   over the notes that state the coded toll (statesFatalities), some located event carries it
 *   events per note  all extracted events over all notes: beyond one per note, extra events are noise
 *   town found       over notes with geo_precision 1, some resolved mention (event or not) within TOWN_RADIUS_KM
 *
 * Each "+" measure asks for one located event with that property; different measures may be met by different
 * located events of the same note. A note not located gets one cause, checked in this order:
 *   no event            the pipeline extracted no event (`placeFound` says whether a mention lay within tolerance)
 *   other place chosen  a mention lies within tolerance, but every event was placed elsewhere
 *   far namesake        no mention within tolerance, but one whose words name the coded location (looselyNamed)
 *                       was resolved farther away
 *   place not found     no mention within tolerance and no namesake
 */
import { haversineKm } from './haversine';
import { actorMatches, codedActorKeys, looselyNamed, sameLabel, statesFatalities, TOLERANCE_KM } from './acled-match';
import type {
  AcledGroup,
  AcledNote,
  AcledResult,
  AcledTally,
  ChosenPlace,
  MissCause,
  NoteMention,
  NoteMiss,
  NoteOutput,
  NoteResult,
} from './acled-types';

/** How close a resolved mention must be to a geo_precision-1 note's coded point to count as the town, km. */
export const TOWN_RADIUS_KM = 10;

const NOTHING_FOUND: NoteOutput = { mentions: [], events: [] };

/**
 * Scores every note; a note absent from `outputs` counts as one where the pipeline found nothing.
 * @example scoreAcled(notes, new Map([['KEN1', { mentions: [], events: [] }]])).totals.withEvent // 0
 */
export function scoreAcled(notes: readonly AcledNote[], outputs: ReadonlyMap<string, NoteOutput>): AcledResult {
  const perNote = notes.map((note) => scoreNote(note, outputs.get(note.id) ?? NOTHING_FOUND));
  return {
    totals: tally(perNote),
    byCountry: groupBy(perNote, (r) => r.country),
    byEventType: groupBy(perNote, (r) => r.eventType),
    perNote,
  };
}

/**
 * The verdict on one note (the measures are defined in the module comment).
 * @example scoreNote(note, { mentions: [], events: [] }).miss?.cause // 'no event'
 */
export function scoreNote(note: AcledNote, output: NoteOutput): NoteResult {
  const toleranceKm = TOLERANCE_KM[note.geoPrecision];
  const km = (m: NoteMention) => haversineKm(m.coordinates, note.coordinates);
  const located = output.events.filter((e) => km(e.place) <= toleranceKm);
  const keys1 = codedActorKeys(note.actor1, note.country);
  const keys2 = codedActorKeys(note.actor2, note.country);
  const stated = statesFatalities(note);
  return {
    id: note.id,
    country: note.country,
    eventType: note.eventType,
    location: note.location,
    coordinates: note.coordinates,
    geoPrecision: note.geoPrecision,
    toleranceKm,
    events: output.events.length,
    located: located.length > 0,
    locatedActor: located.some((e) => actorMatches(keys1, e.actors) || actorMatches(keys2, e.actors)),
    locatedActor1: located.some((e) => actorMatches(keys1, e.actors.slice(0, 1))),
    locatedType: located.some((e) => sameLabel(note.eventType, e.eventType)),
    locatedSubType: located.some((e) => sameLabel(note.subEventType, e.subEventType)),
    locatedDate: located.some((e) => e.date !== null && e.date.precision === 'day' && e.date.date === note.date),
    fatalitiesStated: stated,
    locatedFatalities: stated && located.some((e) => e.fatalities === note.fatalities),
    townFound: note.geoPrecision === 1 ? output.mentions.some((m) => km(m) <= TOWN_RADIUS_KM) : null,
    miss: located.length > 0 ? null : missOf(note, output, toleranceKm, km),
  };
}

/**
 * Sums per-note verdicts.
 * @example tally([]).notes // 0
 */
export function tally(results: readonly NoteResult[]): AcledTally {
  const count = (test: (r: NoteResult) => boolean) => results.reduce((n, r) => n + (test(r) ? 1 : 0), 0);
  const misses: Record<MissCause, number> = { 'no event': 0, 'other place chosen': 0, 'far namesake': 0, 'place not found': 0 };
  for (const r of results) if (r.miss !== null) misses[r.miss.cause] += 1;
  return {
    notes: results.length,
    withEvent: count((r) => r.events > 0),
    located: count((r) => r.located),
    locatedActor: count((r) => r.locatedActor),
    locatedActor1: count((r) => r.locatedActor1),
    locatedType: count((r) => r.locatedType),
    locatedSubType: count((r) => r.locatedSubType),
    locatedDate: count((r) => r.locatedDate),
    fatalitiesStated: count((r) => r.fatalitiesStated),
    locatedFatalities: count((r) => r.locatedFatalities),
    events: results.reduce((n, r) => n + r.events, 0),
    townNotes: count((r) => r.townFound !== null),
    townFound: count((r) => r.townFound === true),
    misses,
    noEventPlaceFound: count((r) => r.miss?.cause === 'no event' && r.miss.placeFound),
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Groups the verdicts by a key and tallies each group, largest first (then by key). */
function groupBy(results: readonly NoteResult[], key: (r: NoteResult) => string): AcledGroup[] {
  const groups = new Map<string, NoteResult[]>();
  for (const r of results) {
    const members = groups.get(key(r));
    if (members === undefined) groups.set(key(r), [r]);
    else members.push(r);
  }
  return [...groups]
    .map(([k, members]) => ({ key: k, tally: tally(members) }))
    .toSorted((a, b) => b.tally.notes - a.tally.notes || a.key.localeCompare(b.key));
}

function missOf(note: AcledNote, output: NoteOutput, toleranceKm: number, km: (m: NoteMention) => number): NoteMiss {
  const nearestEvent = nearest(output.events.map((e) => e.place), km);
  const nearestMention = nearest(output.mentions, km);
  const placeFound = nearestMention !== null && nearestMention.km <= toleranceKm;
  const namesake = placeFound ? null : nearest(output.mentions.filter((m) => looselyNamed(m.text, note.location)), km);
  const cause: MissCause =
    output.events.length === 0 ? 'no event' : placeFound ? 'other place chosen' : namesake !== null ? 'far namesake' : 'place not found';
  return { cause, placeFound, nearestEvent, nearestMention, namesake };
}

function nearest(places: readonly NoteMention[], km: (m: NoteMention) => number): ChosenPlace | null {
  let best: ChosenPlace | null = null;
  for (const p of places) {
    const d = km(p);
    if (best === null || d < best.km) best = { text: p.text, label: p.label, km: d };
  }
  return best;
}
