import { describe, expect, it } from 'vitest';
import type { GazPlace } from '@/lib/gazetteer/types';
import type { PlaceType } from '@/lib/geojson/schema';
import { stateFocusPass } from '@/lib/geoparse/state-focus';
import { decide } from '@/lib/geoparse/slots';
import { slot } from './slot-helpers';

function place(id: string, name: string, placeType: PlaceType, admin1: string, population: number): GazPlace {
  return { id, name, placeType, countryCode: 'US', admin1, coordinates: [0, 0], population, area: null };
}

const andersonTn = place('census:47001', 'Anderson County', 'admin2', 'TN', 77_000);
const andersonTx = place('census:48001', 'Anderson County', 'admin2', 'TX', 58_000);
const palestineTx = place('geonames:1', 'Palestine', 'town', 'TX', 18_000);
const palestineIl = place('geonames:2', 'Palestine', 'village', 'IL', 1_300);
const grapelandTx = place('geonames:3', 'Grapeland', 'village', 'TX', 1_500);
const atlantaGa = place('geonames:4', 'Atlanta', 'city', 'GA', 500_000);
const atlantaTx = place('geonames:5', 'Atlanta', 'village', 'TX', 5_600);

describe('state focus', () => {
  it('picks the Texas "Anderson County" when the other places of the story lie in Texas', () => {
    const slots = [
      slot('Anderson County', [andersonTn, andersonTx]),
      slot('Palestine', [palestineTx, palestineIl]),
      decide(slot('Grapeland', [grapelandTx]), grapelandTx, 'unique-name', 0.85),
    ];
    const out = stateFocusPass.run(slots, '');
    expect(out[0]?.choice?.place.id).toBe(andersonTx.id);
    expect(out[0]?.choice?.resolvedBy).toBe('state-focus');
  });

  it('leaves "Anderson County" open when nothing else in the story points at a state', () => {
    const out = stateFocusPass.run([slot('Anderson County', [andersonTn, andersonTx])], '');
    expect(out[0]?.choice).toBeNull();
  });

  it('does not trade Atlanta, Georgia for a Texas village a hundred times smaller', () => {
    const slots = [
      slot('Atlanta', [atlantaGa, atlantaTx]),
      decide(slot('Grapeland', [grapelandTx]), grapelandTx, 'unique-name', 0.85),
    ];
    expect(stateFocusPass.run(slots, '')[0]?.choice).toBeNull();
  });
});
