import { describe, expect, it } from 'vitest';
import {
  actorMatches,
  codedActorKeys,
  looselyNamed,
  normaliseActorName,
  sameLabel,
  statesFatalities,
  TOLERANCE_KM,
} from '@/lib/eval/acled-match';

const matches = (coded: string, ours: string[], country = 'Kenya') => actorMatches(codedActorKeys(coded, country), ours);

describe('actor names', () => {
  it('fold case, accents, punctuation, whitespace and period markers', () => {
    expect(normaliseActorName('  Military Forces of Kenya (2013-) ')).toBe('military forces of kenya');
    expect(normaliseActorName('Police Forces of Côte d’Ivoire (2011-2020)')).toBe('police forces of cote d ivoire');
    expect(normaliseActorName('QSD: Syrian  Democratic Forces')).toBe('qsd syrian democratic forces');
  });

  it('match a coded actor whatever its period marker', () => {
    expect(matches('Military Forces of Kenya (2013-)', ['Military Forces of Kenya'])).toBe(true);
    expect(matches('Protesters (Kenya)', ['protesters (kenya)'])).toBe(true);
  });

  it('keep a faction named after the period marker apart from the other side', () => {
    const houthi = 'Military Forces of Yemen (2016-) Supreme Political Council';
    expect(matches(houthi, ['Military Forces of Yemen (2012-)'], 'Yemen')).toBe(false);
    expect(matches(houthi, ['Military Forces of Yemen (2016-) Supreme Political Council'], 'Yemen')).toBe(true);
  });

  it('match either part of a coded "A and/or B", a part without qualifier also with the note\'s country', () => {
    const compound = 'Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad';
    expect(matches(compound, ['Islamic State (West Africa)'], 'Nigeria')).toBe(true);
    expect(matches(compound, ['Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad'], 'Nigeria')).toBe(true);
    expect(matches('Unidentified Gang and/or Police Militia', ['Unidentified Gang (Brazil)'], 'Brazil')).toBe(true);
    expect(matches('Unidentified Gang and/or Police Militia', ['Unidentified Gang (Mexico)'], 'Brazil')).toBe(false);
  });

  it('do not match a different actor, nor anything against an empty coded actor', () => {
    expect(matches('Protesters (Kenya)', ['Civilians (Kenya)'])).toBe(false);
    expect(matches('Protesters (Kenya)', ['Protesters (Uganda)'])).toBe(false);
    expect(matches('', ['', 'Protesters (Kenya)'])).toBe(false);
  });
});

describe('sameLabel', () => {
  it('compares event types case-insensitively and never matches a missing sub-type', () => {
    expect(sameLabel('Shelling/artillery/missile attack', 'Shelling/Artillery/missile attack')).toBe(true);
    expect(sameLabel('Armed clash', 'Attack')).toBe(false);
    expect(sameLabel('Armed clash', null)).toBe(false);
  });
});

describe('statesFatalities', () => {
  const note = (fatalities: number, notes: string) => statesFatalities({ fatalities, notes });

  it('takes a coded toll above zero as stated', () => {
    expect(note(3, 'Gunmen killed three farmers.')).toBe(true);
  });

  it('takes a coded zero as stated only when the note says nobody was killed or hurt', () => {
    expect(note(0, 'Shells hit the port. No casualties reported.')).toBe(true);
    expect(note(0, 'Police dispersed them. No injuries were reported.')).toBe(true);
    expect(note(0, 'A bomb went off; no one was killed.')).toBe(true);
    expect(note(0, 'Protesters marched to the governor’s office.')).toBe(false);
  });

  it('leaves out estimated tolls and tolls shared between events', () => {
    expect(note(10, 'Heavy fighting. Unknown number of fatalities coded as 10.')).toBe(false);
    expect(note(3, '20 killed in all. Fatalities split between 3 events.')).toBe(false);
    expect(note(2, 'Clashes in the hills. Fatalities are split across 4 events (2).')).toBe(false);
  });
});

describe('looselyNamed', () => {
  it('matches transliteration variants and Arabic articles', () => {
    expect(looselyNamed('Mayadeen', 'Al Mayadin')).toBe(true);
    expect(looselyNamed('Tripoli', 'Tripoli')).toBe(true);
  });

  it('matches a part of a composite location, or a name inside it as whole words', () => {
    expect(looselyNamed('Tartar', 'Nameless Hills (Tartar Region)')).toBe(true);
    expect(looselyNamed('Mitiga Airport', 'Tripoli - Mitiga Airport')).toBe(true);
  });

  it('does not match a short word inside a longer name, nor another name', () => {
    expect(looselyNamed('Bar', 'Bar-Sanguun')).toBe(false);
    expect(looselyNamed('Paris', 'Tripoli')).toBe(false);
    expect(looselyNamed('Juba', 'Jubaland')).toBe(false);
  });
});

describe('TOLERANCE_KM', () => {
  it('is 30, 60 and 150 km for geo_precision 1, 2 and 3', () => {
    expect(TOLERANCE_KM).toEqual({ 1: 30, 2: 60, 3: 150 });
  });
});
