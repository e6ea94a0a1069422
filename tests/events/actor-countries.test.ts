import { describe, expect, it } from 'vitest';
import { actorCountryHints } from '@/lib/events/actor-countries';

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
