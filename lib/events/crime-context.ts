/**
 * Organised-crime context: an article that speaks of drive-by shootings, cartels, gangs or drug trafficking tells
 * of criminal violence, and ACLED names an unidentified perpetrator there an Unidentified Gang, not an Unidentified
 * Armed Group (ACLED codebook: gangs are the perpetrators of organised criminal violence).
 */

/** words that place violence in organised crime */
const CRIME_WORDS =
  /\b(?:drive-by|drug[- ](?:traffick\w*|deal\w*|gang\w*|lords?)|cartels?|gangs?|gangsters?|gang-related|organi[sz]ed crime|narco\w*|extortion\w*|hit ?m[ae]n|sicarios?|contract killing)\b/i;

/**
 * True when the text tells of organised criminal violence.
 * @example criminalContext('Two men were killed in a drive-by shooting.') // true
 */
export function criminalContext(text: string): boolean {
  return CRIME_WORDS.test(text);
}

/**
 * The victim was one of the armed: "the victim had charges against him for drug trafficking", "an alleged gang
 * member was shot", "the victim was armed". ACLED codes violence against members of gangs and armed groups as an
 * Armed clash between armed sides, not as violence against civilians.
 */
const ARMED_VICTIM =
  /\b(?:(?:the )?victims?|he|she|the (?:man|deceased|dead man))\b[^.]{0,40}\b(?:had (?:charges|a criminal record|criminal records|a record|an arrest warrant)|(?:was|were) (?:armed|(?:an? )?(?:alleged |suspected |known )?(?:gang members?|drug (?:dealers?|traffickers?)|hitm[ae]n|members? of (?:a|the) (?:gang|cartel|criminal (?:group|organi[sz]ation))))|belonged to (?:a|the) (?:gang|cartel))|\b(?:alleged|suspected|known) (?:gang members?|drug (?:dealers?|traffickers?)|hitm[ae]n)\b(?=[^.]{0,40}\b(?:was|were) (?:shot|killed|stabbed|murdered|found|attacked))/i;

/**
 * True when the text says the victim belonged to a gang or an armed group, or was armed, or — in an article about
 * organised crime (`criminal`) — that suspects were shot.
 * @example armedVictim('A man was shot dead. The victim had charges against him for drug trafficking.') // true
 */
export function armedVictim(text: string, criminal = criminalContext(text)): boolean {
  // "a suspect was shot" in an operation against organised crime: the police fought the gang
  return ARMED_VICTIM.test(text) || (SUSPECT_SHOT.test(text) && criminal);
}

/** suspects shot, killed or wounded (by the forces of an operation) */
const SUSPECT_SHOT = /\b(?:suspects?|alleged criminals?)\s+(?:was|were)\s+(?:shot|killed|wounded|injured|neutrali[sz]ed)\b/i;
