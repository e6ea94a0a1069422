/**
 * The last check: a town the text places inside a province or country ("Dunda (Uttarakhand)", "La Victoria,
 * Lambayeque, a group …") is never a namesake in another country. When the gazetteer knows no namesake there, the
 * name stays unresolved (an event falls back to the area) rather than become a town of the same name on another
 * continent. Only the country is compared: the provinces of Natural Earth and the admin-1 codes of GeoNames disagree
 * in some countries (English counties, Philippine provinces), so a province that seems not to hold a town may.
 */
import { SETTLEMENT_TYPES } from './geo';
import type { Pass } from './passes';
import type { Slot } from './slots';

/** "Dunda (Uttarakhand", "Pachuca, Hidalgo", "Kafr Nubl town, Idlib": only a comma or parenthesis places a town */
const PLACED_IN = gapThen('(?:,|\\()');
/** between the names of one chain: "Massakory (Dagana, Hadjer-Lamis)", "New York City, Long Island, New York" */
const CHAIN_GAP = /^\s*(?:(?:district|province|governorate|county|region|state|LGA)\s*)?,\s*$/;
/** a compass name ("North-West", "Central") is some province in many countries: it places nothing */
const COMPASS_NAME = /^(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west|central|middle)(?:ern)?(?:\s+(?:region|province))?$/i;

/**
 * Undoes a settlement decided outside the country of the province or country that ends the names after it, and a
 * small foreign settlement read as the container of a town.
 */
export const containerCheckPass: Pass = {
  name: 'container-check',
  run(slots, text) {
    return undoForeignContainers(undoForeignTowns(slots, text), text);
  },
};

/** "La Victoria, Lambayeque": the town is in the country of the area that ends its chain */
function undoForeignTowns(slots: readonly Slot[], text: string): Slot[] {
    return slots.map((slot, index) => {
      const next = slots[index + 1];
      const place = slot.choice?.place;
      if (next === undefined || place === undefined || !SETTLEMENT_TYPES.has(place.placeType)) return slot;
      if (!PLACED_IN.test(text.slice(slot.candidate.end, next.candidate.start))) return slot;
      const last = chainEnd(slots, index + 1, text);
      // "in Nablus, Israeli forces …": an adjective of nationality after a comma starts a new clause
      const container = last.candidate.demonym ? undefined : last.choice?.place;
      if (container === undefined || (container.placeType !== 'admin1' && container.placeType !== 'country')) return slot;
      if (COMPASS_NAME.test(last.candidate.lookup) || listGoesOn(slots, last, text)) return slot;
      return place.countryCode === container.countryCode ? slot : { ...slot, choice: null };
    });
}

/**
 * "Punta Arenas (Magallanes)", "Ben Arous (La Nouvelle)": a name in parentheses after a town holds the town, so a
 * settlement smaller than the town in another country (a Philippine village named Magallanes) is not what it names.
 */
function undoForeignContainers(slots: readonly Slot[], text: string): Slot[] {
  return slots.map((slot, index) => {
    const before = slots[index - 1];
    const held = before?.choice?.place;
    const place = slot.choice?.place;
    if (before === undefined || held === undefined || place === undefined) return slot;
    if (!SETTLEMENT_TYPES.has(place.placeType) || !SETTLEMENT_TYPES.has(held.placeType)) return slot;
    if (!PARENTHESIS_GAP.test(text.slice(before.candidate.end, slot.candidate.start))) return slot;
    if (place.countryCode === held.countryCode || place.population >= held.population) return slot;
    return { ...slot, choice: null };
  });
}

/** "Punta Arenas (Magallanes": only a parenthesis, never a comma, which also joins the names of a list */
const PARENTHESIS_GAP = gapThen('\\(');

/** the text between a town and what holds it: an optional type word of the town ("Kafr Nubl town,"), then `mark` */
function gapThen(mark: string): RegExp {
  return new RegExp(String.raw`^\s*(?:(?:city|town|village|district|municipality|LGA)\s*)?${mark}\s*$`);
}

/** The last name of the comma-joined names that start at `start`: the widest area the text places a town in. */
function chainEnd(slots: readonly Slot[], start: number, text: string): Slot {
  let index = start;
  for (;;) {
    const current = slots[index] as Slot;
    const following = slots[index + 1];
    if (following === undefined || !CHAIN_GAP.test(text.slice(current.candidate.end, following.candidate.start))) return current;
    index += 1;
  }
}

/** "in Lyon, Bavaria and Turin": another name joined after the chain's end makes the names a list, not a chain */
function listGoesOn(slots: readonly Slot[], last: Slot, text: string): boolean {
  const following = slots[slots.indexOf(last) + 1];
  return following !== undefined && LIST_JOIN.test(text.slice(last.candidate.end, following.candidate.start));
}

const LIST_JOIN = /^\s*(?:,\s*)?(?:and|or)\s+(?:in\s+)?$/;
