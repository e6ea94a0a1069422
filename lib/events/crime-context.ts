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
