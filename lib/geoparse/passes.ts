/**
 * Disambiguation passes, CLIFF style, applied in a fixed order by resolve.ts. Each takes all slots and returns new
 * slots; a pass only decides slots still open, and records its own name in `resolvedBy`.
 */
import type { GazPlace } from '../gazetteer/types';
import { admin1Key, contains, distanceKm, SETTLEMENT_TYPES, SOVEREIGN_TYPES } from './geo';
import { decide, speaks, type Slot } from './slots';
import { NO_CONTEXT, type ResolveContext } from './types';

export interface Pass {
  name: string;
  run(slots: readonly Slot[], text: string, context?: ResolveContext): Slot[];
}

/** confidence of each pass's decisions, 0–1 */
const CONFIDENCE = {
  containment: 0.95,
  container: 0.9,
  demonym: 0.95,
  typeHint: 0.9,
  unique: 0.85,
  countryFocus: 0.75,
  nearby: 0.7,
  populationFloor: 0.45,
  populationSpan: 0.45,
} as const;
/**
 * text between two names that makes the second contain the first: "Raqqa, Syria", "Aleppo in Syria", "Paris (Texas",
 * also after the first's type word: "Hays city (Al Hudaydah", "Kafr Nubl sub-district, Idlib", "Menakuru village in",
 * and before a part of the second: "Hays district in western Yemen", "Kotdiji in northern Sindh"
 */
export const CONTAINED_BY_NEXT =
  /^\s*(?:(?:city|town|village|district|sub-district|subdistrict|camp|area|countryside|outskirts|province|governorate|LGA)\s*)?(?:,|\(|(?:in|near|outside)(?:\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?(?:\s+part\s+of)?)?)\s*$/;
/** text between two names that makes the first contain the second: "Syria's Deir el-Zour", "Iraq’s Anbar" */
const CONTAINS_NEXT = /^['\u2019]s?\s+$/;
/** weight of one mention of an armed group in the country focus of the countries it fights in */
const HINT_VOTE = 1;
/** a settlement this populous outside the armed groups' countries may still be meant ("Doha" in a Taliban story) */
const HINT_MAX_POPULATION = 100_000;
/** weight of a decided mention in the article's country focus */
const FOCUS_VOTE = 1;
/** weight of an undecided mention's best guess in the country focus */
const WEAK_FOCUS_VOTE = 0.25;
/** an undecided mention whose best namesake leads the next by this many prior points votes in full ("Lebanon") */
const CONFIDENT_PRIOR_GAP = 3;
/** an admin-1 focus counts this many times a country focus */
const ADMIN1_FOCUS_WEIGHT = 2;
/** a place's country (plus twice its admin-1) must hold at least this share of the article's focus votes */
const MIN_FOCUS_SHARE = 0.3;
/** a country holding this share of the votes is the article's dominant country */
const DOMINANT_FOCUS_SHARE = 0.6;
/** the focus may pick a place at most this many times smaller than the most likely namesake */
const FOCUS_MAX_POPULATION_RATIO = 50;
/** … or this many times smaller inside the article's dominant country */
const DOMINANT_FOCUS_MAX_POPULATION_RATIO = 500;
/** … or this many times smaller when the article's focus names the admin-1 area too */
const ADMIN1_FOCUS_MAX_POPULATION_RATIO = 5000;
/** a decided place this close makes a namesake the nearby choice, in kilometres */
const NEARBY_MAX_KM = 200;
/** …and a variant spelling's namesake, which must also share the decided place's country, in kilometres */
const VARIANT_NEARBY_MAX_KM = 60;
/** the nearby pass may pick a place at most this many times smaller than the most likely namesake */
const NEARBY_MAX_POPULATION_RATIO = 10;
/** population prior: a gap of this many prior points (≈ orders of magnitude) gives full confidence */
const PRIOR_GAP_FOR_FULL_CONFIDENCE = 2;

/** "Raqqa, Syria", "Aleppo in Syria", "Syria's Deir el-Zour": the container picks the namesake inside it. */
export const containmentPass: Pass = {
  name: 'containing-place',
  run(slots, text) {
    const out = [...slots];
    for (let index = 0; index + 1 < out.length; index += 1) {
      const first = out[index];
      const second = out[index + 1];
      if (first === undefined || second === undefined) continue;
      const gap = text.slice(first.candidate.end, second.candidate.start);
      if (CONTAINED_BY_NEXT.test(gap) && !isSovereign(first)) {
        const pair = containedPair(first, second);
        if (pair) {
          out[index] = decide(first, pair.inner, this.name, CONFIDENCE.containment);
          out[index + 1] = decide(second, pair.outer, this.name, CONFIDENCE.container);
        }
      } else if (CONTAINS_NEXT.test(gap) && !isSovereign(second)) {
        const pair = containedPair(second, first);
        if (pair) {
          out[index] = decide(first, pair.outer, this.name, CONFIDENCE.container);
          out[index + 1] = decide(second, pair.inner, this.name, CONFIDENCE.containment);
        }
      }
    }
    return out;
  },
};

/** "Syrian" → Syria: a demonym names its country. */
export const demonymPass: Pass = {
  name: 'demonym',
  run(slots) {
    return slots.map((slot) => {
      const country = slot.options.find((place) => SOVEREIGN_TYPES.has(place.placeType));
      return slot.candidate.demonym && country ? decide(slot, country, this.name, CONFIDENCE.demonym) : slot;
    });
  },
};

/** "Deir el-Zour province": the hint left one namesake of the right type (a variant spelling needs more). */
export const typeHintPass: Pass = {
  name: 'type-hint',
  run(slots) {
    return slots.map((slot) => {
      const only = slot.options[0];
      return slot.narrowedByHint && slot.options.length === 1 && only && !slot.variant
        ? decide(slot, only, this.name, CONFIDENCE.typeHint)
        : slot;
    });
  },
};

/** A name with one gazetteer entry (not a variant spelling's one guess: that needs context). */
export const uniqueNamePass: Pass = {
  name: 'unique-name',
  run(slots, _text, context = NO_CONTEXT) {
    return slots.map((slot) => {
      const only = slot.options[0];
      if (only !== undefined && contradictedByHints(only, context)) return slot;
      return slot.options.length === 1 && only && !slot.variant ? decide(slot, only, this.name, CONFIDENCE.unique) : slot;
    });
  },
};

/** One sense per article: a name repeated with the same hint means the place an earlier pass chose for it. */
export const sameNamePass: Pass = {
  name: 'same-name',
  run(slots) {
    const decided = new Map<string, { place: GazPlace; confidence: number }>();
    for (const slot of slots) {
      if (slot.choice && !slot.candidate.demonym) decided.set(sameNameKey(slot), slot.choice);
    }
    return slots.map((slot) => {
      const earlier = decided.get(sameNameKey(slot));
      if (!earlier || !slot.options.some((place) => place.id === earlier.place.id)) return slot;
      return decide(slot, earlier.place, this.name, earlier.confidence);
    });
  },
};

/**
 * The countries and admin-1 areas the article is about pull ambiguous names toward them. Focus is a share of the
 * article's votes, so a few mentions of the US in a Syria story do not pull "Paris" to Texas.
 */
export const countryFocusPass: Pass = {
  name: 'country-focus',
  run(slots, _text, context = NO_CONTEXT) {
    const votes = focusVotesOf(slots);
    // the countries of the armed groups the article names count beside its places
    const hints: Votes = {
      countries: new Map([...context.countryHints].map(([iso, w]) => [iso, w * HINT_VOTE])),
      admin1s: new Map([...(context.admin1Hints ?? [])].map(([key, w]) => [key, w * HINT_VOTE])),
    };
    const all = sumVotes([...votes, hints]);
    // A name is no evidence for itself: the votes of every mention of the same name are left out.
    const byName = new Map<string, Votes[]>();
    slots.forEach((slot, index) => {
      const key = slot.candidate.lookup.toLowerCase();
      const own = byName.get(key) ?? [];
      own.push(votes[index] ?? emptyVotes());
      byName.set(key, own);
    });
    const focusOf = new Map<string, Votes>();
    return slots.map((slot) => {
      const top = slot.options[0];
      if (slot.choice !== null || top === undefined) return slot;
      const key = slot.candidate.lookup.toLowerCase();
      const focus = focusOf.get(key) ?? subtractVotes(all, sumVotes(byName.get(key) ?? []));
      focusOf.set(key, focus);
      const total = [...focus.countries.values()].reduce((sum, weight) => sum + weight, 0);
      if (total < FOCUS_VOTE) return slot;
      const share = (place: GazPlace): number =>
        ((focus.countries.get(place.countryCode ?? '') ?? 0) +
          ADMIN1_FOCUS_WEIGHT * (focus.admin1s.get(admin1Key(place) ?? '') ?? 0)) / total;
      let best: GazPlace | null = null;
      // a variant spelling's guess has no standing of its own: only an admin-1 area the article is about chooses
      // it (a namesake elsewhere in the country is as likely a different village the gazetteer lacks)
      const inFocus = (place: GazPlace): boolean => !slot.variant || focus.admin1s.has(admin1Key(place) ?? '');
      for (const place of slot.options) {
        const beatsTop = share(place) > share(top) || (slot.variant && place === top);
        if (share(place) >= MIN_FOCUS_SHARE && beatsTop && inFocus(place) && (best === null || share(place) > share(best))) {
          best = place;
        }
      }
      // "Mexico" the country, not its state of México; "Oregon" the state, not a village named after it
      if (best === null || contains(top, best) || keepsArea(top, best)) return slot;
      const inAdmin1Focus = focus.admin1s.has(admin1Key(best) ?? '');
      const countryShare = (focus.countries.get(best.countryCode ?? '') ?? 0) / total;
      const ratio = inAdmin1Focus ? ADMIN1_FOCUS_MAX_POPULATION_RATIO
        : countryShare >= DOMINANT_FOCUS_SHARE ? DOMINANT_FOCUS_MAX_POPULATION_RATIO : FOCUS_MAX_POPULATION_RATIO;
      // the populations of a variant spelling's namesakes say nothing about which one the text means
      if (!slot.variant && top.population > (best.population + 1) * ratio) return slot;
      return decide(slot, best, this.name, CONFIDENCE.countryFocus);
    });
  },
};

/** Namesakes close to the places already decided (a town near the city the article is about). */
export const nearbyPass: Pass = {
  name: 'nearby',
  run(slots) {
    const anchors = slots.flatMap((slot, index) =>
      slot.choice && !SOVEREIGN_TYPES.has(slot.choice.place.placeType) ? [{ index, place: slot.choice.place }] : [],
    );
    return slots.map((slot, index) => {
      const top = slot.options[0];
      if (slot.choice !== null || top === undefined || anchors.length === 0) return slot;
      let best: { place: GazPlace; km: number } | null = null;
      const reach = slot.variant ? VARIANT_NEARBY_MAX_KM : NEARBY_MAX_KM;
      for (const place of slot.options) {
        for (const anchor of anchors) {
          if (anchor.index === index || anchor.place.id === place.id) continue;
          if (slot.variant && anchor.place.countryCode !== place.countryCode) continue;
          const km = distanceKm(place.coordinates, anchor.place.coordinates);
          if (km <= reach && (best === null || km < best.km)) best = { place, km };
        }
      }
      // An area around the likeliest namesake is near only because it is large: "Mosul" by Tal Afar stays the city,
      // not the Nineveh governorate that also answers to the name.
      if (best === null || contains(top, best.place) || contains(best.place, top) || keepsArea(top, best.place)) return slot;
      if (!slot.variant && top.population > (best.place.population + 1) * NEARBY_MAX_POPULATION_RATIO) return slot;
      return decide(slot, best.place, this.name, CONFIDENCE.nearby);
    });
  },
};

/**
 * The last word: the namesake with the best prior (countries, then large places, cities over their province). A
 * variant spelling no pass found context for stays open, and so is left out.
 */
export const populationPass: Pass = {
  name: 'population',
  run(slots, _text, context = NO_CONTEXT) {
    return slots.map((slot) => {
      const top = slot.options[0];
      if (top === undefined || slot.variant || contradictedByHints(top, context) || outsideHintedAreas(slot, top, context)) return slot;
      const share = Math.min(1, priorGap(slot) / PRIOR_GAP_FOR_FULL_CONFIDENCE);
      return decide(slot, top, this.name, CONFIDENCE.populationFloor + CONFIDENCE.populationSpan * share);
    });
  },
};

/**
 * True when the article's armed groups fight in named provinces of the place's country (the OSCE along the Donbas
 * contact line) and the place is a small settlement outside them whose name several settlements of the country
 * share ("Viktorivka"): the one the report means is more likely a village the gazetteer lacks than the biggest
 * namesake 500 km from the front.
 */
function outsideHintedAreas(slot: Slot, place: GazPlace, context: ResolveContext): boolean {
  const areas = context.admin1Hints;
  if (areas === undefined || areas.size === 0 || !SETTLEMENT_TYPES.has(place.placeType) || place.population >= HINT_MAX_POPULATION) return false;
  const key = admin1Key(place);
  if (key === null || areas.has(key) || ![...areas.keys()].some((area) => area.startsWith(`${place.countryCode ?? ''}.`))) return false;
  return slot.options.filter((other) => other.countryCode === place.countryCode && SETTLEMENT_TYPES.has(other.placeType)).length >= 2;
}

/**
 * True when the article's armed groups all fight elsewhere and the place is a small settlement of another country:
 * a village the name alone found ("Itori" in Nigeria for "Ituri" in a report on the FARDC) is no better than none.
 */
function contradictedByHints(place: GazPlace, context: ResolveContext): boolean {
  const hints = context.countryHints;
  let total = 0;
  for (const weight of hints.values()) total += weight;
  if (total < HINT_VOTE || (hints.get(place.countryCode ?? '') ?? 0) > 0) return false;
  return SETTLEMENT_TYPES.has(place.placeType) && place.population < HINT_MAX_POPULATION;
}

/** How far the best namesake's prior leads the second's (infinite for a single namesake). */
function priorGap(slot: Slot): number {
  const [top, second] = slot.priors;
  if (top === undefined) return 0;
  if (second === undefined) return Number.POSITIVE_INFINITY;
  return Math.max(0, top - second);
}

/** A country or admin-1 area that leads on the prior is not traded for a settlement of the same country. */
function keepsArea(top: GazPlace, other: GazPlace): boolean {
  return (top.placeType === 'admin1' || top.placeType === 'country') && SETTLEMENT_TYPES.has(other.placeType) &&
    top.countryCode === other.countryCode;
}

function isSovereign(slot: Slot): boolean {
  const top = slot.choice?.place ?? slot.options[0];
  return top !== undefined && SOVEREIGN_TYPES.has(top.placeType);
}

/** The best-ranked namesake of `inner` that lies in some namesake of `outer`. */
function containedPair(inner: Slot, outer: Slot): { inner: GazPlace; outer: GazPlace } | null {
  const innerOptions = inner.choice ? [inner.choice.place] : inner.options;
  const outerOptions = outer.choice ? [outer.choice.place] : outer.options;
  for (const place of innerOptions) {
    const container = outerOptions.find((area) => contains(area, place));
    if (container) return { inner: place, outer: container };
  }
  return null;
}

function sameNameKey(slot: Slot): string {
  return `${slot.candidate.lookup.toLowerCase()}|${slot.candidate.typeHint ?? ''}`;
}

interface Votes {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
}

/**
 * Each mention's votes. Ambiguous settlements vote for their country only (a guessed "Jackson" would pull toward
 * Mississippi); an admin-1 area named outright ("Georgia" in a US story) votes for itself in full, once the other
 * mentions show the article is about its country.
 */
function focusVotesOf(slots: readonly Slot[]): Votes[] {
  const first = slots.map((slot) => focusVotes(slot, slot.choice?.place ?? slot.options[0]));
  const countries = sumVotes(first).countries;
  return slots.map((slot, index) => {
    const top = slot.options[0];
    if (slot.choice !== null || top === undefined || !speaks(slot)) return first[index] ?? emptyVotes();
    const own = countries.get(top.countryCode ?? '') ?? 0;
    const area = slot.options.find((place) =>
      place.placeType === 'admin1' && (countries.get(place.countryCode ?? '') ?? 0) > own + FOCUS_VOTE);
    return area === undefined ? first[index] ?? emptyVotes() : single(area, FOCUS_VOTE);
  });
}

function focusVotes(slot: Slot, place: GazPlace | undefined): Votes {
  if (place === undefined || !speaks(slot)) return emptyVotes();
  const sure = slot.choice !== null || priorGap(slot) >= CONFIDENT_PRIOR_GAP;
  const weight = sure ? FOCUS_VOTE : WEAK_FOCUS_VOTE;
  return sure || place.placeType === 'admin1' ? single(place, weight) : single({ ...place, admin1: null }, weight);
}

function single(place: GazPlace, weight: number): Votes {
  const votes = emptyVotes();
  if (place.countryCode !== null) votes.countries.set(place.countryCode, weight);
  const key = admin1Key(place);
  if (key !== null && place.placeType !== 'country') votes.admin1s.set(key, weight);
  return votes;
}

function emptyVotes(): Votes {
  return { countries: new Map(), admin1s: new Map() };
}

function subtractVotes(total: Votes, part: Votes): Votes {
  const minus = (whole: ReadonlyMap<string, number>, some: ReadonlyMap<string, number>): Map<string, number> =>
    new Map([...whole].map(([key, weight]) => [key, weight - (some.get(key) ?? 0)]));
  return { countries: minus(total.countries, part.countries), admin1s: minus(total.admin1s, part.admin1s) };
}

function sumVotes(all: readonly Votes[]): Votes {
  const total: Votes = { countries: new Map(), admin1s: new Map() };
  for (const votes of all) {
    for (const [code, weight] of votes.countries) total.countries.set(code, (total.countries.get(code) ?? 0) + weight);
    for (const [key, weight] of votes.admin1s) total.admin1s.set(key, (total.admin1s.get(key) ?? 0) + weight);
  }
  return total;
}
