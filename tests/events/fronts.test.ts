import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/geojson/schema';
import type { GazPlace } from '@/lib/gazetteer/types';
import { onFront } from '@/lib/events/fronts';

const place = (name: string, admin1: string): GazPlace => ({
  id: `test:${name}`, name, placeType: 'town', countryCode: 'UA', admin1, coordinates: [37.8, 48], population: 0, area: null,
});
const toretsk = place('Toretsk', '05'); // Donetsk Oblast
const kyiv = place('Kyiv', '12');
const unidentified: Actor = { id: 'unidentified-armed-group-ua', name: 'Unidentified Armed Group (Ukraine)', acledName: 'Unidentified Armed Group (Ukraine)', inter: 3, side: 1 };
const names = (actors: readonly Actor[]): string[] => actors.map((a) => `${a.side}:${a.acledName}`);

describe('fronts', () => {
  it('names the two parties of the Donbas war for a battle on its front whose sides the report leaves unnamed', () => {
    expect(names(onFront('Battles', [], toretsk, '2020-05-09'))).toEqual(['1:Military Forces of Ukraine', '2:NAF: United Armed Forces of Novorossiya']);
    expect(names(onFront('Battles', [unidentified], toretsk, '2020-05-09'))).toEqual(['1:Military Forces of Ukraine', '2:NAF: United Armed Forces of Novorossiya']);
  });

  it('gives a named side the other party as its opponent', () => {
    const naf: Actor = { id: 'naf', name: 'NAF', acledName: 'NAF: United Armed Forces of Novorossiya', inter: 2, side: 1 };
    expect(names(onFront('Battles', [naf, { ...unidentified, side: 2 }], toretsk, '2020-05-09'))).toEqual([
      '1:NAF: United Armed Forces of Novorossiya', '2:Military Forces of Ukraine',
    ]);
  });

  it('names Russia\'s forces as the other party from 24 February 2022', () => {
    expect(names(onFront('Battles', [], toretsk, '2022-03-01'))).toEqual(['1:Military Forces of Ukraine', '2:Military Forces of Russia']);
  });

  it('leaves battles off the front, before the war, named on both sides, and other event types as they are', () => {
    expect(onFront('Battles', [unidentified], kyiv, '2020-05-09')).toEqual([unidentified]);
    expect(onFront('Battles', [unidentified], toretsk, '2013-05-09')).toEqual([unidentified]);
    expect(onFront('Battles', [unidentified], toretsk, null)).toEqual([unidentified]);
    expect(onFront('Explosions/Remote violence', [unidentified], toretsk, '2020-05-09')).toEqual([unidentified]);
  });
});
