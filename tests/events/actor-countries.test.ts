import { describe, expect, it } from 'vitest';
import { actorCountryHints, actorHints } from '@/lib/events/actor-countries';
import { processNote } from './acled-helpers';

describe('actorCountryHints', () => {
  it('counts each named group once for the country it fights in', () => {
    const hints = actorCountryHints('Houthi fighters attacked. The Houthis withdrew later.');
    expect(hints.get('YE')).toBe(2);
  });

  it('shares a group that fights in several countries among them', () => {
    const hints = actorCountryHints('Boko Haram attacked a village.');
    expect([...hints.keys()].toSorted()).toEqual(['CM', 'NE', 'NG', 'TD']);
    expect(hints.get('NG')).toBeCloseTo(0.25);
  });

  it('takes the country a state force’s own name fixes ("FARDC"), and gives none for generic actors', () => {
    expect(actorCountryHints('FARDC soldiers arrived.').get('CD')).toBe(1);
    expect(actorCountryHints('Gunmen attacked protesters.').size).toBe(0);
  });
});

describe('actorHints: the provinces a group’s war is fought in', () => {
  it('points the OSCE monitors to the Donbas oblasts and to Ukraine', () => {
    const hints = actorHints('Monitors of the OSCE SMM recorded shelling overnight.');
    expect([...hints.admin1s.keys()].toSorted()).toEqual(['UA.05', 'UA.14']);
    expect(hints.admin1s.get('UA.05')).toBeCloseTo(0.5);
    expect(hints.countries.get('UA')).toBe(1);
  });

  it('gives no provinces for a group that fights across its countries', () => {
    expect(actorHints('Houthi fighters attacked.').admin1s.size).toBe(0);
  });

  it('takes the Luhansk namesake of a town in a report by the OSCE monitors, the larger one elsewhere without them', () => {
    const placeOf = (text: string) => processNote(text).mentions.find((m) => m.text === 'Pervomaisk')?.place.admin1;
    expect(placeOf('Monitors of the OSCE SMM recorded shelling close to Pervomaisk on Sunday.')).toBe('14');
    expect(placeOf('Shelling was recorded close to Pervomaisk on Sunday.')).toBe('16');
  });
});
