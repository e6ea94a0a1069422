/**
 * Force at civilian property with nobody hurt: "unknown gunmen attacked and damaged the building of a radio station",
 * "an arson attack targeting a commercial building", "the oil field was attacked". ACLED codes it as Looting/property
 * destruction, not as an attack on people or a battle.
 */
import { wordsBefore, type CueHit } from './cues';
import { PASSIVE_AUXILIARIES } from './classify-rules';
import type { SentenceView } from './sentence-view';

/**
 * The force of the sentence falls on civilian property: the trigger's object is a building, a shop, a vehicle, a
 * pipeline … (not a military one), and no injury word names a person hurt.
 */
export function atPropertyOnly(s: SentenceView, trigger: CueHit): boolean {
  const passive = wordsBefore(s.tokens, trigger.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w));
  const object = passive ? PROPERTY_SUBJECT.test(s.text.slice(Math.max(0, trigger.start - PROPERTY_WINDOW_CHARS), trigger.start))
    : PROPERTY_OBJECT.test(s.text.slice(trigger.end, trigger.end + PROPERTY_WINDOW_CHARS));
  if (!object) return false;
  return !s.cues.some((c) => c.cues.has('injure') && !PROPERTY_VERB.test(c.text) && !PROPERTY_OBJECT.test(s.text.slice(c.end, c.end + PROPERTY_WINDOW_CHARS)));
}

/** the object of a violence word is property: "(attacked and damaged) the building of", "targeting a 3-story commercial building" */
const PROPERTY_OBJECT =
  /^(?:\s+(?:and|or)\s+\w+)?\s+(?:(?:the|a|an|two|three|several|some|\d+|of)\s+)*(?:(?!military\b|army\b|police\b|security\b)[\w-]+\s+){0,4}?(?:buildings?|offices?|houses?|homes?|shops?|stores?|malls?|factor(?:y|ies)|plants?|compan(?:y|ies)|pipelines?|oil ?fields?|infrastructure|churche?s?|mosques?|schools?|banks?|(?:private|civilian)\s+(?:vehicles?|cars?)|towers?|antennas?|warehouses?|markets?|premises|properties|property)\b/i;
/** "the oil field Bicentenario was (attacked)": property as the subject of a passive */
const PROPERTY_SUBJECT =
  /\b(?:buildings?|offices?|houses?|shops?|stores?|malls?|factor(?:y|ies)|plants?|pipelines?|oil ?fields?|infrastructure|churche?s?|mosques?|schools?|banks?|towers?|warehouses?|premises)\b(?:\s+[\w-]+){0,3}\s+(?:was|were|has been|have been)\s+(?:\w+\s+)?$/i;
/** injury words that say damage to things */
const PROPERTY_VERB = /^(?:damag\w*|destroy\w*)$/i;
const PROPERTY_WINDOW_CHARS = 60;
