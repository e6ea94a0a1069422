import { describe, expect, it } from 'vitest';
import type { GazPlace } from '@/lib/gazetteer/types';
import type { PlaceType } from '@/lib/geojson/schema';
import { nearbyPass } from '@/lib/geoparse/passes';
import { decide } from '@/lib/geoparse/slots';
import { slot } from './slot-helpers';

function place(id: string, name: string, placeType: PlaceType, country: string, admin1: string, coordinates: [number, number], population: number): GazPlace {
  return { id, name, placeType, countryCode: country, admin1, coordinates, population, area: null };
}

const talAfar = place('geonames:90393', 'Tall Afar', 'village', 'IQ', '15', [42.448, 36.379], 0);
const mosul = place('geonames:99072', 'Mosul', 'city', 'IQ', '15', [43.119, 36.335], 1_683_000);
// Natural Earth lists "Mosul" among the governorate's other names; its point lies closer to Tal Afar than the city.
const nineveh = place('ne:IRQ-3051', 'Nineveh', 'admin1', 'IQ', '15', [42.474, 36.023], 3_883_415);
const sinjarIq = place('geonames:1', 'Sinjar', 'town', 'IQ', '15', [41.87, 36.32], 40_000);
const sinjarFar = place('geonames:2', 'Sinjar', 'town', 'PK', '02', [70.0, 30.0], 60_000);

describe('nearby pass', () => {
  const anchor = decide(slot('Tal Afar', [talAfar]), talAfar, 'unique-name', 0.9);

  it('keeps "Mosul" by Tal Afar the city, not the Nineveh governorate around it that answers to the name', () => {
    const [, out] = nearbyPass.run([anchor, slot('Mosul', [mosul, nineveh])], '');
    expect(out?.choice?.place.id).not.toBe('ne:IRQ-3051');
  });

  it('still picks the namesake near the places already decided ("Sinjar" by Tal Afar is the Iraqi town)', () => {
    const [, out] = nearbyPass.run([anchor, slot('Sinjar', [sinjarFar, sinjarIq])], '');
    expect(out?.choice?.place.id).toBe('geonames:1');
    expect(out?.choice?.resolvedBy).toBe('nearby');
  });
});
