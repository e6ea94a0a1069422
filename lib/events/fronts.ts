/**
 * Battles on a known front line whose sides the report leaves unnamed: "the OSCE SMM observed 132 explosions in both
 * directions of the frontline near Donetsk Filtration Station" was fought between the front's two parties, as ACLED
 * codes such ceasefire violations. The fronts are data (geodata/fronts.json): where (first-level divisions), when,
 * and who.
 */
import { z } from 'zod';
import frontsJson from '../../geodata/fronts.json';
import type { Actor, EventType } from '../geojson/schema';
import type { GazPlace } from '../gazetteer/types';
import { actorById, materialize } from './actor-registry';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const frontsSchema = z.object({
  fronts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      admin1: z.array(z.string().regex(/^[A-Z]{2}\.\w+$/)).min(1),
      from: isoDate,
      to: isoDate.nullable(),
      parties: z.array(z.object({ actor: z.string(), country: z.string().regex(/^[A-Z]{2}$/).optional() })).length(2),
    }),
  ),
});
const FRONTS = frontsSchema.parse(frontsJson).fronts;
const UNIDENTIFIED_GROUP = 'unidentified-armed-group';

/**
 * The battle's actors with each unidentified side replaced by a party of the front it was fought on (the party not
 * yet among them), or the actors unchanged off any front, outside its dates, or for any other event type.
 * @example onFront('Battles', [], donetskCity, '2020-05-09').map((a) => a.acledName) // ['Military Forces of Ukraine', 'NAF: United Armed Forces of Novorossiya']
 */
export function onFront(eventType: EventType, actors: readonly Actor[], place: GazPlace, date: string | null): Actor[] {
  if (eventType !== 'Battles' || date === null || place.countryCode === null || place.admin1 === null) return [...actors];
  const front = FRONTS.find((f) => f.admin1.includes(`${place.countryCode}.${place.admin1}`) && f.from <= date && (f.to === null || date <= f.to));
  if (front === undefined) return [...actors];
  const parties = front.parties.flatMap((p) => {
    const entry = actorById(p.actor);
    return entry === undefined ? [] : [materialize(entry, p.country ?? null, place.countryCode)];
  });
  const missing = parties.filter((p) => !actors.some((a) => a.id === p.id));
  const unnamed = (a: Actor): boolean => a.id.startsWith(UNIDENTIFIED_GROUP);
  const kept = actors.filter((a) => !unnamed(a));
  if (kept.length === actors.length && actors.length > 0) return [...actors]; // every side named
  const out: Actor[] = [...kept];
  for (const party of missing) {
    if (out.length >= 2) break;
    out.push({ ...party, side: out.some((a) => a.side === 1) ? 2 : 1 });
  }
  return out;
}
