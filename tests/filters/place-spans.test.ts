import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleMentions } from '@/lib/explorer-data/details';
import { parseEventsText } from '@/lib/explorer-data/load';
import { placeSpans } from '@/lib/explorer-data/place-spans';
import { eventCollectionSchema, type PlaceFeature } from '@/lib/geojson/schema';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';
const text = readFileSync(FIXTURE, 'utf8');
const collection = eventCollectionSchema.parse(JSON.parse(text));
const places = collection.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
const loaded = parseEventsText(text, FIXTURE);
if (!loaded.ok) throw new Error(loaded.message);
const data = loaded.data;
const byStart = <T extends { start: number; placeId: string }>(spans: readonly T[]) => spans.toSorted((a, b) => a.start - b.start || a.placeId.localeCompare(b.placeId));

describe('place spans (the store mode’s provenance marks)', () => {
  it('gives, over every place, each article’s mentions as the file mode lists them', () => {
    expect(collection.articles.length).toBeGreaterThan(1);
    for (const { id } of collection.articles) {
      expect(byStart(placeSpans(places, id))).toEqual(byStart(articleMentions(data, id)));
    }
  });

  it('keeps only the given places’ mentions in that article, in text order', () => {
    const place = places.find((p) => new Set(p.properties.mentions.map((m) => m.article)).size > 1) ?? places[0];
    if (!place) throw new Error('The fixture has no place');
    const article = place.properties.mentions[0]?.article ?? '';
    const spans = placeSpans([place], article);
    expect(spans.length).toBe(place.properties.mentions.filter((m) => m.article === article).length);
    expect(spans.every((s) => s.placeId === place.id && s.placeName === place.properties.name)).toBe(true);
    expect(spans.map((s) => s.start)).toEqual(spans.map((s) => s.start).toSorted((a, b) => a - b));
  });
});
