/**
 * Who or what moves on a route. A mover is a group of people ("hundreds of families", "evacuees"), an armed force
 * ("troops", "the battalion"), a vehicle carrying them ("buses carrying 400 people", "the aid convoy") or a named
 * actor; one person ("he", "the president"), an organisation ("the company") or a thing ("the talks", "the
 * fighting", "Cyclone Idai") is none, so their "moves" draw no route. Civilians on the move are ACLED's civilians.
 * The actors are named in ACLED's terms; a generic one (civilians, police) has the country the text gives it
 * ("Ukrainian civilians") and none otherwise, as the seed's expectations have route actors.
 */
import type { Actor } from '../geojson/schema';
import { GENERIC_COMBATANTS, actorById, distinctActors, type ActorEntry, type ActorMention } from './actors';
import type { Span } from './route-clauses';
import type { MoverKind } from './route-lexicon';
import type { TermHit } from './terms';

export interface Mover {
  /** what names the mover (lower-cased mover words and actor ids), to tell two movers apart */
  keys: ReadonlySet<string>;
  /** its actors as mentions, in order: named ones, the militant group of bare "fighters", civilians */
  mentions: readonly ActorMention[];
}

/** What a sentence offers to find movers in; offsets relative to the sentence. */
export interface MoverContext {
  text: string;
  actors: readonly ActorMention[];
  movers: readonly TermHit<MoverKind>[];
  /** the armed group that bare "fighters" belong to (the article's militant group), if any */
  militant: ActorEntry | null;
}

/**
 * a count of people named by who they are: "some 400 Rohingya", "1,200 Eritreans"; not a date ("3 May") nor a
 * year ("2014 Kyiv" has no thousands comma)
 */
const COUNTED_GROUP =
  /(?<![\p{L}\p{N},])\d{1,3}(?:,\d{3})*\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b)\p{Lu}\p{Ll}+/gu;

/** actor kinds that are no mover on their own ("US officials moved the talks to Doha") */
const NOT_MOVING_KINDS: ReadonlySet<string> = new Set(['other']);
const CIVILIANS_ID = 'civilians';

/**
 * The mover named in `spans` (a subject, an object), or null when they name none.
 * @example moverIn(ctx, [{ start: 0, end: 12 }])?.actors // [{ id: 'civilians', name: 'Civilians' }]
 */
export function moverIn(ctx: MoverContext, spans: readonly Span[]): Mover | null {
  const inside = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    xs.filter((x) => spans.some((s) => s.start <= x.start && x.end <= s.end));
  const named = inside(ctx.actors).filter((a) => a.entry !== null);
  const words = [...inside(ctx.movers), ...spans.flatMap((span) => countedGroups(ctx.text, span))];
  const moving = named.some((a) => !NOT_MOVING_KINDS.has(a.kind)) || words.length > 0;
  if (!moving) return null;
  const keys = new Set([
    ...named.flatMap((a) => (a.entry === null ? [] : [a.entry.id])),
    ...words.map((w) => w.text.toLowerCase()),
  ]);
  return { keys, mentions: moverMentions(ctx, named, words) };
}

/** Two movers of one route as one. */
export function mergeMovers(a: Mover | null, b: Mover | null): Mover | null {
  if (a === null || b === null) return a ?? b;
  return { keys: new Set([...a.keys, ...b.keys]), mentions: [...a.mentions, ...b.mentions] };
}

/**
 * The mover's actors in ACLED's terms, each once, in order.
 * @example moverActors(mover).map((a) => a.id) // ['isis', 'civilians']
 */
export function moverActors(mover: Mover, context: string | null = null): Actor[] {
  return distinctActors(mover.mentions, context);
}

/** true when two movers could be the same (one unnamed, or a word or actor in common) */
export function sameMover(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || [...a].some((k) => b.has(k));
}

function moverMentions(
  ctx: MoverContext,
  named: readonly ActorMention[],
  words: readonly TermHit<MoverKind>[],
): ActorMention[] {
  const insideNamed = (w: TermHit<MoverKind>): boolean => named.some((a) => a.start <= w.start && w.end <= a.end);
  // bare "fighters" are the article's militant group's, as in the event tests ("a convoy of fighters and civilians")
  const genericFighters =
    ctx.militant !== null && words.some((w) => GENERIC_COMBATANTS.includes(w.text.toLowerCase()) && !insideNamed(w));
  const fighters: ActorMention[] =
    genericFighters && ctx.militant !== null
      ? [{ start: 0, end: 0, text: '', entry: ctx.militant, kind: ctx.militant.kind, anaphor: true }]
      : [];
  const mentions = [...fighters, ...named];
  const armed = words.some((w) => w.value === 'forces') || mentions.some((m) => m.entry?.id !== CIVILIANS_ID);
  const civilian = words.some((w) => w.value === 'civilians' || (w.value === 'crowds' && !armed));
  const civilians = civilian && !mentions.some((m) => m.entry?.id === CIVILIANS_ID) ? actorById(CIVILIANS_ID) : undefined;
  return civilians === undefined
    ? mentions
    : [...mentions, { start: 0, end: 0, text: '', entry: civilians, kind: civilians.kind, anaphor: false }];
}

function countedGroups(text: string, span: Span): TermHit<MoverKind>[] {
  const slice = text.slice(span.start, span.end);
  return [...slice.matchAll(COUNTED_GROUP)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    text: m[0],
    value: 'crowds' as const,
  }));
}
