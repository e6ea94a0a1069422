/**
 * The route lexicon (geodata/route-lexicon.json), validated once at load and compiled into token tries: movement
 * verbs with their role, the prepositions that mark origin and destination, movers, and the words that show a
 * "movement" is something else (a purpose, a state, a plan, a denial).
 */
import lexiconJson from '../../geodata/route-lexicon.json';
import { z } from 'zod';
import { compileTerms, matchesAny, type TermMatcher, type Token } from './terms';

export const VERB_ROLES = ['depart', 'move', 'arrive'] as const;
/** depart: the object is the origin ("left Kidal"); arrive: the object is the destination ("reached Mekelle") */
export type VerbRole = (typeof VERB_ROLES)[number];

export const MOVER_KINDS = ['civilians', 'people', 'forces', 'vehicles', 'crowds'] as const;
export type MoverKind = (typeof MOVER_KINDS)[number];

const words = z.array(z.string().min(1));
const commented = z.object({ $comment: z.string().optional(), words });

const routeLexiconSchema = z.object({
  $comment: z.string().optional(),
  verbs: z.object({ depart: words, move: words, arrive: words }),
  sourcePrepositions: words,
  destinationPrepositions: words,
  arrivalPrepositions: words,
  objectFillers: words,
  placeTypes: commented,
  notDestinations: commented,
  resultatives: commented,
  featureNouns: commented,
  movers: z.object({
    $comment: z.string().optional(),
    civilians: words,
    people: words,
    forces: words,
    vehicles: words,
    crowds: words,
  }),
  cancels: z.object({
    $comment: z.string().optional(),
    window: z.number().int().positive(),
    words,
    reporting: words,
  }),
  denials: words,
  hedges: commented,
  subjectPronouns: z.object({ $comment: z.string().optional(), words, speakers: words }),
  speechVerbs: words,
  clauseBreaks: words,
  breakExceptions: commented,
  insertions: z.object({ $comment: z.string().optional(), openers: words }),
});

/** The parsed route lexicon. */
export const ROUTE_LEXICON = routeLexiconSchema.parse(lexiconJson);

/** Marks in a sentence, found once per sentence by the matchers below. */
export type Mark = 'source' | 'destination' | 'arrival';

export const MATCHERS = {
  verbs: compileTerms<VerbRole>(VERB_ROLES.flatMap((role) => ROUTE_LEXICON.verbs[role].map((v) => [v, role] as const))),
  marks: compileTerms<Mark>([
    ...ROUTE_LEXICON.sourcePrepositions.map((p) => [p, 'source'] as const),
    ...ROUTE_LEXICON.destinationPrepositions.map((p) => [p, 'destination'] as const),
  ]),
  arrival: compileTerms<Mark>(ROUTE_LEXICON.arrivalPrepositions.map((p) => [p, 'arrival'] as const)),
  movers: compileTerms<MoverKind>(MOVER_KINDS.flatMap((k) => ROUTE_LEXICON.movers[k].map((w) => [w, k] as const))),
  notDestinations: compileTerms(ROUTE_LEXICON.notDestinations.words.map((w) => [w, w] as const)),
  resultatives: compileTerms(ROUTE_LEXICON.resultatives.words.map((w) => [w, w] as const)),
  featureNouns: compileTerms(ROUTE_LEXICON.featureNouns.words.map((w) => [w, w] as const)),
  denials: compileTerms(ROUTE_LEXICON.denials.map((w) => [w, w] as const)),
  hedges: compileTerms(ROUTE_LEXICON.hedges.words.map((w) => [w, w] as const)),
  speech: compileTerms(ROUTE_LEXICON.speechVerbs.map((w) => [w, w] as const)),
} satisfies Record<string, TermMatcher<unknown>>;

const OBJECT_FILLERS: ReadonlySet<string> = new Set(ROUTE_LEXICON.objectFillers.map((w) => w.toLowerCase()));
/** "Deir el-Zour province": a place-type word after a name, which a list of places may carry between its items */
export const PLACE_TYPE_AFTER = new RegExp(`^\\s+(?:${ROUTE_LEXICON.placeTypes.words.join('|')})\\b`, 'i');
const LOCATIVE_FILLER = 'in';

/**
 * True when the words before a movement verb at `at` say it did not happen ("planned to move", "would leave"); "to
 * be" after a reporting word is a report ("were reported to be heading").
 * @example movementCancelled(tokenize('They vowed to march.'), 15) // true
 */
export function movementCancelled(tokens: readonly Token[], at: number): boolean {
  const { window, words: cancels, reporting } = ROUTE_LEXICON.cancels;
  const before = tokens.filter((t) => t.end <= at).map((t) => t.lower);
  const [second, last] = before.slice(-2);
  const reportedProgressive = second === 'to' && last === 'be' && matchesAny(before.at(-3) ?? '', reporting);
  if (reportedProgressive) return false;
  return before.slice(-window).some((w) => matchesAny(w, cancels));
}

/**
 * True when `gap` (the words between a verb and a place) holds only object fillers: "the besieged city of",
 * "their homes in". A locative may not come first ("left in Mariupol" is no departure from it).
 * @example objectFillerOnly(['the', 'town', 'of']) // true
 */
export function objectFillerOnly(gap: readonly string[]): boolean {
  return gap.every((w, i) => OBJECT_FILLERS.has(w) && !(i === 0 && w === LOCATIVE_FILLER));
}
