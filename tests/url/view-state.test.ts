import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW_STATE,
  formatViewState,
  parseMapHash,
  parseViewState,
  placeIdFromSegment,
  placePath,
  type ViewState,
} from '@/lib/url';

function split(link: string): { query: string; hash: string } {
  const at = link.indexOf('#');
  return at < 0 ? { query: link, hash: '' } : { query: link.slice(0, at), hash: link.slice(at) };
}

describe('parseViewState / formatViewState', () => {
  const full: ViewState = {
    actors: ['sdf', 'isis'],
    types: ['battles', 'explosions-remote-violence'],
    from: '2017-10-01',
    to: '2017-10-31',
    background: true,
    q: 'chlorine convoy',
    event: 'event:raqqa-2017:1252:0',
    place: 'place:geonames:172955',
    article: '2017/raqqa-2017',
    map: { zoom: 8, lat: 35.953, lng: 39.008 },
    sort: 'newest',
    window: null,
    at: null,
  };

  it('round-trips a full state through the URL unchanged', () => {
    const link = formatViewState(full);
    const { query, hash } = split(link);
    expect(parseViewState(query, hash)).toEqual(full);
  });

  it('writes ids with ":" and lists with "," readable, and in a fixed parameter order', () => {
    expect(formatViewState(full)).toBe(
      '?actor=sdf,isis&type=battles,explosions-remote-violence&from=2017-10-01&to=2017-10-31&background=1' +
        '&q=chlorine+convoy&event=event:raqqa-2017:1252:0&place=place:geonames:172955&article=2017/raqqa-2017#map=8/35.953/39.008',
    );
  });

  it('formats the empty state as an empty string and parses "" back to it', () => {
    expect(formatViewState(EMPTY_VIEW_STATE)).toBe('');
    expect(parseViewState('', '')).toEqual(EMPTY_VIEW_STATE);
  });

  it('accepts percent-encoded ids and Next-style searchParams records alike', () => {
    expect(parseViewState('place=geonames%3A172955').place).toBe('geonames:172955');
    expect(parseViewState({ place: 'geonames:172955', actor: ['isis', 'sdf'] })).toMatchObject({
      place: 'geonames:172955',
      actors: ['isis', 'sdf'],
    });
  });

  it('merges repeated list parameters and takes the first valid scalar', () => {
    const state = parseViewState('actor=isis&actor=sdf,isis&event=bad/../x&event=e1&event=e2&from=nope&from=2017-01');
    expect(state.actors).toEqual(['isis', 'sdf']);
    expect(state.event).toBe('e1');
    expect(state.from).toBe('2017-01');
  });

  it('keeps the ids of events from articles in subfolders, and refuses traversal in them', () => {
    expect(parseViewState(`event=${encodeURIComponent('event:2017/tal-afar:0:0')}`).event).toBe('event:2017/tal-afar:0:0');
    expect(parseViewState(`event=${encodeURIComponent('event:news 2017/Tal Afar:0:0')}`).event).toBe('event:news 2017/Tal Afar:0:0');
    expect(parseViewState(`event=${encodeURIComponent('event:2017/../x:0:0')}`).event).toBeNull();
    expect(parseViewState(`event=${encodeURIComponent('event:2017//x:0:0')}`).event).toBeNull();
    expect(parseViewState(`event=${encodeURIComponent('/etc/passwd')}`).event).toBeNull();
  });

  it('drops unknown type slugs and malformed actor ids', () => {
    const state = parseViewState('type=battles,Battles,war&actor=ISIS,sdf,a%20b');
    expect(state.types).toEqual(['battles']);
    expect(state.actors).toEqual(['sdf']);
  });

  it('rejects markup and path traversal in every parameter', () => {
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const script = encodeURIComponent('<script>alert(1)</script>');
    const state = parseViewState(
      `actor=${script}&type=${hostile}&from=${script}&to=${hostile}&event=../../etc/passwd&place=${hostile}`,
      `#map=${script}`,
    );
    expect(state).toEqual(EMPTY_VIEW_STATE);
  });

  it('survives a 10 kB query and caps the lists it keeps', () => {
    const actors = Array.from({ length: 1500 }, (_, i) => `actor-${i}`).join(',');
    const query = `actor=${actors}`;
    expect(query.length).toBeGreaterThan(10_000);
    const state = parseViewState(query);
    expect(state.actors.length).toBe(200);
    expect(state.actors[0]).toBe('actor-0');
  });

  it('rejects impossible dates and swaps a reversed range', () => {
    expect(parseViewState('from=2017-02-30&to=2017-13').from).toBeNull();
    expect(parseViewState('from=2017-02-30&to=2017-13').to).toBeNull();
    expect(parseViewState('from=2017-10-31&to=2017-10-01')).toMatchObject({ from: '2017-10-01', to: '2017-10-31' });
    expect(parseViewState('from=2016-02-29').from).toBe('2016-02-29');
  });
});

describe('map hash', () => {
  it('reads OSM-style #map=ZOOM/LAT/LNG', () => {
    expect(parseMapHash('#map=8/35.95283/39.00788')).toEqual({ zoom: 8, lat: 35.95283, lng: 39.00788 });
  });

  it('clamps zoom and latitude and wraps longitude', () => {
    expect(parseMapHash('#map=99/120/190')).toEqual({ zoom: 19, lat: 85.05113, lng: -170 });
    expect(parseMapHash('#map=-3/-91/-540')).toEqual({ zoom: 0, lat: -85.05113, lng: -180 });
  });

  it('ignores NaN, empty and non-numeric parts instead of inventing a view', () => {
    expect(parseMapHash('#map=NaN/1/2')).toBeNull();
    expect(parseMapHash('#map=5//2')).toBeNull();
    expect(parseMapHash('#map=5/1')).toBeNull();
    expect(parseMapHash('#map=5/1/2/3')).toBeNull();
    expect(parseMapHash('#map=Infinity/1/2')).toBeNull();
    expect(parseMapHash('#other=1')).toBeNull();
  });

  it('uses more decimals as the zoom grows (2 at world view, 5 at street level)', () => {
    const at = (zoom: number) => formatViewState({ ...EMPTY_VIEW_STATE, map: { zoom, lat: 35.123456, lng: 39.123456 } });
    expect(at(3)).toBe('#map=3/35.12/39.12');
    expect(at(8)).toBe('#map=8/35.123/39.123');
    expect(at(12)).toBe('#map=12/35.1235/39.1235');
    expect(at(18)).toBe('#map=18/35.12346/39.12346');
  });
});

describe('place path', () => {
  it('encodes ":" in the place route and decodes both encoded and literal forms', () => {
    expect(placePath('place:geonames:172955')).toBe('/place/geonames%3A172955');
    expect(placeIdFromSegment('geonames%3A172955')).toBe('place:geonames:172955');
    expect(placeIdFromSegment('geonames:172955')).toBe('place:geonames:172955');
    expect(placeIdFromSegment('place%3Ageonames%3A172955')).toBe('place:geonames:172955');
    expect(placeIdFromSegment('..%2F..%2Fetc')).toBeNull();
    expect(placeIdFromSegment('%E0%A4%A')).toBeNull();
  });

  it('reads ?q= search words, trimmed and with white space folded, and drops an empty or over-long one', () => {
    expect(parseViewState('q=%20chlorine%0A%20convoy%20').q).toBe('chlorine convoy');
    expect(parseViewState('q=&q=convoy').q).toBe('convoy');
    expect(parseViewState(`q=${'a'.repeat(201)}`).q).toBeNull();
    expect(parseViewState('type=battles').q).toBeNull();
  });
});

describe('the article deep link', () => {
  it('keeps an article id, with its folders', () => {
    expect(parseViewState('article=2017/raqqa-2017').article).toBe('2017/raqqa-2017');
    expect(formatViewState({ ...parseViewState(''), article: 'raqqa-2017' })).toBe('?article=raqqa-2017');
  });

  it.each(['../package', '/etc/passwd', '.hidden', '"><img src=x onerror=alert(1)>', 'a'.repeat(500)])('ignores %s', (bad) => {
    expect(parseViewState(`article=${encodeURIComponent(bad)}`).article).toBeNull();
  });
});
