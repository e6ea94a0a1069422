/**
 * Co-mentioned places: a local story names places that lie together ("Huntsville" and "Walker County" are the
 * Texas pair; "Columbus", "Richland" and "Colfax County" the Nebraska ones), so among a name's namesakes the one
 * with namesakes of the article's other names close by, or inside an admin-1 area the article names ("Texas"), wins
 * over the most populous one. A name with many namesakes shares its evidence over them, so a name with three
 * namesakes speaks louder than one with sixty, and chance neighbours of common names stay faint. Runs after the
 * state focus, before the country focus.
 */
import type { GazPlace } from '../gazetteer/types';
import { admin1Key, contains, distanceKm, SOVEREIGN_TYPES } from './geo';
import { decide, speaks, type Slot } from './slots';
import type { Pass } from './passes';

/** confidence of a co-mention decision */
const COHERENCE_CONFIDENCE = 0.75;
/** two places this close lie together (a town and its county's centre, two towns of one county), in kilometres */
const TOGETHER_KM = 60;
/** a name's whole evidence: a decided place, an admin-1 area named outright, or an open name of few namesakes */
const NAME_EVIDENCE = 1;
/** an open name with more namesakes than this shares its evidence over them (chance neighbours of common names) */
const FULL_VOICE_NAMESAKES = 5;
/** the chosen namesake needs at least this much evidence… */
const MIN_EVIDENCE = 0.25;
/** …and this much more than the prior's choice */
const MIN_LEAD = 0.2;
/** trading a country or admin-1 area that leads on the prior needs this much evidence (whole names)… */
const AREA_MIN_EVIDENCE = 1;
/** …and this much more than the area has */
const AREA_MIN_LEAD = 0.5;
/** co-mentions may pick a place at most this many times smaller than the prior's choice */
const MAX_POPULATION_RATIO = 100;
/** grid cell for the neighbour search, in degrees (larger than TOGETHER_KM at every latitude that has towns) */
const CELL_DEGREES = 1;
/** cells at high latitudes are narrower in km: past this latitude the search widens by one cell of longitude */
const WIDE_SEARCH_LATITUDE = 55;

/**
 * "Huntsville" beside "Walker County": the Texas namesakes, not Alabama's city; "Georgia" beside "Atlanta": the US
 * state, not the country.
 */
export const coherencePass: Pass = {
  name: 'co-mentioned',
  run(slots) {
    // most articles have no open name with namesakes to weigh: no grid to build
    if (!slots.some((slot) => slot.choice === null && slot.options.length > 1)) return [...slots];
    const local = localNamesakes(slots);
    const grid = buildGrid(local);
    const areas = areasNamed(slots);
    const evidenceOf = new Map<string, (place: GazPlace) => number>();
    return slots.map((slot) => {
      const top = slot.options[0];
      // chance neighbours are too weak a reason for a variant spelling's guess: other passes weigh those
      if (slot.choice !== null || top === undefined || slot.options.length < 2 || slot.variant) return slot;
      const fromArea = !isLocal(top);
      if (fromArea && !isArea(top)) return slot;
      const name = nameKey(slot);
      let evidence = evidenceOf.get(name);
      if (evidence === undefined) {
        const memo = new Map<string, number>();
        evidence = (place: GazPlace): number => {
          let known = memo.get(place.id);
          if (known === undefined) {
            known = isLocal(place) ? evidenceNear(grid, place, name) + areaEvidence(areas, place, name)
              : isArea(place) ? insideEvidence(local, place, name) : 0;
            memo.set(place.id, known);
          }
          return known;
        };
        evidenceOf.set(name, evidence);
      }
      let best: GazPlace | null = null;
      for (const place of slot.options) {
        // an area trades only for a same-named area ("Georgia" the state, not the country); places for places
        const tradable = fromArea ? isArea(place) : isLocal(place);
        if (tradable && (best === null || evidence(place) > evidence(best))) best = place;
      }
      if (best === null || best.id === top.id) return slot;
      const score = evidence(best);
      if (score < (fromArea ? AREA_MIN_EVIDENCE : MIN_EVIDENCE) || score < evidence(top) + (fromArea ? AREA_MIN_LEAD : MIN_LEAD)) return slot;
      // same-named areas differ in size for reasons that say nothing of the article (a country, a state)
      if (fromArea) return decide(slot, best, this.name, COHERENCE_CONFIDENCE);
      if (top.population > (best.population + 1) * MAX_POPULATION_RATIO) return slot;
      return decide(slot, best, this.name, COHERENCE_CONFIDENCE);
    });
  },
};

interface Point {
  name: string;
  place: GazPlace;
  /** this point's share of its name's evidence */
  weight: number;
}

type Grid = Map<string, Point[]>;


/** Settlements and counties lie somewhere; countries, regions and admin-1 areas are too large to lie near anything. */
function isLocal(place: GazPlace): boolean {
  return !SOVEREIGN_TYPES.has(place.placeType) && place.placeType !== 'admin1';
}

/** A country or admin-1 area: other names lie inside it. */
function isArea(place: GazPlace): boolean {
  return place.placeType === 'country' || place.placeType === 'admin1';
}

function nameKey(slot: Slot): string {
  return slot.candidate.lookup.toLowerCase();
}

/** Every name's local namesakes (its decided place alone, once a pass decided one of its mentions). */
function localNamesakes(slots: readonly Slot[]): Map<string, readonly GazPlace[]> {
  const byName = new Map<string, readonly GazPlace[]>();
  for (const slot of slots) {
    const place = slot.choice?.place;
    if (slot.candidate.demonym) continue;
    if (place !== undefined) byName.set(nameKey(slot), isLocal(place) ? [place] : []);
  }
  for (const slot of slots) {
    const name = nameKey(slot);
    // an open variant spelling's guesses are no evidence for anything
    if (slot.candidate.demonym || byName.has(name) || !speaks(slot)) continue;
    byName.set(name, slot.options.filter(isLocal));
  }
  return byName;
}

/** The local namesakes in grid cells. */
function buildGrid(byName: ReadonlyMap<string, readonly GazPlace[]>): Grid {
  const grid: Grid = new Map();
  for (const [name, places] of byName) {
    for (const place of places) {
      const key = cellKey(cellOf(place.coordinates[1]), cellOf(place.coordinates[0]));
      const cell = grid.get(key) ?? [];
      cell.push({ name, place, weight: shareOf(places.length) });
      grid.set(key, cell);
    }
  }
  return grid;
}

/** The evidence the other names give `place`: each name's weight of namesakes within TOGETHER_KM, at most its whole. */
function evidenceNear(grid: Grid, place: GazPlace, ownName: string): number {
  const [lng, lat] = place.coordinates;
  const row = cellOf(lat);
  const column = cellOf(lng);
  const reach = Math.abs(lat) > WIDE_SEARCH_LATITUDE ? 2 : 1;
  const byName = new Map<string, number>();
  for (let dRow = -1; dRow <= 1; dRow += 1) {
    for (let dColumn = -reach; dColumn <= reach; dColumn += 1) {
      for (const point of grid.get(cellKey(row + dRow, column + dColumn)) ?? []) {
        if (point.name === ownName || point.place.id === place.id) continue;
        if (distanceKm(place.coordinates, point.place.coordinates) > TOGETHER_KM) continue;
        byName.set(point.name, Math.min(NAME_EVIDENCE, (byName.get(point.name) ?? 0) + point.weight));
      }
    }
  }
  let total = 0;
  for (const weight of byName.values()) total += weight;
  return total;
}

function cellOf(degrees: number): number {
  return Math.floor(degrees / CELL_DEGREES);
}

function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** A name with at most FULL_VOICE_NAMESAKES namesakes speaks in full for each; more namesakes share its voice. */
function shareOf(count: number): number {
  return NAME_EVIDENCE * Math.min(1, FULL_VOICE_NAMESAKES / count);
}

/** "Texas": every admin-1 area the article names (decided, or its namesakes' shares), with each name's weight. */
function areasNamed(slots: readonly Slot[]): Map<string, Map<string, number>> {
  const areas = new Map<string, Map<string, number>>();
  const add = (key: string | null, name: string, weight: number): void => {
    if (key === null) return;
    const names = areas.get(key) ?? new Map<string, number>();
    names.set(name, Math.max(names.get(name) ?? 0, weight));
    areas.set(key, names);
  };
  for (const slot of slots) {
    if (slot.candidate.demonym) continue;
    const name = nameKey(slot);
    const decided = slot.choice?.place;
    if (decided !== undefined) {
      if (decided.placeType === 'admin1') add(admin1Key(decided), name, NAME_EVIDENCE);
    } else if (speaks(slot)) {
      // an open name speaks for each admin-1 namesake ("Georgia" the state, beside the country) in its share
      for (const place of slot.options) {
        if (place.placeType === 'admin1') add(admin1Key(place), name, shareOf(slot.options.length));
      }
    }
  }
  return areas;
}

/** The weights of the names of the admin-1 area `place` lies in, other than its own. */
function areaEvidence(areas: Map<string, Map<string, number>>, place: GazPlace, ownName: string): number {
  const key = admin1Key(place);
  const names = key === null ? undefined : areas.get(key);
  if (names === undefined) return 0;
  let total = 0;
  for (const [name, weight] of names) if (name !== ownName) total += weight;
  return total;
}

/** The evidence for an area: each other name's share of local namesakes inside it ("Atlanta" for the US state Georgia). */
function insideEvidence(byName: ReadonlyMap<string, readonly GazPlace[]>, area: GazPlace, ownName: string): number {
  let total = 0;
  for (const [name, places] of byName) {
    if (name === ownName) continue;
    let share = 0;
    for (const place of places) if (contains(area, place)) share += shareOf(places.length);
    total += Math.min(NAME_EVIDENCE, share);
  }
  return total;
}
