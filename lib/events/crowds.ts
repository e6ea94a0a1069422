/**
 * Crowds in violence: a crowd that did it ("locals pelted police with stones") or a crowd that clashed with the
 * security forces ("clashes erupted between Palestinians and Israeli forces") makes ACLED's mob violence, not a
 * battle or an attack by an armed group.
 */
import { demonymIso } from '../gazetteer/demonyms';
import type { ActorMention } from './actors';
import { wordsBefore, type CueHit, type NounHit } from './cues';
import {
  ARMED_KINDS, SECURITY_KINDS, PASSIVE_AUXILIARIES, STATE_OF_DEATH, SUBJECT_WINDOW_CHARS, CROWD_AGENT_BEFORE, GUNFIRE, CLASH_BETWEEN,
} from './classify-rules';
import { has, type SentenceView } from './sentence-view';

const UNIDENTIFIED_GROUP = 'unidentified-armed-group';
/** death words with no killer in them: bodies found */
const FOUND_DEAD = /\bfound dead\b|\bbod(?:y|ies)\b|\bcorpses?\b|\bremains\b|\bdead bod/i;
/** armed people a report names, or their guns: "armed youth", "members of the Gulf Cartel", "using firearms" */
const ARMED_PEOPLE =
  /\b(?:cartels?|gangs?|militias?|militiam[ae]n|mafias?|gunm[ae]n|fighters|militants|rebels|insurgents|combatants|jihadists|bandits|kidnappers|firearms?|rifles?|pistols?|guns?|exchanged fire|armed (?!police|forces|with (?:sticks|stones|clubs|rods|iron rods|bricks|canes|batons|bamboo)))\b/i;
/** cues of weapons no crowd uses */
const REMOTE_WEAPON_CUES = ['ied', 'shelling', 'air', 'suicide'] as const;
/** words in an unidentified group's name that say it carried arms or is an outlaw band */
const ARMED_NAME = /armed|gun|bandit|kidnap|militant|fighter|insurgent|terror/i;
/** violence words of bare hands, sticks and stones */
const BLOWS = /^(?:beat(?:en|ing|s)?\b|beat(?:en)? up|beaten to death|lynch|ston(?:ed|ing)|pelt|(?:threw|hurled) (?:stones|rocks)|stone[- ]pelting|thrash|flogg|whipp|club(?:bed)?\b|kick|punch|slapp)/i;
/** any weapon named, or armed people: then it was no bare-handed crowd */
const ARMS =
  /\b(?:armed|arms|gun\w*|shot|shoot\w*|fired|firing|opened fire|rifles?|pistols?|bullets?|knife|knives|stabb\w*|machetes?|swords?|axes?|hack\w*|bombs?|explosives?|grenades?|acid|arrows?|spears?)\b/i;
/** a demonym used as a plural noun, or before a word for people from elsewhere */
const ORIGIN_PLURAL =
  /\b(\p{Lu}\p{Ll}+s)\b(?! (?:forces|army|police|troops|soldiers|military|authorities|government|officials))|\b(\p{Lu}\p{Ll}+) (?:nationals|migrants|refugees|asylum seekers|citizens|tourists|workers|students|pilgrims|demonstrators|protesters|protestors)\b/gu;

/**
 * True when a crowd did it ("two groups clashed", "locals pelted police with stones", "supporters attacked"): the
 * subject before the violence word is a crowd noun or civilians, and no armed group (other than the state's
 * forces, who may be the crowd's target) takes part.
 */
export function crowdDoer(s: SentenceView, trigger: CueHit, doer: ActorMention | undefined): boolean {
  if (s.actors.some((a) => ARMED_KINDS.has(a.kind) && !SECURITY_KINDS.has(a.kind))) return false;
  if (doer !== undefined && doer.kind === 'civilians' && doer.end <= trigger.start) return true;
  if (doer !== undefined && ARMED_KINDS.has(doer.kind) && doer.end <= trigger.start) return false;
  // "three people died", "two women were found dead", "the bodies of": words of death name who died, never who killed
  if (STATE_OF_DEATH.test(trigger.text) || FOUND_DEAD.test(trigger.text)) return false;
  // "seven people were shot dead": before a passive the crowd word names the victims, not who did it
  const passive = wordsBefore(s.tokens, trigger.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w));
  const subject = passive ? undefined : s.nouns.filter((n) => n.end <= trigger.start && trigger.start - n.end <= SUBJECT_WINDOW_CHARS).at(-1);
  // "five journalists were injured by traders": the crowd after "by" did it
  const agent = s.nouns.find((n) => n.start >= trigger.end && CROWD_AGENT_BEFORE.test(s.text.slice(trigger.end, n.start)));
  const crowd = (n: NounHit | undefined): boolean => n !== undefined && n.classes.has('crowd') && !n.classes.has('armed-targets');
  // a crowd that shoots is an armed group: mob violence is done with fists, stones and blades
  const shooting = s.cues.some((c) => GUNFIRE.test(c.text)) || armedOthers(s);
  // nor does a crowd detonate a bomb or fire shells: those are an armed group's, whatever the words call its members
  const explosive = REMOTE_WEAPON_CUES.some((c) => has(s, c));
  return (crowd(subject) || crowd(agent)) && !has(s, 'direct-fire') && !shooting && !explosive;
}

/**
 * A clash between a crowd and the security forces and nobody else armed — "clashes erupted between Palestinians and
 * Israeli forces", "migrant workers clashed with police" — with no gunfire from anyone: ACLED's mob violence.
 */
export function crowdAgainstForces(s: SentenceView, remote: boolean): boolean {
  if (!has(s, 'clash') || has(s, 'direct-fire') || has(s, 'mutual') || remote) return false;
  if (s.actors.some((a) => ARMED_KINDS.has(a.kind) && !SECURITY_KINDS.has(a.kind)) || armedOthers(s)) return false;
  const crowd = s.nouns.some((n) => n.classes.has('crowd') && !n.classes.has('armed-targets')) ||
    s.actors.some((a) => a.kind === 'civilians' || a.kind === 'rioters') || peopleByOrigin(s.text);
  return crowd && s.cues.some((c) => c.cues.has('clash') && CLASH_BETWEEN.test(c.text));
}

/**
 * Blows by unnamed people with no weapon named — "a man was beaten to death by four men", "a group of citizens tied
 * a thief to a tree and beat him" — are ACLED's mob violence: an attack needs an organised armed group, and people
 * who beat or stone someone with bare hands, sticks or stones are rioters, however few. Not when an armed actor
 * (the state's forces included: "police beat a vendor" is their attack) takes part, nor when a weapon is named.
 */
export function unarmedBeating(s: SentenceView, doer: ActorMention | undefined): boolean {
  // "young men beat up a soldier", "a policeman was beaten up by three persons": the forces beaten take no part as
  // an armed side (ACLED: Rioters against the forces)
  if (doer !== undefined && doer.kind !== 'civilians' && !unnamedPeople(doer) && !beatenForce(s, doer)) return false;
  if (s.actors.some((a) => ARMED_KINDS.has(a.kind) && !unnamedPeople(a) && !beatenForce(s, a)) || ARMS.test(s.text)) return false;
  if (has(s, 'sexual') || has(s, 'abduct')) return false; // rape and abduction are attacks whoever does them
  if (!s.cues.some((c) => BLOWS.test(c.text))) return false;
  // the beaten and the ones who beat: two kinds of people named, not one person found beaten
  const people = s.nouns.filter((n) => (n.classes.has('crowd') || n.classes.has('civilians')) && !n.classes.has('armed-targets')).length;
  return people + (s.actors.some((a) => beatenForce(s, a)) ? 1 : 0) >= 2;
}

/** a member of the state's forces as what blows fell on: right after the blow word, or the subject of its passive */
function beatenForce(s: SentenceView, a: ActorMention): boolean {
  if (!SECURITY_KINDS.has(a.kind)) return false;
  return s.cues.some((c) => BLOWS.test(c.text) &&
    ((c.end <= a.start && BEATEN_OBJECT_GAP.test(s.text.slice(c.end, a.start))) ||
      (a.end <= c.start && BEATEN_PASSIVE_GAP.test(s.text.slice(a.end, c.start)))));
}

/** "beat up (a) soldier", "beat (two) policemen" */
const BEATEN_OBJECT_GAP = /^\s+(?:up\s+)?(?:a|an|the|two|three|several|\d+)?\s*$/i;
/** "(a policeman) on duty was", "(soldiers) were severely" */
const BEATEN_PASSIVE_GAP = /^\s+(?:on duty\s+)?(?:was|were|got)\s+(?:\w+\s+)?$/i;

/**
 * Armed people besides the state's forces: guns or armed men named ("armed youth", "using firearms"), a cartel,
 * gang or militia, fighters or militants ("the army clashed with militias"). A crowd among them is no unarmed mob:
 * the fight is a battle or an attack. The state's own "Armed Forces" and "armed police" are not others.
 */
function armedOthers(s: SentenceView): boolean {
  return ARMED_PEOPLE.test(s.text);
}

/** "assailants", "attackers", "unidentified individuals": people the words call unknown, not armed */
export function unnamedPeople(a: ActorMention): boolean {
  return a.entry?.id === UNIDENTIFIED_GROUP && !ARMED_NAME.test(a.text);
}

/** people named by where they come from: "Palestinians", "Indian nationals", "Afghan migrants" */
export function peopleByOrigin(text: string): boolean {
  return crowdOrigin(text) !== null;
}

/**
 * The country of the first people the sentence names by where they come from (ISO2), or null: ACLED names a crowd
 * by its own country, not the one it gathers in ("Chinese tourists held a protest in Kathmandu": Protesters (China)).
 * @example crowdOrigin('around 30 Ethiopian refugees protested in Hargeysa') // 'ET'
 */
export function crowdOrigin(text: string): string | null {
  for (const m of text.matchAll(ORIGIN_PLURAL)) {
    const iso = demonymIso((m[1] ?? m[2]) as string);
    if (iso !== undefined) return iso;
  }
  return null;
}
