/**
 * Fire returned: "a hand grenade was thrown at a checkpoint. Soldiers reacted with gunfire towards the attackers".
 * ACLED codes an attack with a grenade or a roadside bomb that the targeted forces answer with fire as an Armed clash
 * between the two sides, not as remote violence by one.
 */
import type { Classification } from './classify';

/** words that say the attacked side fired back */
const RETURN_FIRE =
  /\b(?:returned (?:the )?fire|fired back|shot back|(?:responded|reacted|retaliated) with (?:gun ?fire|fire|gunshots|shots)|opened (?:gun ?)?fire (?:in response|in retaliation|after the (?:explosion|blast|attack))|(?:gun ?fire|shots) in response)\b/i;
/** the remote violence a close-range answer turns into a fight: thrown and planted bombs, not shelling or airstrikes */
const ANSWERABLE = new Set(['Grenade', 'Remote explosive/landmine/IED']);

/**
 * True when the event is a grenade or bomb attack and the words after it (its sentence and the next ones of the
 * paragraph, read only when the event is one) say fire was returned.
 * @example foughtBack(grenadeAttack, () => 'A grenade was thrown at police. Police responded with gunfire.') // true
 */
export function foughtBack(c: Classification, textAhead: () => string): boolean {
  return c.eventType === 'Explosions/Remote violence' && ANSWERABLE.has(c.subEventType) && RETURN_FIRE.test(textAhead());
}

/** the attack as the battle it became */
export function asReturnedFire(c: Classification): Classification {
  return { ...c, eventType: 'Battles', subEventType: 'Armed clash' };
}
