/**
 * Golden fixtures: tests/fixtures/events/in/<name>.txt (+ <name>.places.json: surface form → place) →
 * out/<name>.json, a summary of the extracted events and routes. `UPDATE_GOLDEN=1` rewrites the outputs; review
 * the diff. The behaviour each fixture exists for is also asserted explicitly below.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractEvents } from '@/lib/events/index';
import type { GazPlace } from '@/lib/gazetteer/types';
import { PLACE_TYPES } from '@/lib/geojson/schema';
import { parseArticle } from '@/lib/text/article';
import { splitSentences } from '@/lib/text/sentences';
import { mentionsOf } from './helpers';

const DIR = fileURLToPath(new URL('../fixtures/events/', import.meta.url));
const placesSchema = z.record(
  z.string(),
  z.object({
    id: z.string(),
    name: z.string(),
    placeType: z.enum(PLACE_TYPES),
    countryCode: z.string().nullable(),
    coordinates: z.tuple([z.number(), z.number()]),
  }),
);

function run(name: string) {
  const text = readFileSync(`${DIR}in/${name}.txt`, 'utf8');
  const places = placesSchema.parse(JSON.parse(readFileSync(`${DIR}in/${name}.places.json`, 'utf8')));
  const article = parseArticle(name, text);
  const mentions = Object.entries(places)
    .flatMap(([surface, p]) => {
      const place: GazPlace = { ...p, admin1: null, population: 0, area: null };
      return mentionsOf(text, surface, place);
    })
    .filter((m) => m.start >= article.bodyStart);
  const sentences = splitSentences(text, article.titleStart ?? article.bodyStart);
  return extractEvents(article, sentences, mentions);
}

function summary(name: string) {
  const { events, routes } = run(name);
  return {
    events: events.map((e) => ({
      type: `${e.eventType} / ${e.subEventType ?? '—'}`,
      place: e.place.place.id,
      date: e.date?.date ?? null,
      precision: e.date?.precision ?? null,
      actors: e.actors.map((a) => a.id),
      confidence: e.confidence,
      sentence: e.sentence.text,
    })),
    routes: routes.map((r) => ({
      from: r.from.place.id,
      to: r.to.place.id,
      date: r.date?.date ?? null,
      actors: r.actors.map((a) => a.id),
    })),
  };
}

const NAMES = readdirSync(`${DIR}in`)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length));

describe('golden event fixtures', () => {
  it.each(NAMES)('%s matches its golden output', (name) => {
    const actual = summary(name);
    const path = `${DIR}out/${name}.json`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
      writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});

describe('short articles', () => {
  it('codes police tear gas against protesters in Nairobi as Protest with intervention on the publication day', () => {
    const { events } = run('nairobi-protest');
    expect(events).toHaveLength(1);
    expect(events[0]?.eventType).toBe('Protests');
    expect(events[0]?.subEventType).toBe('Protest with intervention');
    expect(events[0]?.date).toEqual({ date: '2024-06-25', precision: 'day' });
    expect(events[0]?.actors.map((a) => a.id)).toEqual(['police-forces-ke', 'protesters-ke']);
  });

  it('codes the Donetsk shelling on 21 January 2023 and dates "a day later" to the 22nd at "the city"', () => {
    const { events } = run('donetsk-shelling');
    const shelling = events.find((e) => e.subEventType === 'Shelling/artillery/missile attack');
    expect(shelling?.place.place.id).toBe('geonames:709717');
    expect(shelling?.date).toEqual({ date: '2023-01-21', precision: 'day' });
    expect(shelling?.actors.map((a) => a.id)).toEqual(['military-forces-ua', 'civilians-ua']);
    const assault = events.find((e) => e.eventType === 'Battles');
    expect(assault?.place.place.id).toBe('geonames:709717');
    expect(assault?.date).toEqual({ date: '2023-01-22', precision: 'day' });
  });

  it('codes rioters clashing with police in Leicester as a riot on the Saturday before publication', () => {
    const { events } = run('leicester-riot');
    const riot = events.find((e) => e.eventType === 'Riots');
    expect(riot?.subEventType).toBe('Violent demonstration');
    expect(riot?.date).toEqual({ date: '2022-09-17', precision: 'day' });
    expect(events.some((e) => e.eventType === 'Battles')).toBe(false);
  });

  it('draws the Aleppo → Idlib evacuation once, with the truce at Aleppo', () => {
    const { events, routes } = run('aleppo-evacuation');
    expect(routes.map((r) => [r.from.place.name, r.to.place.name, r.date?.date])).toEqual([
      ['Aleppo', 'Idlib', '2016-12-15'],
      ['Aleppo', 'Idlib', '2016-12'],
    ]);
    const truce = events.find((e) => e.subEventType === 'Agreement');
    expect(truce?.place.place.name).toBe('Aleppo');
    expect(events.flatMap((e) => e.actors.map((a) => a.id))).not.toContain('isis');
  });
});
