/** The seed article with the place mentions a geoparser should hand the event stage (built by hand here). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResolvedMention } from '@/lib/geoparse/types';
import { PLACES, articleOf, mentionOf, mentionsOf } from './helpers';

export const SEED_TEXT = readFileSync(fileURLToPath(new URL('../../seeds/raqqa-2017.txt', import.meta.url)), 'utf8');

export const SEED_ARTICLE = articleOf('raqqa-2017', SEED_TEXT);

export const SEED_MENTIONS: ResolvedMention[] = [
  ...mentionsOf(SEED_TEXT, 'Raqqa', PLACES.raqqa),
  mentionOf(SEED_TEXT, 'Syria', PLACES.syria, 0),
  mentionOf(SEED_TEXT, 'Syria', PLACES.syria, 1),
  mentionOf(SEED_TEXT, 'Syria', PLACES.syria, 2),
  mentionOf(SEED_TEXT, 'Deir el-Zour province', PLACES.deirEzZor),
  mentionOf(SEED_TEXT, 'Iraq', PLACES.iraq),
  mentionOf(SEED_TEXT, 'Anbar province', PLACES.anbar),
  mentionOf(SEED_TEXT, 'Mayadeen', PLACES.mayadin),
  mentionOf(SEED_TEXT, 'Europe', PLACES.europe),
  // a geoparser may well tag the "US" of "US-led coalition" as the country; the event stage must not place events there
  ...mentionsOf(SEED_TEXT, 'US', PLACES.unitedStates),
  mentionOf(SEED_TEXT, 'Paris', PLACES.paris),
  { ...mentionOf(SEED_TEXT, 'Syrian civilians', PLACES.syria), end: SEED_TEXT.indexOf('Syrian civilians') + 6, text: 'Syrian', demonym: true },
].toSorted((a, b) => a.start - b.start);
