import type { Actor, DatePrecision, EventType } from '../geojson/schema';
import type { ResolvedMention } from '../geoparse/types';

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  date: string;
  precision: DatePrecision;
}

export interface ExtractedEvent {
  eventType: EventType;
  subEventType: string | null;
  actors: Actor[];
  place: ResolvedMention;
  /** ACLED geo_precision: 1 at the place, 2 near it or part of a region, 3 a whole region */
  precision: 1 | 2 | 3;
  date: ResolvedDate | null;
  /** deaths reported for the event; 0 when none, null when not stated */
  fatalities: number | null;
  /** dated well before the article's publication: history, not news */
  background: boolean;
  sentence: { start: number; end: number; text: string };
  confidence: number;
}

export interface ExtractedRoute {
  from: ResolvedMention;
  to: ResolvedMention;
  actors: Actor[];
  date: ResolvedDate | null;
  sentence: { start: number; end: number; text: string };
}
