/**
 * Resolution: each candidate's gazetteer namesakes are weighed by named passes in a fixed order; the first pass
 * that decides a mention is recorded as its `resolvedBy`. Pure and deterministic.
 */
import type { GazPlace, Gazetteer, SearchOptions } from '../gazetteer/types';
import { NO_CONTEXT, type Candidate, type ResolveContext, type ResolvedMention } from './types';
import {
  containmentPass,
  countryFocusPass,
  demonymPass,
  nearbyPass,
  populationPass,
  sameNamePass,
  typeHintPass,
  uniqueNamePass,
  type Pass,
} from './passes';
import { makeSlot, type Slot } from './slots';
import { stateFocusPass } from './state-focus';
import { coherencePass } from './coherence';
import { featureCue } from './feature-cues';
import { containerCheckPass } from './container-check';

/** a name right after another and a comma or parenthesis: "Zamanly, Gadabay", "Massakory (Dagana" */
const AFTER_NAME = /[\p{L}.]\s*[,(]\s*$/u;
const AFTER_NAME_LOOKBEHIND = 4;

/** The passes, most specific evidence first. */
export const PASSES: readonly Pass[] = [
  containmentPass,
  demonymPass,
  typeHintPass,
  uniqueNamePass,
  sameNamePass,
  stateFocusPass,
  coherencePass,
  countryFocusPass,
  sameNamePass,
  nearbyPass,
  populationPass,
  containerCheckPass,
];

/**
 * Chooses a place for every candidate the gazetteer knows; candidates it does not know are dropped.
 * @example resolveCandidates(recognize(article, gazetteer), gazetteer, article.text)[0]?.resolvedBy // 'containing-place'
 */
export function resolveCandidates(
  candidates: readonly Candidate[],
  gazetteer: Gazetteer,
  text: string,
  context: ResolveContext = NO_CONTEXT,
): ResolvedMention[] {
  const ordered = candidates.toSorted((a, b) => a.start - b.start);
  // A name repeated in the article is searched once.
  const searches = new Map<string, GazPlace[]>();
  const memoised: Gazetteer = {
    search(name, options) {
      const key = searchKey(name, options);
      let found = searches.get(key);
      if (found === undefined) {
        found = gazetteer.search(name, options);
        searches.set(key, found);
      }
      return found;
    },
    byId: (id) => gazetteer.byId(id),
    has: (name) => gazetteer.has(name),
    searchVariants: (name, options) => gazetteer.searchVariants?.(name, options) ?? [],
  };
  let slots: Slot[] = ordered.flatMap((candidate) => {
    const asContainer = AFTER_NAME.test(text.slice(Math.max(0, candidate.start - AFTER_NAME_LOOKBEHIND), candidate.start));
    const slot = makeSlot(candidate, memoised, () => featureCue(text, candidate.start, candidate.end), asContainer);
    return slot ? [slot] : [];
  });
  for (const pass of PASSES) slots = pass.run(slots, text, context);
  return slots.flatMap((slot) =>
    slot.choice
      ? [{ ...slot.candidate, place: slot.choice.place, resolvedBy: slot.choice.resolvedBy, confidence: slot.choice.confidence }]
      : [],
  );
}

/** one memo key per distinct search: the name and every option (an absent option differs from an empty one) */
function searchKey(name: string, options: SearchOptions | undefined): string {
  if (options === undefined) return name;
  const types = options.types === undefined ? '*' : options.types.join(',');
  return `${name}\u0000${types}\u0000${options.countryCode ?? '*'}\u0000${options.limit ?? '*'}`;
}
