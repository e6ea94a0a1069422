/**
 * Actors: who appears in a sentence, normalised to the canonical ids of geodata/actors.json. Detection is per
 * sentence and pure; anaphora ("the jihadi group", "the alliance") is resolved in a second pass over the article
 * that carries the most recent actor of each kind forward.
 */
import actorsJson from '../../geodata/actors.json';
import { z } from 'zod';
import type { Actor } from '../geojson/schema';
import { compileTerms, matchesAny, tokenize, type Token } from './terms';

export const ACTOR_KINDS = [
  'militant',
  'non-state',
  'state',
  'state-ally',
  'coalition',
  'civilians',
  'protesters',
  'rioters',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const actorsFileSchema = z.object({
  actors: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string(),
      kind: z.enum(ACTOR_KINDS),
      aliases: z.array(z.string()),
      exactCase: z.array(z.string()).optional(),
    }),
  ),
  anaphors: z.array(z.object({ phrase: z.string(), kind: z.enum(ACTOR_KINDS) })),
  genericCombatants: z.array(z.string()),
  allCapsGuard: z.object({ after: z.array(z.string()), before: z.array(z.string()) }),
});

const ACTORS_FILE = actorsFileSchema.parse(actorsJson);

export interface ActorEntry {
  actor: Actor;
  kind: ActorKind;
}

/** An actor (or an anaphor still to resolve) found in a sentence; offsets relative to the sentence text. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** null for an anaphor that nothing earlier in the article resolved */
  entry: ActorEntry | null;
  kind: ActorKind;
  /** true for "the jihadi group"-style references */
  anaphor: boolean;
}

type Payload = { type: 'actor'; entry: ActorEntry; exactCase: boolean } | { type: 'anaphor'; kind: ActorKind };

const ENTRIES: ReadonlyMap<string, ActorEntry> = new Map(
  ACTORS_FILE.actors.map((a) => [a.id, { actor: { id: a.id, name: a.name }, kind: a.kind }]),
);

const INSENSITIVE = compileTerms<Payload>([
  ...ACTORS_FILE.anaphors.map((a) => [a.phrase, { type: 'anaphor', kind: a.kind }] as const),
  ...ACTORS_FILE.actors.flatMap((a) =>
    a.aliases.map((alias) => [alias, { type: 'actor', entry: entryOf(a.id), exactCase: false }] as const),
  ),
]);
const EXACT = compileTerms<Payload>(
  ACTORS_FILE.actors.flatMap((a) =>
    (a.exactCase ?? []).map((alias) => [alias, { type: 'actor', entry: entryOf(a.id), exactCase: true }] as const),
  ),
  true,
);

/** share of upper-case letters above which a line counts as an ALL-CAPS headline */
const ALL_CAPS_SHARE = 0.8;
const MIN_LETTERS_FOR_CAPS_TEST = 12;

/** Canonical actor by id (e.g. `isis`). */
export function actorById(id: string): ActorEntry | undefined {
  return ENTRIES.get(id);
}

/** Words that stand for "some armed group's fighters" ("fighters", "militants") when no group is named. */
export const GENERIC_COMBATANTS: readonly string[] = ACTORS_FILE.genericCombatants;

/**
 * Finds actor names and anaphors in one sentence, longest match first; anaphors come back unresolved.
 * @example detectActors('Daesh fled.')[0]?.entry?.actor.id // 'isis'
 */
export function detectActors(text: string, tokens: readonly Token[] = tokenize(text)): ActorMention[] {
  let allCaps: boolean | null = null; // computed only when an exact-case alias ("IS") needs it
  const hits = [...INSENSITIVE.find(text, tokens), ...EXACT.find(text, tokens)].toSorted(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const out: ActorMention[] = [];
  let covered = -1;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    const p = hit.value;
    if (p.type === 'actor' && p.exactCase) {
      allCaps ??= isAllCaps(tokens);
      if (allCaps && !fitsAllCaps(text, hit.start, hit.end)) continue;
    }
    covered = hit.end;
    out.push(
      p.type === 'actor'
        ? { start: hit.start, end: hit.end, text: hit.text, entry: p.entry, kind: p.entry.kind, anaphor: false }
        : { start: hit.start, end: hit.end, text: hit.text, entry: null, kind: p.kind, anaphor: true },
    );
  }
  return out;
}

/**
 * The actor most often named (not via anaphora) for each kind across an article — the fallback referent of
 * "the militants" when nothing earlier in the text names a group.
 */
export function dominantActors(perSentence: readonly (readonly ActorMention[])[]): Map<ActorKind, ActorEntry> {
  const counts = new Map<string, { entry: ActorEntry; n: number }>();
  for (const m of perSentence.flat()) {
    if (m.anaphor || m.entry === null) continue;
    const c = counts.get(m.entry.actor.id);
    counts.set(m.entry.actor.id, { entry: m.entry, n: (c?.n ?? 0) + 1 });
  }
  const best = new Map<ActorKind, { entry: ActorEntry; n: number }>();
  for (const c of counts.values()) {
    const b = best.get(c.entry.kind);
    if (b === undefined || c.n > b.n) best.set(c.entry.kind, c);
  }
  return new Map([...best].map(([kind, c]) => [kind, c.entry]));
}

/**
 * Resolves anaphors sentence by sentence: each refers to the most recent named actor of its kind, else to the
 * article's dominant actor of that kind. Returns new arrays; the input is not changed.
 */
export function resolveAnaphora(perSentence: readonly (readonly ActorMention[])[]): ActorMention[][] {
  const dominant = dominantActors(perSentence);
  const recent = new Map<ActorKind, ActorEntry>();
  return perSentence.map((mentions) =>
    mentions.map((m) => {
      if (!m.anaphor) {
        if (m.entry !== null) recent.set(m.kind, m.entry);
        return m;
      }
      const entry = recent.get(m.kind) ?? dominant.get(m.kind) ?? null;
      return { ...m, entry };
    }),
  );
}

/** Distinct resolved actors of a list of mentions, in order of first appearance. */
export function distinctActors(mentions: readonly ActorMention[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const m of mentions) {
    if (m.entry === null || seen.has(m.entry.actor.id)) continue;
    seen.add(m.entry.actor.id);
    out.push(m.entry.actor);
  }
  return out;
}

/**
 * The sentence's actors with the one who did the event first (ACLED's actor1): an actor whose name carries the
 * trigger ("Russian airstrikes"), stands right before it ("coalition air strikes") or follows it as the agent of
 * a passive ("air strikes by the US-led coalition"). Otherwise the order of the sentence.
 * @example doerFirst(mentions, { start: 95, end: 105 }, text) // [russia, syrian-government, …]
 */
export function doerFirst(mentions: readonly ActorMention[], trigger: { start: number; end: number }, text: string): Actor[] {
  const named = mentions.filter((m) => m.entry !== null);
  const adjacent = named.findIndex((m) => m.end <= trigger.start && ADJACENT.test(text.slice(m.end, trigger.start)));
  const doer =
    named.find((m) => m.start <= trigger.start && trigger.end <= m.end) ??
    (adjacent < 0 ? undefined : firstOfCoordination(named, adjacent, text)) ??
    named.find((m) => m.start >= trigger.end && PASSIVE_AGENT.test(text.slice(trigger.end, m.start)));
  const ordered = doer === undefined ? mentions : [doer, ...mentions.filter((m) => m !== doer)];
  return distinctActors(ordered);
}

/** "the Syrian government and allied Shiite militia retook": the subject's first actor, not the nearest */
function firstOfCoordination(named: readonly ActorMention[], index: number, text: string): ActorMention | undefined {
  let at = index;
  while (at > 0) {
    const previous = named[at - 1];
    const current = named[at];
    if (previous === undefined || current === undefined || !COORDINATED.test(text.slice(previous.end, current.start))) break;
    at -= 1;
  }
  return named[at];
}

/** "X and Y", "X, Y", "X and allied Y": actors joined into one subject (one modifier word allowed) */
const COORDINATED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:[a-z]+\s+)?$/;
/** nothing but a space or a hyphen between an actor's name and the trigger */
const ADJACENT = /^[\s\u00a0-]*$/;
/** "… by (the) <actor>" right after the trigger */
const PASSIVE_AGENT = /^\s+by\s+(?:the\s+)?$/i;

function entryOf(id: string): ActorEntry {
  const entry = ENTRIES.get(id);
  if (entry === undefined) throw new Error(`Unknown actor id: ${id}`);
  return entry;
}

function isAllCaps(tokens: readonly Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    letters += t.raw.length;
    if (t.raw !== t.lower) upper += t.raw === t.raw.toUpperCase() ? t.raw.length : 1;
  }
  return letters >= MIN_LETTERS_FOR_CAPS_TEST && upper / letters >= ALL_CAPS_SHARE;
}

/** In an ALL-CAPS line, "IS" is the group only next to a word that fits a group ("IS FIGHTERS", "AGAINST IS"). */
function fitsAllCaps(text: string, start: number, end: number): boolean {
  const after = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end))?.[1] ?? '';
  const before = /([\p{L}]+)[\s]*$/u.exec(text.slice(0, start))?.[1] ?? '';
  return matchesAny(after, ACTORS_FILE.allCapsGuard.after) || matchesAny(before, ACTORS_FILE.allCapsGuard.before);
}
