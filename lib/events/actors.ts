/**
 * Actors: who appears in a sentence, normalised to the canonical ids of geodata/actors.json. Detection is per
 * sentence and pure; anaphora ("the jihadi group", "the alliance") is resolved in a second pass over the article
 * that carries the most recent actor of each kind forward.
 */
import type { Actor } from '../geojson/schema';
import { demonymIso } from '../gazetteer/demonyms';
import { countryIsoByName } from './acled-countries';
import { ACTORS_FILE, actorById, materialize, registryRows, type ActorEntry, type ActorKind } from './actor-registry';
import { compileTerms, matchesAny, tokenize, type Token } from './terms';
import { identityMilitias, type MilitiaHit } from './identity-militias';
import { namedGangs } from './named-gangs';

export { ACTOR_KINDS, actorById, type ActorEntry, type ActorKind } from './actor-registry';

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
  /** the country a demonym before the name gives it ("Turkish police" → TR), else null */
  country?: string | null;
  /** a word like "militants" that means the article's named militant group when there is one */
  weak?: boolean;
}

type Payload =
  | { type: 'actor'; entry: ActorEntry; exactCase: boolean; weak: boolean }
  | { type: 'anaphor'; kind: ActorKind }
  | { type: 'demonym-force'; entry: ActorEntry };

const INSENSITIVE = compileTerms<Payload>([
  ...ACTORS_FILE.anaphors.map((a) => [a.phrase, { type: 'anaphor', kind: a.kind }] as const),
  ...registryRows().flatMap((row) => {
    const weak = new Set((row.weak ?? []).map((w) => w.toLowerCase()));
    return row.aliases.map(
      (alias) => [alias, { type: 'actor', entry: entryOf(row.id), exactCase: false, weak: weak.has(alias.toLowerCase()) }] as const,
    );
  }),
  ...[ACTORS_FILE.demonymForces, ACTORS_FILE.demonymGovernment].flatMap(({ actor, words }) =>
    words.map((word) => [word, { type: 'demonym-force', entry: entryOf(actor) }] as const),
  ),
]);
const EXACT = compileTerms<Payload>(
  registryRows().flatMap((row) =>
    (row.exactCase ?? []).map((alias) => [alias, { type: 'actor', entry: entryOf(row.id), exactCase: true, weak: false }] as const),
  ),
  true,
);
/** "anti-" right before a name */
const ANTI_BEFORE = /\banti[\s-]?$/i;
/** how many words before a generic actor may form its demonym ("South Sudanese soldiers") */
const MAX_DEMONYM_WORDS = 2;

/** share of upper-case letters above which a line counts as an ALL-CAPS headline */
const ALL_CAPS_SHARE = 0.8;
const MIN_LETTERS_FOR_CAPS_TEST = 12;

/** Words that stand for "some armed group's fighters" ("fighters", "militants") when no group is named. */
export const GENERIC_COMBATANTS: readonly string[] = ACTORS_FILE.genericCombatants;
const GENERIC_COMBATANT_SET: ReadonlySet<string> = new Set(GENERIC_COMBATANTS.map((w) => w.toLowerCase()));

/**
 * Finds actor names and anaphors in one sentence, longest match first; anaphors come back unresolved. A demonym
 * right before a generic actor gives it its country ("Turkish police", "Syrian civilians"); words that name a
 * state's forces only after a demonym ("Ukrainian Forces", "Saudi warplanes") count only with one.
 * @example detectActors('Daesh fled.')[0]?.entry?.id // 'isis'
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
    if (p.type === 'anaphor') {
      covered = hit.end;
      out.push({ start: hit.start, end: hit.end, text: hit.text, entry: null, kind: p.kind, anaphor: true });
      continue;
    }
    // "anti-Houthi forces" are the Houthis' enemies, not the Houthis
    if (p.type !== 'demonym-force' && ANTI_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start))) continue;
    if (p.type === 'actor' && p.exactCase) {
      allCaps ??= isAllCaps(tokens);
      if (allCaps && !fitsAllCaps(text, hit.start, hit.end)) continue;
    }
    const demonym = p.entry.generic ? demonymBefore(text, tokens, hit.start, Math.max(covered, 0)) : null;
    if (p.type === 'demonym-force' && demonym === null) continue;
    // "military forces of Armenia": the country written after a generic actor is its country too
    const named = p.entry.generic && demonym === null ? countryAfter(text, hit.end) : null;
    const start = demonym?.start ?? hit.start;
    covered = hit.end;
    out.push({
      start,
      end: hit.end,
      text: text.slice(start, hit.end),
      entry: p.entry,
      kind: p.entry.kind,
      anaphor: false,
      country: demonym?.iso ?? named,
      weak: p.type === 'actor' && p.weak && demonym === null,
    });
  }
  return joinGroupNouns(text, withIdentityMilitias(text, out));
}

/** adds the identity militias ("Tiv militias") over the generic words they contain ("militias") */
function withIdentityMilitias(text: string, mentions: ActorMention[]): ActorMention[] {
  // … and named gangs and cartels ("Los Viagras gang"), read the same way
  const militias = [...identityMilitias(text), ...namedGangs(text)].toSorted((a, b) => a.start - b.start);
  if (militias.length === 0) return mentions;
  // a registry name over the community's name ("Fulani militia", "Shiite militia") is the one to keep
  const named = (h: MilitiaHit): boolean => mentions.some((m) => m.entry !== null && m.start <= h.start && h.start < m.end);
  const kept = militias.filter((h) => !named(h));
  const rest = mentions.filter((m) => !kept.some((h) => m.start < h.end && h.start < m.end));
  const added: ActorMention[] = kept.map((h) => ({
    start: h.start, end: h.end, text: text.slice(h.start, h.end), entry: h.entry, kind: h.entry.kind, anaphor: false, country: null, weak: false,
  }));
  return [...rest, ...added].toSorted((a, b) => a.start - b.start);
}

/**
 * "Al Shabaab militants", "ADF fighters": a word for combatants right after a named group is that group's, one
 * mention, not an unidentified armed group beside it.
 */
function joinGroupNouns(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const generic = m.entry?.generic === true && GENERIC_COMBATANT_SET.has(m.text.toLowerCase());
    const named = prev !== undefined && !prev.anaphor && prev.entry !== null && !prev.entry.generic;
    if (generic && named && /^\s+$/.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end), weak: false };
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The actor most often named (not via anaphora) for each kind across an article — the fallback referent of
 * "the militants" when nothing earlier in the text names a group. Generic actors ("gunmen") are no referent.
 */
export function dominantActors(perSentence: readonly (readonly ActorMention[])[]): Map<ActorKind, ActorEntry> {
  const counts = new Map<string, { entry: ActorEntry; n: number }>();
  for (const m of perSentence.flat()) {
    if (m.anaphor || m.entry === null || m.weak === true || m.entry.generic) continue;
    const c = counts.get(m.entry.id);
    counts.set(m.entry.id, { entry: m.entry, n: (c?.n ?? 0) + 1 });
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
 * article's dominant actor of that kind; a weak word ("militants", "insurgents") means the article's militant
 * group when it names one. Returns new arrays; the input is not changed.
 */
export function resolveAnaphora(perSentence: readonly (readonly ActorMention[])[]): ActorMention[][] {
  const dominant = dominantActors(perSentence);
  const recent = new Map<ActorKind, ActorEntry>();
  // "the Military Police carried out an operation … two police officers were injured": a bare "police" after a
  // named police unit is that unit
  const units = new Map<string, ActorEntry>();
  return perSentence.map((mentions) =>
    mentions.map((m) => {
      if (m.weak === true) {
        const group = recent.get('militant') ?? dominant.get('militant');
        return group === undefined ? m : { ...m, entry: group, kind: group.kind, weak: false };
      }
      if (!m.anaphor) {
        if (m.entry?.narrows) units.set(m.entry.narrows, m.entry);
        const unit = m.entry !== null && (m.country ?? null) === null ? units.get(m.entry.id) : undefined;
        if (unit !== undefined) return { ...m, entry: unit };
        if (m.entry !== null && !m.entry.generic) recent.set(m.kind, m.entry);
        return m;
      }
      const entry = recent.get(m.kind) ?? dominant.get(m.kind) ?? null;
      return { ...m, entry };
    }),
  );
}

/**
 * Distinct resolved actors of a list of mentions, in order of first appearance, named in ACLED's terms;
 * `context` is the country of the event's place (ISO2), which generic actors without a demonym take.
 * @example distinctActors(detectActors('Police arrested two protesters.'), 'KE').map((a) => a.acledName) // ['Police Forces of Kenya', 'Protesters (Kenya)']
 */
export function distinctActors(mentions: readonly ActorMention[], context: string | null = null): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const m of mentions) {
    if (m.entry === null) continue;
    const actor = materialize(m.entry, m.country ?? null, context);
    if (seen.has(actor.id)) continue;
    seen.add(actor.id);
    out.push(actor);
  }
  return out;
}

/**
 * The sentence's actors with the one who did the event first (ACLED's actor1): an actor whose name carries the
 * trigger ("Russian airstrikes"), stands right before it ("coalition air strikes") or follows it as the agent of
 * a passive ("air strikes by the US-led coalition"). Otherwise the order of the sentence.
 * @example doerFirst(mentions, { start: 95, end: 105 }, text, 'SY') // [military-forces-ru, military-forces-sy, …]
 */
export function doerFirst(
  mentions: readonly ActorMention[],
  trigger: { start: number; end: number },
  text: string,
  context: string | null = null,
): Actor[] {
  const doer = doerOf(mentions, trigger, text);
  const ordered = doer === undefined ? mentions : [doer, ...mentions.filter((m) => m !== doer)];
  return distinctActors(ordered, context);
}

/** The mention of the one who did the event at `trigger`, if the sentence shows it (see `doerFirst`). */
export function doerOf(
  mentions: readonly ActorMention[],
  trigger: { start: number; end: number },
  text: string,
): ActorMention | undefined {
  const named = mentions.filter((m) => m.entry !== null);
  const adjacent = named.findIndex((m) => m.end <= trigger.start && ADJACENT.test(text.slice(m.end, trigger.start)));
  return (
    named.find((m) => m.start <= trigger.start && trigger.end <= m.end) ??
    (adjacent < 0 ? undefined : firstOfCoordination(named, adjacent, text)) ??
    named.find((m) => m.start >= trigger.end && PASSIVE_AGENT.test(text.slice(trigger.end, m.start)))
  );
}

/**
 * The mentions joined to `mention` into one party ("pro-Hadi forces and Popular Resistance fighters"), itself first.
 * @example coordinated(mentions, mentions[0], 'The army and allied militias advanced.').length // 2
 */
export function coordinated(mentions: readonly ActorMention[], mention: ActorMention, text: string): ActorMention[] {
  const named = mentions.filter((m) => m.entry !== null).toSorted((a, b) => a.start - b.start);
  const at = named.indexOf(mention);
  // "clashes between A and B": two sides, not one party
  if (at < 0 || BETWEEN_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return [mention];
  const out = [mention];
  for (let i = at + 1; i < named.length; i += 1) {
    const previous = named[i - 1];
    const current = named[i];
    if (previous === undefined || current === undefined || !COORDINATED.test(text.slice(previous.end, current.start))) break;
    out.push(current);
  }
  return out;
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

/** The demonym ending right before `at` ("Turkish", "South Sudanese"), not reaching back past `floor`. */
function demonymBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  floor: number,
): { start: number; iso: string } | null {
  let end = 0;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= at) end += 1;
  for (let n = MAX_DEMONYM_WORDS; n >= 1; n -= 1) {
    const words = tokens.slice(Math.max(0, end - n), end);
    const first = words[0];
    const last = words.at(-1);
    if (words.length < n || first === undefined || last === undefined || first.start < floor) continue;
    if (!/^[\s\u00a0-]*$/.test(text.slice(last.end, at))) continue;
    const iso = demonymIso(text.slice(first.start, last.end));
    if (iso !== undefined && /^\p{Lu}/u.test(first.raw)) return { start: first.start, iso };
  }
  return null;
}

/** " of (the) " and up to four capitalised words after a generic actor */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}'-]*){0,3})/u;

/** the country named right after a generic actor ("police of Kenya", "military forces of the Philippines"), or null */
function countryAfter(text: string, at: number): string | null {
  const words = OF_COUNTRY.exec(text.slice(at, at + 80))?.[1]?.split(/\s+/) ?? [];
  for (let n = words.length; n >= 1; n -= 1) {
    const iso = countryIsoByName(words.slice(0, n).join(' '));
    if (iso !== undefined) return iso;
  }
  return null;
}

/** "X and Y", "X, Y", "X and allied Y": actors joined into one subject (one modifier word allowed) */
const COORDINATED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|and\/or\s+|or\s+|\/\s*)(?:[a-z]+\s+)?$/;
/** "between (the) " right before a mention */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
/** nothing but a space or a hyphen between an actor's name and the trigger */
const ADJACENT = /^[\s\u00a0-]*$/;
/** "… by (the) <actor>" right after the trigger */
const PASSIVE_AGENT = /^\s+by\s+(?:the\s+)?$/i;

function entryOf(id: string): ActorEntry {
  const entry = actorById(id);
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
