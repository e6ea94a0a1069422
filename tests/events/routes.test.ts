import { describe, expect, it } from 'vitest';
import { detectActors, resolveAnaphora } from '@/lib/events/actors';
import { placesInSentence } from '@/lib/events/places';
import { findRoutes } from '@/lib/events/routes';
import { findDefiniteDescriptions, salientSettlementBefore } from '@/lib/events/salience';
import type { ResolvedMention } from '@/lib/geoparse/types';
import { PLACES, mentionOf } from './helpers';
import type { GazPlace } from '@/lib/gazetteer/types';

/** routes of a one-sentence text whose place names are given with their places */
function routesOf(text: string, names: [string, GazPlace][], before: ResolvedMention[] = []) {
  const mentions = [...before, ...names.map(([n, p]) => mentionOf(text, n, p))];
  const sentenceStart = before.length === 0 ? 0 : text.lastIndexOf('. ') + 2;
  const sentence = { start: sentenceStart, end: text.length, text: text.slice(sentenceStart) };
  const places = placesInSentence(sentence, mentions.toSorted((a, b) => a.start - b.start));
  const actors = resolveAnaphora([detectActors(text.slice(0, sentenceStart)), detectActors(sentence.text)])[1] ?? [];
  const isis = actors.find((a) => a.kind === 'militant')?.entry ?? null;
  return findRoutes(sentence.text, places, actors, isis).flatMap((r) =>
    r.to.map((to) => ({ from: r.from.place.name, to: to.place.name, actors: r.actors.map((a) => a.id) })),
  );
}

describe('routes', () => {
  it('reads "left the city for A and B" with "the city" as the salient city before', () => {
    const text =
      'ISIS held Raqqa. Raqqa was surrounded. A convoy of fighters and civilians left the city for areas still controlled by the jihadi group: parts of Syria\'s Deir el-Zour province and Iraq\'s Anbar province.';
    const before = [mentionOf(text, 'Raqqa', PLACES.raqqa, 0), mentionOf(text, 'Raqqa', PLACES.raqqa, 1)];
    const routes = routesOf(
      text,
      [
        ['Syria', PLACES.syria],
        ['Deir el-Zour province', PLACES.deirEzZor],
        ['Iraq', PLACES.iraq],
        ['Anbar province', PLACES.anbar],
      ],
      before,
    );
    expect(routes).toEqual([
      { from: 'Ar Raqqah', to: 'Deir ez-Zor', actors: ['isis', 'civilians-sy'] },
      { from: 'Ar Raqqah', to: 'Al Anbar', actors: ['isis', 'civilians-sy'] },
    ]);
  });

  it('reads "fled A to B"', () => {
    expect(routesOf('Thousands of civilians fled Aleppo to Idlib.', [['Aleppo', PLACES.aleppo], ['Idlib', PLACES.idlib]])).toEqual([
      { from: 'Aleppo', to: 'Idlib', actors: ['civilians-sy'] },
    ]);
  });

  it('reads "moved from A to B" and "evacuated from A to B"', () => {
    const names: [string, GazPlace][] = [['Aleppo', PLACES.aleppo], ['Idlib', PLACES.idlib]];
    expect(routesOf('Rebel fighters moved from Aleppo to Idlib.', names)).toEqual([
      { from: 'Aleppo', to: 'Idlib', actors: ['rebels-sy'] },
    ]);
    expect(routesOf('Residents were evacuated from Aleppo to Idlib.', names)).toEqual([
      { from: 'Aleppo', to: 'Idlib', actors: ['civilians-sy'] },
    ]);
  });

  it('makes no route without a destination', () => {
    expect(
      routesOf('Syrian civilians who fled Raqqa on Thursday said they had tried to flee but were shot at.', [
        ['Raqqa', PLACES.raqqa],
      ]),
    ).toEqual([]);
  });

  it('keeps a country as destination when nothing more specific in it is named', () => {
    expect(routesOf('ISIS fighters fled Raqqa to Iraq.', [['Raqqa', PLACES.raqqa], ['Iraq', PLACES.iraq]])).toEqual([
      { from: 'Ar Raqqah', to: 'Iraq', actors: ['isis'] },
    ]);
  });
});

describe('"the city" resolver', () => {
  const text = 'Raqqa fell. Raqqa burned. Then the town of Mayadeen fell. The city was quiet.';
  const mentions = [
    mentionOf(text, 'Raqqa', PLACES.raqqa, 0),
    mentionOf(text, 'Raqqa', PLACES.raqqa, 1),
    mentionOf(text, 'Mayadeen', PLACES.mayadin),
  ];

  it('resolves "The city" to the most often named settlement before it, not the latest', () => {
    expect(salientSettlementBefore(mentions, text.indexOf('The city'))?.place.id).toBe(PLACES.raqqa.id);
  });

  it('does not treat "the town of Mayadeen" as a reference back', () => {
    expect(findDefiniteDescriptions(text).map((d) => d.text)).toEqual(['The city']);
  });

  it('finds nothing before the first settlement', () => {
    expect(salientSettlementBefore(mentions, 0)).toBeNull();
  });
});
