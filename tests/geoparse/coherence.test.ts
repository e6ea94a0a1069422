import { describe, expect, it } from 'vitest';
import type { GazPlace } from '@/lib/gazetteer/types';
import type { PlaceType } from '@/lib/geojson/schema';
import { coherencePass } from '@/lib/geoparse/coherence';
import { slot } from './slot-helpers';

function place(id: string, name: string, placeType: PlaceType, admin1: string, coordinates: [number, number], population: number): GazPlace {
  return { id, name, placeType, countryCode: 'US', admin1, coordinates, population, area: null };
}

const huntsvilleAl = place('geonames:1', 'Huntsville', 'city', 'AL', [-86.586, 34.73], 180_000);
const huntsvilleTx = place('geonames:2', 'Huntsville', 'town', 'TX', [-95.551, 30.724], 38_000);
const walkerAl = place('census:01127', 'Walker County', 'admin2', 'AL', [-87.3, 33.8], 65_000);
const walkerGa = place('census:13295', 'Walker County', 'admin2', 'GA', [-85.3, 34.74], 68_000);
const walkerTx = place('census:48471', 'Walker County', 'admin2', 'TX', [-95.57, 30.74], 67_000);
const newYork = place('geonames:3', 'Manhattan', 'city', 'NY', [-73.97, 40.78], 1_600_000);
const manhattanMt = place('geonames:4', 'Manhattan', 'village', 'MT', [-111.33, 45.86], 1_500);
const gallatinMt = place('census:30031', 'Gallatin County', 'admin2', 'MT', [-111.17, 45.54], 90_000);
const parisFr: GazPlace = { ...place('geonames:2988507', 'Paris', 'city', '11', [2.35, 48.85], 2_100_000), countryCode: 'FR' };
const parisTx = place('geonames:4717560', 'Paris', 'town', 'TX', [-95.55, 33.66], 25_000);
const georgiaCountry: GazPlace = { ...place('country:GE', 'Georgia', 'country', 'GE', [43.5, 42], 3_700_000), countryCode: 'GE', admin1: null };
const georgiaState = place('ne:USA-3541', 'Georgia', 'admin1', 'GA', [-83.5, 32.75], 10_000_000);
const atlanta = place('geonames:4180439', 'Atlanta', 'city', 'GA', [-84.39, 33.75], 500_000);
const atlantaTx = place('geonames:4671240', 'Atlanta', 'village', 'TX', [-94.16, 33.11], 5_600);
const tbilisi: GazPlace = { ...place('geonames:611717', 'Tbilisi', 'city', '04', [44.79, 41.69], 1_100_000), countryCode: 'GE' };
const texas = place('ne:USA-3536', 'Texas', 'admin1', 'TX', [-99.3, 31.4], 25_000_000);

describe('co-mentioned places', () => {
  it('resolves "Huntsville" beside "Walker County" to Huntsville, Texas, not the larger Huntsville, Alabama', () => {
    const out = coherencePass.run([slot('Huntsville', [huntsvilleAl, huntsvilleTx]), slot('Walker County', [walkerAl, walkerGa, walkerTx])], '');
    expect(out[0]?.choice?.place.id).toBe(huntsvilleTx.id);
    expect(out[0]?.choice?.resolvedBy).toBe('co-mentioned');
  });

  it('leaves "Huntsville" open when no other name of the story lies near one of its namesakes', () => {
    expect(coherencePass.run([slot('Huntsville', [huntsvilleAl, huntsvilleTx])], '')[0]?.choice).toBeNull();
  });

  it('resolves "Paris" in a story that names Texas elsewhere to Paris, Texas', () => {
    const out = coherencePass.run([slot('Paris', [parisFr, parisTx]), slot('Texas', [texas])], '');
    expect(out[0]?.choice?.place.id).toBe(parisTx.id);
  });

  it('resolves "Georgia" beside "Atlanta" to the US state, not the country', () => {
    const out = coherencePass.run([slot('Georgia', [georgiaCountry, georgiaState]), slot('Atlanta', [atlanta])], '');
    expect(out[0]?.choice?.place.id).toBe(georgiaState.id);
  });

  it('keeps "Atlanta" in Georgia when the story names Georgia and Texas, not the Texas village', () => {
    const slots = [slot('Atlanta', [atlanta, atlantaTx]), slot('Georgia', [georgiaCountry, georgiaState]), slot('Texas', [texas])];
    const out = coherencePass.run(slots, '');
    expect(out[0]?.choice?.place.id ?? atlanta.id).toBe(atlanta.id);
    expect(out[1]?.choice?.place.id).toBe(georgiaState.id);
  });

  it('leaves "Georgia" beside "Tbilisi" to the country', () => {
    const out = coherencePass.run([slot('Georgia', [georgiaCountry, georgiaState]), slot('Tbilisi', [tbilisi])], '');
    expect(out[0]?.choice?.place.id ?? georgiaCountry.id).toBe(georgiaCountry.id);
  });

  it('does not trade Manhattan, New York for a village a thousand times smaller beside a county', () => {
    const out = coherencePass.run([slot('Manhattan', [newYork, manhattanMt]), slot('Gallatin County', [gallatinMt])], '');
    expect(out[0]?.choice).toBeNull();
  });
});
