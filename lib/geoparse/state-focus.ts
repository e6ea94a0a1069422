/**
 * State focus: a local story names places of one admin-1 area ("Walker County", "Huntsville", "Palestine, Texas"),
 * so among same-named places of one country (counties, towns) the namesake in the admin-1 area the rest of the
 * article points at wins over the most populous one. Runs before the country focus and the population prior.
 */
import type { GazPlace } from '../gazetteer/types';
import { admin1Key, SOVEREIGN_TYPES } from './geo';
import { decide, speaks, type Slot } from './slots';
import type { Pass } from './passes';

/** confidence of a state-focus decision */
const STATE_FOCUS_CONFIDENCE = 0.8;
/** a decided place (or a state named outright) gives its admin-1 area this much evidence */
const DECIDED_VOTE = 1;
/** an undecided name spreads this much evidence evenly over the admin-1 areas its namesakes lie in */
const OPEN_NAME_VOTE = 1;
/** the chosen area needs at least this much evidence… */
const MIN_EVIDENCE = 1;
/** …and this much more than the area of the prior's choice */
const MIN_LEAD = 0.5;
/** the state focus may pick a settlement at most this many times smaller than the prior's choice */
const MAX_POPULATION_RATIO = 20;
/** same-named counties are of comparable size, so the prior hardly tells them apart */
const COUNTY_MAX_POPULATION_RATIO = 1000;

/** "Anderson County" near "Palestine" and "Elkhart": the Texas namesakes, not Tennessee's or South Carolina's. */
export const stateFocusPass: Pass = {
  name: 'state-focus',
  run(slots) {
    const byName = evidenceByName(slots);
    const all = new Map<string, number>();
    for (const votes of byName.values()) addInto(all, votes);
    return slots.map((slot) => {
      const top = slot.options[0];
      if (slot.choice !== null || top === undefined || !isTradable(top)) return slot;
      const own = byName.get(nameKey(slot)) ?? new Map<string, number>();
      const evidence = (place: GazPlace): number => {
        const key = admin1Key(place);
        return key === null ? 0 : (all.get(key) ?? 0) - (own.get(key) ?? 0);
      };
      let best: GazPlace | null = null;
      for (const place of slot.options) {
        // a variant spelling's namesakes trade across countries: none of them leads on its own
        if ((place.countryCode !== top.countryCode && !slot.variant) || !isTradable(place)) continue;
        if (best === null || evidence(place) > evidence(best)) best = place;
      }
      if (best === null || (best.id === top.id && !slot.variant)) return slot;
      const score = evidence(best);
      if (score < MIN_EVIDENCE || (!slot.variant && score < evidence(top) + MIN_LEAD)) return slot;
      const ratio = best.placeType === 'admin2' ? COUNTY_MAX_POPULATION_RATIO : MAX_POPULATION_RATIO;
      if (top.population > (best.population + 1) * ratio) return slot;
      return decide(slot, best, this.name, STATE_FOCUS_CONFIDENCE);
    });
  },
};

/** Counties and settlements trade among themselves; countries, regions and admin-1 areas keep their rank. */
function isTradable(place: GazPlace): boolean {
  return !SOVEREIGN_TYPES.has(place.placeType) && place.placeType !== 'admin1' && admin1Key(place) !== null;
}

function nameKey(slot: Slot): string {
  return slot.candidate.lookup.toLowerCase();
}

/** Per distinct name: the admin-1 evidence its mentions give (a decided mention in full, an open one spread). */
function evidenceByName(slots: readonly Slot[]): Map<string, Map<string, number>> {
  const byName = new Map<string, Map<string, number>>();
  const decided = new Set<string>();
  for (const slot of slots) {
    const place = slot.choice?.place;
    if (slot.candidate.demonym || place === undefined || SOVEREIGN_TYPES.has(place.placeType)) continue;
    const key = admin1Key(place);
    if (key === null) continue;
    const name = nameKey(slot);
    decided.add(name);
    byName.set(name, new Map([[key, DECIDED_VOTE]]));
  }
  for (const slot of slots) {
    const name = nameKey(slot);
    if (slot.candidate.demonym || slot.choice !== null || !speaks(slot) || decided.has(name) || byName.has(name)) continue;
    const top = slot.options[0];
    if (top === undefined || SOVEREIGN_TYPES.has(top.placeType)) continue;
    const keys = new Set(slot.options.flatMap((place) => {
      const key = admin1Key(place);
      return key === null || place.countryCode !== top.countryCode ? [] : [key];
    }));
    byName.set(name, new Map([...keys].map((key) => [key, OPEN_NAME_VOTE / keys.size])));
  }
  return byName;
}

function addInto(total: Map<string, number>, votes: ReadonlyMap<string, number>): void {
  for (const [key, weight] of votes) total.set(key, (total.get(key) ?? 0) + weight);
}
