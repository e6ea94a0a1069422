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

/** who an outlaw is: a gang member, a drug dealer, a hitman, a member of a gang or cartel */
const OUTLAW = String.raw`(?:(?:alleged|suspected|known|reputed)\s+)?(?:\w+\s+)?(?:gang members?|gangsters?|drug (?:dealers?|traffickers?|lords?)|hitm[ae]n|members? of (?:a|the) (?:gang|cartel|criminal (?:group|organi[sz]ation)))`;
/** the victim, in the words a report refers back to it with */
const VICTIM_REF = String.raw`(?:(?:the )?victims?|he|she|the (?:man|deceased|dead man|other)|one of (?:them|the (?:victims|men|dead)))`;
/**
 * The victim was one of the armed: "the victim had charges against him for drug trafficking", "an alleged gang
 * member was shot", "the victim was armed". ACLED codes violence against members of gangs and armed groups as an
 * Armed clash between armed sides, not as violence against civilians.
 */
const ARMED_VICTIM = new RegExp(
  [
    // "the victim had charges against him for drug trafficking", "the victim was involved in a gang"
    String.raw`\b${VICTIM_REF}\b[^.]{0,40}\b(?:had (?:charges|a criminal record|criminal records|a record|an arrest warrant)|(?:was|were) (?:armed|(?:an? )?${OUTLAW})|(?:was|were) involved in (?:a gang|gangs|drug (?:trafficking|dealing)|organi[sz]ed crime)|belonged to (?:a|the) (?:gang|cartel))`,
    // "an alleged gang member was shot"
    String.raw`\b${OUTLAW}\b(?=[^.]{0,40}\b(?:was|were) (?:shot|killed|stabbed|murdered|found|attacked))`,
    // "armed men attacked an alleged drug dealer", "killed a suspected gang member"
    String.raw`\b(?:attacked|shot|killed|stabbed|murdered|executed|ambushed)\s+(?:an?|the|two|three|several)\s+${OUTLAW}\b`,
  ].join('|'),
  'i',
);

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
