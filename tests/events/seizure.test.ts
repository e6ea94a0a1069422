import { describe, expect, it } from 'vitest';
import { firstSeizure, seizedAfter } from '@/lib/events/seizure';

const after = (text: string, verb: string): ReturnType<typeof seizedAfter> => seizedAfter(text, text.indexOf(verb) + verb.length);

describe('seizedAfter', () => {
  it('reads weapons taken as weapons, whatever else is listed beside them', () => {
    expect(after('Police seized an IED, rifles and 2 kg of hashish.', 'seized')).toBe('weapons');
  });

  it('reads drugs, vehicles and land as goods', () => {
    expect(after('Customs officers seized 300 kg of cannabis at the port.', 'seized')).toBe('goods');
    expect(after('Troops confiscated three trucks of fuel.', 'confiscated')).toBe('goods');
    expect(after('Settlers seized farm land south of the village.', 'seized')).toBe('goods');
  });

  it('reads a town or a position as neither: that seizure is territorial', () => {
    expect(after('Rebels seized the town of Kivik after heavy fighting.', 'seized')).toBeNull();
    expect(after('Insurgents seized an army checkpoint.', 'seized')).toBeNull();
  });

  it('stops at the end of the clause', () => {
    expect(after('Rebels seized the hill; the army later recovered weapons there.', 'seized')).toBeNull();
  });
});

describe('firstSeizure', () => {
  it('reads a find of weapons or drugs as a seizure ("police recovered 40 crude bombs")', () => {
    expect(firstSeizure('Police recovered 40 crude bombs from a house in the village.')?.what).toBe('weapons');
    expect(firstSeizure('Officers discovered 900 kilograms of marihuana in a warehouse.')?.what).toBe('goods');
  });

  it('reads no seizure in a body found in a car: finding takes only weapons and drugs', () => {
    expect(firstSeizure('The body of a man was found in a car near the market.')).toBeNull();
  });
});
