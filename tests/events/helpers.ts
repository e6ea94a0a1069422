/**
 * Hand-built inputs for the event tests: places with real coordinates, mentions found by substring in the text,
 * a naive sentence splitter (the real one lives in lib/text and is tested there) and articles.
 */
import type { GazPlace } from '@/lib/gazetteer/types';
import type { ResolvedMention } from '@/lib/geoparse/types';
import type { Article, Sentence } from '@/lib/text/types';

function place(
  id: string,
  name: string,
  placeType: GazPlace['placeType'],
  countryCode: string | null,
  coordinates: [number, number],
): GazPlace {
  return { id, name, placeType, countryCode, admin1: null, coordinates, population: 0, area: null };
}

export const PLACES = {
  raqqa: place('geonames:172955', 'Ar Raqqah', 'city', 'SY', [39.00788, 35.95283]),
  mayadin: place('geonames:173480', 'Al Mayadin', 'town', 'SY', [40.45154, 35.01982]),
  deirEzZor: place('ne:SYR-142', 'Deir ez-Zor', 'admin1', 'SY', [40.275, 35.0736]),
  anbar: place('ne:IRQ-2393', 'Al Anbar', 'admin1', 'IQ', [42.5, 33.4]),
  syria: place('country:SY', 'Syria', 'country', 'SY', [38.5, 35.0]),
  iraq: place('country:IQ', 'Iraq', 'country', 'IQ', [44.0, 33.0]),
  unitedStates: place('country:US', 'United States', 'country', 'US', [-98.5, 39.8]),
  europe: place('continent:EU', 'Europe', 'continent', null, [15.0, 50.0]),
  paris: place('geonames:2988507', 'Paris', 'city', 'FR', [2.3488, 48.85341]),
  nairobi: place('geonames:184745', 'Nairobi', 'city', 'KE', [36.81667, -1.28333]),
  kenya: place('country:KE', 'Kenya', 'country', 'KE', [37.9, 0.2]),
  donetsk: place('geonames:709717', 'Donetsk', 'city', 'UA', [37.80224, 48.023]),
  ukraine: place('country:UA', 'Ukraine', 'country', 'UA', [31.2, 49.0]),
  leicester: place('geonames:2644668', 'Leicester', 'city', 'GB', [-1.13169, 52.6386]),
  aleppo: place('geonames:170063', 'Aleppo', 'city', 'SY', [37.16117, 36.20124]),
  idlib: place('geonames:169389', 'Idlib', 'city', 'SY', [36.63393, 35.93062]),
} as const;

/**
 * A mention of `place` at the `occurrence`-th (0-based) appearance of `surface` in `text`; throws when absent so
 * a test cannot silently lose its input.
 */
export function mentionOf(text: string, surface: string, gazPlace: GazPlace, occurrence = 0): ResolvedMention {
  const at = wholeWordOffsets(text, surface)[occurrence];
  if (at === undefined) throw new Error(`"${surface}" #${occurrence} not in text`);
  return {
    start: at,
    end: at + surface.length,
    text: surface,
    lookup: surface,
    demonym: false,
    typeHint: null,
    place: gazPlace,
    resolvedBy: 'test',
    confidence: 0.9,
  };
}

/** Every appearance of `surface` as a mention of `place`. */
export function mentionsOf(text: string, surface: string, gazPlace: GazPlace): ResolvedMention[] {
  return wholeWordOffsets(text, surface).map((_, n) => mentionOf(text, surface, gazPlace, n));
}

/** offsets where `surface` occurs as whole words ("Syria" not inside "Syrian") */
function wholeWordOffsets(text: string, surface: string): number[] {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
}

/** Splits on blank lines and on ". " before a capital or quote — enough for hand-written test articles. */
export function naiveSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /(?<=[.!?]["\u201d]?)\s+(?=["\u201c\p{Lu}])|\n\s*\n/gu;
  let start = from;
  const push = (s: number, e: number): void => {
    const slice = text.slice(s, e);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') out.push({ start: s + lead, end: s + lead + trimmed.length, text: trimmed });
  };
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** An article whose body is all of `text` (no front matter). */
export function articleOf(id: string, text: string, date: string | null = null): Article {
  return { id, text, title: null, date, source: null, bodyStart: 0 };
}
