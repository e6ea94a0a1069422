import { describe, expect, it } from 'vitest';
import { identityMilitias } from '@/lib/events/identity-militias';
import { detectActors, distinctActors } from '@/lib/events/actors';

const acled = (text: string): string[] => identityMilitias(text).map((h) => h.entry.acled);

describe('identityMilitias', () => {
  it('names a community\'s militia after it: "Tiv militias" → Tiv Ethnic Militia', () => {
    expect(acled('Tiv militias attacked three villages.')).toEqual(['Tiv Ethnic Militia ({country})']);
  });

  it('names a clan\'s militia a Clan Militia, whether the clan comes before or after', () => {
    expect(acled('Hawadle clan militia fought the army.')).toEqual(['Hawadle Clan Militia ({country})']);
    expect(acled('Armed militias from the Abgaal clan raided the market.')).toEqual(['Abgaal Clan Militia ({country})']);
  });

  it('names a village\'s or community\'s militia a Communal Militia', () => {
    expect(acled('Militiamen from the Umuleri community burned houses.')).toEqual(['Umuleri Communal Militia ({country})']);
  });

  it('reads no community in descriptive words or demonyms ("Armed militias", "Libyan militias")', () => {
    expect(acled('Armed militias attacked the town.')).toEqual([]);
    expect(acled('The rival militias clashed.')).toEqual([]);
    expect(acled('Libyan militias seized the port.')).toEqual([]);
  });

  it('gives the militia the country of the event through the actor registry', () => {
    const actors = distinctActors(detectActors('Tiv militias attacked three villages.'), 'NG');
    expect(actors.map((a) => [a.acledName, a.inter])).toEqual([['Tiv Ethnic Militia (Nigeria)', 4]]);
  });

  it('keeps a registry name over the one read from the words ("Fulani militia")', () => {
    expect(detectActors('Fulani militia attacked a village.').map((m) => m.entry?.id)).toEqual(['fulani-militia']);
  });
});
