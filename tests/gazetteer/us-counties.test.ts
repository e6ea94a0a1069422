/**
 * The us-atlas county source on a small hand-made topology: naming, state links, skipped areas and population.
 */
import { describe, expect, it } from 'vitest';
import { parseUsCounties, type UsStates } from '@/lib/gazetteer/sources/us-counties';
import type { NamedPlace } from '@/lib/gazetteer/sources/geonames';

/** A 1°×1° square with its south-west corner at (lng, lat), as one TopoJSON arc (no transform: absolute coordinates). */
const square = (lng: number, lat: number): number[][] => [
  [lng, lat],
  [lng + 1, lat],
  [lng + 1, lat + 1],
  [lng, lat + 1],
  [lng, lat],
];

const topology = {
  type: 'Topology',
  arcs: [square(-90, 30), square(-85, 33), square(-80, 37), square(-70, 40)],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '22071', properties: { name: 'Orleans' }, arcs: [[0]] },
        { type: 'Polygon', id: '13121', properties: { name: 'Fulton' }, arcs: [[1]] },
        { type: 'Polygon', id: '51760', properties: { name: 'Richmond' }, arcs: [[2]] },
        { type: 'Polygon', id: '72001', properties: { name: 'Adjuntas' }, arcs: [[3]] },
      ],
    },
  },
};

const states: UsStates = {
  states: [
    { fips: '13', name: 'Georgia', iso3166_2: 'US-GA', usps: 'GA', geonamesAdmin1: 'GA', countyWord: 'County' },
    { fips: '22', name: 'Louisiana', iso3166_2: 'US-LA', usps: 'LA', geonamesAdmin1: 'LA', countyWord: 'Parish' },
    { fips: '51', name: 'Virginia', iso3166_2: 'US-VA', usps: 'VA', geonamesAdmin1: 'VA', countyWord: 'County', independentCitiesFrom: 510 },
  ],
};

const city = (id: string, admin1: string, coordinates: [number, number], population: number): NamedPlace => ({
  place: { id, name: id, placeType: 'town', countryCode: 'US', admin1, coordinates, population, area: null },
  names: [id],
});

const cities = [
  city('a', 'GA', [-84.5, 33.5], 1000),
  city('b', 'GA', [-84.2, 33.8], 500),
  city('outside', 'GA', [-83.5, 33.5], 7000),
  city('other-state', 'LA', [-84.5, 33.5], 9000),
];

describe('US counties from us-atlas', () => {
  const places = parseUsCounties(topology, states, cities);
  const byId = new Map(places.map((entry) => [entry.place.id, entry]));

  it('names a county "X County" and "X Co." and links it to its state', () => {
    const fulton = byId.get('census:13121');
    expect(fulton?.place).toEqual(expect.objectContaining({ name: 'Fulton County', placeType: 'admin2', countryCode: 'US', admin1: 'GA' }));
    expect(fulton?.names).toEqual(['Fulton County', 'Fulton Co.']);
    expect(fulton?.names).not.toContain('Fulton');
  });

  it('names a Louisiana county equivalent a Parish', () => {
    expect(byId.get('census:22071')?.names).toEqual(['Orleans Parish']);
  });

  it('skips independent cities and states missing from the curated list', () => {
    expect(byId.has('census:51760')).toBe(false);
    expect(byId.has('census:72001')).toBe(false);
    expect(places).toHaveLength(2);
  });

  it('places the point at the centre of the polygon', () => {
    expect(byId.get('census:13121')?.place.coordinates).toEqual([-84.5, 33.5]);
  });

  it('sums the population of the same-state cities inside the polygon only', () => {
    expect(byId.get('census:13121')?.place.population).toBe(1500);
    expect(byId.get('census:22071')?.place.population).toBe(0);
  });
});
