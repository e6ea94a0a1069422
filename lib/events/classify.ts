/**
 * Event types: ACLED's six types and their sub-event types from the trigger lexicon in
 * geodata/event-lexicon.json. One classification per event type per sentence, the most specific sub-event winning.
 */
import lexiconJson from '../../geodata/event-lexicon.json';
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../geojson/schema';
import { ACTOR_KINDS, type ActorKind, type ActorMention } from './actors';
import { compileTerms, matchesAny, tokenize, type Token } from './terms';

const lexiconSchema = z.object({
  triggers: z.array(
    z.object({
      eventType: z.enum(EVENT_TYPES),
      subEventType: z.string(),
      priority: z.number().int(),
      territory: z.boolean().optional(),
      needsActorKinds: z.array(z.enum(ACTOR_KINDS)).optional(),
      terms: z.array(z.string()).min(1),
    }),
  ),
  preTriggerCancels: z.object({ window: z.number().int().positive(), words: z.array(z.string()) }),
  hedges: z.array(z.string()),
  speechVerbs: z.array(z.string()),
});

/** The parsed event lexicon (validated once at load). */
export const EVENT_LEXICON = lexiconSchema.parse(lexiconJson);
type TriggerRule = (typeof EVENT_LEXICON.triggers)[number];

export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  rule: TriggerRule;
}

export interface Classification {
  eventType: EventType;
  subEventType: string;
  trigger: TriggerHit;
  /** the actor taken to be the doer of a territorial trigger, if any */
  agent: ActorMention | null;
  /** the sentence carries hedging ("would", "expected", "speculation") */
  hedged: boolean;
}

const TERRITORY_SUB_EVENTS = {
  government: 'Government regains territory',
  nonState: 'Non-state actor overtakes territory',
} as const;
const GOVERNMENT_SIDE: ReadonlySet<ActorKind> = new Set(['state', 'state-ally']);
const NON_STATE_SIDE: ReadonlySet<ActorKind> = new Set(['militant', 'non-state']);
/** words that mark the actor after them as the loser, not the doer ("seized … from ISIS") */
const NOT_AGENT_BEFORE = /\b(?:from|against|on|by)\s+$/i;
/** crowds: a "clash" between them and police is a riot, not a battle, unless an armed group takes part */
const CROWD_KINDS: readonly ActorKind[] = ['protesters', 'rioters'];
const ARMED_GROUP_KINDS: readonly ActorKind[] = ['militant', 'non-state', 'state-ally', 'coalition'];
const RIOT_SUB_EVENT = 'Violent demonstration';
/** how far from a territorial trigger the taken place may be, in characters ("retook the town of Mayadeen") */
const MAX_OBJECT_DISTANCE_CHARS = 80;
const PASSIVE_AUXILIARIES = ['is', 'was', 'were', 'are', 'been', 'being', 'be'];
/** "liberated", "retaken", "overrun" — a passive needs a participle ("is seizing" is not one) */
const PAST_PARTICIPLE = /(?:ed|en|un)$/i;
/** minimum words of prose outside quotes and headings for a sentence to carry an event */
const MIN_WORDS = 4;

const TRIGGERS = compileTerms<TriggerRule[]>(groupTerms(EVENT_LEXICON.triggers));
const HEDGES: ReadonlySet<string> = new Set(hedgeWords(EVENT_LEXICON.hedges));

/** true when the words right before offset `at` cancel an event word there ("planned to move", "not seized") */
export function cancelledAt(tokens: readonly Token[], at: number): boolean {
  const { window, words } = EVENT_LEXICON.preTriggerCancels;
  return wordsBefore(tokens, at, window).some((w) => matchesAny(w, words));
}

/**
 * Finds event triggers in a sentence, dropping those negated or planned ("planning attacks", "not seized").
 * @example findTriggers('Rebels seized the town.').map((t) => t.rule.subEventType) // ['Armed clash']
 */
export function findTriggers(text: string, tokens: readonly Token[] = tokenize(text)): TriggerHit[] {
  return TRIGGERS.find(text, tokens)
    .filter((hit) => !cancelledAt(tokens, hit.start))
    .flatMap((hit) => hit.value.map((rule) => ({ start: hit.start, end: hit.end, text: hit.text, rule })));
}

/**
 * Classifies a sentence: one result per event type, with the highest-priority sub-event of that type.
 * `actors` are the sentence's resolved actor mentions and `places` its place spans (offsets relative to `text`);
 * a territorial sub-event needs the taken place as the trigger's object ("retook Mayadeen", "Raqqa is liberated").
 * @example classifySentence('Police fired tear gas at protesters.', actors)[0]?.subEventType // 'Protest with intervention'
 */
export function classifySentence(
  text: string,
  actors: readonly ActorMention[],
  places: readonly { start: number; end: number }[] = [],
  tokens: readonly Token[] = tokenize(text),
): Classification[] {
  const triggers = findTriggers(text, tokens);
  if (triggers.length === 0) return [];
  const kinds = new Set(actors.filter((a) => a.entry !== null).map((a) => a.kind));
  const hedged = tokens.some((t) => HEDGES.has(t.lower));
  const best = new Map<EventType, Classification>();
  for (const trigger of triggers) {
    const { rule } = trigger;
    if (rule.needsActorKinds !== undefined && !rule.needsActorKinds.some((k) => kinds.has(k))) continue;
    if (insideActor(trigger, actors)) continue;
    const territorial = rule.territory === true && takesPlace(tokens, trigger, places);
    const agent = territorial ? agentBefore(text, trigger.start, actors) : null;
    const subEventType = territorial ? territorySubEvent(agent, rule.subEventType) : rule.subEventType;
    const current = best.get(rule.eventType);
    const priority = rule.priority + (subEventType === rule.subEventType ? 0 : 1);
    if (current === undefined || priority > currentPriority(current)) {
      best.set(rule.eventType, { eventType: rule.eventType, subEventType, trigger, agent, hedged });
    }
  }
  return crowdClashesAreRiots(best, kinds).toSorted((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * True when a sentence can report an event: enough prose outside quotation marks, and a quotation only with a
 * speaker ("…", he said). UI junk ("Ajustar Comentario Impresión") and bare quotes are not reportable.
 */
export function isReportable(text: string): boolean {
  const outside = text.replace(/["\u201c][^"\u201c\u201d]*["\u201d]?/g, ' ');
  const prose = words(outside);
  const quoted = outside.length < text.length - 1;
  if (quoted && !prose.some((w) => matchesAny(w, EVENT_LEXICON.speechVerbs))) return false;
  if (prose.length < MIN_WORDS) return false;
  return prose.some((w) => /^\p{Ll}/u.test(w));
}

/** Splits text into words (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}

function crowdClashesAreRiots(best: ReadonlyMap<EventType, Classification>, kinds: ReadonlySet<ActorKind>): Classification[] {
  const battle = best.get('Battles');
  const crowd = CROWD_KINDS.some((k) => kinds.has(k)) && !ARMED_GROUP_KINDS.some((k) => kinds.has(k));
  if (battle === undefined || !crowd) return [...best.values()];
  const others = [...best.values()].filter((c) => c.eventType !== 'Battles');
  if (best.has('Riots')) return others;
  return [...others, { ...battle, eventType: 'Riots', subEventType: RIOT_SUB_EVENT, agent: null }];
}

function currentPriority(c: Classification): number {
  return c.trigger.rule.priority + (c.subEventType === c.trigger.rule.subEventType ? 0 : 1);
}

/** the place right after the trigger, or right before a passive one, is the ground taken */
function takesPlace(
  tokens: readonly Token[],
  trigger: TriggerHit,
  places: readonly { start: number; end: number }[],
): boolean {
  const participle = PAST_PARTICIPLE.test(trigger.text);
  const passive = participle && wordsBefore(tokens, trigger.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w));
  return places.some(
    (p) =>
      (p.start >= trigger.end && p.start - trigger.end <= MAX_OBJECT_DISTANCE_CHARS) ||
      (passive && p.end <= trigger.start && trigger.start - p.end <= MAX_OBJECT_DISTANCE_CHARS),
  );
}

function territorySubEvent(agent: ActorMention | null, fallback: string): string {
  if (agent === null) return fallback;
  if (GOVERNMENT_SIDE.has(agent.kind)) return TERRITORY_SUB_EVENTS.government;
  if (NON_STATE_SIDE.has(agent.kind)) return TERRITORY_SUB_EVENTS.nonState;
  return fallback;
}

/** the nearest resolved actor before the trigger that is not the object of "from/against/by" */
function agentBefore(text: string, at: number, actors: readonly ActorMention[]): ActorMention | null {
  const before = actors.filter(
    (a) => a.end <= at && a.entry !== null && !NOT_AGENT_BEFORE.test(text.slice(0, a.start)) && a.kind !== 'civilians',
  );
  return before.at(-1) ?? null;
}

function insideActor(trigger: TriggerHit, actors: readonly ActorMention[]): boolean {
  // "Russian airstrikes" is an actor alias and a trigger at once: keep the trigger, it names the event.
  return actors.some((a) => a.start < trigger.start && trigger.end < a.end);
}

/** the last `count` lower-cased words ending before offset `at` */
function wordsBefore(tokens: readonly Token[], at: number, count: number): string[] {
  let end = 0;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= at) end += 1;
  return tokens.slice(Math.max(0, end - count), end).map((t) => t.lower);
}

/** hedge words are whole words, bar a few stems ("rumour*") expanded to their usual forms */
function hedgeWords(list: readonly string[]): string[] {
  return list.flatMap((w) => (w.endsWith('*') ? ['', 's', 'ed', 'ing'].map((e) => w.slice(0, -1) + e) : [w]));
}

function groupTerms(rules: readonly TriggerRule[]): [string, TriggerRule[]][] {
  const byTerm = new Map<string, TriggerRule[]>();
  for (const rule of rules) {
    for (const term of rule.terms) byTerm.set(term.toLowerCase(), [...(byTerm.get(term.toLowerCase()) ?? []), rule]);
  }
  return [...byTerm];
}
