import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '@/lib/eval/corpus';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8');
const SHARED_EVAL = '/work/shared/eval';

describe('readCorpus, LGL schema', () => {
  const corpus = readCorpus(fixture('lgl-mini.xml'));
  const [storm, quiet] = corpus.articles;

  it('reads every article with its docid, including one with no toponyms', () => {
    expect(corpus.schema).toBe('lgl');
    expect(corpus.articles.map((a) => a.id)).toEqual(['101', '102']);
    expect(quiet?.toponyms).toEqual([]);
  });

  it('keeps the CDATA text raw, so offsets as given slice out each phrase', () => {
    expect(storm?.text).toContain('Alder County & the town');
    expect(corpus.offsets).toEqual({ total: 3, matchedAsGiven: 3, shift: 0, matchedAfterShift: 3 });
    for (const t of storm?.toponyms ?? []) expect(storm?.text.slice(t.start, t.end)).toBe(t.phrase);
  });

  it('turns gaztag lat/lon into [lng, lat] and leaves a toponym without gaztag unresolved', () => {
    expect(storm?.toponyms.map((t) => t.coordinates)).toEqual([[-100, 45], [-100.5, 45.5], null]);
  });
});

describe('readCorpus, GeoVirus schema', () => {
  const corpus = readCorpus(fixture('geovirus-mini.xml'));

  it('numbers the id-less articles and ignores the commented-out template', () => {
    expect(corpus.schema).toBe('geovirus');
    expect(corpus.articles.map((a) => a.id)).toEqual(['geovirus-1', 'geovirus-2']);
  });

  it('decodes &amp; in the text, so offsets index the text as a reader sees it', () => {
    expect(corpus.articles[0]?.text).toContain('Tamsworth & Lindel');
  });

  it('detects offsets one past the real position and shifts them all by -1', () => {
    expect(corpus.offsets).toEqual({ total: 4, matchedAsGiven: 0, shift: -1, matchedAfterShift: 4 });
    const second = corpus.articles[1];
    expect(second?.toponyms[0]).toMatchObject({ start: 0, end: 11, phrase: 'Varn Valley', coordinates: [21, 11] });
  });
});

describe('readCorpus errors', () => {
  it('rejects text that is not XML with a one-line message naming the line', () => {
    expect(() => readCorpus('<articles><article>')).toThrow(CorpusError);
    expect(() => readCorpus('<articles><article>')).toThrow(/not valid XML \(line 1/);
  });

  it('rejects an article of neither schema', () => {
    expect(() => readCorpus(fixture('unknown-schema.xml'))).toThrow(/unknown corpus schema.*<headline>/);
  });

  it('rejects a non-numeric offset, naming the article and the field', () => {
    expect(() => readCorpus(fixture('bad-offset.xml'))).toThrow(/article 1 <toponyms\.toponym\.0\.start>: expected a non-negative integer/);
  });

  it('rejects a document without articles', () => {
    expect(() => readCorpus('<articles></articles>')).toThrow(CorpusError);
  });
});

// The real corpora are GPL-3.0 and live outside the project; when present, check the readers align every offset.
describe.skipIf(!existsSync(`${SHARED_EVAL}/lgl.xml`) || !existsSync(`${SHARED_EVAL}/GeoVirus.xml`))(
  'the shared gold corpora',
  () => {
    it('LGL: 588 articles, 5088 toponyms, every phrase equals text.slice(start, end) as given', () => {
      const lgl = readCorpus(readFileSync(`${SHARED_EVAL}/lgl.xml`, 'utf8'));
      expect(lgl.articles).toHaveLength(588);
      expect(lgl.offsets).toEqual({ total: 5088, matchedAsGiven: 5088, shift: 0, matchedAfterShift: 5088 });
      expect(lgl.articles.flatMap((a) => a.toponyms).filter((t) => t.coordinates !== null)).toHaveLength(4462);
    });

    it('GeoVirus: 229 articles, every phrase matches once offsets are shifted by -1', () => {
      const geovirus = readCorpus(readFileSync(`${SHARED_EVAL}/GeoVirus.xml`, 'utf8'));
      expect(geovirus.articles).toHaveLength(229);
      expect(geovirus.offsets).toMatchObject({ matchedAsGiven: 0, shift: -1 });
      expect(geovirus.offsets.matchedAfterShift).toBe(geovirus.offsets.total);
    });
  },
);
