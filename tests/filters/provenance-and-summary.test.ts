import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsText } from '@/lib/explorer-data/load';
import { placeSummary } from '@/lib/explorer-data/place-summary';
import { placeKind } from '@/lib/explorer-data/place-kind';
import { buildSegments, paragraphAround } from '@/lib/explorer-data/segments';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';
const loaded = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
if (!loaded.ok) throw new Error(loaded.message);
const data = loaded.data;

describe('provenance segments', () => {
  const text = 'Intro line.\n\nFighters left Raqqa for Anbar. Then more.\n\nOutro.';
  const sentence = { start: 13, end: 43 };

  it('takes the paragraph around the sentence, not the whole article', () => {
    const range = paragraphAround(text, sentence.start, sentence.end);
    expect(text.slice(range.start, range.end)).toBe('Fighters left Raqqa for Anbar. Then more.');
  });

  it('cuts out each place mention and marks which text lies in the sentence', () => {
    const mentions = [
      { start: 27, end: 32, placeId: 'place:a', placeName: 'Raqqa' },
      { start: 37, end: 42, placeId: 'place:b', placeName: 'Anbar' },
    ];
    const segments = buildSegments(text, paragraphAround(text, 13, 43), sentence, mentions);
    expect(segments.map((s) => s.text).join('')).toBe('Fighters left Raqqa for Anbar. Then more.');
    expect(segments.filter((s) => s.placeId !== null).map((s) => s.text)).toEqual(['Raqqa', 'Anbar']);
    expect(segments.find((s) => s.text === ' Then more.')?.inSentence).toBe(false);
    expect(segments.find((s) => s.text === 'Raqqa')?.inSentence).toBe(true);
  });

  it('keeps the first of two overlapping mentions instead of garbling the text', () => {
    const mentions = [
      { start: 27, end: 32, placeId: 'place:a', placeName: 'Raqqa' },
      { start: 29, end: 36, placeId: 'place:c', placeName: 'overlap' },
    ];
    const segments = buildSegments(text, { start: 0, end: text.length }, sentence, mentions);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.placeId !== null)).toHaveLength(1);
  });
});

describe('placeSummary', () => {
  it('describes Raqqa by its event count, dates and types for link previews', () => {
    const summary = placeSummary(data, 'place:geonames:172955');
    expect(summary?.title).toBe('Raqqa, SY');
    expect(summary?.description).toBe(
      '5 events at Raqqa from 2017-06 to 2017-10-14: 3 battles, 1 violence against civilians, 1 strategic developments.',
    );
  });

  it('returns null for a place that is not in the data', () => {
    expect(placeSummary(data, 'place:geonames:0')).toBeNull();
  });

  it('says what a landmark or district is in its description', () => {
    const raqqa = data.places.find((p) => p.id === 'place:geonames:172955');
    if (!raqqa) throw new Error('fixture lacks Raqqa');
    const camp = { ...raqqa, id: 'place:geonames:9', name: 'Al-Hol Camp', placeType: 'locality' as const, feature: 'refugee camp' };
    const summary = placeSummary({ ...data, places: [...data.places, camp] }, camp.id);
    expect(summary?.description).toBe('Al-Hol Camp (refugee camp): mentioned in the news, no events recorded here.');
  });
});

describe('placeKind', () => {
  it('names a landmark by its feature, a district or province by its type, and a town not at all', () => {
    expect(placeKind({ placeType: 'locality', feature: 'airbase' })).toBe('airbase');
    expect(placeKind({ placeType: 'admin2', feature: null })).toBe('district');
    expect(placeKind({ placeType: 'admin1' })).toBe('province');
    expect(placeKind({ placeType: 'town', feature: null })).toBeNull();
  });
});
