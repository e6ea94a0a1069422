import { describe, expect, it } from 'vitest';
import { fatalityMentions, sentenceFatalities } from '@/lib/events/fatalities';

describe('death tolls as ACLED codes them', () => {
  it.each([
    ['Gunmen killed two men and a woman at a checkpoint.', 3],
    ['Two women and a man were killed in a house by several armed men.', 3],
    ['killing 3 PKK militants', 3],
    ['A civilian woman was killed.', 1],
    ['Eight people died.', 8],
    ['3 fatalities.', 3],
    ['1 fatality.', 1],
    ['The clashes resulted in more than 20 pro-government fighters killed.', 20],
    ['The death toll rose to 12 on Sunday.', 12],
    ['Four people killed and twenty wounded in the fighting.', 4],
    ['6 militants were killed and 5 were wounded.', 6],
    ['killing one and injuring two people', 1],
    ['1 soldiers was killed by a sniper', 1],
    ['A trader was shot to death in the market.', 1],
    ['Unknown gunmen assassinated a shopkeeper in the town.', 1],
    ['Militants shot and killed the head of the district council.', 1],
    ['Police clashed with a member of the militia, killing the man.', 1],
    ['The dismembered body of a girl was found by a river.', 1],
    ['A man was gunned down outside his home.', 1],
    ['15 Taliban militants including a commander were killed near the dam.', 15],
    ['A farmer and his brother were killed in a clash over land.', 2],
    ['A local leader of the ruling party was stabbed to death by unknown men.', 1],
    ['A village headman was attacked and beaten to death by a group of men.', 1],
    ['An unidentified man stabbed a well-known radio journalist to death.', 1],
    ['A sniper shot a soldier at a checkpoint and the soldier later died in hospital.', 1],
    ['An airstrike by Afghan military forces killed at least 10 Taliban militants in the district.', 10],
    ['Two armed men driving a motorcycle shot and killed a man in Zona 12.', 1],
    ['1 killed 3 injured.', 1],
  ])('reads %j as %i killed', (text, count) => {
    expect(sentenceFatalities(text)).toBe(count);
  });

  it('reads no toll from a plural or collective victim after "the" ("killed the villagers", "killing the family")', () => {
    expect(sentenceFatalities('Gunmen killed the villagers in the market.')).toBeNull();
    expect(sentenceFatalities('The shells hit a house, killing the family inside.')).toBeNull();
  });

  it('takes the lower end of a range and ACLED’s values for vague plurals', () => {
    expect(sentenceFatalities('Between 2 to 4 fighters were killed.')).toBe(2);
    expect(sentenceFatalities('killing at least 17 militants and injuring 7-10')).toBe(17);
    expect(sentenceFatalities('Dozens of people were killed.')).toBe(12);
  });

  it('codes 0 when the report says nobody died', () => {
    expect(sentenceFatalities('No fatalities were reported.')).toBe(0);
    expect(sentenceFatalities('No casualties reported.')).toBe(0);
    expect(sentenceFatalities('Nobody was killed in the blast.')).toBe(0);
  });

  it('states no toll for injuries, counts of things, years, ages or "several"', () => {
    expect(sentenceFatalities('Five people were injured in the attack.')).toBeNull();
    expect(sentenceFatalities('Monitors observed a total of 2 explosions near the village.')).toBeNull();
    expect(sentenceFatalities('On 9 May 2020 the army withdrew.')).toBeNull();
    expect(sentenceFatalities('The victim, aged 22, was found in a ditch.')).toBeNull();
    expect(sentenceFatalities('Several people were killed.')).toBeNull();
  });

  it('gives offsets into the sentence', () => {
    const text = 'Rebels attacked the base, killing 4 soldiers.';
    const [m] = fatalityMentions(text);
    expect(m === undefined ? '' : text.slice(m.start, m.end)).toContain('killing 4');
  });
});
