/** Hand-made pipeline results for the build tests: small, explicit, no gazetteer needed. */
import type { ExtractedEvent, ExtractedRoute } from '@/lib/events/types';
import type { GazPlace } from '@/lib/gazetteer/types';
import type { ResolvedMention } from '@/lib/geoparse/types';
import type { ArticleResult } from '@/lib/pipeline/types';
import type { Article } from '@/lib/text/types';

export const RAQQA: GazPlace = {
  id: 'geonames:163915',
  name: 'Ar Raqqah',
  placeType: 'city',
  countryCode: 'SY',
  admin1: '04',
  coordinates: [39.0080555555, 35.9594444444],
  population: 177_636,
  area: null,
};

export const DEIR_GOV: GazPlace = {
  id: 'geonames:170792',
  name: 'Deir ez-Zor Governorate',
  placeType: 'admin1',
  countryCode: 'SY',
  admin1: '07',
  coordinates: [40.5, 35.0],
  population: 1_239_000,
  area: { layer: 'admin1', key: 'SY-07', bbox: [39.0, 33.9, 41.4, 36.2] },
};

export const SYRIA: GazPlace = {
  id: 'country:SY',
  name: 'Syria',
  placeType: 'country',
  countryCode: 'SY',
  admin1: null,
  coordinates: [38.5, 35.0],
  population: 22_198_110,
  area: { layer: 'country', key: 'SY', bbox: [35.7, 32.3, 42.4, 37.3] },
};

export const DISTRICT: GazPlace = {
  id: 'geonames:1',
  name: 'Some District',
  placeType: 'admin2',
  countryCode: 'SY',
  admin1: '04',
  coordinates: [-0.000001, 0.1234567],
  population: 0,
  area: null,
};

/** An article whose text is `text`; no front matter. */
export function article(id: string, text: string): Article {
  return { id, text, title: null, date: null, source: null, bodyStart: 0 };
}

/** A mention of `place` at the first occurrence of `surface` in the article text (after `from`). */
export function mention(
  art: Article,
  surface: string,
  place: GazPlace,
  extra: Partial<ResolvedMention> = {},
  from = 0,
): ResolvedMention {
  const start = art.text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" not in ${art.id}`);
  return {
    start,
    end: start + surface.length,
    text: surface,
    lookup: surface,
    demonym: false,
    typeHint: null,
    place,
    resolvedBy: 'population',
    confidence: 0.8,
    ...extra,
  };
}

export function sentenceOf(art: Article, at: number): { start: number; end: number; text: string } {
  const start = art.text.lastIndexOf('.', at) + 1;
  const dot = art.text.indexOf('.', at);
  const end = dot < 0 ? art.text.length : dot + 1;
  const trimmedStart = start + (art.text.slice(start, end).length - art.text.slice(start, end).trimStart().length);
  return { start: trimmedStart, end, text: art.text.slice(trimmedStart, end) };
}

export function event(art: Article, place: ResolvedMention, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actors: [{ id: 'sdf', name: 'Syrian Democratic Forces', acledName: 'QSD: Syrian Democratic Forces', inter: 2 }],
    place,
    precision: 1,
    date: { date: '2017-10-17', precision: 'day' },
    fatalities: null,
    background: false,
    sentence: sentenceOf(art, place.start),
    confidence: 0.7,
    ...extra,
  };
}

export function route(art: Article, from: ResolvedMention, to: ResolvedMention): ExtractedRoute {
  return { from, to, actors: [], date: null, sentence: sentenceOf(art, to.start) };
}

export function result(art: Article, parts: Partial<Omit<ArticleResult, 'article'>> = {}): ArticleResult {
  return { article: art, mentions: [], events: [], routes: [], ...parts };
}
