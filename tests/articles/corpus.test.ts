import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileCorpus } from '@/lib/articles/corpus';
import { withArticles, withoutArticle } from '@/lib/articles/merge';
import { localPipeline } from '@/lib/articles/pipeline-runner';
import { createArticleQueue } from '@/lib/articles/queue';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { buildCollection } from '@/lib/geojson/build';
import { eventCollectionSchema } from '@/lib/geojson/schema';
import { processArticle } from '@/lib/pipeline/index';
import { parseArticle } from '@/lib/text/article';

const SEED = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'seeds', 'raqqa-2017.txt'), 'utf8');
const SECOND = 'Clashes in Raqqa\n\nSDF fighters clashed with ISIS militants in Raqqa on Monday. Hundreds of families fled Raqqa for Ain Issa.';
const gazetteer = fixtureGazetteer();
const result = (id: string, text: string) => processArticle(parseArticle(id, text), gazetteer);

describe('merging one article into a built collection', () => {
  const a = result('raqqa-2017', SEED);
  const b = result('clashes', SECOND);

  it('adds an article exactly as a full build of both would have it', () => {
    expect(withArticles(buildCollection([a]), buildCollection([b]))).toEqual(buildCollection([a, b]));
    expect(withArticles(buildCollection([b]), buildCollection([a]))).toEqual(buildCollection([a, b]));
  });

  it('takes an article out with its events, routes and place mentions, leaving the rest as built', () => {
    const both = buildCollection([a, b]);
    expect(withoutArticle(both, 'clashes')).toEqual(buildCollection([a]));
    expect(withoutArticle(both, 'raqqa-2017')).toEqual(buildCollection([b]));
  });

  it('replaces an article of the same id instead of doubling it', () => {
    const once = buildCollection([a, b]);
    expect(withArticles(once, buildCollection([b]))).toEqual(once);
  });

  it('never mutates its inputs', () => {
    const base = buildCollection([a]);
    const copy = structuredClone(base);
    withArticles(base, buildCollection([b]));
    withoutArticle(base, 'raqqa-2017');
    expect(base).toEqual(copy);
  });
});

describe('the upload queue writing into a file corpus', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'articles-'));
  const eventsPath = path.join(root, 'events.geojson');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps a pasted article, stores its text next to the events file and removes both on request', async () => {
    writeFileSync(eventsPath, JSON.stringify(buildCollection([result('raqqa-2017', SEED)])));
    const queue = createArticleQueue({ corpus: fileCorpus(eventsPath), pipeline: localPipeline(gazetteer) });
    const [job] = await queue.submit([{ name: null, bytes: new TextEncoder().encode(SECOND), title: 'Clashes', date: '2017-10-02' }]);
    expect(job).toMatchObject({ state: 'queued', articleId: 'clashes' });
    await queue.idle();
    const [done] = queue.status([job?.id ?? '']);
    expect(done?.state).toBe('mapped');
    expect(done?.events).toBeGreaterThan(0);

    const written = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath, 'utf8')));
    expect(written.articles.map((x) => x.id)).toEqual(['clashes', 'raqqa-2017']);
    expect(written.articles[0]).toMatchObject({ title: 'Clashes', date: '2017-10-02', file: 'articles/clashes.txt' });
    const text = readFileSync(path.join(root, 'articles', 'clashes.txt'), 'utf8');
    const event = written.features.find((f) => f.properties.kind === 'event' && f.properties.article === 'clashes');
    expect(event).toBeDefined();
    // provenance: the stored text holds each event's sentence at its offsets
    if (event?.properties.kind === 'event') expect(text.slice(event.properties.start, event.properties.end)).toBe(event.properties.sentence);
    expect(written.features.filter((f) => f.properties.kind === 'event' && f.properties.article === 'clashes')).toHaveLength(done?.events ?? -1);

    expect(await queue.remove('clashes')).toBe(true);
    expect(await queue.remove('clashes')).toBe(false);
    const after = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath, 'utf8')));
    expect(after).toEqual(buildCollection([result('raqqa-2017', SEED)]));
    expect(existsSync(path.join(root, 'articles', 'clashes.txt'))).toBe(false);
  });

  it('fails a bad upload at once with its reason and writes nothing', async () => {
    writeFileSync(eventsPath, JSON.stringify(buildCollection([])));
    const before = readFileSync(eventsPath, 'utf8');
    const queue = createArticleQueue({ corpus: fileCorpus(eventsPath), pipeline: localPipeline(gazetteer) });
    const jobs = await queue.submit([
      { name: 'bad.txt', bytes: new Uint8Array([0xc3, 0x28]) },
      { name: 'fine.txt', bytes: new TextEncoder().encode(SECOND) },
    ]);
    expect(jobs.map((j) => j.state)).toEqual(['failed', 'queued']);
    expect(jobs[0]?.error).toMatch(/invalid UTF-8/);
    expect(readFileSync(eventsPath, 'utf8')).toBe(before); // the good one has not run yet: still nothing written
    await queue.idle();
    expect(existsSync(path.join(root, 'articles', 'bad.txt'))).toBe(false);
    expect(eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath, 'utf8'))).articles.map((x) => x.id)).toEqual(['fine']);
  });

  it('answers a long poll at the job’s next change of state, and at once for finished jobs', async () => {
    writeFileSync(eventsPath, JSON.stringify(buildCollection([])));
    const queue = createArticleQueue({ corpus: fileCorpus(eventsPath), pipeline: localPipeline(gazetteer) });
    const [job] = await queue.submit([{ name: 'poll.txt', bytes: new TextEncoder().encode(SECOND) }]);
    const id = job?.id ?? '';
    const startedMs = Date.now();
    await queue.changed([id], 60_000); // would hang the test past its timeout if no change were heard
    expect(Date.now() - startedMs).toBeLessThan(10_000);
    await queue.idle();
    expect(queue.status([id])[0]?.state).toBe('mapped');
    await queue.changed([id], 60_000); // finished: answered at once
  });

  it('gives two files of the same name two ids', async () => {
    writeFileSync(eventsPath, JSON.stringify(buildCollection([])));
    const queue = createArticleQueue({ corpus: fileCorpus(eventsPath), pipeline: localPipeline(gazetteer) });
    const body = { name: 'same.txt', bytes: new TextEncoder().encode(SECOND) };
    const jobs = await queue.submit([body, body]);
    expect(jobs.map((j) => j.articleId)).toEqual(['same', 'same-2']);
    await queue.idle();
    expect(queue.status(jobs.map((j) => j.id)).map((j) => j.state)).toEqual(['mapped', 'mapped']);
  });
});
