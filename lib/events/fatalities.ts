/**
 * Death tolls as ACLED codes them: the number a sentence reports killed ("killing 3 PKK militants", "two women and
 * a man were found dead", "the death toll rose to 12", "No fatalities were reported" → 0). A range counts its
 * lower end and vague plurals ACLED's way ("dozens" → 12, "hundreds" → 100), the most conservative reading;
 * "several" or "a number of" state no toll. Injuries never count.
 */

/** A death toll stated in a sentence; offsets relative to it. */
export interface FatalityMention {
  start: number;
  end: number;
  count: number;
}

const UNITS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, tens: 10, dozen: 12, dozens: 12, scores: 20, hundreds: 100, thousands: 1000,
};
/** a number: digits (with thousands separators), a range ("2-4", "between 2 and 4" is read by RANGE) or words */
const SECOND_WORDS = 'one|two|three|four|five|six|seven|eight|nine|hundred';
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\s*(?:-|–|to)\s*\d+)?|(?:${Object.keys(UNITS).join('|')})(?:[\s-](?:${SECOND_WORDS}))?)(?![\p{L}\d])`;
const QUALIFIER = String.raw`(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|approximately|an\s+estimated|a\s+total\s+of|as\s+many\s+as|another|other|between)\s+)?`;
/** up to five words naming who died ("PKK militants", "Ngok Dinka civilians", "local leader of Jubo League") */
const WHO = String.raw`(?:[\p{L}'’.-]+\s+){0,5}?`;
/** "including a commander", "among them two children": a part of the count named after it */
const INCLUDING = String.raw`(?:,?\s*(?:including|among\s+them)\s+(?:[\p{L}'’.\d-]+\s+){1,4}?)?`;
/** "his brother", "her son": one more person joined to the first */
const KIN = 'his|her|their';
/**
 * "N people were killed", "two women and a man were found dead", "3 killed" — not "an armed group killed 4 people":
 * a count right after the verb is its object (see ACTIVE)
 */
const PASSIVE = new RegExp(
  String.raw`\b${QUALIFIER}(${NUMBER})\s+(${WHO})${INCLUDING}(?:(?:and|,)\s+${QUALIFIER}(${NUMBER}|${KIN})\s+(${WHO}))?(?:who\s+)?(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|had\s+been\s+|are\s+|reportedly\s+|were\s+reportedly\s+)?(?:(?:attacked|shot|beaten|assaulted|tortured)\s+and\s+)?(?:killed|dead|died|slain|shot\s+dead|executed|murdered|beheaded|assassinated|lynched|gunned\s+down|(?:shot|stabbed|beaten|hacked|burned|burnt|tortured)\s+to\s+death|burned\s+alive|burnt\s+alive|found\s+dead|lost\s+(?:their|his|her)\s+lives?|fatalit(?:y|ies)|deaths|bodies|corpses)\b(?!\s+${QUALIFIER}(?:${NUMBER}(?!\s+(?:others?\s+)?(?:were\s+)?(?:injured|wounded|hurt))|the|his|her|their)(?![\p{L}\d]))`,
  'giu',
);
/** "killing 3 soldiers", "killed two men and a woman", "left five dead", "claimed the lives of 4" */
const ACTIVE = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill|leaving|left|claimed\s+the\s+lives\s+of|the\s+deaths?\s+of|the\s+bod(?:y|ies)\s+of|shot\s+dead|executing|executed|beheading|beheaded|murdering|murdered|assassinated|assassinating|fatally\s+(?:shot|stabbed|wounded)|gunned\s+down|lynched|(?:stabbed|beat|hacked|burned|shot)\s+to\s+death)\s+${QUALIFIER}(${NUMBER})(?:\s+(${WHO}))?(?:(?:and|,)\s+${QUALIFIER}(${NUMBER})(?:\s+(${WHO}))?)?(?=[\s.,;]|$)`,
  'giu',
);
/** "killing the man", "shot and killed the head of …", "the dismembered body of a girl": one person, by a singular noun */
const ONE_VICTIM = new RegExp(
  String.raw`\b(?:(?:killing|killed|murdered|murdering|assassinated|assassinating|executed|beheaded|fatally\s+(?:shot|stabbed)|gunned\s+down|lynched|(?:stabbed|beat|hacked|burned|shot)\s+to\s+death)\s+(?:the|his|her|their)|bod(?:y)\s+of\s+(?:a|an|the))\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:of|in|at|who|from|near|was|,)|[.,;]|$)`,
  'giu',
);
/** "stabbed a radio journalist to death", "shot two men to death": the victim between the verb and "to death" */
const SPLIT_DEATH = new RegExp(
  String.raw`\b(?:stabbed|beat|hacked|burned|burnt|shot|clubbed|bludgeoned|stoned)\s+${QUALIFIER}(${NUMBER}|the|his|her)\s+((?:[\p{L}'’.-]+\s+){0,4}?)to\s+death\b`,
  'giu',
);
/** "a local leader of the ruling party was stabbed to death": "a" and "was" say one person, however long the name */
const ONE_WAS_KILLED =
  /\b(?:a|an|one)\s+(?:[\p{L}'’.-]+\s+){0,7}?was\s+(?:reportedly\s+)?(?:(?:attacked|shot|beaten|assaulted|tortured)\s+and\s+)?(?:killed|murdered|shot\s+dead|executed|assassinated|lynched|beheaded|gunned\s+down|(?:shot|stabbed|beaten|hacked|burned|burnt|tortured)\s+to\s+death|found\s+dead)\b/giu;
/** "the soldier later died", "the victim succumbed to his wounds": one person, by a singular noun */
const LATER_DIED = /\b(?:the|a|an)\s+([\p{L}-]+)\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b/giu;
/** a noun that names one person: no plural ending, no collective */
const SINGULAR = /^(?!(?:people|police|family|couple|crew|group|villagers|civilians|men|women|children)$)[\p{L}-]*(?:[^s]|ss)$/iu;
/** "the death toll rose to 12" */
const TOLL = new RegExp(String.raw`\bdeath\s+toll\s+(?:\w+\s+){0,3}?(?:to|of|at|is|was|reached|hit)\s+${QUALIFIER}(${NUMBER})`, 'giu');
/** "No fatalities were reported", "no one was killed", "without casualties", "no casualties or injuries" */
const NONE =
  /\b(?:no\s+(?:fatalities|deaths|casualties|one\s+was\s+(?:killed|hurt|injured)|injuries|reports?\s+of\s+(?:casualties|fatalities|deaths))|nobody\s+was\s+(?:killed|hurt|injured)|without\s+(?:casualties|fatalities|causing\s+(?:casualties|deaths))|(?:did\s+not|didn't)\s+(?:cause|result\s+in)\s+(?:any\s+)?(?:casualties|deaths|fatalities)|no\s+one\s+(?:was\s+)?(?:killed|died|hurt|injured))\b/i;
const RANGE = /^(?:between\s+)?(\d+)\s*(?:-|–|to|and)\s*(\d+)$/i;
/** words right before a count that make it something else ("aged 22", "No. 3") */
const NOT_A_TOLL_BEFORE = /(?:aged|age|No\.|number)\s+$/i;
/** a four-digit number in this span is a year, not a toll */
const YEARS = { min: 1900, max: 2100 } as const;
/** "who" words that say the count is not of people ("3 explosions", "2 vehicles") */
const NOT_PEOPLE = /\b(?:explosions?|projectiles?|rounds?|shells?|mortars?|rockets?|vehicles?|houses?|homes?|buildings?|days?|hours?|weeks?|months?|years?|km|kilometres?|kilometers?|times?|cattle|cows|goats|animals|livestock)\b/i;

/**
 * Every death toll a sentence states, in order.
 * @example fatalityMentions('Gunmen killed two men and a woman.')[0]?.count // 2
 */
export function fatalityMentions(text: string): FatalityMention[] {
  const out: FatalityMention[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    if (NOT_A_TOLL_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (NOT_PEOPLE.test(m[2] ?? '') || NOT_PEOPLE.test(m[4] ?? '')) continue;
    const first = countOf(m[1]);
    const second = m[3] === undefined ? 0 : KIN.split('|').includes(m[3].toLowerCase()) ? 1 : countOf(m[3]);
    if (first !== null) out.push({ start: m.index, end: m.index + m[0].length, count: first + (second ?? 0) });
  }
  for (const m of [...text.matchAll(ACTIVE), ...text.matchAll(TOLL)]) {
    if (NOT_PEOPLE.test(m[2] ?? '') || NOT_PEOPLE.test(m[4] ?? '')) continue;
    const first = countOf(m[1]);
    const count = first === null ? null : first + (countOf(m[3]) ?? 0);
    if (count !== null && !out.some((o) => o.start <= m.index && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, count });
  }
  for (const m of text.matchAll(SPLIT_DEATH)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end) || NOT_PEOPLE.test(m[2] ?? '')) continue;
    const head = (m[2] ?? '').trim().split(/\s+/).at(-1) ?? '';
    const count = /^(?:the|his|her)$/i.test(m[1] ?? '') ? (SINGULAR.test(head) ? 1 : null) : countOf(m[1]);
    if (count !== null) out.push({ start: m.index, end: m.index + m[0].length, count });
  }
  for (const m of text.matchAll(ONE_WAS_KILLED)) {
    if (!out.some((o) => o.start <= m.index && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, count: 1 });
  }
  for (const m of [...text.matchAll(ONE_VICTIM), ...text.matchAll(LATER_DIED)]) {
    if (SINGULAR.test(m[1] ?? '') && !out.some((o) => o.start <= m.index && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, count: 1 });
  }
  const none = NONE.exec(text);
  if (none !== null && out.length === 0) out.push({ start: none.index, end: none.index + none[0].length, count: 0 });
  return out.toSorted((a, b) => a.start - b.start);
}

/**
 * The death toll a sentence states: the largest of its mentions (a sentence that repeats or breaks down a toll
 * restates it), 0 when it says none died, null when it says nothing.
 * @example sentenceFatalities('No fatalities were reported.') // 0
 */
export function sentenceFatalities(text: string): number | null {
  const mentions = fatalityMentions(text);
  return mentions.length === 0 ? null : Math.max(...mentions.map((m) => m.count));
}

/** a number phrase as a count; ranges count their lower end */
function countOf(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const phrase = raw.trim().toLowerCase();
  const range = RANGE.exec(phrase);
  if (range !== null) return Number(range[1]);
  if (/^\d/.test(phrase)) {
    const n = Number(phrase.replace(/,/g, ''));
    return /^\d{4}$/.test(phrase) && n >= YEARS.min && n <= YEARS.max ? null : n;
  }
  const parts = phrase.split(/[\s-]+/).map((w) => UNITS[w]);
  if (parts.some((p) => p === undefined)) return null;
  const [a = 0, b] = parts as number[];
  if (b === undefined) return a;
  return b === 100 ? a * 100 : a + b; // "two hundred", "twenty five"
}
