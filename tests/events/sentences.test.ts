/**
 * Event or not, through the whole pipeline: every sentence of tests/fixtures/events/sentences/cases.txt that
 * reports an event yields one of the expected type, and none of the others (background, opinion, forecasts,
 * denials, plans, metaphors, page furniture) yields any. Known misses (`~`) run as expected failures, so fixing
 * one fails the test until its mark is removed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { processArticle } from '@/lib/pipeline/index';
import type { Article } from '@/lib/text/types';

const CASES = fileURLToPath(new URL('../fixtures/events/sentences/cases.txt', import.meta.url));
const PUBLISHED = '2022-06-15';

interface Case {
  expected: string;
  text: string;
  knownMiss: boolean;
}

const cases: Case[] = readFileSync(CASES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const bar = line.indexOf(' | ');
    const label = line.slice(0, bar).trim();
    return { expected: label.replace(/^~\s*/, ''), text: line.slice(bar + 3), knownMiss: label.startsWith('~') };
  });

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadWorldGazetteer();
});

function firstEvent(text: string): string {
  const article: Article = { id: 'case', text, title: null, date: PUBLISHED, source: null, bodyStart: 0, titleStart: null };
  const [event] = processArticle(article, gazetteer).events.filter((e) => !e.background);
  return event === undefined ? '-' : `${event.eventType} / ${event.subEventType}`;
}

describe('event or not', () => {
  it('has both sides: at least 30 events and 30 sentences that are none', () => {
    expect(cases.filter((c) => c.expected !== '-').length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.expected === '-').length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    const test = c.knownMiss ? it.fails : it;
    test(`${c.expected === '-' ? 'finds no event in' : `codes ${c.expected} in`} ${JSON.stringify(c.text)}`, () => {
      expect(firstEvent(c.text)).toBe(c.expected);
    });
  }
});
