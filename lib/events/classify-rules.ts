/**
 * The tables and word patterns ACLED's rules are read with in classify.ts: which actor kinds are armed, state or
 * crowd; which cues make which remote or strategic sub-event; and the words around a cue that say who did it, to
 * whom, and whether the sentence reports it at all.
 */
import type { ActorKind } from './actors';
import type { Cue } from './cues';

export const ARMED_KINDS: ReadonlySet<ActorKind> = new Set(['militant', 'non-state', 'state', 'state-ally', 'coalition']);
export const SECURITY_KINDS: ReadonlySet<ActorKind> = new Set(['state', 'state-ally']);
export const CROWD_KINDS: ReadonlySet<ActorKind> = new Set(['protesters', 'rioters', 'civilians']);
export const GOVERNMENT_SIDE: ReadonlySet<ActorKind> = new Set(['state', 'state-ally']);
export const NON_STATE_SIDE: ReadonlySet<ActorKind> = new Set(['militant', 'non-state']);
export const REMOTE_SUB_EVENTS: readonly (readonly [Cue, Cue | null, string])[] = [
  ['suicide', null, 'Suicide bomb'],
  ['ied', 'ied-weapon', 'Remote explosive/landmine/IED'],
  ['grenade', 'grenade-weapon', 'Grenade'],
  ['air', 'air-weapon', 'Air/drone strike'],
  ['shelling', 'shelling-weapon', 'Shelling/artillery/missile attack'],
];
/** cues that say force was used ("fired", "struck", "targeted"): they turn a weapon word into an attack */
export const ATTACK_CUES: readonly Cue[] = ['clash', 'kill', 'injure'];
export const VIOLENCE_CUES: readonly Cue[] = [
  'clash',
  'mutual',
  'direct-fire',
  'shelling',
  'air',
  'ied',
  'grenade',
  'suicide',
  'kill',
  'injure',
  'abduct',
  'sexual',
  'territory',
];
export const STRATEGIC: readonly (readonly [Cue, string])[] = [
  ['disrupted', 'Disrupted weapons use'],
  ['withdrawal', 'Non-violent transfer of territory'],
  ['agreement', 'Agreement'],
  ['base', 'Headquarters or base established'],
  ['loot', 'Looting/property destruction'],
  ['arrest', 'Arrests'],
  ['group-change', 'Change to group/activity'],
  ['other-strategic', 'Other'],
];
/** "the positions of X", "with X", "against X": the actor after these is the other side */
export const TARGET_BEFORE = /\b(?:positions?\s+of|with|against|on|at|from|targeting|targeted|attacked|ambushed|killing|killed)\s+(?:the\s+)?$/i;
/** words that mark the actor after them as the loser, not the doer ("seized … from ISIS") */
export const NOT_AGENT_BEFORE = /\b(?:from|against|on|by)\s+$/i;
/** an act of force, then "by" and the actor's modifiers: "attacks by suspected", "operation carried out by the" */
export const ACT_BY_BEFORE =
  /\b(?:attacks?|operations?|raids?|ambush(?:es)?|offensive|assaults?|strikes?|airstrikes?|shelling|fire|gunfire|carried out|conducted|launched|killed|wounded|injured|shot|targeted|attacked|ambushed|hit|fired|shelled)\s+(?:\w+\s+){0,2}?by\s+(?:(?:the|suspected|alleged|unidentified|a|an)\s+)*$/i;
export const ACT_BY_WINDOW_CHARS = 60;
/** between a group and its weapon: "Taliban-planted", "IS-laid", "Houthi-fired" */
export const PLANTED_BY = /^-(?:planted|laid|placed|made|fired|launched|rigged)\s+$/i;
/** right after a violence word, the words before its doer: " by", " by a group of", " to death by four" */
export const CROWD_AGENT_BEFORE = /^(?:\s+\w+){0,2}?(?:\s+and\s+(?:\w+\s+){0,3}?(?:was|were)\s+\w+)?\s+by\s+(?:(?:a|an|the|some|several|\d+|two|three|four|five|six|about|around|over|group|groups|of|local|angry)\s+)*$/i;
/** attack words that need no one fighting back */
export const ONE_SIDED = /^(?:attack\w*|targeted|targeting|shot at|opened fire|open fire|fired\b.*|firing|assault\w*|raid\w*|stormed)$/i;
/** destruction words that say someone meant it, whoever it was */
export const DELIBERATE_DESTRUCTION = /^(?:arson|torched|vandali|ransacked|set (?:on )?fire|set ablaze|set alight|burn(?:ed|t) down|smashed|demolished|cut down|uprooted)/i;
/** words that open a clause about something other than the event before them */
export const OTHER_CLAUSE =
  /,\s*(?:which|who|whose|that|as|because|since|while|where|when|after|amid)\b|,\s*(?:and|but)\s+(?:they|he|she|it|we|there|the|a|an|this|these|those)\b|\b(?:which|whose|that|saying|fearing|claiming|warning|arguing|because|since)\b/i;
export const PASSIVE_AUXILIARIES = ['is', 'was', 'were', 'are', 'been', 'being', 'be', 'got'];
/** "liberated", "retaken", "overrun" — a passive needs a participle ("is seizing" is not one) */
export const PAST_PARTICIPLE = /(?:ed|en|un|wn)$/i;
/** how far from a territorial trigger the taken place may be, in characters ("retook the town of Mayadeen") */
export const MAX_OBJECT_DISTANCE_CHARS = 80;
/** clash words that need two sides: "clashed", "fought", "battled" ("the two forces clashed") */
export const RECIPROCAL = /^(?:clash|fought|fight|battl|skirmish)/i;
/** injury words that say a weapon was used ("opened fire", "shot", "stabbed"), not a fist or a metaphor ("beat") */
export const WEAPON_VERB = /fire|shot|shoot|stab|hack|drive-by|acid|machete/i;
/** words that say who died with the dead before them ("a man died", "two men were found dead") */
export const STATE_OF_DEATH = /^(?:(?:(?:were|was)\s+)?found\s+)?dead$|^died$|^lost\b/i;
/** how far before a violence word its subject may stand, in characters ("two village groups clashed") */
export const SUBJECT_WINDOW_CHARS = 40;
/** what joins two victims into one group: "soldiers and a civilian", "men, women" */
export const JOINED_NOUNS = /^\s*(?:,|and|&)\s*(?:(?:a|an|the|\d+|\w+)\s+){0,2}$/i;
/** how far a victim noun may stand from the violence word, in characters */
export const VICTIM_WINDOW_CHARS = 70;
/** quoted words up to this many are a term, not a quotation */
export const SCARE_QUOTE_WORDS = 3;
/** minimum words of prose outside quotes and headings for a sentence to carry an event */
export const MIN_WORDS = 4;
/** words that open a clause telling a protest's cause or demand rather than what happened at it */
export const CAUSE_CLAUSE = /\b(?:after|because|following|over|accused|since|when|release|demand\w*|against|that|who|which|whose|to\s+protest)\b/i;
/** "Taliban denied they were behind the attacks": a denial reports no event */
export const DENIAL = /\b(?:denied|denies|deny|denying|dismissed (?:the )?(?:claims?|reports?))\b/i;
/** fire aimed at where people live or work, not at an armed side: "fired mortars at residential areas of Hays" */
export const FIRE_AT_AREA =
  /\b(?:fired|firing|fire|shot|shooting|targeted|targeting)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:at\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:areas?|neighbou?rhoods?|villages?|houses|homes|farms?|residential|streets?|markets?|locations|districts?|towns?|suburbs?|outskirts)|(?:at\s+)?(?:the\s+)?(?:east|west|north|south|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of|parts?\s+of|outskirts\s+of)\s+\p{Lu})/iu;
/** crew-served guns, heavy weapons by ACLED's reckoning when fired at an area: machine guns, anti-aircraft guns */
export const HEAVY_GUNS = /\bmachine[- ]?guns?\b|\banti-aircraft\b/i;
/** the arms of close combat: heard beside heavy guns, they tell of a fight, not of shelling */
export const SMALL_ARMS = /\bsmall[- ]arms\b|\brifles?\b|\bsnipers?\b|\bsniper fire\b/i;
/** gunfire a report only observed or heard, with no one said to fire it: "monitors observed bursts of fire" */
export const OBSERVED_FIRE = /\b(?:observed|heard|recorded|registered)\b[^.;]{0,60}\b(?:bursts?|shots|fire|gunfire)\b/i;
/** force words that name a search rather than a fight: "in a raid", "during an operation" */
export const SEARCH_OPERATION = /^(?:raid\w*|operations?|search\w*|sweep\w*|crackdown)$/i;
/** a relative clause opening right after the protest's crowd word: "demonstrators who pelted stones" */
export const CROWD_RELATIVE = /^\s*,?\s*(?:who|that)\s+(?:\w+\s+){0,2}$/i;
/** riot words that damage things, not people: done in a protest with no other doer named, they are the crowd's */
export const PROPERTY_DAMAGE = /burn|vandal|damag|destroy|set fire|fire to|ablaze|alight|on fire|torch|loot|ransack|smash|barricad|broke windows/i;
/** a fight takes two: "police clashed with the demonstrators" says the crowd fought too, whoever is the subject */
export const TWO_SIDED_FIGHT = /^(?:clash|fought|fight|skirmish|scuffle|brawl|confrontation|altercation|physical altercation)/i;
/** words of shooting: a crowd that shoots is no mob in ACLED's sense */
export const GUNFIRE = /\b(?:shot|shoot\w*|gun\w*|fired)\b/i;
/** crowd words that say a crowd, not a few people: a mob is many */
export const STRONG_CROWD =
  /^(?:mobs?|crowds?|rioters|protesters|protestors|demonstrators|residents|villagers|locals|youths?|inhabitants|hundreds|thousands|dozens|angry)\b/i;
/** words of a fight between two parties (not of an attack by one) */
export const CLASH_BETWEEN = /^(?:clash\w*|fought|fight\w*|scuffle\w*|brawl\w*|confrontation\w*)$/i;
/** strikes that only backed a ground operation: "an operation by special forces, backed by airstrikes" */
export const SUPPORTING_FIRE = /\b(?:backed|supported|assisted|covered) by(?: \w+){0,4} $|\b(?:with|under) (?:the )?(?:support|cover) of(?: \w+){0,4} $/i;
/** characters before a strike word read for "backed by" */
export const SUPPORT_WINDOW_CHARS = 40;
/** a new clause whose subject is the crowd: "…, demonstrators attacked", "… and they burned" */
export const CROWD_CLAUSE =
  /(?:,|\band)\s+(?:the\s+)?(?:demonstrators|protesters|protestors|they|the crowd|crowds?|rioters|residents|youths?|students|workers)\s+(?:\w+\s+)?$/i;
/** words that open a clause telling a protest's cause, when they follow the protest word directly */
export const CAUSE_CLAUSE_START = /\b(?:after|because|following|over|who|which|that|since|when|after)\b/i;
/** a munition launched or dropped, beside the attack cues: "launched two ballistic missiles", "a bomb was dropped" */
export const WEAPON_USED =
  /\b(?:launched|launching|dropped|dropping|lobbed)\s+(?:\w+\s+){0,3}?(?:rockets?|missiles?|bombs?|shells?|mortars?|grenades?|projectiles?)\b|\b(?:rockets?|missiles?|bombs?|shells?|mortars?|grenades?|projectiles?)\s+(?:was|were)\s+(?:launched|dropped|lobbed)\b/i;
