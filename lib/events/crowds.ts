/**
 * Crowds in violence: a crowd that did it ("locals pelted police with stones") or a crowd that clashed with the
 * security forces ("clashes erupted between Palestinians and Israeli forces") makes ACLED's mob violence, not a
 * battle or an attack by an armed group.
 */
import { demonymIso } from '../gazetteer/demonyms';
import type { ActorMention } from './actors';
import { wordsBefore, type CueHit, type NounHit } from './cues';
import {
  ARMED_KINDS, SECURITY_KINDS, PASSIVE_AUXILIARIES, SUBJECT_WINDOW_CHARS, CROWD_AGENT_BEFORE, GUNFIRE, CLASH_BETWEEN,
} from './classify-rules';
import { has, type SentenceView } from './sentence-view';

/** a demonym used as a plural noun, or before a word for people from elsewhere */
const ORIGIN_PLURAL = /\b(\p{Lu}\p{Ll}+s)\b(?! (?:forces|army|police|troops|soldiers|military|authorities|government|officials))|\b(\p{Lu}\p{Ll}+) (?:nationals|migrants|refugees)\b/gu;

/**
 * True when a crowd did it ("two groups clashed", "locals pelted police with stones", "supporters attacked"): the
 * subject before the violence word is a crowd noun or civilians, and no armed group (other than the state's
 * forces, who may be the crowd's target) takes part.
 */
export function crowdDoer(s: SentenceView, trigger: CueHit, doer: ActorMention | undefined): boolean {
  if (s.actors.some((a) => ARMED_KINDS.has(a.kind) && !SECURITY_KINDS.has(a.kind))) return false;
  if (doer !== undefined && doer.kind === 'civilians' && doer.end <= trigger.start) return true;
  if (doer !== undefined && ARMED_KINDS.has(doer.kind) && doer.end <= trigger.start) return false;
  // "seven people were shot dead": before a passive the crowd word names the victims, not who did it
  const passive = wordsBefore(s.tokens, trigger.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w));
  const subject = passive ? undefined : s.nouns.filter((n) => n.end <= trigger.start && trigger.start - n.end <= SUBJECT_WINDOW_CHARS).at(-1);
  // "five journalists were injured by traders": the crowd after "by" did it
  const agent = s.nouns.find((n) => n.start >= trigger.end && CROWD_AGENT_BEFORE.test(s.text.slice(trigger.end, n.start)));
  const crowd = (n: NounHit | undefined): boolean => n !== undefined && n.classes.has('crowd') && !n.classes.has('armed-targets');
  // a crowd that shoots is an armed group: mob violence is done with fists, stones and blades
  const shooting = s.cues.some((c) => GUNFIRE.test(c.text));
  return (crowd(subject) || crowd(agent)) && !has(s, 'direct-fire') && !shooting;
}

/**
 * A clash between a crowd and the security forces and nobody else armed — "clashes erupted between Palestinians and
 * Israeli forces", "migrant workers clashed with police" — with no gunfire from anyone: ACLED's mob violence.
 */
export function crowdAgainstForces(s: SentenceView, remote: boolean): boolean {
  if (!has(s, 'clash') || has(s, 'direct-fire') || has(s, 'mutual') || remote) return false;
  if (s.actors.some((a) => ARMED_KINDS.has(a.kind) && !SECURITY_KINDS.has(a.kind))) return false;
  const crowd = s.nouns.some((n) => n.classes.has('crowd') && !n.classes.has('armed-targets')) ||
    s.actors.some((a) => a.kind === 'civilians' || a.kind === 'rioters') || peopleByOrigin(s.text);
  return crowd && s.cues.some((c) => c.cues.has('clash') && CLASH_BETWEEN.test(c.text));
}

/** people named by where they come from: "Palestinians", "Indian nationals", "Afghan migrants" */
export function peopleByOrigin(text: string): boolean {
  for (const m of text.matchAll(ORIGIN_PLURAL)) {
    if (demonymIso((m[1] ?? m[2]) as string) !== undefined) return true;
  }
  return false;
}
