/**
 * What a "seized" / "captured" / "confiscated" took when it took no place: weapons (ACLED's Disrupted weapons use:
 * "police seized a weapons cache") or goods and property (Looting/property destruction: "seized 2 tons of
 * marijuana", "seized Palestinian-owned land"). A seizure of things is no fight over territory.
 */

export type Seized = 'weapons' | 'goods';

/** characters after the verb read for its object */
const OBJECT_WINDOW_CHARS = 70;
/** the object ends at the clause's end */
const CLAUSE_END = /[.;]|\s(?:and\s+(?:arrested|detained|killed)|after|before|while|during|when)\b/i;
const WEAPON_WORDS =
  /\b(?:weapons?|arms|ammunition|munitions|rifles?|guns?|pistols?|firearms?|explosives?|IEDs?|TNT|grenades?|mines|landmines|detonators?|cache|arsenal|bombs?|rockets?|mortars?|RPGs?|AK-47s?|Kalashnikovs?)\b/i;
const DRUG_WORDS = /\b(?:drugs?|narcotics|marijuana|marihuana|cannabis|cocaine|heroin|methamphetamine|hashish|opium)\b/i;
const GOODS_WORDS =
  /\b(?:cigarettes|tobacco|fuel|petrol|diesel|goods|cargo|contraband|cash|money|currency|livestock|cattle|vehicles?|cars?|trucks?|land|lands|property|properties|houses?|homes?|farms?|crops|tons?|tonnes?|kg|kilograms?|kilos?)\b/i;
/** verbs that take things; those of finding take only weapons and drugs ("a body was found in a car" is no seizure) */
const TAKING_VERBS = /\b(?:seized|seizing|confiscated|confiscating|impounded)\b/gi;
const FINDING_VERBS = /\b(?:recovered|recovering|discovered|uncovered|unearthed|found|finding)\b/gi;
const ANY_SEIZURE_VERB = /seiz|confisc|impound|recover|discover|uncover|unearth|found|finding/i;

/**
 * What the seizure verb ending at `end` took, or null when it took something else (a town, a position, people).
 * @example seizedAfter('Police seized 2 tons of cannabis in a truck.', 13) // 'goods'
 */
export function seizedAfter(text: string, end: number, finding = false): Seized | null {
  const object = text.slice(end, objectEnd(text, end));
  if (WEAPON_WORDS.test(object)) return 'weapons';
  if (DRUG_WORDS.test(object) || (!finding && GOODS_WORDS.test(object))) return 'goods';
  return null;
}

/**
 * The first verb of taking or finding in the sentence whose object is weapons or goods, with what it took.
 * @example firstSeizure('Police recovered 40 crude bombs from a house.')?.what // 'weapons'
 */
export function firstSeizure(text: string): { start: number; end: number; text: string; what: Seized } | null {
  if (!ANY_SEIZURE_VERB.test(text)) return null; // most sentences take nothing: skip the object reading
  const found: { start: number; end: number; text: string; what: Seized }[] = [];
  for (const [re, finding] of [[TAKING_VERBS, false], [FINDING_VERBS, true]] as const) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const what = seizedAfter(text, start + m[0].length, finding);
      if (what !== null) found.push({ start, end: start + m[0].length, text: m[0], what });
    }
  }
  return found.toSorted((a, b) => a.start - b.start)[0] ?? null;
}

/**
 * Where the object of the seizure verb ending at `end` ends: at the clause's end, or OBJECT_WINDOW_CHARS on.
 * @example objectEnd('Police seized two rifles and arrested him.', 13) // 26
 */
export function objectEnd(text: string, end: number): number {
  const rest = text.slice(end, end + OBJECT_WINDOW_CHARS);
  const stop = CLAUSE_END.exec(rest);
  return end + (stop ? stop.index : rest.length);
}
