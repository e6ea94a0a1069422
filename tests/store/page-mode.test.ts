/** The page's choice between downloading the corpus and asking the store (lib/store/page-mode.ts), and the URLs it asks with. */
import { describe, expect, it } from 'vitest';
import { storeFilterOf } from '@/lib/store/filter';
import { STORE_MODE_MIN_EVENTS, pageMode, storeModeThreshold } from '@/lib/store/page-mode';
import { storeQueryUrl } from '@/lib/store/query-url';
import { parseViewState } from '@/lib/url/view-state';

const base = { eventsFile: true, databaseUrl: false, threshold: STORE_MODE_MIN_EVENTS };

describe('page mode', () => {
  it('downloads the corpus below the threshold and asks the store from it on', () => {
    expect(pageMode({ ...base, storeEvents: STORE_MODE_MIN_EVENTS - 1 })).toBe('file');
    expect(pageMode({ ...base, storeEvents: STORE_MODE_MIN_EVENTS })).toBe('store');
  });

  it('keeps the events file when no store can be opened', () => {
    expect(pageMode({ ...base, storeEvents: null })).toBe('file');
    expect(pageMode({ ...base, storeEvents: null, databaseUrl: true, eventsFile: false })).toBe('file');
  });

  it('asks a database server even for a small corpus when no events file serves', () => {
    expect(pageMode({ ...base, storeEvents: 10, databaseUrl: true, eventsFile: false })).toBe('store');
    expect(pageMode({ ...base, storeEvents: 10, databaseUrl: true, eventsFile: true })).toBe('file');
  });

  it('takes a threshold from STORE_MODE_MIN_EVENTS and refuses one that is not a whole number', () => {
    expect(storeModeThreshold({})).toBe(STORE_MODE_MIN_EVENTS);
    expect(storeModeThreshold({ STORE_MODE_MIN_EVENTS: '1000' })).toBe(1000);
    expect(() => storeModeThreshold({ STORE_MODE_MIN_EVENTS: '1e3.5' })).toThrow('Unexpected STORE_MODE_MIN_EVENTS: "1e3.5"');
  });
});

describe('store query URLs', () => {
  it('carry the page’s filters and view so the endpoint reads back the same filter', () => {
    const filters = { actors: ['isis', 'sdf'], types: ['battles' as const], from: '2017-06', to: null, background: true, q: 'convoy', article: '2017/raqqa' };
    const url = storeQueryUrl('list', filters, { bbox: [35.123456789, 32, 43, 38], offset: 100, limit: 50 });
    const params = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/api/store/list?')).toBe(true);
    expect(storeFilterOf(parseViewState(params))).toEqual(filters);
    expect(params.get('bbox')).toBe('35.12346,32,43,38');
    expect([params.get('offset'), params.get('limit')]).toEqual(['100', '50']);
  });
});
