/**
 * One event per happening: news tells an event over several sentences ("Protesters gathered in Nairobi. Police
 * dispersed them with tear gas. Two people died."), and ACLED codes it once. A sentence that names no place of its
 * own continues the event before it in its paragraph; events of one kind at the same place on the same day are
 * one event when one paragraph tells them. The merged event keeps the first sentence (its provenance), the most telling sub-event of its kind
 * (a protest met with tear gas is a Protest with intervention), every actor and the largest stated death toll.
 */
import type { EventType } from '../geojson/schema';
import type { ExtractedEvent, ResolvedDate } from './types';

/** An event as the sentence stage found it, with where its place came from. */
export interface EventCandidate {
  event: ExtractedEvent;
  /** index of its paragraph in the article */
  paragraph: number;
  /** true when the sentence named no place and the event took the paragraph's or the article's */
  borrowed: boolean;
}

/**
 * Sub-events by how much they tell, within a family; a merge keeps the higher. Protests upgrade as the paragraph
 * tells what met them, and a crowd's own violence outranks the force used on it: ACLED's excessive force is lethal
 * force against peaceful protesters, so a demonstration the crowd made violent stays a Violent demonstration
 * whatever the police did. A battle's later news ("a soldier was wounded") never turns shelling into a clash, but a
 * place changing hands is the more telling way to code a battle.
 */
const SEVERITY: Readonly<Record<string, number>> = {
  'Peaceful protest': 0,
  'Protest with intervention': 1,
  'Excessive force against protesters': 2,
  'Violent demonstration': 3,
  'Non-state actor overtakes territory': 1,
  'Government regains territory': 1,
  // "kidnapped a man. The next day his corpse was found": the killing outranks the abduction (ACLED: an Attack)
  'Abduction/forced disappearance': -1,
};

/** ACLED's inter codes of a crowd: 5 rioters, 6 protesters */
const RIOTERS_INTER = 5;
const PROTESTERS_INTER = 6;

/**
 * Merges the candidates of one article (in text order) into its events.
 * @example mergeEvents([protest, tearGas]).map((e) => e.subEventType) // ['Protest with intervention']
 */
export function mergeEvents(candidates: readonly EventCandidate[]): ExtractedEvent[] {
  const kept: { event: ExtractedEvent; paragraph: number }[] = [];
  for (const c of candidates) {
    // two events of one sentence are two events ("… retook the town after fighting and Russian airstrikes")
    const target = c.borrowed
      ? kept.findLast((k) => k.paragraph === c.paragraph)
      : kept.find((k) => k.paragraph === c.paragraph && k.event.sentence.start !== c.event.sentence.start && sameHappening(k.event, c.event));
    if (target === undefined) kept.push({ event: c.event, paragraph: c.paragraph });
    else target.event = merge(target.event, c.event);
  }
  return kept.map((k) => k.event);
}

/** same kind of event, same place, dates that agree */
function sameHappening(a: ExtractedEvent, b: ExtractedEvent): boolean {
  return family(a) === family(b) && a.place.place.id === b.place.place.id && datesAgree(a.date, b.date);
}

function merge(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const upgrade = family(a) === family(b) && (SEVERITY[b.subEventType ?? ''] ?? 0) > (SEVERITY[a.subEventType ?? ''] ?? 0);
  const typed = upgrade ? { eventType: b.eventType, subEventType: b.subEventType } : { eventType: a.eventType, subEventType: a.subEventType };
  const primary = upgrade ? b : a;
  const secondary = upgrade ? a : b;
  // a protest that turned violent is coded with rioters only: the crowd is one actor, not protesters and rioters
  const rioting = primary.actors.some((x) => x.inter === RIOTERS_INTER);
  const actors = [
    ...primary.actors,
    ...secondary.actors.filter((x) => !primary.actors.some((y) => y.id === x.id) && !(rioting && x.inter === PROTESTERS_INTER)),
  ];
  return {
    ...a,
    ...typed,
    actors,
    date: morePrecise(a.date, b.date),
    fatalities: a.fatalities === null ? b.fatalities : b.fatalities === null ? a.fatalities : Math.max(a.fatalities, b.fatalities),
    confidence: Math.max(a.confidence, b.confidence),
  };
}

/** crowd events (protests and violent demonstrations) are one family, fighting and remote violence another */
function family(e: ExtractedEvent): string {
  const byType: Readonly<Record<EventType, string>> = {
    Protests: 'crowd',
    Riots: e.subEventType === 'Violent demonstration' ? 'crowd' : 'mob',
    Battles: 'combat',
    'Explosions/Remote violence': 'combat',
    'Violence against civilians': 'civilians',
    'Strategic developments': `strategic:${e.subEventType ?? ''}`,
  };
  return byType[e.eventType];
}

/** the same date, or no date on one side (a month and a day in it may be two events of that month) */
function datesAgree(a: ResolvedDate | null, b: ResolvedDate | null): boolean {
  return a === null || b === null || a.date === b.date;
}

function morePrecise(a: ResolvedDate | null, b: ResolvedDate | null): ResolvedDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.date.length > a.date.length && b.date.startsWith(a.date) ? b : a;
}
