/**
 * Event types in ACLED's terms, decided from a sentence's cues (cues.ts) and its participants, by the codebook's
 * rules: a protest is a Protest whatever else is said of it, unless the crowd turns violent (Riots) or is met with
 * force (Protest with intervention, Excessive force); violence between two armed sides is a Battle, and
 * shelling, air strikes or explosives a Remote-violence event unless direct fire between armed sides makes it an
 * Armed clash; violence by an armed actor against the unarmed is Violence against civilians; a crowd's violence
 * outside a protest is Mob violence; the rest (arrests, looting, defused bombs, agreements …) are Strategic
 * developments. One event per sentence; the article stage merges what several sentences say of one event.
 */
import type { EventType } from '../geojson/schema';
import type { ActorMention } from './actors';
import { coordinated, doerOf } from './actors';
import { EVENT_LEXICON, findCues, findNouns, naturalCause, wordsBefore, type Cue, type CueHit, type NounHit } from './cues';
import { tokenize, type Token } from './terms';
import { offDuty } from './person-object';
import { personObject, victimsOf } from './victims';
import { nonParticipant } from './non-participants';
import { crowdAgainstForces, crowdDoer, peopleByOrigin, unarmedBeating, unnamedPeople } from './crowds';
import { has, first, firstOf, hasNoun, type SentenceContext, type SentenceView } from './sentence-view';
import { memberOfArmedHurt } from './armed-members';
import { atPropertyOnly } from './property-target';
import { event, HEDGES } from './classification';
import { releaseIn } from './prisoner-release';
import { failedOwnBlast, remnantOfWar } from './war-remnants';
import { aidByArmedGroup } from './armed-group-aid';
import { seizureIn, strategic } from './strategic';
export { isReportable, words } from './reportable';
import { crowdOf, protest } from './protest';
import { objectEnd, seizedAfter } from './seizure';
import {
  ARMED_KINDS, SECURITY_KINDS, GOVERNMENT_SIDE, NON_STATE_SIDE, REMOTE_SUB_EVENTS, ATTACK_CUES,
  VIOLENCE_CUES, TARGET_BEFORE, NOT_AGENT_BEFORE, ACT_BY_BEFORE, ACT_BY_WINDOW_CHARS, PLANTED_BY,
  ONE_SIDED, PASSIVE_AUXILIARIES, PAST_PARTICIPLE,
  MAX_OBJECT_DISTANCE_CHARS, RECIPROCAL, WEAPON_VERB, DENIAL, FIRE_AT_AREA, HEAVY_GUNS, OBSERVED_FIRE, SMALL_ARMS, SEARCH_OPERATION,
  STRONG_CROWD, SUPPORTING_FIRE, SUPPORT_WINDOW_CHARS, WEAPON_USED
} from './classify-rules';

export { EVENT_LEXICON, cancelledAt } from './cues';

/** who fills a role: a mention of the sentence, or a generic actor of the registry (country from the place) */
/** a named actor, or a generic one (with the country of its people when the words give one: "Chinese tourists") */
export type RoleFill = { mention: ActorMention } | { generic: GenericRole; origin?: string };
/** registry ids of the generic actors ACLED's rules call for when the text names none */
export type GenericRole = 'protesters' | 'rioters' | 'civilians' | 'unidentified-armed-group' | 'police-forces' | 'military-forces' | 'government';

export type { SentenceContext } from './sentence-view';
const NO_CONTEXT: SentenceContext = { protest: false, protestLater: false };

export interface Classification {
  eventType: EventType;
  subEventType: string;
  /** the cue the event hangs on (its date and place are read near it) */
  trigger: { start: number; end: number; text: string };
  /** ACLED actor1 and its allies; actor2 and its allies (actor2 may be absent) */
  side1: RoleFill[];
  side2: RoleFill[];
  /** the sentence carries hedging ("would", "expected", "speculation") */
  hedged: boolean;
  /** the sentence reports at second hand ("reportedly", "allegedly") */
  secondHand: boolean;
}



const WEAK_HEDGES: ReadonlySet<string> = new Set(EVENT_LEXICON.weakHedges.words.filter((w) => !w.includes(' ')));

/**
 * The event cues of a sentence (kept for callers that only want to know whether a sentence speaks of an event).
 * @example findTriggers('Rebels seized the town.').length // 1
 */
export function findTriggers(text: string, tokens: readonly Token[] = tokenize(text)): CueHit[] {
  return findCues(text, tokens);
}

/**
 * Classifies a sentence: at most one event, in ACLED's terms, with who did it and to whom. `actors` are the
 * sentence's resolved actor mentions and `places` its place spans (offsets relative to `text`); a territorial
 * sub-event needs the taken place as the trigger's object ("retook Mayadeen", "Raqqa is liberated").
 * @example classifySentence('Police fired tear gas at protesters.', actors)[0]?.subEventType // 'Protest with intervention'
 */
export function classifySentence(
  text: string,
  actors: readonly ActorMention[],
  places: readonly { start: number; end: number }[] = [],
  tokens: readonly Token[] = tokenize(text),
  context: SentenceContext = NO_CONTEXT,
  cues: readonly CueHit[] = findCues(text, tokens),
): Classification[] {
  // a prisoner release or an armed group's aid has no event word of its own (see strategic)
  const named = actors.filter((a) => a.entry !== null);
  // (read only for a sentence without event words: most sentences have some or are no event)
  const wordless = (): boolean => releaseIn(text, named) === null && aidByArmedGroup(text, named) === null;
  if ((cues.length === 0 && wordless()) || DENIAL.test(textBefore(text, cues))) return [];
  const seized = seizureIn(text);
  const s: SentenceView = {
    text,
    tokens,
    // "the police seized a submachine gun, pistols and grenades": weapons named as what was taken fired nothing
    cues: seized === null ? cues : cues.filter((c) => !(WEAPON_CUES.some((w) => c.cues.has(w)) &&
      c.start >= seized.at.end && c.end <= objectEnd(text, seized.at.end))),
    nouns: findNouns(text, tokens),
    actors: named,
    places,
    hedged: tokens.some((t) => t.raw === t.lower && HEDGES.has(t.lower)), // a capitalised "May" is the month
    secondHand: tokens.some((t) => WEAK_HEDGES.has(t.lower)),
    context,
    seized,
  };
  // "a storm destroyed homes", "firefighters battled a blaze": no one's violence, unless an armed group is named
  const natural = naturalCause(text, cues, tokens) && !s.actors.some((a) => ARMED_KINDS.has(a.kind));
  // "two men were lynched": a mob's word tells who did it before the violence words do
  const mobCue = first(s, 'mob');
  // "shot dead in a vigilante-style attack by unidentified assailants": guns make it an armed group's attack
  const mobFirst = mobCue !== null && !armedGroupBefore(s, mobCue, false) && !s.cues.some((c) => GUNFIRE.test(c.text));
  const decided = protest(s) ?? (natural ? null
    : mobFirst ? (mobViolence(s) ?? violence(s) ?? strategic(s)) : (violence(s) ?? mobViolence(s) ?? strategic(s)));
  if (decided === null) return [];
  const strike = decided.eventType === 'Battles' ? ownStrike(s, decided) : null;
  return strike === null ? [decided] : [decided, strike].toSorted((a, b) => a.trigger.start - b.trigger.start);
}

// ---------------------------------------------------------------------------------------------------------------

/** what a territorial verb took when it names ground by its kind: "(captured) two positions", "(of) nine sites" */
const TERRAIN_TAKEN = /^\s+(?:(?:control\s+)?(?:of|over)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:areas?|sites?|positions?|villages?|towns?|hills?|hilltops?|mountains?|districts?|outposts?|military posts?)\b/i;
/** a name right after "control of": "took control of Lakmat al Qalah" */
const NAMED_GROUND = /^\s+(?:of|over)\s+(?:the\s+)?(?:(?:village|town|city|area|district)\s+of\s+)?\p{Lu}/u;

/** the cues that name a weapon, not its use */
const WEAPON_CUES: readonly Cue[] = ['shelling-weapon', 'air-weapon', 'ied-weapon', 'grenade-weapon', 'direct-fire'];

/** gunfire, not fire set: "shot dead", "opened fire", "gunmen" */
const GUNFIRE = /\b(?:shot|shoot\w*|gun\w*|fired|opened fire)\b/i;

/** shooting words: shots fired at a house threaten the people in it, they are no property destruction */
const FIRE_WORD = /fire|fired|shot|shoot|gun/i;

/**
 * Battles, remote violence and violence against civilians. Two armed sides (two armed actors, or one and armed
 * victims or targets: soldiers, positions, a checkpoint) make a Battle; explosive weapons make Remote violence
 * unless direct fire passes between armed sides; violence whose victims are civilians is Violence against
 * civilians, whoever did it (an unnamed perpetrator is an unidentified armed group, as ACLED codes it).
 */
function violence(s: SentenceView): Classification | null {
  // "launched a rocket", "a bomb was dropped": a remote weapon used is violence even with no attack word
  const used = WEAPON_USED.test(s.text) ? firstOf(s, ['shelling-weapon', 'air-weapon', 'ied-weapon', 'grenade-weapon']) : null;
  const trigger = firstOf(s, VIOLENCE_CUES) ?? used;
  if (trigger === null) return null;
  const territory = territorial(s);
  if (territory !== null) return territory;
  // "seized an IED and firearms": weapons named as what was taken are no fire (see strategic)
  const fightWords = s.cues.some((c) => (c.cues.has('clash') && !SEARCH_OPERATION.test(c.text)) || c.cues.has('mutual') || c.cues.has('kill') || c.cues.has('injure'));
  if (s.seized?.what === 'weapons' && !fightWords) return null;
  // the fallback is any armed actor but one the words make a target: "opened fire at the police", "police was shot"
  const doer = doerOf(s.actors, trigger, s.text) ?? agentNamedBy(s) ?? s.actors.find((a) => ARMED_KINDS.has(a.kind) && !targetOf(s, a));
  if (doer !== undefined && (doer.kind === 'protesters' || doer.kind === 'rioters')) return null; // a crowd's violence
  if (crowdDoer(s, trigger, doer)) return null; // villagers, groups of people, party supporters: mob violence
  if (unarmedBeating(s, doer)) return null; // "beaten to death by four men": rioters, see mobViolence
  if (crowdAgainstForces(s, remoteSubEvent(s) !== null)) return null; // "clashes erupted between Palestinians and Israeli forces": a riot
  const doerArmed = doer !== undefined && ARMED_KINDS.has(doer.kind);
  const victims = victimsOf(s);
  // off-duty, retired and former soldiers or police are civilians in ACLED's codebook
  const onDuty = (v: NounHit): boolean => v.classes.has('armed-targets') && !offDuty(s.text, v.start, v.end);
  const armedVictims = victims.some(onDuty) || memberOfArmedHurt(s, doer);
  const civilianVictims =
    victims.some((v) => (v.classes.has('civilians') || v.classes.has('armed-targets')) && !onDuty(v)) ||
    s.actors.some((a) => a.kind === 'civilians' && a !== doer) ||
    personObject(s);
  const opponent = otherSide(s, doer);
  const other = opponent?.fill ?? null;
  // "a shoot-out took place", "bursts of fire in both directions": the words themselves say two sides fought
  const armedPresent = s.actors.some((a) => ARMED_KINDS.has(a.kind)) || hasNoun(s, 'armed-targets');
  const reciprocal = s.cues.some((c) => c.cues.has('clash') && RECIPROCAL.test(c.text)) && armedPresent;
  // "a man was killed after exchanging fire with police": whoever dies in a fight between armed sides died in a
  // battle, as ACLED codes it (civilians caught in crossfire too)
  const fought = has(s, 'mutual') || reciprocal;
  // gunfire with nobody hit is a fight between armed sides — unless it was aimed at where people live ("fired
  // machine guns at residential neighbourhoods"): one side's fire at an area, as ACLED codes it
  // … or only heard by monitors ("the OSCE SMM observed bursts of fire involving heavy machineguns near X"): heavy
  // weapons' fire that no report gives a second side is shelling too
  const heardHeavyFire = !doerArmed && other === null && OBSERVED_FIRE.test(s.text) && HEAVY_GUNS.test(s.text) &&
    !SMALL_ARMS.test(s.text);
  const atArea = FIRE_AT_AREA.test(s.text) || heardHeavyFire;
  const mutual = fought || (has(s, 'direct-fire') && victims.length === 0 && !civilianVictims && !atArea);
  const twoSides = (doerArmed || doer === undefined) && (other !== null || armedVictims || mutual);
  const perpetrator: RoleFill = doerArmed && doer ? { mention: doer } : { generic: 'unidentified-armed-group' };
  // the other side of a fight nobody named is an armed group too, whoever of it died
  const victimSide = (): RoleFill[] =>
    other ? [other] : armedVictims ? [victimForces(s)] : fought && doerArmed ? [{ generic: 'unidentified-armed-group' }] : civilianVictims ? [civilians(s)] : [];

  const abduct = first(s, 'abduct');
  // "kidnapped three members of a family … and killed them": a killing outranks the abduction before it (an Attack)
  if (abduct !== null && !armedVictims && !has(s, 'kill')) return event(s, 'Violence against civilians', 'Abduction/forced disappearance', abduct, [perpetrator], [civilians(s)]);
  const sexual = first(s, 'sexual');
  if (sexual !== null) return event(s, 'Violence against civilians', 'Sexual violence', sexual, [perpetrator], [civilians(s)]);

  const remote = remoteSubEvent(s);
  // "villagers stepped on a landmine left from the civil war": an old war's remnant is no one's attack (Other); a
  // bomb that went off prematurely or did not go off is Disrupted weapons use (see strategic)
  if (remote !== null && remnantOfWar(s.text)) {
    const hurt = armedVictims ? [victimForces(s)] : victims.length > 0 || civilianVictims ? [civilians(s)] : [];
    return event(s, 'Strategic developments', 'Other', remote.at, [{ generic: 'unidentified-armed-group' }], hurt);
  }
  if (remote !== null && failedOwnBlast(s.text)) return null;
  // a clash the words call one between two sides ("a clash between GNA and LNA forces, involving heavy artillery
  // fire", "explosions in both directions"), or a ground operation the strikes only backed, is a battle
  const supportOnly = remote !== null && SUPPORTING_FIRE.test(s.text.slice(Math.max(0, remote.at.start - SUPPORT_WINDOW_CHARS), remote.at.start));
  const directFire = (has(s, 'direct-fire') || fought || supportOnly) && twoSides;
  if (remote !== null && !directFire) {
    if (has(s, 'disrupted') && !has(s, 'kill') && !has(s, 'injure')) return null; // a defused bomb, a downed drone
    const named = doerArmed || victims.length > 0 || other !== null || has(s, 'kill') || has(s, 'injure') || s.places.length > 0;
    if (!named) return null;
    // the doer of the strike itself ("Russian airstrikes") before the doer of the sentence's first violence word
    const striker = plantedBy(s, remote.at) ?? doerOf(s.actors, remote.at, s.text);
    const by: RoleFill = striker !== undefined && ARMED_KINDS.has(striker.kind) ? { mention: striker } : perpetrator;
    const otherIsStriker = other !== null && 'mention' in other && striker !== undefined && sameActor(other.mention, striker);
    const against =
      striker !== undefined && doer !== undefined && !sameActor(striker, doer) && (other === null || otherIsStriker) ? [{ mention: doer }] : victimSide();
    return event(s, 'Explosions/Remote violence', remote.subEventType, remote.at, [by], against);
  }
  // "unknown gunmen attacked and damaged the building of a radio station; no casualties", "an arson attack
  // targeting a commercial building": force at civilian property with nobody hurt is ACLED's Looting/property
  // destruction, not an attack on people or a battle (shots fired outside a politician's house threaten a person)
  if (!fought && !has(s, 'kill') && victims.length === 0 && !FIRE_WORD.test(trigger.text) && !personObject(s) && atPropertyOnly(s, trigger)) {
    return event(s, 'Strategic developments', 'Looting/property destruction', trigger, [perpetrator], []);
  }
  const force = ['clash', 'mutual', 'direct-fire', 'kill', 'injure'].some((c) => has(s, c as Cue));
  // "seized a weapons cache", "seized 2 tons of marijuana": a seizure of things is no fight (see strategic)
  const territoryWord = has(s, 'territory') && s.seized === null;
  if (!force && !(doerArmed && territoryWord)) return null;
  // "forces fired heavy machine guns at the As Shaab area": one armed side's fire at where people live, nobody hit
  // and nobody firing back, is ACLED's shelling (heavy weapons at an area), not a battle
  if ((doerArmed || heardHeavyFire) && !fought && other === null && victims.length === 0 && atArea && HEAVY_GUNS.test(s.text)) {
    return event(s, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', trigger, [perpetrator], []);
  }
  if (force && civilianVictims && !armedVictims && opponent?.targeted !== true && !fought) {
    return event(s, 'Violence against civilians', 'Attack', trigger, [perpetrator], [civilians(s)]);
  }
  // an armed group's one-sided attack ("armed men attacked a group of people") is a battle only against armed targets
  // or with words that say both sides fought; otherwise its victims are civilians
  // the doer's own noun ("pro-Houthi forces") is no armed target
  const armedTarget = s.nouns.some((n) => n.classes.has('armed-targets') && !(doer !== undefined && n.start >= doer.start && n.end <= doer.end));
  const battleWords = fought || territoryWord || armedTarget || s.cues.some((c) => c.cues.has('clash') && !ONE_SIDED.test(c.text));
  if (twoSides || (doerArmed && battleWords && !civilianVictims)) {
    return event(s, 'Battles', 'Armed clash', trigger, [perpetrator], victimSide());
  }
  // someone killed with no armed party named ("a man was shot dead"), or an armed party killing with no armed
  // opponent ("gunmen shot indiscriminately"): the unarmed are the victims
  const nobodyArmed = !s.actors.some((a) => ARMED_KINDS.has(a.kind)) && !hasNoun(s, 'armed-targets');
  const weaponUsed = has(s, 'kill') || s.cues.some((c) => c.cues.has('injure') && WEAPON_VERB.test(c.text));
  if ((has(s, 'kill') || has(s, 'injure')) && !armedVictims && (victims.length > 0 || doerArmed || (nobodyArmed && weaponUsed))) {
    return event(s, 'Violence against civilians', 'Attack', trigger, [perpetrator], [civilians(s)]);
  }
  return null;
}

/**
 * A second event in a battle sentence: remote violence that names its own doer ("… retook Mayadeen after intense
 * fighting and Russian airstrikes") is an event of that doer's, as ACLED would code it apart.
 */
function ownStrike(s: SentenceView, battle: Classification): Classification | null {
  const remote = remoteSubEvent(s);
  if (remote === null) return null;
  const owner = s.actors.find((a) => a.start <= remote.at.start && remote.at.end <= a.end);
  const battleSide = battle.side1.flatMap((r) => ('mention' in r ? [r.mention] : []));
  if (owner === undefined || battleSide.some((m) => sameActor(m, owner))) return null;
  const target = battle.side2.length > 0 ? battle.side2 : [];
  return event(s, 'Explosions/Remote violence', remote.subEventType, remote.at, [{ mention: owner }], target);
}

/** Violence by a crowd outside a protest (lynchings, communal fights, attacks on property). */
function mobViolence(s: SentenceView): Classification | null {
  const trigger = first(s, 'mob') ?? first(s, 'riot');
  const crowdActor = s.actors.find((a) => a.kind === 'rioters' || a.kind === 'protesters' || a.kind === 'civilians');
  const crowd = crowdActor !== undefined || hasNoun(s, 'crowd') || peopleByOrigin(s.text) || unarmedBeating(s, undefined);
  const violent = trigger ?? (crowd ? firstOf(s, ['clash', 'kill', 'injure']) : null);
  if (violent === null || (!crowd && first(s, 'mob') === null && !/\briot/i.test(violent.text))) return null;
  if (armedGroupBefore(s, violent, true)) return null;
  // property destroyed by a few people or a named group, with no crowd and nobody hurt, is Looting/property
  // destruction (see strategic): a mob is a crowd
  const crowdWords = s.actors.some((a) => a.kind === 'rioters' || a.kind === 'protesters') || has(s, 'mob') ||
    s.nouns.some((n) => n.classes.has('crowd') && STRONG_CROWD.test(n.text));
  const hurt = (['kill', 'injure', 'mutual'] as const).some((c) => has(s, c));
  if (!crowdWords && !hurt && has(s, 'loot') && !/\briot/i.test(violent.text)) return null;
  const riotWord = /\briot/i.test(violent.text);
  const sub = riotWord ? 'Violent demonstration' : 'Mob violence';
  const security = s.actors.find((a) => SECURITY_KINDS.has(a.kind));
  const victim: RoleFill[] = security ? [{ mention: security }] : victimsOf(s).length > 0 ? [civilians(s)] : [];
  return event(s, 'Riots', sub, violent, [crowdOf('rioters', s)], victim);
}

/** "retook the town of Mayadeen": a territorial trigger with the taken place as its object. */
function territorial(s: SentenceView): Classification | null {
  const trigger = first(s, 'territory');
  if (trigger === null || seizedAfter(s.text, trigger.end) !== null || !takesPlace(s.tokens, trigger, s.places, s.text)) return null;
  if (!s.actors.some((a) => ARMED_KINDS.has(a.kind)) && !hasNoun(s, 'armed-targets')) return null;
  const subject = doerOf(s.actors, trigger, s.text);
  const nearest = subject !== undefined && subject.end <= trigger.start && ARMED_KINDS.has(subject.kind) ? subject : agentBefore(s.text, trigger.start, s.actors);
  // "pro-Hadi forces and Southern Resistance fighters took control": the party's first actor leads it
  const agent = nearest === null ? null : s.actors.find((a) => a.end <= nearest.start && coordinated(s.actors, a, s.text).includes(nearest)) ?? nearest;
  const sub =
    agent === null ? 'Armed clash' : GOVERNMENT_SIDE.has(agent.kind) ? 'Government regains territory' : NON_STATE_SIDE.has(agent.kind) ? 'Non-state actor overtakes territory' : 'Armed clash';
  const doer = agent ?? s.actors.find((a) => ARMED_KINDS.has(a.kind));
  const other = otherSide(s, doer)?.fill;
  return event(s, 'Battles', sub, trigger, doer ? [{ mention: doer }] : [], other ? [other] : []);
}

/** The most specific remote-violence sub-event the sentence supports: a strong cue, or a weapon with an attack verb. */
function remoteSubEvent(s: SentenceView): { subEventType: string; at: CueHit } | null {
  // "launched two ballistic missiles", "a bomb was dropped from a helicopter": the weapon was used
  const attacked = ATTACK_CUES.some((c) => has(s, c)) || WEAPON_USED.test(s.text);
  for (const [strong, weapon, sub] of REMOTE_SUB_EVENTS) {
    const hit = first(s, strong) ?? (weapon !== null && attacked ? first(s, weapon) : null);
    if (hit !== null) return { subEventType: sub, at: hit };
  }
  return null;
}

/**
 * "… were killed following attacks by Afghan police", "during an operation by police special units": the armed
 * actor an act of force is said to be by, wherever that act stands in the sentence.
 */
function agentNamedBy(s: SentenceView): ActorMention | undefined {
  return s.actors.find((a) => ARMED_KINDS.has(a.kind) && ACT_BY_BEFORE.test(s.text.slice(Math.max(0, a.start - ACT_BY_WINDOW_CHARS), a.start)));
}

/** "a Taliban-planted landmine", "an IS-laid IED": the group named in the weapon's compound laid it */
function plantedBy(s: SentenceView, at: { start: number }): ActorMention | undefined {
  return s.actors.find((a) => ARMED_KINDS.has(a.kind) && PLANTED_BY.test(s.text.slice(a.end, at.start)));
}

/** How many distinct armed actors the sentence names (plus one for armed targets like "positions" or "soldiers"). */
/** "fired at the police", "the police officer was shot": the words place the actor where the violence falls */
function targetOf(s: SentenceView, a: ActorMention): boolean {
  return AIMED_AT_BEFORE.test(s.text.slice(Math.max(0, a.start - TARGET_WINDOW_CHARS), a.start)) ||
    HURT_BY_AFTER.test(s.text.slice(a.end, a.end + TARGET_WINDOW_CHARS));
}

const TARGET_WINDOW_CHARS = 40;
/** "opened fire at the police", "an attack on soldiers": what the fire or attack was aimed at ("with" is a fight's) */
const AIMED_AT_BEFORE = /\b(?:at|on|upon|targeting|targeted|attacked|ambushed)\s+(?:the\s+)?$/i;
/** "(police) was shot by a man": the subject of a passive of violence whose agent the sentence names */
const HURT_BY_AFTER =
  /^\s+(?:\w+\s+)?(?:was|were|had been|has been|have been|got)\s+(?:\w+\s+)?(?:shot|killed|attacked|injured|wounded|ambushed|targeted|abducted|kidnapped|beaten|stabbed|hit)\s+by\b/i;

/** The other side of the event: an armed actor named as the target, else another armed actor of the sentence. */
function otherSide(s: SentenceView, doer: ActorMention | undefined): { fill: RoleFill; targeted: boolean } | null {
  const allies = doer === undefined ? [] : coordinated(s.actors, doer, s.text);
  const others = s.actors.filter(
    (a) => !allies.includes(a) && a !== doer && ARMED_KINDS.has(a.kind) && !sameActor(a, doer) && !nonParticipant(s.text, a),
  );
  const targeted = others.find((a) => TARGET_BEFORE.test(s.text.slice(Math.max(0, a.start - 30), a.start)));
  const target = targeted ?? others[0];
  return target === undefined ? null : { fill: { mention: target }, targeted: targeted !== undefined };
}

/** the civilians of the sentence (a "Syrian civilians" mention keeps its country), else the generic ones */
function civilians(s: SentenceView): RoleFill {
  const named = s.actors.find((a) => a.kind === 'civilians');
  return named ? { mention: named } : { generic: 'civilians' };
}

/** the forces whose soldiers or police were the victims */
function victimForces(s: SentenceView): RoleFill {
  const police = s.nouns.some((n) => /police|policem|officer/i.test(n.text));
  return { generic: police ? 'police-forces' : 'military-forces' };
}

/** the place right after the trigger, or right before a passive one, is the ground taken */
function takesPlace(tokens: readonly Token[], trigger: CueHit, places: readonly { start: number; end: number }[], text = ''): boolean {
  const participle = PAST_PARTICIPLE.test(trigger.text);
  const passive = participle && wordsBefore(tokens, trigger.start, 2).some((w) => PASSIVE_AUXILIARIES.includes(w));
  // "took control of nine pro-Houthi sites", "took control of Lakmat al Qalah": ground the gazetteer need not know
  const after = text.slice(trigger.end, trigger.end + MAX_OBJECT_DISTANCE_CHARS);
  if (TERRAIN_TAKEN.test(after) || (/control$/i.test(trigger.text) && NAMED_GROUND.test(after))) return true;
  return places.some(
    (p) =>
      (p.start >= trigger.end && p.start - trigger.end <= MAX_OBJECT_DISTANCE_CHARS) ||
      (passive && p.end <= trigger.start && trigger.start - p.end <= MAX_OBJECT_DISTANCE_CHARS),
  );
}

/** the nearest resolved actor before the trigger that is not the object of "from/against/by" */
function agentBefore(text: string, at: number, actors: readonly ActorMention[]): ActorMention | null {
  const before = actors.filter(
    (a) => a.end <= at && a.entry !== null && !NOT_AGENT_BEFORE.test(text.slice(0, a.start)) && ARMED_KINDS.has(a.kind),
  );
  return before.at(-1) ?? null;
}

/**
 * An armed group (not the state's forces) named before the crowd's violence, its doer: "a mob of suspected
 * cultists", "residents lynched two armed men" name the group as the crowd or its victims, after the word.
 */
function armedGroupBefore(s: SentenceView, at: CueHit, unnamedAsPeople: boolean): boolean {
  return s.actors.some((a) => ARMED_KINDS.has(a.kind) && !SECURITY_KINDS.has(a.kind) && a.start < at.start &&
    !(unnamedAsPeople && unnamedPeople(a)));
}

function sameActor(a: ActorMention, b: ActorMention | undefined): boolean {
  return b !== undefined && a.entry?.id === b.entry?.id && (a.country ?? null) === (b.country ?? null);
}

/** the sentence up to its first cue, where a denial ("X denied …") would stand */
function textBefore(text: string, cues: readonly CueHit[]): string {
  return text.slice(0, cues[0]?.start ?? 0);
}
