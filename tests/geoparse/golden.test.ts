import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { geoparse } from '@/lib/geoparse';
import { parseArticle } from '@/lib/text/article';

/** Golden outputs of the geoparser on the fixture gazetteer; `UPDATE_GOLDEN=1` rewrites them (review the diff). */
const FIXTURES = new URL('../fixtures/geoparse/', import.meta.url);
const OUT = new URL('out/', FIXTURES);
const CONFIDENCE_DECIMALS = 2;
const gazetteer = fixtureGazetteer();

const inputs: Array<[string, URL]> = [
  ['raqqa-2017', new URL('../../seeds/raqqa-2017.txt', import.meta.url)],
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .map((name): [string, URL] => [name.replace(/\.txt$/, ''), new URL(name, FIXTURES)]),
];

describe('geoparse golden outputs (fixture gazetteer)', () => {
  for (const [id, url] of inputs) {
    it(`matches tests/fixtures/geoparse/out/${id}.json`, () => {
      const mentions = geoparse(parseArticle(id, readFileSync(url, 'utf8')), gazetteer).map((mention) => ({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        place: mention.place.id,
        demonym: mention.demonym,
        typeHint: mention.typeHint,
        resolvedBy: mention.resolvedBy,
        confidence: Number(mention.confidence.toFixed(CONFIDENCE_DECIMALS)),
      }));
      const goldenUrl = new URL(`${id}.json`, OUT);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenUrl, `${JSON.stringify(mentions, null, 1)}\n`);
      expect(existsSync(goldenUrl), `missing golden ${id}.json: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(mentions).toEqual(JSON.parse(readFileSync(goldenUrl, 'utf8')));
    });
  }
});
