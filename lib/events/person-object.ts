/**
 * The person a violence verb acts on when the lexicon's victim nouns do not name one: "killed a revenue
 * collector", "opened fire at a Palestinian", "assaulted a qat seller", "shot him". English builds most words for
 * a person with an agentive suffix (-er, -or, -ist, -ant, -ent, -ian) or uses a demonym as a noun; an object phrase
 * headed by such a word, with no armed group or armed target in it, names an unarmed victim — which is what makes a
 * one-sided attack Violence against civilians rather than a Battle in ACLED's codebook.
 */
import { demonymIso } from '../gazetteer/demonyms';
import { EVENT_LEXICON } from './cues';

/** What the phrase may not overlap: armed actors, armed-target nouns, places (offsets in the sentence). */
export interface Span {
  start: number;
  end: number;
}

/** characters after the verb searched for its object */
const OBJECT_WINDOW_CHARS = 80;
/** words an object phrase may have before its head */
const MAX_MODIFIER_WORDS = 3;

/** "at"/"on" introduce the object of "opened fire", "fired", "attack on" */
const OBJECT_PREPOSITION = /^\s+(?:at|on|upon|against)\b/i;
const DETERMINER =
  /^\s+(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens of|\d+|his|her|their)\s+/i;
const PRONOUN_OBJECT = /^\s+(?:him|her)\b/i;
/** where the object phrase ends: punctuation or a word that starts the next constituent */
const PHRASE_END =
  /[,.;:()]|\s(?:in|at|on|near|and|or|who|whom|while|after|before|inside|outside|with|as|during|to|from|when|because|for|by|into|over|since|leaving|killing|injuring|wounding)\b/i;
/** agentive suffixes that make a word for a person */
const AGENTIVE = /(?:er|or|ist|ant|ent|ian|man|woman|men|women|eer)s?$/i;
/** words with those endings that name things, places or times, not people */
const NOT_PEOPLE = new Set([
  'border', 'borders', 'center', 'centre', 'corner', 'water', 'tower', 'quarter', 'quarters', 'headquarters',
  'shelter', 'shelters', 'helicopter', 'helicopters', 'tanker', 'tankers', 'container', 'containers', 'trailer',
  'tractor', 'tractors', 'motor', 'generator', 'generators', 'reactor', 'sector', 'corridor', 'monitor', 'river',
  'power', 'number', 'order', 'letter', 'paper', 'computer', 'government', 'department',
  'settlement', 'settlements', 'parliament', 'movement', 'equipment', 'restaurant', 'plant', 'plants', 'tent',
  'tents', 'event', 'incident', 'accident', 'apartment', 'apartments', 'compartment', 'pavement', 'monument',
  'segment', 'element', 'elements', 'regiment', 'battalion', 'magistrate', 'office', 'layer', 'chamber', 'theater',
  'theatre', 'cluster', 'poster', 'sticker', 'banner', 'barrier', 'barriers', 'perimeter', 'kilometer', 'meter',
  'liter', 'dollar', 'dollars', 'elevator', 'indicator', 'sensor', 'sensors', 'weather', 'summer', 'winter',
  'november', 'december', 'october', 'september', 'hangar', 'pillar', 'calendar', 'fighter', 'fighters', 'bomber',
  'bombers', 'launcher', 'launchers', 'carrier', 'carriers', 'headman', 'militant', 'militants', 'insurgent',
  'insurgents', 'combatant', 'combatants', 'sergeant', 'lieutenant', 'commandant', 'servicemen', 'serviceman',
  'policeman', 'policemen', 'gunman', 'gunmen', 'militiaman', 'militiamen', 'tribesmen', 'tribesman', 'rangers',
  'ranger', 'soldier', 'soldiers', 'officer', 'officers', 'warrior', 'warriors', 'sniper', 'snipers', 'mercenary',
]);
/** words for people beyond the lexicon's civilian nouns (geodata/event-lexicon.json), which count too */
const PERSON_HEADS = new Set([
  ...EVENT_LEXICON.nouns.civilians.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
  'head', 'chairman', 'chairperson', 'chair', 'citizen', 'citizens', 'relative', 'relatives', 'elder', 'elders',
  'staff', 'guest', 'guests', 'customer', 'customers', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson',
  'granddaughter', 'grandfather', 'grandmother', 'widow', 'orphan', 'orphans', 'tourist', 'tourists', 'pilgrim',
  'pilgrims', 'worshipper', 'worshippers', 'monk', 'nun', 'bishop', 'sheikh', 'members', 'deacon', 'mla', 'mp',
  'senator',
]);
/** "off-duty", "retired", "former" soldiers and police are civilians in ACLED's codebook */
const NOT_ON_DUTY_BEFORE = /\b(?:off[\s-]duty|retired|former|ex-)\s*(?:\w+\s+){0,2}$/i;
/** "a soldier (assumed off-duty)", "a police officer who was off duty" */
const NOT_ON_DUTY_AFTER = /^\s*(?:\(\s*(?:assumed\s+|reportedly\s+)?off[\s-]duty|,?\s*who (?:was|were) off[\s-]duty)/i;
/** "fired live bullets at", "opened fire with a rifle on": a weapon between the verb and its target */
const WEAPON_THEN_PREPOSITION = /^\s+(?:[\w-]+\s+){1,3}?(?=(?:at|on|upon|against)\s)/i;

/**
 * True when the verb ending at `end` acts on a person who is neither an armed actor nor an armed target.
 * @example personObjectAfter('gunmen killed a revenue collector in Warri.', 13, []) // true
 */
export function personObjectAfter(text: string, end: number, blocked: readonly Span[]): boolean {
  const after = text.slice(end, end + OBJECT_WINDOW_CHARS);
  if (PRONOUN_OBJECT.test(after)) return true;
  if (personPhraseAt(text, end, blocked)) return true;
  const weapon = WEAPON_THEN_PREPOSITION.exec(after);
  if (weapon === null) return false;
  const skipped = end + weapon[0].length - 1; // the space before the preposition stays for its pattern
  // "killed two soldiers at a wedding": what was skipped must not be the armed victims themselves
  return !blocked.some((b) => b.start < skipped && b.end > end) && personPhraseAt(text, skipped, blocked);
}

/**
 * True when the armed-target noun at `start`–`end` is an off-duty, retired or former member of the forces.
 * @example offDuty('killed an off-duty police officer', 24, 38) // true
 */
export function offDuty(text: string, start: number, end: number): boolean {
  return NOT_ON_DUTY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || NOT_ON_DUTY_AFTER.test(text.slice(end, end + 40));
}

/** the (optionally "at"/"on"-introduced) phrase after `at` is a person, by its head word */
function personPhraseAt(text: string, from: number, blocked: readonly Span[]): boolean {
  let at = from;
  const prep = OBJECT_PREPOSITION.exec(text.slice(at, at + OBJECT_WINDOW_CHARS));
  if (prep) at += prep[0].length;
  const det = DETERMINER.exec(text.slice(at, at + OBJECT_WINDOW_CHARS));
  if (!det) return false;
  const phraseStart = at + det[0].length;
  const rest = text.slice(phraseStart, phraseStart + OBJECT_WINDOW_CHARS);
  const stop = PHRASE_END.exec(rest);
  const phrase = stop ? rest.slice(0, stop.index) : rest;
  // "two members of the Fulani community": the head comes before "of", the whole phrase is checked for armed words
  const headPart = phrase.split(/\sof\s/i)[0] ?? '';
  const words = headPart.trim().split(/\s+/).filter((w) => w !== '');
  const head = words.at(-1)?.toLowerCase().replace(/[’']s$/, '');
  if (head === undefined || words.length > MAX_MODIFIER_WORDS + 1) return false;
  const phraseEnd = phraseStart + phrase.length;
  if (blocked.some((b) => b.start < phraseEnd && b.end > phraseStart)) return false;
  return isPersonWord(head);
}

function isPersonWord(word: string): boolean {
  if (PERSON_HEADS.has(word)) return true;
  if (NOT_PEOPLE.has(word)) return false;
  if (demonymIso(word) !== undefined) return true;
  return AGENTIVE.test(word) && word.length > 4;
}
