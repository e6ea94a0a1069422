import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/events/index';
import type { ExtractedEvent } from '@/lib/events/types';
import { splitSentences } from '@/lib/text/sentences';
import { PLACES, naiveSentences } from './helpers';
import { SEED_ARTICLE, SEED_MENTIONS, SEED_TEXT } from './seed-fixture';

const splitters = [
  ['a naive splitter', naiveSentences],
  ['lib/text splitSentences', splitSentences],
] as const;

const actorIds = (e: { actors: { id: string }[] }): string[] => e.actors.map((a) => a.id);
const at = (events: ExtractedEvent[], placeId: string) => events.filter((e) => e.place.place.id === placeId);

describe.each(splitters)('the Raqqa 2017 seed article (sentences from %s)', (_, split) => {
  const { events, routes } = extractEvents(SEED_ARTICLE, split(SEED_TEXT), SEED_MENTIONS);

  it('has SDF-side fighters and the coalition fighting ISIS at Raqqa (Battles)', () => {
    const battles = at(events, PLACES.raqqa.id).filter((e) => e.eventType === 'Battles');
    expect(battles.some((e) => actorIds(e).includes('sdf') && actorIds(e).includes('isis'))).toBe(true);
    expect(battles.some((e) => actorIds(e).includes('us-led-coalition'))).toBe(true);
  });

  it('has the Syrian government and Shiite militia retaking Mayadeen from IS on Saturday 14 October 2017', () => {
    const retake = at(events, PLACES.mayadin.id).find((e) => e.eventType === 'Battles');
    expect(retake?.subEventType).toBe('Government regains territory');
    expect(retake?.date).toEqual({ date: '2017-10-14', precision: 'day' });
    expect(actorIds(retake ?? { actors: [] })).toEqual(
      expect.arrayContaining(['military-forces-sy', 'shiite-militia-sy', 'isis']),
    );
  });

  it('codes the coalition air strikes as Explosions/Remote violence, Air/drone strike', () => {
    const strikes = events.filter((e) => e.subEventType === 'Air/drone strike' && actorIds(e).includes('us-led-coalition'));
    expect(strikes).toHaveLength(1);
    expect(strikes[0]?.eventType).toBe('Explosions/Remote violence');
  });

  it('records the surrender of about 100 IS fighters as a Strategic development', () => {
    const surrender = events.find((e) => e.sentence.text.includes('surrendered'));
    expect(surrender?.eventType).toBe('Strategic developments');
    expect(actorIds(surrender ?? { actors: [] })).toEqual(['us-led-coalition', 'isis']);
  });

  it('dates the civilians fleeing Raqqa on Thursday (12 October) to 2017-10-12', () => {
    const fled = at(events, PLACES.raqqa.id).filter((e) => e.sentence.text.includes('who fled'));
    expect(fled.length).toBeGreaterThan(0);
    for (const e of fled) {
      expect(e.date).toEqual({ date: '2017-10-12', precision: 'day' });
      expect(actorIds(e)).toContain('civilians-sy');
    }
    expect(fled.map((e) => e.eventType)).toContain('Violence against civilians');
  });

  it('dates the attack "in June" to 2017-06 with month precision', () => {
    const june = events.find((e) => e.sentence.text.includes('in June'));
    expect(june?.date).toEqual({ date: '2017-06', precision: 'month' });
  });

  it('draws the convoy routes Raqqa → Deir ez-Zor Governorate and Raqqa → Al Anbar Governorate', () => {
    expect(routes.map((r) => [r.from.place.id, r.to.place.id])).toEqual([
      [PLACES.raqqa.id, PLACES.deirEzZor.id],
      [PLACES.raqqa.id, PLACES.anbar.id],
    ]);
    for (const r of routes) {
      expect(actorIds(r)).toEqual(expect.arrayContaining(['isis', 'civilians-sy']));
      expect(r.sentence.text).toContain('convoy');
    }
  });

  it('makes no event at Paris (attacks that were only planned) and none from quotes or UI junk', () => {
    expect(at(events, PLACES.paris.id)).toEqual([]);
    expect(events.filter((e) => /^["\u201c]|Ajustar/.test(e.sentence.text))).toEqual([]);
  });

  it('places no event at the "US" of "US-led coalition" or "US-backed fighters"', () => {
    expect(at(events, PLACES.unitedStates.id)).toEqual([]);
    const strikes = events.find((e) => e.subEventType === 'Air/drone strike' && actorIds(e).includes('us-led-coalition'));
    expect(strikes?.place.place.id).toBe(PLACES.raqqa.id);
  });

  it('skips the country when a town in the sentence is named', () => {
    const liberated = events.find((e) => e.sentence.text.includes('is liberated'));
    expect(liberated?.place.place.id).toBe(PLACES.raqqa.id);
  });

  it('gives every event a confidence in (0, 1], higher with a named place and a stated date', () => {
    for (const e of events) expect(e.confidence > 0 && e.confidence <= 1).toBe(true);
    const mayadeen = at(events, PLACES.mayadin.id)[0];
    const surrender = events.find((e) => e.sentence.text.includes('surrendered'));
    expect((mayadeen?.confidence ?? 0) > (surrender?.confidence ?? 1)).toBe(true);
  });

  it('does not change its inputs', () => {
    const sentences = split(SEED_TEXT);
    const mentions = structuredClone(SEED_MENTIONS);
    const copy = structuredClone(sentences);
    extractEvents(SEED_ARTICLE, sentences, mentions);
    expect(sentences).toEqual(copy);
    expect(mentions).toEqual(SEED_MENTIONS);
  });
});
