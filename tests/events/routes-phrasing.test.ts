/**
 * Route phrasing on hand-built places (no gazetteer): which words make a route, which make none, and the clause
 * and mover rules behind them. The golden set (routes-golden.test.ts) runs the same through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { detectActors, resolveAnaphora } from '@/lib/events/actors';
import { placesInSentence } from '@/lib/events/places';
import { findClauses, scopeOf } from '@/lib/events/route-clauses';
import { movementCancelled } from '@/lib/events/route-lexicon';
import { findRoutes } from '@/lib/events/routes';
import { tokenize } from '@/lib/events/terms';
import type { GazPlace } from '@/lib/gazetteer/types';
import { PLACES, mentionOf } from './helpers';

const TURKEY: GazPlace = { ...PLACES.syria, id: 'country:TR', name: 'Turkey', countryCode: 'TR', coordinates: [35.0, 39.0] };
const KYIV: GazPlace = { ...PLACES.donetsk, id: 'geonames:703448', name: 'Kyiv', coordinates: [30.5238, 50.45466] };

/** `from → to` of a one-sentence text whose named places are given with their places */
function routes(text: string, names: readonly (readonly [string, GazPlace])[]): string[] {
  const mentions = names.map(([n, p]) => mentionOf(text, n, p)).toSorted((a, b) => a.start - b.start);
  const places = placesInSentence({ start: 0, end: text.length, text }, mentions);
  const actors = resolveAnaphora([detectActors(text)])[0] ?? [];
  return findRoutes(text, places, actors, null).flatMap((r) => r.to.map((to) => `${r.from.place.name} → ${to.place.name}`));
}

const ALEPPO_IDLIB = [
  ['Aleppo', PLACES.aleppo],
  ['Idlib', PLACES.idlib],
] as const;

describe('routes in ordinary phrasing', () => {
  it.each([
    'Hundreds of families left Aleppo bound for Idlib.',
    'Buses carrying 400 people left Aleppo heading toward Idlib.',
    'Residents were bused from Aleppo to Idlib.',
    'Rebel fighters withdrew from Aleppo to Idlib overnight.',
    'Thousands fled Aleppo toward Idlib.',
    'More than 300 evacuees arrived in Idlib from Aleppo.',
    'A convoy from Aleppo carrying the wounded reached Idlib on Friday.',
    'Some 400 Turkmen who left Aleppo by bus reached Idlib at dawn.',
  ])('draws Aleppo → Idlib from "%s"', (text) => {
    expect(routes(text, ALEPPO_IDLIB)).toEqual(['Aleppo → Idlib']);
  });

  it('gives each origin its own route: "left A and B for C"', () => {
    const text = 'Civilians left Aleppo and Idlib for Raqqa.';
    expect(routes(text, [...ALEPPO_IDLIB, ['Raqqa', PLACES.raqqa]])).toEqual(['Aleppo → Ar Raqqah', 'Idlib → Ar Raqqah']);
  });

  it('joins an origin and a destination that clauses keep apart, when one mover makes both', () => {
    const text = 'The families left Aleppo on Sunday and, after hours at checkpoints, arrived in Idlib by nightfall.';
    expect(routes(text, ALEPPO_IDLIB)).toEqual(['Aleppo → Idlib']);
  });

  it('reads past an inner clause to the destination: "left A, where gunmen struck, for C"', () => {
    const text = 'Hundreds of students left Aleppo, where gunmen had stormed their school, for Idlib.';
    expect(routes(text, ALEPPO_IDLIB)).toEqual(['Aleppo → Idlib']);
  });

  it('does not join the departure of one mover to the arrival of another', () => {
    const text = 'Rebels who left Aleppo last year attacked Raqqa, and civilians fled to Idlib.';
    expect(routes(text, [...ALEPPO_IDLIB, ['Raqqa', PLACES.raqqa]])).toEqual([]);
  });

  it('takes "they" after a speech verb for the speaker, and the speaker as the mover', () => {
    expect(routes('Residents said they had fled Aleppo to Idlib.', ALEPPO_IDLIB)).toEqual(['Aleppo → Idlib']);
  });

  it.each([
    ['a death toll', 'The bombing left 5 dead in Aleppo and Idlib.'],
    ['a state', 'The storm left Aleppo in ruins before moving toward Idlib.'],
    ['a purpose, not a place', 'Hundreds of residents left Aleppo for talks in Idlib.'],
    ['a scene, not a place', 'The gunmen fled the scene in Aleppo before police from Idlib arrived.'],
    ['a decision, not a place', 'Negotiators from Aleppo arrived at a decision in Idlib.'],
    ['one person travelling', 'The minister flew from Aleppo to Idlib for talks.'],
    ['one person, as a pronoun', 'Police arrested a journalist as he was travelling from Aleppo to Idlib.'],
    ['things, not people', 'The talks moved from Aleppo to Idlib.'],
    ['a plan', 'Rebels vowed to march from Aleppo to Idlib.'],
    ['a denial', 'The army denied that its troops had withdrawn from Aleppo to Idlib.'],
    ['a possibility', 'Residents protested against the possibility of refugees being transferred from Aleppo to Idlib.'],
  ])('draws no route from %s: "%s"', (_, text) => {
    expect(routes(text, ALEPPO_IDLIB)).toEqual([]);
  });

  it('goes nowhere "toward the Turkish border": a border is no place to draw', () => {
    expect(routes('Families fled Aleppo toward the Turkish border.', [['Aleppo', PLACES.aleppo], ['Turkish', TURKEY]])).toEqual([]);
  });

  it('keeps "were reported to be heading" a movement but "to be heading" after a plan none', () => {
    const reported = 'Fighters who left Aleppo on Sunday were reported to be heading toward Idlib.';
    expect(routes(reported, ALEPPO_IDLIB)).toEqual(['Aleppo → Idlib']);
    const text = 'Soldiers plan to be moving from Donetsk to Kyiv.';
    expect(routes(text, [['Donetsk', PLACES.donetsk], ['Kyiv', KYIV]])).toEqual([]);
  });

  it('does not change its inputs', () => {
    const text = 'Thousands fled Aleppo toward Idlib.';
    const mentions = ALEPPO_IDLIB.map(([n, p]) => mentionOf(text, n, p));
    const places = placesInSentence({ start: 0, end: text.length, text }, mentions);
    const copy = structuredClone(places);
    findRoutes(text, places, detectActors(text), null);
    expect(places).toEqual(copy);
  });
});

describe('route clauses and cancels', () => {
  it('finds a comma-enclosed inner clause and leaves it out of the verb\'s scope', () => {
    const text = 'They left Kaduna, where gunmen struck, for Abuja.';
    const clauses = findClauses(text);
    expect(clauses.insertions).toEqual([{ start: 16, end: 38 }]);
    const scope = scopeOf(clauses, text.length, text.indexOf('left'));
    expect(scope.after.map((s) => text.slice(s.start, s.end))).toEqual(['left Kaduna', ' for Abuja.']);
  });

  it('breaks clauses at lower-case conjunctions only: "As Sawadiyah" is a name, "as many as" a count', () => {
    expect(findClauses('Fighters arrived in Radman and As Sawadiyah districts.').breaks).toEqual([]);
    expect(findClauses('As many as 400 people fled as shelling intensified.').breaks).toEqual([26]);
  });

  it.each([
    ['They vowed to march to Gao.', 'march', true],
    ['The convoy would leave Mosul.', 'leave', true],
    ['Fighters were reported to be heading to Misrata.', 'heading', false],
    ['Fighters were heading to Misrata.', 'heading', false],
  ] as const)('cancels the movement in "%s": %s', (text, verb, cancelled) => {
    expect(movementCancelled(tokenize(text), text.indexOf(verb))).toBe(cancelled);
  });
});
