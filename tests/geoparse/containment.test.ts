import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { geoparse } from '@/lib/geoparse';
import { parseArticle } from '@/lib/text/article';

const gazetteer = fixtureGazetteer();

function mentionOf(text: string, surface: string) {
  return geoparse(parseArticle('containment', text), gazetteer).find((mention) => mention.text === surface);
}

describe('containing place after a type word', () => {
  it('resolves "Paris city (Texas)" to Paris, Texas, as conflict notes write "Hays city (Al Hudaydah)"', () => {
    const paris = mentionOf('Protesters gathered in Paris city (Texas) on Friday.', 'Paris');
    expect(paris?.place.id).toBe('geonames:4717560');
    expect(paris?.resolvedBy).toBe('containing-place');
  });

  it('resolves "Kafranbel town, Idlib" by the governorate after the type word', () => {
    const town = mentionOf('Shells hit Kafranbel town, Idlib, at dawn.', 'Kafranbel');
    expect(town?.place.id).toBe('geonames:168661');
    expect(town?.resolvedBy).toBe('containing-place');
  });

  it('still reads an unrelated word between two names as no containment', () => {
    expect(mentionOf('Protesters gathered in Paris and Texas.', 'Paris')?.resolvedBy).not.toBe('containing-place');
  });
});
