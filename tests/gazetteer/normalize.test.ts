import { describe, expect, it } from 'vitest';
import { isLatinScript, looseKey, nameKey } from '@/lib/gazetteer/normalize';

describe('nameKey', () => {
  it('gives "Deir el-Zour" and "Deir Al Zour" the same key', () => {
    expect(nameKey('Deir el-Zour')).toBe('deir zour');
    expect(nameKey('Deir Al Zour')).toBe('deir zour');
  });

  it('drops leading Arabic articles, hyphen-joined or not', () => {
    expect(nameKey('Ar-Raqqah')).toBe('raqqah');
    expect(nameKey('al Raqqah')).toBe('raqqah');
    expect(nameKey('Al Mayādīn')).toBe('mayadin');
    expect(nameKey('Ash-Shaddadi')).toBe('shaddadi');
  });

  it('transliterates diacritics and folds case', () => {
    expect(nameKey('Ţarţūs')).toBe('tartus');
    expect(nameKey('PARIS')).toBe(nameKey('Paris'));
  });

  it('folds apostrophes and ayn marks away and punctuation to spaces', () => {
    expect(nameKey("Ma'arrat al-Nu'man")).toBe(nameKey('Maarrat an-Numan'));
    expect(nameKey('Sana’a')).toBe('sanaa');
    expect(nameKey('U.S.')).toBe('u s');
    expect(nameKey('  Tel   Abyad ')).toBe('tel abyad');
  });

  it('keeps a name made only of article-like words', () => {
    expect(nameKey('As')).toBe('as');
  });

  it('returns an empty key for punctuation only', () => {
    expect(nameKey(' - ')).toBe('');
  });
});

describe('looseKey', () => {
  it('folds "Deir ez-Zor", "Deir el-Zour" and "Dayr az Zawr" together', () => {
    expect(looseKey('Deir ez-Zor')).toBe(looseKey('Deir el-Zour'));
    expect(looseKey('Dayr az Zawr')).toBe(looseKey('Deir el-Zour'));
  });

  it('folds "Mayadeen" and "Al Mayadin" together', () => {
    expect(looseKey('Mayadeen')).toBe(looseKey('Al Mayadin'));
  });

  it('folds "Raqqa", "Rakka" and "Raqqah" together', () => {
    expect(looseKey('Raqqa')).toBe(looseKey('Rakka'));
    expect(looseKey('Raqqah')).toBe(looseKey('Raqqa'));
  });

  it('keeps different places apart', () => {
    expect(looseKey('Homs')).not.toBe(looseKey('Hama'));
  });
});

describe('isLatinScript', () => {
  it('accepts accented Latin and rejects Cyrillic and Arabic', () => {
    expect(isLatinScript('Dayr az Zawr')).toBe(true);
    expect(isLatinScript('Ţarţūs')).toBe(true);
    expect(isLatinScript('Ар-Ракка')).toBe(false);
    expect(isLatinScript('الرقة')).toBe(false);
  });
});
