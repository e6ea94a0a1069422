/**
 * What the map page fetches per event or per article instead of loading it with the markers: an event's sentence,
 * offsets and confidence (GET /api/events/details) and the place mentions of one article (GET /api/mentions/<id>).
 */
import * as z from 'zod/mini'; // the browser checks these answers: zod/mini keeps the rest of zod out of its bundle
import { articlePath } from './article-id';
import type { Span } from './segments';
import type { EventDetails, ExplorerData } from './types';

export const MAX_DETAIL_INDEXES = 500; // indexes per request: a list page or a popup, never the whole file

const detailsSchema = z.object({ article: z.string(), sentence: z.string(), start: z.number(), end: z.number(), confidence: z.number() });

/** The response of GET /api/events/details: details by event index (null for an index past the end). */
export const detailsResponseSchema = z.object({ details: z.array(z.tuple([z.number(), z.nullable(detailsSchema)])) });
export type DetailsResponse = z.infer<typeof detailsResponseSchema>;

/** The response of GET /api/mentions/<article>. */
export const mentionsResponseSchema = z.object({
  mentions: z.array(z.object({ start: z.number(), end: z.number(), placeId: z.string(), placeName: z.string() })),
});

/**
 * Details of the events at `indexes` (positions in `data.events`).
 * @example eventDetails(data, [0]).details[0] // [0, { article: 'raqqa-2017', sentence: '…', … }]
 */
export function eventDetails(data: ExplorerData, indexes: readonly number[]): DetailsResponse {
  return {
    details: indexes.map((i) => {
      const e = data.events[i];
      return [i, e ? { article: e.article, sentence: e.sentence, start: e.start, end: e.end, confidence: e.confidence } : null];
    }),
  };
}

/**
 * Event indexes from a query value like "3,17,22"; null when malformed or longer than MAX_DETAIL_INDEXES.
 * @example parseIndexes('3,17') // [3, 17]
 */
export function parseIndexes(value: string | null): number[] | null {
  if (value === null || !/^\d{1,9}(,\d{1,9})*$/.test(value)) return null;
  const indexes = value.split(',').map(Number);
  return indexes.length <= MAX_DETAIL_INDEXES ? indexes : null;
}

const mentionsByData = new WeakMap<ExplorerData, Map<string, Span[]>>();

/**
 * Every place mention in one article, for the provenance view; indexed once per dataset.
 * @example articleMentions(data, 'raqqa-2017')[0] // { start: 10, end: 15, placeId: 'place:…', placeName: 'Raqqa' }
 */
export function articleMentions(data: ExplorerData, article: string): readonly Span[] {
  let index = mentionsByData.get(data);
  if (!index) {
    index = new Map();
    for (const place of data.places) {
      for (const m of place.mentions) {
        const spans = index.get(m.article) ?? [];
        spans.push({ start: m.start, end: m.end, placeId: place.id, placeName: place.name });
        index.set(m.article, spans);
      }
    }
    mentionsByData.set(data, index);
  }
  return index.get(article) ?? [];
}

/** URL of the details of some events (the version keeps a changed file from answering for the old one). */
export function detailsUrl(version: string, indexes: readonly number[] | 'all'): string {
  return `/api/events/details?v=${encodeURIComponent(version)}&i=${indexes === 'all' ? 'all' : indexes.join(',')}`;
}

/** URL of one article's place mentions. */
export function mentionsUrl(version: string, article: string): string {
  return `${articlePath(article, '/api/mentions')}?v=${encodeURIComponent(version)}`;
}
