/**
 * Who a sentence's violence fell on: the victim nouns of the lexicon nearest the violence words, and the persons
 * an active verb acts on that the lexicon does not list (person-object.ts). The event type turns on them: armed
 * victims make a Battle, unarmed ones Violence against civilians.
 */
import type { ActorMention } from './actors';
import { wordsBefore, type Cue, type CueHit, type NounHit } from './cues';
import { ARMED_KINDS, JOINED_NOUNS, PASSIVE_AUXILIARIES, STATE_OF_DEATH, VICTIM_WINDOW_CHARS } from './classify-rules';
import { offDuty, personObjectAfter } from './person-object';
import type { Token } from './terms';

/** the parts of a classified sentence the victims are read from */
export interface VictimView {
  text: string;
  tokens: readonly Token[];
  cues: readonly CueHit[];
  nouns: readonly NounHit[];
  actors: readonly ActorMention[];
}

/** the cues whose object is the one they harm */
const OBJECT_VERB_CUES: readonly Cue[] = ['kill', 'injure', 'abduct', 'clash', 'direct-fire'];
/**
 * "(was shot and) wounded by five gunmen", "an attack attributed to ADF fighters": what follows "by" (or an
 * attribution) did it, it is no victim
 */
const AGENT_PHRASE = /^\s+(?:by|(?:attributed|blamed)\s+(?:to|on)|claimed\s+by|(?:carried out|conducted|perpetrated|committed|launched)\s+by)\b/i;

/** between a subject noun and its verb: nothing, or an adverb of reporting */
const SUBJECT_GAP = /^\s+(?:(?:reportedly|allegedly|then|later|also)\s+)?$/i;

/**
 * The victims of the sentence's violence: the nouns nearest the violence word where a victim stands — before a
 * passive ("a man was killed"), after an active verb ("killed a man") — with those joined to them by "and" or a
 * comma ("two soldiers and a civilian").
 */

export function victimsOf(s: VictimView): NounHit[] {
  const violent = s.cues.filter((c) => c.cues.has('kill') || c.cues.has('injure') || c.cues.has('abduct') || c.cues.has('clash'));
  const out = new Set<NounHit>();
  for (const cue of violent) {
    const passive = wordsBefore(s.tokens, cue.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w)) || STATE_OF_DEATH.test(cue.text);
    const near = passive
      ? s.nouns.filter((n) => n.end <= cue.start && cue.start - n.end <= VICTIM_WINDOW_CHARS).toReversed()
      : s.nouns.filter((n) => n.start >= cue.end && n.start - cue.end <= VICTIM_WINDOW_CHARS && !AGENT_PHRASE.test(s.text.slice(cue.end, n.start)));
    // "during an arrest raid in Jericho, Israeli forces shot a man": the subject of the next violence verb is its
    // doer, not the earlier cue's victim
    // (a state of death after a noun, "leaving two civilians dead", says what befell it, not what it did)
    const [first, ...after] = near.filter((n) => !violent.some((c) =>
      c.start >= n.end && !STATE_OF_DEATH.test(c.text) && SUBJECT_GAP.test(s.text.slice(n.end, c.start))));
    if (first === undefined) continue;
    // "a chief police officer": in a compound the last noun is the head, the victim
    const compound = !passive && after[0] !== undefined && /^\s+$/.test(s.text.slice(first.end, after[0].start));
    const [nearest, ...rest] = compound ? (after as [NounHit, ...NounHit[]]) : [first, ...after];
    out.add(nearest);
    let last = nearest;
    for (const noun of rest) {
      const gap = passive ? s.text.slice(noun.end, last.start) : s.text.slice(last.end, noun.start);
      if (!JOINED_NOUNS.test(gap)) break;
      out.add(noun);
      last = noun;
    }
  }
  return [...out];
}

/**
 * True when a violence verb's object is a person outside the victim lexicon ("killed a revenue collector", "shot him").
 * @example personObject(view('Gunmen killed a tax collector.')) // true
 */
export function personObject(s: VictimView): boolean {
  const armed = [
    ...s.actors.filter((a) => ARMED_KINDS.has(a.kind)),
    ...s.nouns.filter((n) => n.classes.has('armed-targets') && !offDuty(s.text, n.start, n.end)),
  ];
  return s.cues.some((c) => OBJECT_VERB_CUES.some((cue) => c.cues.has(cue)) && personObjectAfter(s.text, c.end, armed));
}
