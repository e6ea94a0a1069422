/**
 * Co-mentioned places: a local story names places that lie together ("Huntsville" and "Walker County" are the
 * Texas pair; "Columbus", "Richland" and "Colfax County" the Nebraska ones), so among a name's namesakes the one
 * with namesakes of the article's other names close by wins over the most populous one. Each other name's
 * evidence is shared over its namesakes, so a name with three namesakes speaks louder than one with sixty, and
 * chance neighbours of common names stay faint. Runs after the state focus, before the country focus.
 */
import type { GazPlace } from '../gazetteer/types';
import { distanceKm, SOVEREIGN_TYPES } from './geo';
import { decide, type Slot } from './slots';
import type { Pass } from './passes';

/** confidence of a co-mention decision */
const COHERENCE_CONFIDENCE = 0.75;
/** two places this close lie together (a town and its county's centre, two towns of one county), in kilometres */
const TOGETHER_KM = 60;
/** a decided place's whole evidence; an open name shares this over its namesakes */
const NAME_EVIDENCE = 1;
/** the chosen namesake needs at least this much evidence… */
const MIN_EVIDENCE = 0.25;
/** …and this much more than the prior's choice */
const MIN_LEAD = 0.2;
/** co-mentions may pick a place at most this many times smaller than the prior's choice */
const MAX_POPULATION_RATIO = 100;
/** grid cell for the neighbour search, in degrees (larger than TOGETHER_KM at every latitude that has towns) */
const CELL_DEGREES = 1;
/** cells at high latitudes are narrower in km: past this latitude the search widens by one cell of longitude */
const WIDE_SEARCH_LATITUDE = 55;

/** "Huntsville" beside "Walker County": the Texas namesakes, not Alabama's city. */
export const coherencePass: Pass = {
  name: 'co-mentioned',
  run(slots) {
    const grid = buildGrid(slots);
    const evidenceOf = new Map<string, (place: GazPlace) => number>();
    return slots.map((slot) => {
      const top = slot.options[0];
      if (slot.choice !== null || top === undefined || slot.options.length < 2 || !isLocal(top)) return slot;
      const name = nameKey(slot);
      let evidence = evidenceOf.get(name);
      if (evidence === undefined) {
        const memo = new Map<string, number>();
        evidence = (place: GazPlace): number => {
          let known = memo.get(place.id);
          if (known === undefined) {
            known = evidenceNear(grid, place, name);
            memo.set(place.id, known);
          }
          return known;
        };
        evidenceOf.set(name, evidence);
      }
      let best: GazPlace | null = null;
      for (const place of slot.options) {
        if (isLocal(place) && (best === null || evidence(place) > evidence(best))) best = place;
      }
      if (best === null || best.id === top.id) return slot;
      const score = evidence(best);
      if (score < MIN_EVIDENCE || score < evidence(top) + MIN_LEAD) return slot;
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

function nameKey(slot: Slot): string {
  return slot.candidate.lookup.toLowerCase();
}

/** Every name's local namesakes (its decided place alone, once a pass decided one of its mentions), in grid cells. */
function buildGrid(slots: readonly Slot[]): Grid {
  const byName = new Map<string, readonly GazPlace[]>();
  for (const slot of slots) {
    const place = slot.choice?.place;
    if (slot.candidate.demonym) continue;
    if (place !== undefined) byName.set(nameKey(slot), isLocal(place) ? [place] : []);
  }
  for (const slot of slots) {
    const name = nameKey(slot);
    if (slot.candidate.demonym || byName.has(name)) continue;
    byName.set(name, slot.options.filter(isLocal));
  }
  const grid: Grid = new Map();
  for (const [name, places] of byName) {
    for (const place of places) {
      const key = cellKey(cellOf(place.coordinates[1]), cellOf(place.coordinates[0]));
      const cell = grid.get(key) ?? [];
      cell.push({ name, place, weight: NAME_EVIDENCE / places.length });
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
