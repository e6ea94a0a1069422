/**
 * US counties and county equivalents (Louisiana parishes, Alaska boroughs and census areas) from us-atlas
 * (TopoJSON of the U.S. Census Bureau's cartographic boundaries, public domain) → admin2 places linked to their
 * state through the curated geodata/us-states.json.
 *
 * Names indexed: the Census form ("Fulton County", "Orleans Parish", "Bethel Census Area") and "Fulton Co.", never
 * the bare "Fulton": that would make every county a rival of every town of the same name.
 */
import { z } from 'zod';
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { NamedPlace } from './geonames';
import { polygonsBySize, representativePoint } from './representative-point';

const stateSchema = z.object({
  fips: z.string().regex(/^\d{2}$/),
  name: z.string(),
  iso3166_2: z.string().regex(/^US-[A-Z]{2}$/),
  usps: z.string().regex(/^[A-Z]{2}$/),
  geonamesAdmin1: z.string().min(1),
  /** the word after every county name of the state, or null when `countyWords` names each one (or none exist) */
  countyWord: z.string().nullable(),
  /** 3-digit county code → its word, for states whose county equivalents differ (Alaska) */
  countyWords: z.record(z.string().regex(/^\d{3}$/), z.string()).optional(),
  /** county codes from this one up are independent cities, already GeoNames cities (Virginia, Baltimore, St. Louis) */
  independentCitiesFrom: z.number().int().optional(),
});
export const usStatesSchema = z.object({ states: z.array(stateSchema) });
export type UsStates = z.infer<typeof usStatesSchema>;
type UsState = z.infer<typeof stateSchema>;

/** Checked only as far as this module relies on it; topojson-client reads the arcs. */
const countiesTopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    counties: z.looseObject({
      type: z.literal('GeometryCollection'),
      geometries: z.array(z.looseObject({ id: z.string().regex(/^\d{5}$/), properties: z.object({ name: z.string() }) })),
    }),
  }),
});

const COUNTRY = 'US';
const COORD_DECIMALS = 4; // ≈ 10 m
/** "County" names also go by this abbreviation in news: "Fulton Co." */
const COUNTY_WORD = 'County';
const COUNTY_ABBREVIATION = 'Co.';

/**
 * Parse us-atlas counties-10m.json (JSON-parsed) into admin2 places `census:<5-digit FIPS>`, each with the summed
 * population of the GeoNames `cities` of its state that lie inside it.
 * @example parseUsCounties(topology, states, cities).find((p) => p.place.id === 'census:13121')?.place.name // "Fulton County"
 */
export function parseUsCounties(topologyJson: unknown, states: UsStates, cities: readonly NamedPlace[]): NamedPlace[] {
  const topology = countiesTopologySchema.parse(topologyJson);
  // The schema checked the parts read here; topojson-client's own type describes the rest.
  const typed = topology as unknown as Topology<{ counties: GeometryCollection }>;
  const collection = feature(typed, typed.objects.counties);
  const byFips = new Map(states.states.map((state) => [state.fips, state]));
  const counties: County[] = [];
  for (const item of collection.features) {
    const county = toCounty(item, byFips);
    if (county) counties.push(county);
  }
  const population = populationByCounty(counties, cities);
  return counties.map(({ entry }) => ({
    ...entry,
    place: { ...entry.place, population: population.get(entry.place.id) ?? 0 },
  }));
}

interface County {
  entry: NamedPlace;
  geometry: Polygon | MultiPolygon;
  bbox: readonly number[];
}

function toCounty(item: Feature<Geometry | null>, states: ReadonlyMap<string, UsState>): County | null {
  const fips = typeof item.id === 'string' ? item.id : '';
  const name = item.properties?.['name'];
  const state = states.get(fips.slice(0, 2));
  const geometry = item.geometry;
  if (!state || typeof name !== 'string' || !geometry) return null;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  const code = fips.slice(2);
  if (state.independentCitiesFrom !== undefined && Number(code) >= state.independentCitiesFrom) return null;
  const word = state.countyWords?.[code] ?? state.countyWord;
  if (!word) return null;
  const main = polygonsBySize(geometry)[0];
  if (!main) return null;
  const [lng = 0, lat = 0] = representativePoint(main.polygon);
  return {
    entry: {
      place: {
        id: `census:${fips}`,
        name: `${name} ${word}`,
        placeType: 'admin2',
        countryCode: COUNTRY,
        admin1: state.geonamesAdmin1,
        coordinates: [round(lng), round(lat)],
        population: 0,
        area: null,
      },
      names: countyNames(name, word),
    },
    geometry,
    bbox: turfBbox(geometry),
  };
}

/** "Fulton" + "County" → Fulton County, Fulton Co.; "St. Louis" also as "Saint Louis"; "Juneau City and Borough" also as Juneau Borough. */
function countyNames(name: string, word: string): string[] {
  const stems = name.startsWith('St. ') ? [name, `Saint ${name.slice('St. '.length)}`] : [name];
  const words = word === COUNTY_WORD ? [word, COUNTY_ABBREVIATION] : word === 'City and Borough' ? [word, 'Borough'] : [word];
  return stems.flatMap((stem) => words.map((w) => `${stem} ${w}`));
}

/** county id → total population of the cities of its state inside its polygon (first county wins on a border). */
function populationByCounty(counties: readonly County[], cities: readonly NamedPlace[]): Map<string, number> {
  const byState = new Map<string, County[]>();
  for (const county of counties) {
    const admin1 = county.entry.place.admin1 ?? '';
    const list = byState.get(admin1);
    if (list) list.push(county);
    else byState.set(admin1, [county]);
  }
  const totals = new Map<string, number>();
  for (const { place } of cities) {
    if (place.countryCode !== COUNTRY || place.admin1 === null || place.population === 0) continue;
    const [lng, lat] = place.coordinates;
    const county = byState.get(place.admin1)?.find(({ bbox: [w = 0, s = 0, e = 0, n = 0], geometry }) =>
      lng >= w && lng <= e && lat >= s && lat <= n && booleanPointInPolygon([lng, lat], geometry),
    );
    if (county) totals.set(county.entry.place.id, (totals.get(county.entry.place.id) ?? 0) + place.population);
  }
  return totals;
}

function round(value: number): number {
  const factor = 10 ** COORD_DECIMALS;
  return Math.round(value * factor) / factor;
}
