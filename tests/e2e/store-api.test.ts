/**
 * The /api/store endpoints of the built app, served by `next start` from the store the e2e ingest wrote beside
 * its events file: they agree with that file, take the URL's filters and answer bad input with a 400.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './helpers';

const app = useApp();

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app().baseUrl}${path}`);
  return { status: response.status, body: await response.json() };
}

describe('the store endpoints of the running app', () => {
  it('list every event of the events file, background included when asked', async () => {
    const { status, body } = await get('/api/store/list?background=1&limit=500');
    expect(status).toBe(200);
    const page = body as { total: number; items: { id: string }[] };
    expect(page.total).toBe(app().events.length);
    expect(page.items.map((i) => i.id).toSorted()).toEqual(app().events.map((e) => e.id).toSorted());
  });

  it('answer a world view with the markers the page would draw, and facets under an actor filter', async () => {
    const shown = app().events.filter((e) => !e.properties.background);
    const view = (await get('/api/store/view?bbox=-180,-85,180,85&zoom=2')).body as { kind: string; markers: { id: string }[] };
    expect(view.kind).toBe('markers');
    expect(view.markers.map((m) => m.id).toSorted()).toEqual(shown.map((e) => e.id).toSorted());
    const facets = (await get('/api/store/facets?actor=isis')).body as { total: number };
    expect(facets.total).toBe(shown.filter((e) => e.properties.actors.some((a) => a.id === 'isis')).length);
  });

  it('search event sentences with ?q= and refuse a malformed view', async () => {
    const word = 'Raqqa';
    const hits = ((await get(`/api/store/search?q=${word}&background=1`)).body as { hits: { eventId: string; sentence: string }[] }).hits;
    expect(hits.length).toBeGreaterThan(0);
    const titled = new Set(app().events.filter((e) => e.properties.sentence.includes(word)).map((e) => e.id));
    for (const id of titled) expect(hits.map((h) => h.eventId)).toContain(id);
    expect((await get('/api/store/view?bbox=nope&zoom=2')).status).toBe(400);
    expect((await get('/api/store/bogus')).status).toBe(404);
  });
});
