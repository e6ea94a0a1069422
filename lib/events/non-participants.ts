/**
 * Actor mentions that take no part in the violence a sentence reports: the source of the report ("in what police
 * believe is a gang shooting", "police said", "confirmed by police"), an outfit ("men dressed in military and police
 * uniforms"), what a crowd took its victims for ("suspecting them to be cattle thieves"), or whom the victims were
 * said to serve ("civilians who cooperated with the army"). Such a mention is no
 * second armed side, so it must not turn a one-sided attack into a Battle.
 */
import type { ActorMention } from './actors';

/** "police said", "what police believe", "the army confirmed": the actor speaks about the event */
const SPEAKS_AFTER =
  /^\s+(?:\w+\s+)?(?:said|say|says|believe[sd]?|suspect(?:s|ed)?|think|thought|told|stated|reported|confirmed|added|claimed|announced|blamed|attributed|accused)\b/i;
/** "military and police uniforms", "army fatigues": the word describes clothing */
const OUTFIT_AFTER = /^\s+(?:and\s+\w+\s+)?(?:uniforms?|fatigues|clothes|clothing|attire|outfits?|gear)\b/i;
/** "dressed as soldiers", "disguised as police", "posing as police officers" */
const OUTFIT_BEFORE = /\b(?:dressed|disguised|posing|masquerading)\s+(?:(?:in|with|as)\s+)?(?:\w+\s+){0,2}$/i;
/** "suspecting them to be cattle thieves", "accused of being militants": what the victims were taken for */
const SUSPECTED_AS_BEFORE =
  /\b(?:suspect(?:ing|ed)|accus(?:ing|ed)|believ(?:ing|ed)|tak(?:ing|en)|mistak(?:ing|en))\s+(?:(?:them|him|her)\s+)?(?:to\s+be|of\s+being|as|for)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i;
/** "civilians who allegedly cooperated with the Egyptian military", "accused of spying for the army": whom the victims were tied to */
const TIED_TO_BEFORE =
  /\b(?:cooperat\w*|collaborat\w*|work(?:ed|ing|s)?\s+for|spy(?:ing)?\s+for|spied\s+for|informants?\s+(?:for|of)|loyal\s+to|sympathi[sz]\w*\s+(?:with|to))\s+(?:with\s+)?(?:the\s+)?(?:\w+\s+)?$/i;
/** "police officers witnessed men shooting": the actor saw the event, it did not take part in it */
const WITNESS_AFTER = /^\s+(?:\w+\s+)?(?:witnessed|saw|watched|spotted)\b/i;
/** "a man who was wanted by the police": whom someone was sought by */
const WANTED_BY_BEFORE = /\b(?:wanted|sought|hunted)\s+by\s+(?:the\s+)?$/i;
/** "confirmed by police", "according to the army": the source of the report */
const SOURCE_BEFORE = /\b(?:confirmed|reported|stated|announced|denied|claimed)\s+by\s+(?:the\s+)?$|\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?$/i;
/** "under Koya police station limits": a police station's area, the way Indian reports locate a village */
const JURISDICTION_AFTER = /^\s+(?:station|post|outpost|thana)\s+(?:limits|area|jurisdiction)\b/i;
/** characters looked at on either side */
const WINDOW_CHARS = 40;

/**
 * True when the mention is the report's source or a description of clothing, not a party to the event.
 * @example nonParticipant('a man was shot in what police believe is a feud', mention) // true for "police"
 */
export function nonParticipant(text: string, mention: Pick<ActorMention, 'start' | 'end'>): boolean {
  const after = text.slice(mention.end, mention.end + WINDOW_CHARS);
  const before = text.slice(Math.max(0, mention.start - WINDOW_CHARS), mention.start);
  return SPEAKS_AFTER.test(after) || OUTFIT_AFTER.test(after) || OUTFIT_BEFORE.test(before) || absent(text, mention);
}

/**
 * True when the mention names no one present at all: what a crowd took its victims for ("suspecting them to be
 * cattle thieves"), the source quoted ("confirmed by police"), or a police station's area ("under Koya police
 * station limits"). Such mentions are left out of a sentence's actors.
 * @example absent('villagers beat two men suspecting them to be thieves', thievesMention) // true
 */
export function absent(text: string, mention: Pick<ActorMention, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, mention.start - WINDOW_CHARS), mention.start);
  return WITNESS_AFTER.test(text.slice(mention.end, mention.end + WINDOW_CHARS)) || SUSPECTED_AS_BEFORE.test(before) || SOURCE_BEFORE.test(before) || TIED_TO_BEFORE.test(before) || WANTED_BY_BEFORE.test(before) ||
    JURISDICTION_AFTER.test(text.slice(mention.end, mention.end + WINDOW_CHARS));
}
