import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '@/lib/geoparse/acronyms';

describe('definedAcronyms', () => {
  it('reads an initialism the text spells out before it ("District Commissioner (DC)")', () => {
    expect(definedAcronyms('the vehicle of the Kahda District Commissioner (DC) exploded').get('DC')).toBe('District Commissioner');
  });

  it('skips "of" and "the" in the spelled-out words ("Democratic Republic of Congo (DRC)")', () => {
    expect(definedAcronyms('fighting in the Democratic Republic of Congo (DRC) went on').get('DRC')).toBe('Democratic Republic of Congo');
  });

  it('ignores brackets whose letters are not the initials of the words before them', () => {
    expect(definedAcronyms('the Awami League (BNP) marched').size).toBe(0);
    expect(definedAcronyms('no brackets at all').size).toBe(0);
  });
});
