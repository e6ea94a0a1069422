import { describe, expect, it } from 'vitest';
import { scoreAcled, scoreNote, tally } from '@/lib/eval/acled-score';
import type { AcledNote, NoteEvent, NoteOutput } from '@/lib/eval/acled-types';
import { FAKE_OUTPUTS, miniNotes, north } from './acled-fake';

const notes = miniNotes();
const result = scoreAcled(notes, FAKE_OUTPUTS);
const verdict = (id: string) => {
  const found = result.perNote.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no verdict for ${id}`);
  return found;
};
const note = (id: string): AcledNote => {
  const found = notes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no note ${id}`);
  return found;
};
const eventAt = (coordinates: [number, number], fields: Partial<NoteEvent> = {}): NoteEvent => ({
  eventType: 'Protests',
  subEventType: 'Peaceful protest',
  actors: [],
  place: { text: 'X', coordinates, label: 'X (fake)' },
  date: null,
  fatalities: null,
  ...fields,
});

describe('scoreAcled', () => {
  it('counts every measure over the hand-made notes', () => {
    expect(result.totals).toEqual({
      notes: 7,
      withEvent: 6,
      located: 3,
      locatedActor: 3,
      locatedActor1: 1,
      locatedType: 3,
      locatedSubType: 3,
      locatedDate: 2,
      fatalitiesStated: 4,
      locatedFatalities: 2,
      events: 7,
      townNotes: 4,
      townFound: 2,
      misses: { 'no event': 1, 'other place chosen': 1, 'far namesake': 1, 'place not found': 1 },
      noEventPlaceFound: 1,
    });
  });

  it('locates an event within 60 km of a geo_precision-2 point and 150 km of a geo_precision-3 point', () => {
    expect(verdict('NGA9002')).toMatchObject({ toleranceKm: 60, located: true });
    expect(verdict('YEM9007')).toMatchObject({ toleranceKm: 150, located: true });
  });

  it('matches a coded compound actor by either part, but actor1 only as our first actor', () => {
    expect(verdict('NGA9002')).toMatchObject({ locatedActor: true, locatedActor1: false });
    expect(verdict('KEN9001')).toMatchObject({ locatedActor: true, locatedActor1: true });
  });

  it('counts a date only at day precision and equal to the coded day', () => {
    expect(verdict('NGA9002').locatedDate).toBe(false);
    expect(verdict('KEN9001').locatedDate).toBe(true);
  });

  it('scores fatalities only where the note states the coded toll', () => {
    expect(verdict('KEN9001')).toMatchObject({ fatalitiesStated: true, locatedFatalities: true });
    expect(verdict('YEM9007')).toMatchObject({ fatalitiesStated: false, locatedFatalities: false });
    expect(verdict('LBN9004').fatalitiesStated).toBe(false);
  });

  it('gives each note not located one cause with what the pipeline chose', () => {
    expect(verdict('UKR9003').miss).toMatchObject({ cause: 'no event', placeFound: true, nearestEvent: null });
    expect(verdict('MEX9005').miss).toMatchObject({ cause: 'other place chosen', nearestMention: { text: 'Culiacan' } });
    expect(verdict('MEX9005').miss?.nearestEvent?.km).toBeCloseTo(80, 6);
    expect(verdict('LBN9004').miss).toMatchObject({ cause: 'far namesake', namesake: { text: 'Tripoli' } });
    expect(verdict('BRA9006').miss).toMatchObject({ cause: 'place not found', namesake: null });
    expect(verdict('KEN9001').miss).toBeNull();
  });

  it('asks town found only of geo_precision-1 notes, within 10 km', () => {
    expect(verdict('UKR9003').townFound).toBe(true);
    expect(verdict('MEX9005').townFound).toBe(false); // its Culiacan mention is 20 km off
    expect(verdict('NGA9002').townFound).toBeNull();
  });

  it('breaks the totals down by country and by coded event type, largest first', () => {
    expect(result.byEventType.map((g) => [g.key, g.tally.notes])).toEqual([
      ['Battles', 2],
      ['Violence against civilians', 2],
      ['Explosions/Remote violence', 1],
      ['Protests', 1],
      ['Riots', 1],
    ]);
    const battles = result.byEventType[0]?.tally;
    expect(battles).toMatchObject({ located: 2, locatedActor: 2, locatedDate: 1 });
    expect(result.byCountry).toHaveLength(7);
    expect(result.byCountry.find((g) => g.key === 'Kenya')?.tally.events).toBe(2);
  });

  it('counts a note the pipeline has no output for as finding nothing', () => {
    const scored = scoreAcled(notes.slice(0, 2), new Map());
    expect(scored.totals).toMatchObject({ notes: 2, withEvent: 0, events: 0, misses: { 'no event': 2 }, noEventPlaceFound: 0 });
  });

  it('does not change the notes or the outputs it scores', () => {
    const before = JSON.stringify([notes, [...FAKE_OUTPUTS]]);
    scoreAcled(notes, FAKE_OUTPUTS);
    expect(JSON.stringify([notes, [...FAKE_OUTPUTS]])).toBe(before);
  });
});

describe('scoreNote', () => {
  const kenya = note('KEN9001');
  const at = (km: number): NoteOutput => ({ mentions: [], events: [eventAt(north(kenya.coordinates, km))] });

  it('locates a geo_precision-1 event at 29 km but not at 31 km', () => {
    expect(scoreNote(kenya, at(29)).located).toBe(true);
    expect(scoreNote(kenya, at(31)).located).toBe(false);
  });

  it('does not take an event type or actor of an event outside the tolerance', () => {
    const far = eventAt(north(kenya.coordinates, 500), { eventType: 'Protests', subEventType: 'Protest with intervention', actors: ['Protesters (Kenya)'] });
    expect(scoreNote(kenya, { mentions: [], events: [far] })).toMatchObject({ locatedType: false, locatedActor: false, locatedSubType: false });
  });

  it('calls a miss with events but no mention near the coded point and no namesake "place not found"', () => {
    expect(scoreNote(kenya, at(100)).miss?.cause).toBe('place not found');
  });
});

describe('tally', () => {
  it('is all zeros over no notes', () => {
    expect(tally([])).toMatchObject({ notes: 0, located: 0, events: 0, misses: { 'no event': 0 } });
  });
});
