import { describe, expect, it } from 'vitest';
import { detectActors, resolveAnaphora } from '@/lib/events/actors';
import { classifySentence, findTriggers, isReportable } from '@/lib/events/classify';

/** classifies with the sentence's own actors and the given place names as place spans */
function classify(text: string, placeNames: string[] = []): string[] {
  const actors = resolveAnaphora([detectActors(text)])[0] ?? [];
  const places = placeNames.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  return classifySentence(text, actors, places).map((c) => `${c.eventType} / ${c.subEventType}`);
}

describe('event classification', () => {
  it('codes coalition air strikes as Explosions/Remote violence, Air/drone strike', () => {
    expect(classify('Air strikes by the US-led coalition continued near Raqqa.', ['Raqqa'])).toEqual([
      'Explosions/Remote violence / Air/drone strike',
    ]);
  });

  it('codes shelling as Shelling/artillery/missile attack', () => {
    expect(classify('Ukrainian forces shelled a market in Donetsk.', ['Donetsk'])).toEqual([
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    ]);
  });

  it('codes a roadside IED as Remote explosive/landmine/IED', () => {
    expect(classify('An IED struck a patrol outside Kandahar.', ['Kandahar'])).toEqual([
      'Explosions/Remote violence / Remote explosive/landmine/IED',
    ]);
  });

  it('codes a retake by the government and its allies as Government regains territory', () => {
    const text = 'The Syrian government and allied Shiite militia retook the town of Mayadeen from IS after intense fighting.';
    expect(classify(text, ['Mayadeen'])).toContain('Battles / Government regains territory');
  });

  it('codes a seizure by a non-state group as Non-state actor overtakes territory', () => {
    expect(classify('US-backed fighters seize infamous Raqqa roundabout from ISIS', ['Raqqa'])).toEqual([
      'Battles / Non-state actor overtakes territory',
    ]);
  });

  it('keeps a seizure whose taken place is not named as a plain Armed clash', () => {
    expect(classify('In Raqqa the Syrian military is seizing a key eastern city.', ['Raqqa'])).toEqual([
      'Battles / Armed clash',
    ]);
  });

  it('codes fighting as an Armed clash', () => {
    expect(classify('Fighting between the SDF and ISIS raged in Raqqa.', ['Raqqa'])).toEqual(['Battles / Armed clash']);
  });

  it('codes civilians shot at by militants as Violence against civilians', () => {
    expect(classify('Civilians were shot at by Isis militants as they fled.')).toContain(
      'Violence against civilians / Attack',
    );
  });

  it('does not code "shot" as violence against civilians when no civilians are named', () => {
    expect(classify('Soldiers shot two gunmen.')).not.toContain('Violence against civilians / Attack');
  });

  it('codes a march as a Peaceful protest and tear gas against protesters as Protest with intervention', () => {
    expect(classify('Thousands marched through Nairobi.')).toEqual(['Protests / Peaceful protest']);
    expect(classify('Police fired tear gas at protesters in Nairobi.')).toEqual(['Protests / Protest with intervention']);
  });

  it('codes rioting as Riots, and a clash between rioters and police as a riot rather than a battle', () => {
    expect(classify('Youths rioted in the suburb overnight.')).toEqual(['Riots / Violent demonstration']);
    expect(classify('Rioters clashed with police in Leicester.')).toEqual(['Riots / Violent demonstration']);
  });

  it('codes surrender as a Strategic development and an agreement as Agreement', () => {
    expect(classify('The alliance said about 100 IS fighters had surrendered.')).toEqual(['Strategic developments / Other']);
    expect(classify('Under an agreement brokered by tribesmen, a convoy of ISIS fighters left.')).toEqual([
      'Strategic developments / Agreement',
    ]);
  });

  it('ignores planned and plotted attacks', () => {
    expect(findTriggers('having been involved in planning attacks in Europe including Paris')).toEqual([]);
    expect(findTriggers('it plotted attacks on civilian targets across the West')).toEqual([]);
  });

  it('finds nothing in prose without event words', () => {
    expect(classify('Underneath, she wears a chic bedazzled tunic.')).toEqual([]);
  });
});

describe('reportable sentences', () => {
  it('rejects a quote without a speaker', () => {
    expect(isReportable('"Those fighters who are still inside will fight to the death".')).toBe(false);
  });

  it('accepts a quote with a speaker', () => {
    expect(isReportable('"We retook the bridge," a commander told Reuters in Raqqa.')).toBe(true);
  });

  it('rejects UI junk', () => {
    expect(isReportable('Ajustar Comentario Impresión')).toBe(false);
  });

  it('accepts ordinary reporting', () => {
    expect(isReportable('Rebels seized the town on Monday.')).toBe(true);
  });
});

describe('event words outside armed conflict', () => {
  it('makes no battle of "fighting" without an armed actor', () => {
    expect(classify('Crews spent the night fighting a fire in Berea.')).toEqual([]);
  });

  it('makes no agreement of a pay deal', () => {
    expect(classify('In Euclid, firefighters agreed to a pay cut.')).toEqual([]);
  });

  it('counts arrests only when the state makes them', () => {
    expect(classify('A woman was arrested and charged with arson.')).toEqual([]);
    expect(classify('Police arrested 20 organisers.')).toEqual(['Strategic developments / Arrests']);
  });

  it('makes no explosion of missile defences being built', () => {
    expect(classify('Anti-ballistic missile defences are being built in Poland.')).toEqual([]);
  });
});
