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
  date: ResolvedDate | null;
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
