/** The synthetic load-test data: valid, deterministic and shaped like a real conflict feed. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeEvents } from '../../lib/cli/synth-events';
import { EVENT_TYPES, eventCollectionSchema, type EventFeature, type PlaceFeature } from '../../lib/geojson/schema';

const SMALL = { ...DEFAULT_SYNTH_OPTIONS, count: 3_000 };

describe('synthesizeEvents', () => {
  const collection = synthesizeEvents(SMALL);
  const events = collection.features.filter((f): f is EventFeature => f.properties.kind === 'event');
  const places = new Map(
    collection.features.filter((f): f is PlaceFeature => f.properties.kind === 'place').map((p) => [p.id, p]),
  );

  it('writes exactly the requested number of events, valid against the output contract', () => {
    expect(events).toHaveLength(SMALL.count);
    expect(eventCollectionSchema.safeParse(collection).success).toBe(true);
  });

  it('gives the same collection for the same seed and a different one for another seed', () => {
    expect(synthesizeEvents(SMALL)).toEqual(collection);
    expect(synthesizeEvents({ ...SMALL, seed: SMALL.seed + 1 })).not.toEqual(collection);
  });

  it('puts every event on a place feature of the collection, at that place’s coordinates', () => {
    for (const event of events) {
      expect(places.get(event.properties.placeId)?.geometry.coordinates).toEqual(event.geometry.coordinates);
    }
  });

  it('uses 20–40 actors with skewed frequencies and all six event types', () => {
    const perActor = new Map<string, number>();
    for (const event of events) {
      for (const actor of event.properties.actors) perActor.set(actor.id, (perActor.get(actor.id) ?? 0) + 1);
    }
    expect(perActor.size).toBeGreaterThanOrEqual(20);
    expect(perActor.size).toBeLessThanOrEqual(40);
    const counts = [...perActor.values()].toSorted((a, b) => b - a);
    expect((counts[0] ?? 0) / (counts.at(-1) ?? 1)).toBeGreaterThan(10);
    expect(new Set(events.map((e) => e.properties.eventType))).toEqual(new Set(EVENT_TYPES));
  });

  it('gives each event its sentence’s offsets, with its place named inside at the mention’s offsets', () => {
    for (const event of events) {
      const { article, sentence, start, end, placeId } = event.properties;
      expect(end - start).toBe(sentence.length);
      const mention = places.get(placeId)?.properties.mentions.find((m) => m.article === article && m.start >= start && m.end <= end);
      expect(mention && sentence.slice(mention.start - start, mention.end - start)).toBe(mention?.text);
    }
  });

  it('includes movement routes between two distinct places', () => {
    const routes = collection.features.filter((f) => f.properties.kind === 'route');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      if (route.properties.kind !== 'route') continue;
      expect(route.properties.fromPlaceId).not.toBe(route.properties.toPlaceId);
      expect(places.has(route.properties.fromPlaceId) && places.has(route.properties.toPlaceId)).toBe(true);
    }
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => synthesizeEvents({ ...SMALL, count: 0 })).toThrow(/Unexpected count: 0/);
  });
});
