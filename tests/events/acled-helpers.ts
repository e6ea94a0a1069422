/**
 * The whole pipeline over the world gazetteer for the ACLED-codebook tests (acled-coding*.test.ts): a short report
 * of our own writing in, its events out.
 */
import { expect } from 'vitest';
import type { ExtractedEvent } from '@/lib/events/types';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { processArticle } from '@/lib/pipeline/index';
import type { Article } from '@/lib/text/types';

let gazetteer: Gazetteer | undefined;

/** the whole pipeline's answer for one report, published on `date`: mentions, events, routes */
export function processNote(text: string, date = '2021-03-14'): ReturnType<typeof processArticle> {
  gazetteer ??= loadWorldGazetteer();
  const article: Article = { id: 'note', text, title: null, date, source: null, bodyStart: 0, titleStart: null };
  return processArticle(article, gazetteer);
}

/** the events of one report, published on `date` */
export function eventsOf(text: string, date = '2021-03-14'): ExtractedEvent[] {
  return processNote(text, date).events;
}

/** the report's one event (the test fails when it has none or several) */
export function only(text: string): ExtractedEvent {
  const events = eventsOf(text);
  expect(events).toHaveLength(1);
  return events[0] as ExtractedEvent;
}

export const kind = (e: ExtractedEvent): string => `${e.eventType} / ${e.subEventType}`;
export const names = (e: ExtractedEvent): string[] => e.actors.map((a) => a.acledName);
