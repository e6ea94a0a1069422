import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCompact, toCompact, toMapData } from '@/lib/explorer-data/compact';
import { parseEventsText } from '@/lib/explorer-data/load';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';

describe('compact wire format', () => {
  const result = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!result.ok) throw new Error(result.message);
  const data = result.data;

  it('carries everything the map needs through JSON unchanged', () => {
    const wire = JSON.parse(JSON.stringify(toCompact(data))) as unknown;
    expect(fromCompact(wire)).toEqual(toMapData(data));
  });

  it('leaves sentences and place mentions out of the markers payload', () => {
    const json = JSON.stringify(toCompact(data));
    expect(json).not.toContain(data.events[0]!.sentence);
    expect(json).not.toContain('"mentions"');
  });

  it('keeps an event whose place record is missing, under its own id and point', () => {
    const orphan = { ...data.events[0]!, id: 'event:x:1:0', placeId: 'place:geonames:1', placeName: 'place:geonames:1', precision: 3 as const };
    const back = fromCompact(JSON.parse(JSON.stringify(toCompact({ ...data, events: [orphan] }))));
    expect(back.events[0]).toEqual(toMapData({ ...data, events: [orphan] }).events[0]);
  });

  it('gives events at one spot off their place one shared point, so the map groups them as one marker', () => {
    const spot = [12.5, 41.9] as const;
    const a = { ...data.events[0]!, id: 'event:x:1:0', lngLat: spot };
    const b = { ...data.events[1]!, id: 'event:x:2:0', lngLat: [spot[0], spot[1]] as const };
    const back = fromCompact(JSON.parse(JSON.stringify(toCompact({ ...data, events: [a, b] }))));
    expect(back.events[0]!.lngLat).toEqual(spot);
    expect(back.events[0]!.lngLat).toBe(back.events[1]!.lngLat);
  });

  it('rejects a payload whose columns disagree in length', () => {
    const wire = toCompact(data);
    const broken = { ...wire, events: { ...wire.events, when: wire.events.when.slice(1) } };
    expect(() => fromCompact(broken)).toThrow(/column when length/);
  });

  it('writes ids of the pipeline scheme (event:<article>:<n>:<k>) as numbers, and any other id as it is', () => {
    const odd = { ...data.events[1]!, id: 'imported/evt 7' };
    const wire = toCompact({ ...data, events: [data.events[0]!, odd] });
    expect(JSON.stringify(wire.events)).not.toContain(data.events[0]!.id);
    expect(wire.otherIds.value).toEqual(['imported/evt 7']);
    expect(fromCompact(JSON.parse(JSON.stringify(wire))).events.map((e) => e.id)).toEqual([data.events[0]!.id, 'imported/evt 7']);
  });
});
