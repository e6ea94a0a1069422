/**
 * Prisoners released or exchanged between the sides of a conflict: "the government released 67 Taliban prisoners",
 * "52 soldiers were released from Taliban prisons", "the two sides exchanged prisoners". ACLED's codebook files a
 * release of captives or a prisoner exchange by a state or armed group under Strategic developments, sub-type Other.
 * An ordinary release from custody ("released on bail", "released from police custody") is none.
 */
import type { ActorMention } from './actors';
import type { CueHit } from './cues';
import { ARMED_KINDS, NON_STATE_SIDE } from './classify-rules';

/** "released 67 Taliban prisoners", "exchanged prisoners", "freed 20 captives" (the released named after the verb) */
const ACTIVE =
  /\b(?:released|freed|set free|exchanged|swapped|handed over)\s+(?:[\w'’-]+\s+){0,4}?(?:prisoners|detainees|captives|POWs|prisoners of war|soldiers held as prisoners)\b/i;
/** "were released from Taliban prisons": the holder is named in the prison's name */
const PASSIVE = /\b(?:were|was|been|being)\s+(?:released|freed)\s+from\s+((?:[\w'’-]+\s+){0,3}?)(?:prisons?|jails?|captivity)\b/i;
/** "a prisoner exchange", "an exchange of prisoners" */
const EXCHANGE = /\b(?:prisoners?|detainees?|POWs?)\s+(?:exchange|swap)\b|\bexchange\s+of\s+(?:prisoners|detainees|captives)\b/i;

export interface Release {
  at: CueHit;
  /** who held the prisoners and let them go */
  doer: ActorMention;
  /** the other side, when the sentence names one */
  other: ActorMention | undefined;
}

/**
 * The release of the sentence when a side of an armed conflict held the prisoners and a non-state armed group is
 * one of the sides (a release of inmates over a pandemic is no conflict event).
 * @example releaseIn('The Taliban released 48 soldiers held as prisoners.', actors)?.doer.text // 'Taliban'
 */
export function releaseIn(text: string, actors: readonly ActorMention[]): Release | null {
  const armed = actors.filter((a) => ARMED_KINDS.has(a.kind));
  if (!armed.some((a) => NON_STATE_SIDE.has(a.kind))) return null;
  const passive = PASSIVE.exec(text);
  const match = passive ?? ACTIVE.exec(text) ?? EXCHANGE.exec(text);
  if (match === null) return null;
  const start = match.index;
  const end = start + match[0].length;
  const at: CueHit = { start, end, text: match[0], cues: new Set(['other-strategic']) };
  // passive: the prison's owner ("Taliban prisons"); active: the armed actor nearest before the verb
  const doer = passive !== null
    ? armed.find((a) => a.start >= start && a.end <= end)
    : armed.filter((a) => a.end <= start).at(-1) ?? armed[0];
  if (doer === undefined) return null;
  const other = armed.find((a) => a.entry?.id !== doer.entry?.id);
  return { at, doer, other };
}
