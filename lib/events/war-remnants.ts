/**
 * Explosions with no attack behind them. A landmine or shell left from an old war that a villager steps on is no
 * one's attack: ACLED's codebook files it under Strategic developments, Other. A bomb that goes off while its own
 * side plants or handles it, or a grenade that fails to go off, is Disrupted weapons use.
 */

/** "explosive remnants of war", "a rocket believed to be leftover from the civil war", "laid during the Iran-Iraq War" */
const REMNANT_OF_WAR =
  /\bexplosive remnants? of war\b|\bunexploded (?:ordnance|ordinance|bombs?|shells?|mortars?|rockets?|devices?|munitions?)\b|\bUXOs?\b|\b(?:left\s?over|remnants?) (?:from|of) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:war|conflict|fighting)\b|\blaid (?:during|in) the (?:[\w-]+ ){0,3}(?:war|conflict)\b|\baccidentally (?:stepped on|triggered|detonated)\b/i;
/** "landmines they were planting exploded prematurely", "the grenade did not explode" */
const FAILED_OWN_BLAST =
  /\b(?:exploded|detonated|went off) prematurely\b|\bpremature (?:explosion|detonation|blast)\b|\b(?:did not|didn't|failed to) (?:explode|detonate|go off)\b|\bexploded (?:while|as) (?:they|he|she|the militants?) (?:were|was) (?:planting|making|assembling|handling|preparing|transporting)\b/i;

/**
 * True when the sentence's explosion is a remnant of an old war.
 * @example remnantOfWar('A villager stepped on a landmine laid during the Iran-Iraq War.') // true
 */
export function remnantOfWar(text: string): boolean {
  return REMNANT_OF_WAR.test(text);
}

/**
 * True when the sentence's bomb went off in its own side's hands or did not go off.
 * @example failedOwnBlast('Two militants died when the landmines they were planting exploded prematurely.') // true
 */
export function failedOwnBlast(text: string): boolean {
  return FAILED_OWN_BLAST.test(text);
}
