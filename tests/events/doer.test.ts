import { describe, expect, it } from 'vitest';
import { detectActors, doerFirst, resolveAnaphora } from '@/lib/events/actors';
import { classifySentence } from '@/lib/events/classify';

/** the actor ids of each event the sentence yields, the doer first */
function actorsOfEvents(text: string, placeNames: string[]): string[][] {
  const actors = resolveAnaphora([detectActors(text)])[0] ?? [];
  const places = placeNames.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  return classifySentence(text, actors, places).map((c) => doerFirst(actors, c.trigger, text).map((a) => a.id));
}

describe('the actor who did the event comes first (ACLED actor1)', () => {
  const mayadeen =
    'The Syrian government and allied Shiite militia retook the town of Mayadeen from IS after intense fighting and Russian airstrikes.';

  it('puts Russia first in the air strike of "Russian airstrikes", the government first in the retake', () => {
    const [retake, strike] = actorsOfEvents(mayadeen, ['Mayadeen']);
    expect(retake?.[0]).toBe('military-forces-sy');
    expect(strike?.[0]).toBe('military-forces-ru');
  });

  it('takes the agent of a passive: "shot at by Isis militants" makes ISIS the attacker, not the civilians', () => {
    const [attack] = actorsOfEvents('Civilians in Raqqa said they were shot at by Isis militants.', ['Raqqa']);
    expect(attack?.[0]).toBe('isis');
  });

  it('keeps the sentence order when nothing names the doer', () => {
    const [clash] = actorsOfEvents('ISIS and the SDF clashed near Raqqa.', ['Raqqa']);
    expect(clash).toEqual(['isis', 'sdf']);
  });
});
