/**
 * Event cues: the words of a sentence that say what it reports (a protest, direct fire, shelling, a killing …) and
 * the nouns that say who takes part (a crowd, civilian victims, armed targets), from the curated
 * geodata/event-lexicon.json. Which ACLED event type they make together is decided in classify.ts.
 */
import lexiconJson from '../../geodata/event-lexicon.json';
import { z } from 'zod';
import { compileTerms, matchesAny, tokenize, type Token } from './terms';

export const CUES = [
  'protest',
  'protest-weak',
  'riot',
  'intervention',
  'mob',
  'clash',
  'mutual',
  'direct-fire',
  'shelling',
  'shelling-weapon',
  'air',
  'air-weapon',
  'ied',
  'ied-weapon',
  'grenade',
  'grenade-weapon',
  'suicide',
  'kill',
  'injure',
  'abduct',
  'sexual',
  'arrest',
  'loot',
  'disrupted',
  'agreement',
  'territory',
  'withdrawal',
  'base',
  'group-change',
  'other-strategic',
] as const;
export type Cue = (typeof CUES)[number];

export const NOUN_CLASSES = ['crowd', 'civilians', 'armed-targets'] as const;
export type NounClass = (typeof NOUN_CLASSES)[number];

const lexiconSchema = z.object({
  cues: z.record(z.enum(CUES), z.array(z.string()).min(1)),
  nouns: z.record(z.enum(NOUN_CLASSES), z.array(z.string()).min(1)),
  preTriggerCancels: z.object({ window: z.number().int().positive(), words: z.array(z.string()) }),
  notCues: z.array(z.string()),
  naturalCauses: z.object({ words: z.array(z.string()) }),
  hedges: z.array(z.string()),
  weakHedges: z.object({ words: z.array(z.string()) }),
  speechVerbs: z.array(z.string()),
});

/** The parsed event lexicon (validated once at load). */
export const EVENT_LEXICON = lexiconSchema.parse(lexiconJson);

/** A cue word or phrase in a sentence (offsets relative to it) and every cue class it belongs to. */
export interface CueHit {
  start: number;
  end: number;
  text: string;
  cues: ReadonlySet<Cue>;
}

/** A participant noun ("soldiers", "a woman", "workers") in a sentence. */
export interface NounHit {
  start: number;
  end: number;
  text: string;
  classes: ReadonlySet<NounClass>;
}

const CUE_TERMS = compileTerms<ReadonlySet<Cue>>(groupBy(EVENT_LEXICON.cues));
const NOUN_TERMS = compileTerms<ReadonlySet<NounClass>>(groupBy(EVENT_LEXICON.nouns));
const NOT_CUE_TERMS = compileTerms<true>(EVENT_LEXICON.notCues.map((w) => [w, true] as const));
const NATURAL_TERMS = compileTerms<true>(EVENT_LEXICON.naturalCauses.words.map((w) => [w, true] as const));

/**
 * True when a storm, a flood, a fire or a disease is what the sentence's harm words are about ("A storm destroyed
 * hundreds of homes", "doctors are fighting a cholera outbreak"); a cause word inside a cue ("opened fire") is none.
 * @example naturalCause('A storm destroyed hundreds of homes.', findCues('A storm destroyed hundreds of homes.')) // true
 */
export function naturalCause(text: string, cues: readonly CueHit[], tokens: readonly Token[] = tokenize(text)): boolean {
  return NATURAL_TERMS.find(text, tokens).some((hit) => !cues.some((c) => c.start < hit.end && hit.start < c.end));
}

/** true when the words right before offset `at` cancel an event word there ("planned to move", "not seized") */
export function cancelledAt(tokens: readonly Token[], at: number, purpose = false): boolean {
  const { window, words } = EVENT_LEXICON.preTriggerCancels;
  // the month "May" ("On 9 May 2020, rioters …") is not the modal "may"; "went out to protest" is a protest
  const before = rawWordsBefore(tokens, at, window);
  return before.some(
    (t, i) =>
      t.raw !== MONTH_MAY && !(purpose && t.lower === PURPOSE_TO) &&
      // "sentenced to death and executed", "blocked the entrance to a cemetery with burning tires": a "to" before
      // "death" or a determiner is a preposition; "claimed to have launched" tells a past act: neither plans anything
      !(t.lower === PURPOSE_TO && TO_PLANS_NOTHING_BEFORE.has(before[i + 1]?.lower ?? '')) &&
      // "responded to pro-Houthi shelling", "subjected to shelling": "to" after these words is a preposition
      !(t.lower === PURPOSE_TO && TO_IS_PREPOSITION_AFTER.has(before[i - 1]?.lower ?? tokenBefore(tokens, t)?.lower ?? '')) &&
      matchesAny(t.lower, words),
  );
}

/**
 * A past participle after an article or "of" describes a noun ("the recovery of looted funds", "the damaged
 * crops"): the thing was damaged some time, the sentence tells no act of damage.
 */
function adjectival(tokens: readonly Token[], hit: { start: number; text: string; value: ReadonlySet<Cue> }): boolean {
  if (!PARTICIPLE_CUE.test(hit.text) || !(hit.value.has('riot') || hit.value.has('loot'))) return false;
  const before = rawWordsBefore(tokens, hit.start, 1)[0]?.lower;
  return before !== undefined && ADJECTIVE_FRAME.has(before);
}

/** a one-word cue ending like a past participle */
const PARTICIPLE_CUE = /^[a-z]+(?:ed|en|nt)$/i;
const ADJECTIVE_FRAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'for']);

/** "to" before a protest word gives its purpose ("blocked the highway to protest"), not a plan */
const PURPOSE_TO = 'to';

/** a charge or suspicion before an event word: "suspected of kidnapping", "accused of having attacked" */
export const CHARGE_BEFORE =
  /\b(?:charged with|accused of|convicted of|suspected of|arrested for|arrested over|sentenced for|guilty of|on trial for|blamed for|allegedly involved in|involved in the)\s+(?:(?:having|being|carrying out|committing|involvement in|the|a|an|his|her|their)\s+){0,3}$/i;
const CHARGE_WINDOW_CHARS = 60;

const MONTH_MAY = 'May';
/** words before which "to" is a preposition or a perfect infinitive's, not a plan's */
const TO_PLANS_NOTHING_BEFORE: ReadonlySet<string> = new Set(['death', 'a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'have']);

/** words after which "to" is a preposition: the event word after it is what was answered or suffered */
const TO_IS_PREPOSITION_AFTER: ReadonlySet<string> = new Set([
  'responded', 'responding', 'response', 'reacted', 'reacting', 'retaliated', 'retaliation', 'replied', 'subjected', 'exposed', 'due', 'owing',
  'resorted', 'resorting',
]);

function tokenBefore(tokens: readonly Token[], token: Token): Token | undefined {
  return tokens[tokens.indexOf(token) - 1];
}

function rawWordsBefore(tokens: readonly Token[], at: number, count: number): readonly Token[] {
  let end = 0;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= at) end += 1;
  return tokens.slice(Math.max(0, end - count), end);
}

/**
 * The cue words of a sentence, longest first, without those negated or only planned ("planning attacks").
 * @example findCues('Police fired tear gas at protesters.').map((c) => [...c.cues]) // [['clash'], ['intervention']]
 */
export function findCues(text: string, tokens: readonly Token[] = tokenize(text)): CueHit[] {
  const idioms = NOT_CUE_TERMS.find(text, tokens);
  return CUE_TERMS.find(text, tokens)
    .filter((hit) => !cancelledAt(tokens, hit.start, hit.value.has('protest')) && !adjectival(tokens, hit))
    .filter((hit) => !idioms.some((idiom) => idiom.start < hit.end && hit.start < idiom.end))
    // "a man suspected of kidnapping a child", "charged with arson": a charge tells of no act here
    .filter((hit) => !CHARGE_BEFORE.test(text.slice(Math.max(0, hit.start - CHARGE_WINDOW_CHARS), hit.start)))
    .map((hit) => ({ start: hit.start, end: hit.end, text: hit.text, cues: hit.value }));
}

/**
 * The participant nouns of a sentence.
 * @example findNouns('Two soldiers were killed.')[0]?.classes.has('armed-targets') // true
 */
export function findNouns(text: string, tokens: readonly Token[] = tokenize(text)): NounHit[] {
  return NOUN_TERMS.find(text, tokens).map((hit) => ({ start: hit.start, end: hit.end, text: hit.text, classes: hit.value }));
}

/** the last `count` lower-cased words ending before offset `at` */
export function wordsBefore(tokens: readonly Token[], at: number, count: number): string[] {
  let end = 0;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= at) end += 1;
  return tokens.slice(Math.max(0, end - count), end).map((t) => t.lower);
}

/** term → the set of classes listing it (a word may be several cues at once: "torched" is riot and looting) */
function groupBy<K extends string>(lists: Partial<Record<K, readonly string[]>>): [string, ReadonlySet<K>][] {
  const byTerm = new Map<string, Set<K>>();
  for (const [key, terms] of Object.entries(lists) as [K, readonly string[]][]) {
    for (const term of terms) {
      const lower = term.toLowerCase();
      const set = byTerm.get(lower) ?? new Set<K>();
      set.add(key);
      byTerm.set(lower, set);
    }
  }
  return [...byTerm];
}
