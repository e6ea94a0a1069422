/**
 * Types of the ACLED-coded evaluation: the coded notes, the slice of the pipeline's output the scorer looks at, and
 * the per-note and total results. Coordinates are [lng, lat] as everywhere in lib/.
 */
import type { Article } from '../text/types';

/** ACLED geo_precision: 1 the town itself, 2 part of a region / near a town, 3 a whole region. */
export type GeoPrecision = 1 | 2 | 3;

/** One row of ACLED's CSV export: a coded event and its note. */
export interface AcledNote {
  /** event_id_cnty, e.g. "KEN7001" */
  id: string;
  /** the line of the CSV file the row starts on, for error messages and misses */
  line: number;
  /** event_date, YYYY-MM-DD */
  date: string;
  eventType: string;
  subEventType: string;
  /** the coded actor names exactly as written ("Military Forces of Kenya (2013-)"); actor2 may be '' */
  actor1: string;
  actor2: string;
  country: string;
  /** the coded location name ("Mombasa") */
  location: string;
  /** the coded point, [lng, lat] */
  coordinates: [number, number];
  geoPrecision: GeoPrecision;
  fatalities: number;
  /** the source column, or null when the export has none */
  source: string | null;
  /** the note: the text the pipeline reads */
  notes: string;
}

/** A resolved place mention, as the scorer sees it. */
export interface NoteMention {
  /** the words of the note that named it */
  text: string;
  /** the resolved place's representative point, [lng, lat] */
  coordinates: [number, number];
  /** the resolved place for reports, e.g. "Mombasa (city, KE)" */
  label: string;
}

/** An event the pipeline extracted, as the scorer sees it. */
export interface NoteEvent {
  eventType: string;
  subEventType: string | null;
  /** the actors' ACLED-style names, in the event's order: the first plays ACLED's actor1 */
  actors: string[];
  place: NoteMention;
  date: { date: string; precision: string } | null;
  fatalities: number | null;
}

/** What the pipeline found in one note. */
export interface NoteOutput {
  mentions: NoteMention[];
  events: NoteEvent[];
}

/** The system under test: one article (a note) in, its mentions and events out. */
export type NotePipeline = (article: Article) => NoteOutput;

/** Why a note has no event within tolerance of its coded point (see acled-score.ts for the exact rules). */
export const MISS_CAUSES = ['no event', 'other place chosen', 'far namesake', 'place not found'] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** A place the pipeline chose, with its distance from the coded point. */
export interface ChosenPlace {
  text: string;
  label: string;
  km: number;
}

/** A note not located, with the cause and what the pipeline chose instead. */
export interface NoteMiss {
  cause: MissCause;
  /** some mention lies within tolerance of the coded point (for "no event": the place was found all the same) */
  placeFound: boolean;
  /** the event nearest the coded point, or null when there is none */
  nearestEvent: ChosenPlace | null;
  /** the mention nearest the coded point, or null when there is none */
  nearestMention: ChosenPlace | null;
  /** for "far namesake": the mention whose words match the coded location */
  namesake: ChosenPlace | null;
}

/** The verdict on one note. */
export interface NoteResult {
  id: string;
  country: string;
  /** the coded event type */
  eventType: string;
  location: string;
  coordinates: [number, number];
  geoPrecision: GeoPrecision;
  /** the distance within which an event counts as located, km */
  toleranceKm: number;
  events: number;
  located: boolean;
  locatedActor: boolean;
  locatedActor1: boolean;
  locatedType: boolean;
  locatedSubType: boolean;
  locatedDate: boolean;
  /** true when the note states the coded death toll (the rule is in acled-match.ts) */
  fatalitiesStated: boolean;
  /** a located event carries the coded death toll (false when not stated) */
  locatedFatalities: boolean;
  /** geo_precision 1 only: some resolved mention within TOWN_RADIUS_KM of the coded point; null otherwise */
  townFound: boolean | null;
  /** null when located */
  miss: NoteMiss | null;
}

/** Counts over a set of notes; rates are these over `notes` (or over their own population where named). */
export interface AcledTally {
  notes: number;
  withEvent: number;
  located: number;
  locatedActor: number;
  locatedActor1: number;
  locatedType: number;
  locatedSubType: number;
  locatedDate: number;
  /** population of `locatedFatalities` */
  fatalitiesStated: number;
  locatedFatalities: number;
  /** all events extracted, located or not */
  events: number;
  /** population of `townFound`: notes coded with geo_precision 1 */
  townNotes: number;
  townFound: number;
  misses: Record<MissCause, number>;
  /** misses of cause "no event" where a mention lay within tolerance: the place was found, the event was not */
  noEventPlaceFound: number;
}

/** A tally for one value of a breakdown (a country, a coded event type). */
export interface AcledGroup {
  key: string;
  tally: AcledTally;
}

export interface AcledResult {
  totals: AcledTally;
  byCountry: AcledGroup[];
  byEventType: AcledGroup[];
  perNote: NoteResult[];
}
