import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { DEFAULT_GAZETTEER_DIR, loadWorldGazetteer } from '@/lib/gazetteer/world';
import { geoparse } from '@/lib/geoparse';
import type { ResolvedMention } from '@/lib/geoparse/types';
import { parseArticle } from '@/lib/text/article';

const SEED = readFileSync(new URL('../../seeds/raqqa-2017.txt', import.meta.url), 'utf8');
const WORLD_BUILT = existsSync(`${DEFAULT_GAZETTEER_DIR}/stamp.json`);

/** The seed's expectations hold on both gazetteers: the fixture one always, the world one once it is built. */
function seedSuite(label: string, load: () => Gazetteer): void {
  describe(`seed article raqqa-2017 (${label})`, () => {
    const article = parseArticle('raqqa-2017', SEED);
    let cached: ResolvedMention[] | null = null;
    const mentions = (): ResolvedMention[] => (cached ??= geoparse(article, load()));
    const placesOf = (surface: string): string[] =>
      mentions().filter((mention) => mention.text === surface).map((mention) => mention.place.id);

    it('resolves every "Raqqa" to the city Ar Raqqah (geonames:172955)', () => {
      const raqqa = placesOf('Raqqa');
      expect(raqqa.length).toBeGreaterThanOrEqual(5);
      expect(new Set(raqqa)).toEqual(new Set(['geonames:172955']));
    });

    it('resolves "Mayadeen" to Al Mayadin, Syria', () => {
      expect(placesOf('Mayadeen')).toEqual(['geonames:173480']);
    });

    it('resolves "Deir el-Zour province" to the governorate, not the city', () => {
      const deir = mentions().find((mention) => mention.text === 'Deir el-Zour');
      expect(deir?.place.placeType).toBe('admin1');
      expect(deir?.place.countryCode).toBe('SY');
      expect(deir?.place.id).not.toBe('geonames:170794');
    });

    it('resolves "Anbar province" to the Al Anbar governorate of Iraq', () => {
      const anbar = mentions().find((mention) => mention.text === 'Anbar');
      expect(anbar?.place).toMatchObject({ placeType: 'admin1', countryCode: 'IQ' });
    });

    it('resolves Syria, Iraq and Paris (France)', () => {
      expect(placesOf('Syria')[0]).toBe('country:SY');
      expect(placesOf('Iraq')).toEqual(['country:IQ']);
      const paris = mentions().find((mention) => mention.text === 'Paris');
      expect(paris?.place.countryCode).toBe('FR');
    });

    it('flags "Syrian" and "Russian" as demonyms of their countries', () => {
      const syrian = mentions().filter((mention) => mention.text === 'Syrian');
      expect(syrian.length).toBeGreaterThan(0);
      for (const mention of syrian) expect(mention).toMatchObject({ demonym: true, place: { id: 'country:SY' } });
      expect(mentions().find((mention) => mention.text === 'Russian')?.place.id).toBe('country:RU');
    });

    it('finds no place in page chrome, pronouns, news agencies, people or organisations', () => {
      const junk = ['Ajustar', 'Comentario', 'Impresión', 'She', 'Reuters', 'Dillon', 'Mostafa', 'Bali', 'Council'];
      const texts = mentions().map((mention) => mention.text);
      for (const word of junk) expect(texts.some((text) => text.includes(word))).toBe(false);
      const council = SEED.indexOf('Raqqa Civil Council');
      expect(mentions().some((mention) => mention.start === council)).toBe(false);
    });

    it('gives offsets that index the full file text', () => {
      for (const mention of mentions()) expect(SEED.slice(mention.start, mention.end)).toBe(mention.text);
    });
  });
}

seedSuite('fixture gazetteer', fixtureGazetteer);

if (WORLD_BUILT) {
  seedSuite('world gazetteer', () => loadWorldGazetteer());
} else {
  describe.skip(`seed article on the world gazetteer — SKIPPED: ${DEFAULT_GAZETTEER_DIR} is not built (run npm install)`, () => {
    it('needs the world gazetteer', () => undefined);
  });
}
