import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { geoparse } from '@/lib/geoparse';
import type { ResolvedMention } from '@/lib/geoparse/types';
import { parseArticle } from '@/lib/text/article';

const gazetteer = fixtureGazetteer();

function parse(name: string): { text: string; mentions: ResolvedMention[] } {
  const text = readFileSync(new URL(`../fixtures/geoparse/${name}.txt`, import.meta.url), 'utf8');
  return { text, mentions: geoparse(parseArticle(name, text), gazetteer) };
}

function placeOf(mentions: readonly ResolvedMention[], surface: string): ResolvedMention['place'] | undefined {
  return mentions.find((mention) => mention.text === surface)?.place;
}

describe('famous ambiguities (fixture gazetteer)', () => {
  it('resolves "Paris" in an article about attacks in Europe to Paris, France', () => {
    const { mentions } = parse('paris-europe');
    expect(placeOf(mentions, 'Paris')).toMatchObject({ id: 'geonames:2988507', countryCode: 'FR' });
  });

  it('resolves "Paris, Texas" to the town in Texas, United States', () => {
    const { mentions } = parse('paris-texas');
    const paris = mentions.find((mention) => mention.text === 'Paris');
    expect(paris?.place).toMatchObject({ id: 'geonames:4717560', countryCode: 'US', admin1: 'TX' });
    expect(paris?.resolvedBy).toBe('containing-place');
  });

  it('resolves "Georgia" next to Tbilisi to the country', () => {
    const { mentions } = parse('georgia-country');
    expect(placeOf(mentions, 'Georgia')).toMatchObject({ id: 'country:GE', placeType: 'country' });
  });

  it('resolves "Georgia" next to Atlanta to the US state', () => {
    const { mentions } = parse('georgia-state');
    expect(placeOf(mentions, 'Georgia')).toMatchObject({ placeType: 'admin1', countryCode: 'US', admin1: 'GA' });
  });

  it('resolves "Tripoli" in a Libya article to Tripoli, Libya', () => {
    const { mentions } = parse('tripoli-libya');
    expect(placeOf(mentions, 'Tripoli')).toMatchObject({ countryCode: 'LY' });
  });

  it('resolves "Tripoli" in a Lebanon article to Tripoli, Lebanon', () => {
    const { mentions } = parse('tripoli-lebanon');
    expect(placeOf(mentions, 'Tripoli')).toMatchObject({ id: 'geonames:266826', countryCode: 'LB' });
  });

  it('resolves "Aleppo in Syria" to the city by containment', () => {
    const { mentions } = parse('aleppo-syria');
    const aleppo = mentions.find((mention) => mention.text === 'Aleppo');
    expect(aleppo?.place).toMatchObject({ id: 'geonames:170063', placeType: 'city' });
    expect(aleppo?.resolvedBy).toBe('containing-place');
  });

  it('resolves "Springfield, Illinois" to Springfield in Illinois, not Missouri or Massachusetts', () => {
    const { mentions } = parse('springfield-illinois');
    expect(placeOf(mentions, 'Springfield')).toMatchObject({ id: 'geonames:4250542', admin1: 'IL' });
  });

  it('finds no place in "Paris Hilton"', () => {
    const { mentions } = parse('paris-hilton');
    expect(mentions).toEqual([]);
  });

  it('treats "Jordan said" as a person after "Michael Jordan"', () => {
    const { mentions } = parse('jordan-person');
    expect(mentions.map((mention) => mention.text)).not.toContain('Jordan');
  });

  it('resolves "Jordan\'s king" to the country Jordan', () => {
    const { mentions } = parse('jordan-country');
    expect(placeOf(mentions, 'Jordan')).toMatchObject({ id: 'country:JO' });
    expect(placeOf(mentions, 'Amman')).toMatchObject({ countryCode: 'JO' });
  });

  it('resolves "Deir el-Zour province" to the governorate and "the town of Mayadeen" to Al Mayadin', () => {
    const { mentions } = parse('deir-province');
    const deir = mentions.find((mention) => mention.text === 'Deir el-Zour');
    expect(deir?.place).toMatchObject({ id: 'ne:SYR-142', placeType: 'admin1' });
    expect(deir?.typeHint).toBe('area');
    expect(placeOf(mentions, 'Mayadeen')).toMatchObject({ id: 'geonames:173480' });
  });

  it('gives every mention its exact surface text, a pass name and a confidence in 0–1', () => {
    for (const name of ['paris-europe', 'tripoli-lebanon', 'deir-province', 'georgia-state']) {
      const { text, mentions } = parse(name);
      expect(mentions.length).toBeGreaterThan(0);
      for (const mention of mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.resolvedBy).not.toBe('');
        expect(mention.confidence).toBeGreaterThan(0);
        expect(mention.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
