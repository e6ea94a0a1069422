/**
 * Names the strict and loose keys do not know, found by the romanisation-variant key: chosen only where the text
 * gives context (a containing place, an admin-1 area the article is about, a decided place close by).
 */
import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { geoparse, recognize } from '@/lib/geoparse';
import { parseArticle } from '@/lib/text/article';

const gazetteer = fixtureGazetteer();
const KAFR_NABL = 'geonames:168661';

function mentionOf(text: string, surface: string) {
  return geoparse(parseArticle('variant', text), gazetteer).find((mention) => mention.text === surface);
}

describe('romanisation variants', () => {
  it('recognises "Kfar Nabl" as one two-word candidate', () => {
    const candidates = recognize(parseArticle('variant', 'Shells hit Kfar Nabl on Monday.'), gazetteer);
    expect(candidates.map((candidate) => candidate.text)).toEqual(['Kfar Nabl']);
  });

  it('resolves "Kfar Nabl, Idlib" to Kafr Nabl (Kafranbel) by the containing place', () => {
    const mention = mentionOf('Regime aircraft struck Kfar Nabl, Idlib, on Monday.', 'Kfar Nabl');
    expect(mention?.place.id).toBe(KAFR_NABL);
    expect(mention?.resolvedBy).toBe('containing-place');
  });

  it('resolves "Kfar Nabl" in an article about Idlib province to Kafr Nabl by the admin-1 focus', () => {
    const mention = mentionOf('Fighting raged across Idlib province. Later, shells hit Kfar Nabl.', 'Kfar Nabl');
    expect(mention?.place.id).toBe(KAFR_NABL);
    expect(['state-focus', 'country-focus']).toContain(mention?.resolvedBy);
  });

  it('resolves "Kfar Nabl" beside Saraqeb (Sarāqib, 36 km away in the same governorate) to Kafr Nabl', () => {
    const mention = mentionOf('Troops advanced on Saraqeb after shelling Kfar Nabl.', 'Kfar Nabl');
    expect(mention?.place.id).toBe(KAFR_NABL);
    expect(['state-focus', 'nearby']).toContain(mention?.resolvedBy);
  });

  it('recognises "Saraqeb", Sarāqib\'s own name in another romanisation, though the town lists it only as an alternate', () => {
    const mention = mentionOf('Troops advanced on Saraqeb.', 'Saraqeb');
    expect(mention?.place.id).toBe('geonames:164816');
  });

  it('counts a decision on a variant spelling for less than the same decision on a known name', () => {
    const variant = mentionOf('Regime aircraft struck Kfar Nabl, Idlib, on Monday.', 'Kfar Nabl');
    const exact = mentionOf('Regime aircraft struck Kafr Nabl, Idlib, on Monday.', 'Kafr Nabl');
    expect(variant?.confidence).toBeLessThan(exact?.confidence ?? 0);
  });

  it('leaves "Kfar Nabl" out when nothing in the text says where it is', () => {
    expect(mentionOf('Shells hit Kfar Nabl on Monday.', 'Kfar Nabl')).toBeUndefined();
  });

  it('leaves "Kfar Nabl" out of an article about Raqqa province: the same country is not context enough', () => {
    expect(mentionOf('Clashes spread across Raqqa province, Syria. Shells hit Kfar Nabl.', 'Kfar Nabl')).toBeUndefined();
  });

  it('lets an open variant spelling lend no evidence: "Kfar Nabl" does not pull "Homs" away from Syria', () => {
    const homs = mentionOf('Shells hit Kfar Nabl. Protests followed in Homs.', 'Homs');
    expect(homs?.place.id).toBe('geonames:169577');
  });
});
