/**
 * Actor mentions that take no part in the violence a sentence reports: the source of the report ("in what police
 * believe is a gang shooting", "police said"), or an outfit ("men dressed in military and police uniforms"). Such
 * a mention is no second armed side, so it must not turn a one-sided attack into a Battle.
 */
import type { ActorMention } from './actors';

/** "police said", "what police believe", "the army confirmed": the actor speaks about the event */
const SPEAKS_AFTER =
  /^\s+(?:\w+\s+)?(?:said|say|says|believe[sd]?|suspect(?:s|ed)?|think|thought|told|stated|reported|confirmed|added|claimed|announced|blamed|attributed|accused)\b/i;
/** "military and police uniforms", "army fatigues": the word describes clothing */
const OUTFIT_AFTER = /^\s+(?:and\s+\w+\s+)?(?:uniforms?|fatigues|clothes|clothing|attire|outfits?|gear)\b/i;
/** "dressed as soldiers", "disguised as police", "posing as police officers" */
const OUTFIT_BEFORE = /\b(?:dressed|disguised|posing|masquerading)\s+(?:(?:in|with|as)\s+)?(?:\w+\s+){0,2}$/i;
/** characters looked at on either side */
const WINDOW_CHARS = 40;

/**
 * True when the mention is the report's source or a description of clothing, not a party to the event.
 * @example nonParticipant('a man was shot in what police believe is a feud', mention) // true for "police"
 */
export function nonParticipant(text: string, mention: Pick<ActorMention, 'start' | 'end'>): boolean {
  const after = text.slice(mention.end, mention.end + WINDOW_CHARS);
  const before = text.slice(Math.max(0, mention.start - WINDOW_CHARS), mention.start);
  return SPEAKS_AFTER.test(after) || OUTFIT_AFTER.test(after) || OUTFIT_BEFORE.test(before);
}
