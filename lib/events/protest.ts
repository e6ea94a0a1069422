/**
 * Protests in ACLED's terms: the crowd is actor1, and force against it or by it decides the sub-event — a Peaceful
 * protest, a Protest with intervention, Excessive force against protesters, or a Violent demonstration (Riots).
 */
import { doerOf } from './actors';
import type { Classification, RoleFill } from './classify';
import { event } from './classification';
import {
  ARMED_KINDS, CAUSE_CLAUSE, CAUSE_CLAUSE_START, CROWD_CLAUSE, CROWD_KINDS, CROWD_RELATIVE, NON_STATE_SIDE,
  PASSIVE_AUXILIARIES, PROPERTY_DAMAGE, SECURITY_KINDS, TWO_SIDED_FIGHT,
} from './classify-rules';
import { crowdOrigin } from './crowds';
import {
  CROWD_WHO_BEFORE, CROWD_WHO_LOOKBEHIND, PURPOSE_BEFORE, PURPOSE_LOOKBEHIND, actWithClaim, crowdDid,
} from './crowd-acts';
import { wordsBefore, type Cue, type CueHit } from './cues';
import { first, has, hasNoun, type SentenceView } from './sentence-view';

/** Protests: the crowd is actor1; force against it or by it decides the sub-event. */
export function protest(s: SentenceView): Classification | null {
  const strong = first(s, 'protest');
  const weak = first(s, 'protest-weak');
  const crowd = s.actors.some((a) => CROWD_KINDS.has(a.kind)) || hasNoun(s, 'crowd');
  const armedViolence = has(s, 'shelling') || has(s, 'air') || has(s, 'ied') || has(s, 'suicide') || armedSides(s) >= 2;
  const continued = s.context.protest && !armedViolence ? (first(s, 'riot') ?? first(s, 'intervention')) : null;
  // "workers set fire to tires. … the police tried to contain the demonstration": a crowd's destruction told before
  // the paragraph names its protest is the protest's
  const unarmedCrowd = crowd && !armedViolence && !s.actors.some((a) => NON_STATE_SIDE.has(a.kind));
  const toldLater = s.context.protestLater && unarmedCrowd ? first(s, 'riot') : null;
  // "flood victims blocked the road to demand justice": an act and its claim, with no armed group in the sentence
  const claimed = !armedViolence && !s.actors.some((a) => ARMED_KINDS.has(a.kind)) ? actWithClaim(s) : null;
  const trigger = strong ?? (weak !== null && crowd && !armedViolence ? weak : null) ?? claimed ?? continued ?? toldLater;
  if (trigger === null) return null;
  const security = s.actors.find((a) => SECURITY_KINDS.has(a.kind));
  const police: RoleFill = security ? { mention: security } : { generic: 'police-forces' };
  // "police assaulted the demonstrators": force by the security forces is an intervention, not the crowd's riot
  const bySecurity = (c: CueHit): boolean => {
    const doer = doerOf(s.actors, c, s.text);
    return doer !== undefined && SECURITY_KINDS.has(doer.kind) &&
      (doer.end <= c.start || PASSIVE_BY.test(s.text.slice(c.end, doer.start)));
  };
  const told = (cue: Cue, allowPassive: boolean): boolean =>
    s.cues.some(
      (c) =>
        (c.cues.has(cue) ? !(cue === 'riot' && bySecurity(c) && !TWO_SIDED_FIGHT.test(c.text)) : cue === 'intervention' && (c.cues.has('riot') || c.cues.has('clash')) && bySecurity(c)) &&
        partOfProtest(s, trigger, c, allowPassive) &&
        // "relatives of detained activists held a vigil": force before the protest word needs the force named
        (cue !== 'intervention' || c.start > trigger.start || security !== undefined),
    );
  const killedProtesters = told('kill', true) && (security !== undefined || told('intervention', true));
  if (killedProtesters) return event(s, 'Protests', 'Excessive force against protesters', trigger, [crowdOf('protesters', s)], [police]);
  // "protesters attacked police", "demonstrators fought with security forces": the crowd's own violence
  // "youths attacked a police station to demonstrate": the act a protest word is the purpose of is the protest's
  const purpose = PURPOSE_BEFORE.test(s.text.slice(Math.max(0, trigger.start - PURPOSE_LOOKBEHIND), trigger.start));
  // … and "a clash ensued between Chinese demonstrators and Nepal Police": the clash named with the crowd as a side
  const crowdFought = s.cues.some((c) => c.cues.has('clash') && !bySecurity(c) &&
    ((c.start > trigger.end && partOfProtest(s, trigger, c, false)) || (purpose && c.end <= trigger.start) ||
      (c.end <= trigger.start && CLASH_BETWEEN_CROWD.test(s.text.slice(c.end, trigger.start)))));
  // "demonstrators … killed him", "journalists were beaten up by demonstrators": the crowd hurt someone
  const crowdHurt = s.cues.some((c) => (c.cues.has('kill') || c.cues.has('injure')) && crowdDid(s, c));
  // "tires were burned and police stations vandalized … to disperse the demonstrators": damage to property with no
  // one else named to have done it is the crowd's
  const crowdDamage = !s.actors.some((a) => NON_STATE_SIDE.has(a.kind)) && s.cues.some((c) =>
    c.cues.has('riot') && PROPERTY_DAMAGE.test(c.text) && !bySecurity(c) && partOfProtest(s, trigger, c, true));
  if (told('riot', false) || crowdFought || crowdDamage || crowdHurt || (has(s, 'riot') && trigger.cues.has('riot')) || s.actors.some((a) => a.kind === 'rioters')) {
    return event(s, 'Riots', 'Violent demonstration', trigger, [crowdOf('rioters', s)], security ? [police] : []);
  }
  if (told('intervention', true)) return event(s, 'Protests', 'Protest with intervention', trigger, [crowdOf('protesters', s)], [police]);
  return event(s, 'Protests', 'Peaceful protest', trigger, [crowdOf('protesters', s)], []);
}

function armedSides(s: SentenceView): number {
  const ids = new Set(s.actors.filter((a) => ARMED_KINDS.has(a.kind)).map((a) => `${a.entry?.id ?? ''}:${a.country ?? ''}`));
  return ids.size;
}

/** the crowd of a protest or riot, with the country its people come from when the words give one */
export function crowdOf(role: 'protesters' | 'rioters', s: SentenceView): RoleFill {
  const origin = crowdOrigin(s.text);
  return origin === null ? { generic: role } : { generic: role, origin };
}

/**
 * True when `cue` tells what happened at the protest, not its background: not in a clause that gives the
 * protest's cause ("… protested after a police officer beat up a trader", "demanding the release of two people
 * who were arrested"), and, for the crowd's own acts, not passive ("their crops were damaged").
 */
function partOfProtest(s: SentenceView, trigger: CueHit, cue: CueHit, allowPassive: boolean): boolean {
  if (cue === trigger) return true;
  const between = cue.start > trigger.start ? s.text.slice(trigger.end, cue.start) : s.text.slice(0, cue.start);
  // "demonstrators who pelted stones": a relative clause right after the crowd tells what the crowd did; so does a
  // new clause with the crowd as its subject ("…, demonstrators attacked the police station") and the main verb after
  // a crowd "demonstrating against the curfew"
  const crowdActs = CROWD_RELATIVE.test(between) || CROWD_CLAUSE.test(s.text.slice(Math.max(0, cue.start - 40), cue.start)) ||
    (cue.start < trigger.start && CROWD_WHO_BEFORE.test(s.text.slice(Math.max(0, cue.start - CROWD_WHO_LOOKBEHIND), cue.start))) ||
    (cue.start > trigger.start && /ing$/i.test(trigger.text) && !/[,;]/.test(between) && !CAUSE_CLAUSE_START.test(between)) ||
    // "held a protest …, demanding aid, and were dispersed by police": a passive joined to the crowd's own clause
    (cue.start > trigger.start && CROWD_PASSIVE_JOINED.test(s.text.slice(Math.max(0, cue.start - 30), cue.start)));
  if (CAUSE_CLAUSE.test(between) && !crowdActs) return false;
  return allowPassive || !wordsBefore(s.tokens, cue.start, 1).some((w) => PASSIVE_AUXILIARIES.includes(w));
}

/** between a clash word and the protest word of one of its sides: "clash ensued between Chinese (demonstrators)" */
const CLASH_BETWEEN_CROWD = /^\s+(?:(?:ensued|erupted|broke out|took place|occurred)\s+)?between\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** ", and were (eventually) dispersed": the subject of the sentence, the crowd, suffered what follows */
const CROWD_PASSIVE_JOINED = /,?\s+and\s+(?:were|was|got)\s+(?:\w+ly\s+)?$/i;

/** "were assaulted by (the) police": the agent of a passive right after it */
const PASSIVE_BY = /^\s+by\s+(?:the\s+)?(?:\w+\s+)?$/i;
