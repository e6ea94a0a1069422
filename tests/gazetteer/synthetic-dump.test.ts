import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticDump } from '@/lib/gazetteer/synthetic-dump';
import { DUMP_COLUMNS, dumpRulesSchema, parseGeonamesDump } from '@/lib/gazetteer/sources/geonames-dump';

const RULES = dumpRulesSchema.parse(JSON.parse(readFileSync(new URL('../../geodata/geonames-features.json', import.meta.url), 'utf8')));

describe('synthetic country files', () => {
  it('writes the asked number of lines of the dump\'s 19 columns', () => {
    const lines = syntheticDump(200, 3).trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    expect(lines.every((line) => line.split('\t').length === DUMP_COLUMNS)).toBe(true);
  });

  it('writes the same file for the same seed and another for another seed', () => {
    expect(syntheticDump(50, 3)).toBe(syntheticDump(50, 3));
    expect(syntheticDump(50, 4)).not.toBe(syntheticDump(50, 3));
  });

  it('reads back as a country file: mostly places, some districts and landmarks, the rest skipped', () => {
    const { places, skipped, duplicates } = parseGeonamesDump(syntheticDump(2000, 5), RULES, new Set());
    expect(duplicates).toBe(0);
    expect(places.length + skipped).toBe(2000);
    expect(skipped / 2000).toBeGreaterThan(0.1);
    expect(places.some((p) => p.place.placeType === 'admin2')).toBe(true);
    expect(places.some((p) => p.place.feature === 'camp')).toBe(true);
  });

  it('rejects a negative line count', () => {
    expect(() => syntheticDump(-1, 1)).toThrow(/Unexpected line count: -1/);
  });
});
