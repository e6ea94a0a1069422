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
const GOODS_WORDS =
  /\b(?:drugs?|narcotics|marijuana|cannabis|cocaine|heroin|methamphetamine|hashish|cigarettes|tobacco|fuel|petrol|diesel|goods|cargo|contraband|cash|money|currency|livestock|cattle|vehicles?|cars?|trucks?|land|lands|property|properties|houses?|homes?|farms?|crops|tons?|tonnes?|kg|kilograms?|kilos?)\b/i;

/**
 * What the seizure verb ending at `end` took, or null when it took something else (a town, a position, people).
 * @example seizedAfter('Police seized 2 tons of cannabis in a truck.', 13) // 'goods'
 */
export function seizedAfter(text: string, end: number): Seized | null {
  const rest = text.slice(end, end + OBJECT_WINDOW_CHARS);
  const stop = CLAUSE_END.exec(rest);
  const object = stop ? rest.slice(0, stop.index) : rest;
  if (WEAPON_WORDS.test(object)) return 'weapons';
  if (GOODS_WORDS.test(object)) return 'goods';
  return null;
}
