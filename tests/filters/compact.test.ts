import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCompact, toCompact } from '@/lib/explorer-data/compact';
import { parseEventsText } from '@/lib/explorer-data/load';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';

describe('compact wire format', () => {
  const result = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!result.ok) throw new Error(result.message);
  const data = result.data;

  it('round-trips the explorer data through JSON unchanged', () => {
    const wire = JSON.parse(JSON.stringify(toCompact(data))) as unknown;
    expect(fromCompact(wire)).toEqual(data);
  });

  it('keeps an event whose place record is missing, under its own id and point', () => {
    const orphan = { ...data.events[0]!, id: 'event:x:1:0', placeId: 'place:geonames:1', placeName: 'place:geonames:1', precision: 3 as const };
    const back = fromCompact(JSON.parse(JSON.stringify(toCompact({ ...data, events: [orphan] }))));
    expect(back.events[0]).toEqual(orphan);
  });

  it('rejects a payload whose columns disagree in length', () => {
    const wire = toCompact(data);
    const broken = { ...wire, events: { ...wire.events, sentence: wire.events.sentence.slice(1) } };
    expect(() => fromCompact(broken)).toThrow(/column sentence length/);
  });
});
