/**
 * The actor registry of geodata/actors.json and the naming of actors in ACLED's terms: every actor of an event
 * carries an ACLED-style name ("Military Forces of Ukraine", "Protesters (Pakistan)", "Islamic State (West Africa)")
 * and ACLED's actor type (inter code 1–8). Generic actors ("police", "gunmen", "protesters") are one actor per
 * country: the country of a demonym before them ("Turkish police") or else of the event's place.
 */
import actorsJson from '../../geodata/actors.json';
import { acledCountryName } from './acled-countries';
import { z } from 'zod';
import type { Actor } from '../geojson/schema';

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

/** ACLED's inter codes: 1 state forces … 8 external/other forces */
export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
const STATE_FORCES: InterCode = 1;
const EXTERNAL_FORCES: InterCode = 8;

const iso2 = z.string().regex(/^[A-Z]{2}$/);
const actorRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  inter: z.number().int().min(1).max(8),
  acled: z.string(),
  generic: z.boolean().optional(),
  sameAs: z.string().nullable().optional(),
  country: iso2.optional(),
  homes: z.array(iso2).optional(),
  areas: z.array(z.string().regex(/^[A-Z]{2}\.[0-9A-Z]+$/)).optional(),
  acledByCountry: z.record(iso2, z.string()).optional(),
  acledAbroad: z.record(z.string().regex(/^[A-Z]{2}@[A-Z]{2}$/), z.string()).optional(),
  aliases: z.array(z.string()),
  exactCase: z.array(z.string()).optional(),
  weak: z.array(z.string()).optional(),
  narrows: z.string().optional(),
});
const actorsFileSchema = z.object({
  actors: z.array(actorRowSchema),
  legacyIds: z.record(z.string(), z.string()),
  demonymForces: z.object({ actor: z.string(), words: z.array(z.string()) }),
  demonymGovernment: z.object({ actor: z.string(), words: z.array(z.string()) }),
  anaphors: z.array(z.object({ phrase: z.string(), kind: z.enum(ACTOR_KINDS) })),
  genericCombatants: z.array(z.string()),
  allCapsGuard: z.object({ after: z.array(z.string()), before: z.array(z.string()) }),
});

type ActorRow = z.infer<typeof actorRowSchema>;

/** The parsed geodata/actors.json (validated once at load). */
export const ACTORS_FILE = actorsFileSchema.parse(actorsJson);

/** One actor of the registry, as detection hands it on; `country` is fixed for "Syrian Arab Army"-style names. */
export interface ActorEntry {
  /** registry id, the stable part of the output id */
  id: string;
  name: string;
  kind: ActorKind;
  inter: InterCode;
  /** ACLED name template ({country}, {theCountry}) */
  acled: string;
  /** one actor per country: output id `<id>-<iso2>` */
  generic: boolean;
  /** the country the name itself fixes, or null */
  country: string | null;
  /** the countries the actor fights in (a named group's, or the one its name fixes); empty for generic actors */
  homes: readonly string[];
  /** the first-level divisions its war is fought in, as admin-1 keys ('UA.05'); empty when unknown or everywhere */
  areas: readonly string[];
  acledByCountry: Readonly<Record<string, string>>;
  /** "<own>@<event country>" → ACLED name of the actor's forces there */
  acledAbroad: Readonly<Record<string, string>>;
  /** the broader generic actor a later bare mention of which means this unit ("the Military Police … the police"), or null */
  narrows: string | null;
}

const ROWS: ReadonlyMap<string, ActorRow> = new Map(ACTORS_FILE.actors.map((row) => [row.id, row]));
const ENTRIES: ReadonlyMap<string, ActorEntry> = new Map(ACTORS_FILE.actors.map((row) => [row.id, toEntry(row)]));

/**
 * Canonical actor by registry id (e.g. `isis`, `police-forces`); a `sameAs` entry comes back as the actor it
 * names, with its country.
 * @example actorById('syrian-government')?.id // 'military-forces'
 */
export function actorById(id: string): ActorEntry | undefined {
  return ENTRIES.get(id);
}

/** Every registry entry with its aliases, for the detector. */
export function registryRows(): readonly ActorRow[] {
  return ACTORS_FILE.actors;
}

export { acledCountryName };

/**
 * The output actor for an entry: `own` is the country the text gives the actor (a demonym, or the entry's own),
 * `context` the country of the event's place. State forces acting outside their own country are ACLED's
 * external forces (inter 8).
 * @example materialize(actorById('police-forces')!, 'TR', 'SY') // { id: 'police-forces-tr', name: 'Police Forces of Turkey', acledName: 'Police Forces of Turkey', inter: 8 }
 */
export function materialize(entry: ActorEntry, own: string | null, context: string | null): Actor {
  const fixed = own ?? entry.country;
  const country = fixed ?? context;
  const abroad = entry.inter === STATE_FORCES && fixed !== null && context !== null && fixed !== context;
  const inter = abroad ? EXTERNAL_FORCES : entry.inter;
  const abroadName = abroad ? entry.acledAbroad[`${fixed}@${context}`] : undefined;
  const template = abroadName ?? (country === null ? undefined : entry.acledByCountry[country]) ?? entry.acled;
  const acledName = fillCountry(template, country);
  if (!entry.generic) return { id: entry.id, name: entry.name, acledName, inter };
  return {
    id: country === null ? entry.id : `${entry.id}-${country.toLowerCase()}`,
    name: fillCountry(entry.name, country),
    acledName,
    inter,
  };
}

/**
 * The id a deep link of an earlier version named, mapped to today's (`syrian-government` → `military-forces-sy`);
 * any other id unchanged.
 * @example currentActorId('russia') // 'military-forces-ru'
 */
export function currentActorId(id: string): string {
  return ACTORS_FILE.legacyIds[id] ?? id;
}

/** "Protesters ({country})" → "Protesters (Chile)"; with no country, the placeholder and its frame go. */
function fillCountry(template: string, country: string | null): string {
  const plain = country === null ? null : acledCountryName(country);
  const withThe = country === null ? null : acledCountryName(country, true);
  if (plain === null || withThe === null) {
    return template
      .replace(/\s*\(\{country\}\)/g, '')
      .replace(/\s+of\s+\{(?:the)?[cC]ountry\}/g, '')
      .replace(/\{(?:the)?[cC]ountry\}/g, '')
      .trim();
  }
  return template.replaceAll('{theCountry}', withThe).replaceAll('{country}', plain);
}

function toEntry(row: ActorRow): ActorEntry {
  const target = row.sameAs ? ROWS.get(row.sameAs) : undefined;
  if (row.sameAs && target === undefined) throw new Error(`Unknown sameAs actor: ${row.sameAs}`);
  const base = target ?? row;
  return {
    id: base.id,
    name: base.name,
    kind: base.kind,
    inter: base.inter as InterCode,
    acled: base.acled,
    generic: base.generic === true,
    country: row.country ?? null,
    homes: row.country !== undefined ? [row.country] : (base.homes ?? []),
    areas: base.areas ?? [],
    acledByCountry: base.acledByCountry ?? {},
    acledAbroad: base.acledAbroad ?? {},
    narrows: base.narrows ?? null,
  };
}
