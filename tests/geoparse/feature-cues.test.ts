import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFeatureCues, featureCue } from '@/lib/geoparse/feature-cues';

function cueAround(text: string, name: string): string[] | null {
  const start = text.indexOf(name);
  const cue = featureCue(text, start, start + name.length);
  return cue === null ? null : [...cue].toSorted();
}

describe('feature cues', () => {
  it('reads "camp" after a name as a camp of any kind', () => {
    expect(cueAround('A woman died in al-Hol camp.', 'Hol')).toEqual(expect.arrayContaining(['camp', 'refugee camp']));
  });

  it('reads the longest cue: "sub-district" is not "district", "air base" not "base"', () => {
    expect(cueAround('Clashes in Kafr Nubl sub-district.', 'Kafr Nubl')).toEqual(['sub-district']);
    expect(cueAround('Rockets hit the Ain al-Asad air base.', 'Ain al-Asad')).toContain('airbase');
  });

  it('reads "nahiyat" before a name as a sub-district', () => {
    expect(cueAround('Clashes in nahiyat Jarabulus.', 'Jarabulus')).toEqual(['sub-district']);
  });

  it('finds no cue in ordinary words around a name', () => {
    expect(cueAround('Protests in Manbij on Friday.', 'Manbij')).toBeNull();
    expect(cueAround('Manbij', 'Manbij')).toBeNull();
  });

  it('rejects a cue selecting a feature no district or landmark has, naming it', () => {
    const data = JSON.parse(readFileSync(new URL('../../geodata/geonames-features.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(() => compileFeatureCues({ ...data, cuesAfter: { fort: ['fortress'] } })).toThrow(/"fortress"/);
  });
});
