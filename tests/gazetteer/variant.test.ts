import { describe, expect, it } from 'vitest';
import { compileRules, freshVariantFromKey, isUsableVariant, isVariantCountry, variantKey } from '@/lib/gazetteer/variant';
import { looseKey, nameKey } from '@/lib/gazetteer/normalize';

/** news spelling → GeoNames spelling of the same place; neither the strict nor the loose key joins most of them */
const SAME_PLACE: ReadonlyArray<readonly [string, string]> = [
  ['Saraqeb', 'Sarāqib'],
  ['Kfar Nabl', 'Kafr Nabl'],
  ['Tell Abiad', 'Tall Abyaḑ'],
  ['Jisr al-Shughour', 'Jisr ash Shughūr'],
  ['Kamishli', 'Al Qāmishlī'],
  ['Maaret al-Numan', 'Ma‘arrat an Nu‘mān'],
  ['Tell Tamer', 'Tall Tamr'],
  ['Ras al-Ain', 'Ra’s al ‘Ayn'],
  ['Ein Issa', '‘Ayn ‘Īsá'],
  ['Sweida', 'As Suwaydā’'],
  ['Hasakeh', 'Al Ḩasakah'],
  ['Mazar-e Sharif', 'Mazari Sharif'],
  ['Ahwaz', 'Ahvāz'],
  ['Kharkov', 'Kharkiv'],
  ['Mykolayiv', 'Mykolaiv'],
  ['Zaporozhye', 'Zaporizhzhia'],
  ['Beit Lahia', 'Bayt Lāhiyā'],
  ['Gasr Bin Ghashir', 'Qaşr Bin Ghashīr'],
  ['Jebel Akhdar', 'Al Jabal al Akhḑar'],
  ['Oued Zem', 'Wadi Zem'],
  ['Khan Sheikhoun', 'Khān Shaykhūn'],
  ['Abou Kamal', 'Abū Kamāl'],
];

/** different places that must keep different keys */
const DIFFERENT: ReadonlyArray<readonly [string, string]> = [
  ['Homs', 'Hama'],
  ['Idlib', 'Dalia'],
  ['Tall Abyad', 'Tall Tamr'],
  ['Kafr Nabl', 'Kafr Nubl Ghawr'],
  ['Abyad', 'Byad'],
  ['Yabrud', 'Abrud'],
];

describe('variantKey', () => {
  it.each(SAME_PLACE)('gives "%s" and "%s" the same key', (news, gazetteer) => {
    expect(variantKey(news)).toBe(variantKey(gazetteer));
  });

  it.each(DIFFERENT)('keeps "%s" and "%s" apart', (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
  });

  it('joins spellings that the strict and loose keys keep apart', () => {
    expect(looseKey('Kfar Nabl')).not.toBe(looseKey('Kafr Nabl'));
    expect(variantKey('Kfar Nabl')).toBe('kfr nbl');
  });

  it('writes the consonants of each word, a word-initial vowel as "a", and drops the Arabic article', () => {
    expect(variantKey('Tall Abyaḑ')).toBe('tl abd');
    expect(variantKey('Idlib')).toBe('adlb');
    expect(variantKey('Deir ez-Zor')).toBe('dr zr');
  });

  it('drops a word of vowels only (the Persian izafe)', () => {
    expect(variantKey('Kut-e Abdollah')).toBe(variantKey('Kut Abdollah'));
  });

  it('keeps a semivowel that starts a syllable: "Ahwaz" has its w, "Yabrud" its y', () => {
    expect(variantKey('Ahwaz')).toBe('ahvz');
    expect(variantKey('Yabrud')).toBe('ybrd');
  });

  it('returns an empty key for punctuation only', () => {
    expect(variantKey(' - ')).toBe('');
  });
});

describe('isUsableVariant', () => {
  it('rejects keys of fewer than four letters, which match too many places', () => {
    expect(isUsableVariant(variantKey('Kiev'))).toBe(false);
    expect(isUsableVariant(variantKey('Homs'))).toBe(false);
    expect(isUsableVariant(variantKey('Saraqeb'))).toBe(true);
    expect(isUsableVariant(variantKey('Tell Abiad'))).toBe(true);
  });
});

describe('isVariantCountry', () => {
  it('covers the countries whose names come from Arabic, Persian, Turkic and Russian/Ukrainian, not others', () => {
    for (const code of ['SY', 'IQ', 'YE', 'AF', 'LY', 'UA', 'TR', 'IR']) expect(isVariantCountry(code)).toBe(true);
    for (const code of ['US', 'FR', 'BR', 'IN']) expect(isVariantCountry(code)).toBe(false);
    expect(isVariantCountry(null)).toBe(false);
  });
});

describe('compileRules', () => {
  const rules = {
    countries: { test: ['SY'] },
    genericWords: { tal: ['tell'] },
    letterFolds: [['q', 'k']],
    vowels: 'aeiou',
    semivowels: [],
  };

  it('applies rules given as data: another generic word changes the key', () => {
    const compiled = compileRules(rules);
    expect(freshVariantFromKey(nameKey('Tell Qasr'), compiled)).toBe('tl ksr');
    const more = compileRules({ ...rules, genericWords: { ...rules.genericWords, qasr: ['kasr'] } });
    expect(freshVariantFromKey(nameKey('Kasr'), more)).toBe(freshVariantFromKey(nameKey('Qasr'), more));
  });

  it('rejects a spelling listed under two generic words, naming it', () => {
    expect(() => compileRules({ ...rules, genericWords: { tal: ['tell'], tul: ['tell'] } })).toThrow(/"tell"/);
  });

  it('rejects a malformed rules file', () => {
    expect(() => compileRules({ ...rules, vowels: 'AEIOU' })).toThrow();
  });
});
