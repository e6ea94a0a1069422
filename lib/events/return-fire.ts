/**
 * Fire returned: "a hand grenade was thrown at a checkpoint. Soldiers reacted with gunfire towards the attackers",
 * "Houthi forces fired mortar shells at the brigade. The brigade responded to the fire". ACLED codes an attack with a
 * grenade, a roadside bomb or artillery that the targeted side answers with fire as an Armed clash between the two
 * sides, not as remote violence by one.
 */
import type { Classification } from './classify';

/** words that say the attacked side fired back */
const RETURN_FIRE =
  /\b(?:returned (?:the )?fire|fired back|shot back|(?:responded|reacted|retaliated) (?:with|to) (?:the )?(?:[\w-]+ ){0,2}?(?:gun ?fire|fire|gunshots|shots|shelling)|opened (?:gun ?)?fire (?:in response|in retaliation|after the (?:explosion|blast|attack))|(?:gun ?fire|shots) in response)\b/i;
/** a later line of the report saying fire went both ways: "… explosions in both directions of the frontline" */
const BOTH_WAYS = /\bin both directions\b|\bexchanged (?:fire|shelling|artillery fire)\b/i;
/**
 * the remote violence an answer with fire turns into a fight: thrown and planted bombs, and shelling (ACLED codes
 * artillery that the other side answers as an Armed clash); not airstrikes
 */
const ANSWERABLE = new Set(['Grenade', 'Remote explosive/landmine/IED', 'Shelling/artillery/missile attack']);

/**
 * True when the event is a grenade or bomb attack and the words after it (its sentence and the next ones of the
 * paragraph, read only when the event is one) say fire was returned.
 * @example foughtBack(grenadeAttack, () => 'A grenade was thrown at police. Police responded with gunfire.') // true
 */
export function foughtBack(c: Classification, textAhead: () => string): boolean {
  if (c.eventType !== 'Explosions/Remote violence' || !ANSWERABLE.has(c.subEventType)) return false;
  const ahead = textAhead();
  return RETURN_FIRE.test(ahead) || (c.subEventType === 'Shelling/artillery/missile attack' && BOTH_WAYS.test(ahead));
}

/** the attack as the battle it became */
export function asReturnedFire(c: Classification): Classification {
  return { ...c, eventType: 'Battles', subEventType: 'Armed clash' };
}
