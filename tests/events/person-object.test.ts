/**
 * The person a violence verb acts on, read from English word formation: agentive suffixes, demonyms as nouns,
 * pronouns; and what is no person or no unarmed one.
 */
import { describe, expect, it } from 'vitest';
import { offDuty, personObjectAfter } from '@/lib/events/person-object';
import { nonParticipant } from '@/lib/events/non-participants';

/** the object test right after `verb` in `text` */
function objectOf(text: string, verb: string, blocked: { start: number; end: number }[] = []): boolean {
  const at = text.indexOf(verb);
  if (at < 0) throw new Error(`no "${verb}" in ${text}`);
  return personObjectAfter(text, at + verb.length, blocked);
}

describe('personObjectAfter', () => {
  it('reads a noun with an agentive suffix as a person ("a tax collector", "a fruit seller", "an activist")', () => {
    expect(objectOf('Gunmen killed a tax collector in Kano.', 'killed')).toBe(true);
    expect(objectOf('Militiamen beat a fruit seller at the market.', 'beat')).toBe(true);
    expect(objectOf('Police shot an activist during the night.', 'shot')).toBe(true);
  });

  it('reads a demonym used as a noun as a person ("two Moroccans"), past a weapon before "at"', () => {
    expect(objectOf('Soldiers fired live rounds at two Moroccans near the fence.', 'fired')).toBe(true);
  });

  it('reads "him" and "her" as a person', () => {
    expect(objectOf('Two men stabbed him outside a bar.', 'stabbed')).toBe(true);
  });

  it('takes the head before "of" ("two members of the Fulani community")', () => {
    expect(objectOf('Soldiers executed two members of the Fulani community near the village.', 'executed')).toBe(true);
  });

  it('reads things with agentive-looking endings as no person ("the border", "a tanker", "the headquarters")', () => {
    expect(objectOf('Rebels attacked the border at dawn.', 'attacked')).toBe(false);
    expect(objectOf('Drones struck a tanker on the highway.', 'struck')).toBe(false);
    expect(objectOf('Gunmen attacked the headquarters of the party.', 'attacked')).toBe(false);
  });

  it('reads fighters and soldiers as no unarmed person, and a phrase holding an armed actor as armed', () => {
    expect(objectOf('Troops killed two fighters near the river.', 'killed')).toBe(false);
    const text = 'Soldiers killed two members of the ADF near Beni.';
    const adf = text.indexOf('ADF');
    expect(objectOf(text, 'killed', [{ start: adf, end: adf + 3 }])).toBe(false);
  });

  it('needs a determiner or number: a bare place name after the verb is no person', () => {
    expect(objectOf('Bandits attacked Danbatta and looted shops.', 'attacked')).toBe(false);
  });
});

describe('offDuty', () => {
  it('reads "off-duty", "retired" and "former" before the noun, and "(assumed off-duty)" after it', () => {
    const a = 'They killed an off-duty police officer.';
    expect(offDuty(a, a.indexOf('police'), a.indexOf('.'))).toBe(true);
    const b = 'They killed a soldier (assumed off-duty) at home.';
    expect(offDuty(b, b.indexOf('soldier'), b.indexOf('soldier') + 7)).toBe(true);
    const c = 'They killed a soldier at a checkpoint.';
    expect(offDuty(c, c.indexOf('soldier'), c.indexOf('soldier') + 7)).toBe(false);
  });
});

describe('nonParticipant', () => {
  const span = (text: string, word: string): { start: number; end: number } => {
    const start = text.indexOf(word);
    return { start, end: start + word.length };
  };

  it('takes an actor that speaks or believes for the source, not a side', () => {
    const text = 'A man was shot in what police believe was a feud.';
    expect(nonParticipant(text, span(text, 'police'))).toBe(true);
  });

  it('takes "military and police uniforms" for clothing', () => {
    const text = 'Men dressed in military and police uniforms shot three people.';
    expect(nonParticipant(text, span(text, 'military'))).toBe(true);
    expect(nonParticipant(text, span(text, 'police'))).toBe(true);
  });

  it('keeps an actor that acts', () => {
    const text = 'Police fired on the crowd.';
    expect(nonParticipant(text, span(text, 'Police'))).toBe(false);
  });
});
