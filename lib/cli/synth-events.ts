/**
 * `tsx lib/cli/synth-events.ts [--count N] [--seed S] [--out FILE]`: writes N synthetic events (default 100,000)
 * in the output contract of `npm run ingest`, for load-testing the map. The mix imitates a conflict-monitoring
 * feed: ~30 actors with Zipf-skewed frequencies, each tied to its regions; ACLED's six types in realistic shares;
 * ~2,000 places scattered around real conflict regions (popular places dominate); dates over four years; one
 * route per ~100 events. The same seed gives byte-identical output; the result is validated against the schema.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atomicWriteFile } from '../fs/atomic-write';
import {
  eventCollectionSchema,
  type Actor,
  type ArticleMeta,
  type EventCollection,
  type EventFeature,
  type EventType,
  type PlaceFeature,
  type RouteFeature,
} from '../geojson/schema';
import { serializeCollection } from '../geojson/serialize';
import type { ArticleBundle } from '../store/types';

export interface SynthOptions {
  count: number; // events to generate
  seed: number; // PRNG seed; same seed → same collection
  places: number; // distinct places the events fall on
  eventsPerArticle: number; // average events reported by one synthetic article
  eventsPerRoute: number; // one movement route per this many events
}

export const DEFAULT_SYNTH_OPTIONS: SynthOptions = {
  count: 100_000,
  seed: 1,
  places: 2_000,
  eventsPerArticle: 20,
  eventsPerRoute: 100,
};

/** [lng, lat] centre, spread (1σ in degrees), ISO country code, share of the events. */
interface Region {
  key: string;
  centre: [number, number];
  spreadDeg: number;
  country: string;
  weight: number;
}

const REGIONS: readonly Region[] = [
  { key: 'syria-east', centre: [39.6, 35.4], spreadDeg: 0.9, country: 'SY', weight: 14 },
  { key: 'syria-west', centre: [36.7, 35.9], spreadDeg: 0.6, country: 'SY', weight: 10 },
  { key: 'iraq', centre: [43.3, 34.6], spreadDeg: 1.3, country: 'IQ', weight: 10 },
  { key: 'yemen', centre: [44.6, 15.2], spreadDeg: 1.2, country: 'YE', weight: 9 },
  { key: 'ukraine-east', centre: [37.9, 48.1], spreadDeg: 1.0, country: 'UA', weight: 9 },
  { key: 'sahel', centre: [-1.6, 13.9], spreadDeg: 2.0, country: 'ML', weight: 7 },
  { key: 'nigeria-ne', centre: [13.1, 11.6], spreadDeg: 1.0, country: 'NG', weight: 6 },
  { key: 'somalia', centre: [45.2, 3.2], spreadDeg: 1.4, country: 'SO', weight: 6 },
  { key: 'drc-east', centre: [28.9, -1.2], spreadDeg: 1.0, country: 'CD', weight: 6 },
  { key: 'afghanistan', centre: [67.8, 34.2], spreadDeg: 1.8, country: 'AF', weight: 6 },
  { key: 'myanmar', centre: [96.1, 21.4], spreadDeg: 1.8, country: 'MM', weight: 5 },
  { key: 'sudan', centre: [25.0, 13.2], spreadDeg: 1.6, country: 'SD', weight: 4 },
  { key: 'mexico', centre: [-102.5, 21.5], spreadDeg: 2.5, country: 'MX', weight: 4 },
  { key: 'colombia', centre: [-75.3, 5.2], spreadDeg: 1.3, country: 'CO', weight: 4 },
];

/** Actor, the regions it operates in ('*' = everywhere), in descending overall frequency (Zipf rank). */
const ACTOR_ROWS: readonly (Omit<Actor, 'acledName'> & { regions: readonly string[] })[] = [
  { id: 'isis', name: 'Islamic State (ISIS)', inter: 2, regions: ['syria-east', 'syria-west', 'iraq', 'afghanistan', 'nigeria-ne', 'sahel', 'somalia'] },
  { id: 'unidentified-armed-group', name: 'Unidentified armed group', inter: 3, regions: ['*'] },
  { id: 'civilians', name: 'Civilians', inter: 7, regions: ['*'] },
  { id: 'protesters', name: 'Protesters', inter: 6, regions: ['*'] },
  { id: 'sdf', name: 'Syrian Democratic Forces', inter: 2, regions: ['syria-east'] },
  { id: 'military-forces-of-russia', name: 'Military Forces of Russia', inter: 1, regions: ['ukraine-east', 'syria-west', 'syria-east'] },
  { id: 'military-forces-of-ukraine', name: 'Military Forces of Ukraine', inter: 1, regions: ['ukraine-east'] },
  { id: 'military-forces-of-syria', name: 'Military Forces of Syria', inter: 1, regions: ['syria-east', 'syria-west'] },
  { id: 'hts', name: 'Hayat Tahrir al-Sham', inter: 2, regions: ['syria-west'] },
  { id: 'houthis', name: 'Ansar Allah (Houthis)', inter: 1, regions: ['yemen'] },
  { id: 'military-forces-of-yemen', name: 'Military Forces of Yemen', inter: 1, regions: ['yemen'] },
  { id: 'saudi-led-coalition', name: 'Saudi-led Coalition', inter: 8, regions: ['yemen'] },
  { id: 'al-shabaab', name: 'Al Shabaab', inter: 2, regions: ['somalia'] },
  { id: 'military-forces-of-iraq', name: 'Military Forces of Iraq', inter: 1, regions: ['iraq'] },
  { id: 'pmf', name: 'Popular Mobilization Forces', inter: 3, regions: ['iraq', 'syria-east'] },
  { id: 'international-coalition', name: 'International Coalition against ISIS', inter: 8, regions: ['syria-east', 'iraq'] },
  { id: 'jnim', name: 'JNIM', inter: 2, regions: ['sahel'] },
  { id: 'military-forces-of-mali', name: 'Military Forces of Mali', inter: 1, regions: ['sahel'] },
  { id: 'boko-haram', name: 'Boko Haram', inter: 2, regions: ['nigeria-ne'] },
  { id: 'military-forces-of-nigeria', name: 'Military Forces of Nigeria', inter: 1, regions: ['nigeria-ne'] },
  { id: 'm23', name: 'M23', inter: 2, regions: ['drc-east'] },
  { id: 'adf', name: 'Allied Democratic Forces', inter: 2, regions: ['drc-east'] },
  { id: 'taliban', name: 'Taliban', inter: 2, regions: ['afghanistan'] },
  { id: 'tatmadaw', name: 'Military Forces of Myanmar', inter: 1, regions: ['myanmar'] },
  { id: 'arakan-army', name: 'Arakan Army', inter: 2, regions: ['myanmar'] },
  { id: 'rsf', name: 'Rapid Support Forces', inter: 2, regions: ['sudan'] },
  { id: 'saf', name: 'Sudanese Armed Forces', inter: 1, regions: ['sudan'] },
  { id: 'cjng', name: 'Jalisco New Generation Cartel', inter: 3, regions: ['mexico'] },
  { id: 'eln', name: 'National Liberation Army (ELN)', inter: 2, regions: ['colombia'] },
  { id: 'rioters', name: 'Rioters', inter: 5, regions: ['*'] },
];
/** The synthetic actors' ACLED names are their display names. */
const ACTORS: readonly (Actor & { regions: readonly string[] })[] = ACTOR_ROWS.map((a) => ({ ...a, acledName: a.name }));

/** ACLED event types with their share of events and a verb phrase for the synthetic sentence. */
const TYPE_MIX: readonly { type: EventType; weight: number; verb: string; sub: string | null }[] = [
  { type: 'Battles', weight: 35, verb: 'clashed with rivals', sub: 'Armed clash' },
  { type: 'Explosions/Remote violence', weight: 25, verb: 'shelled positions', sub: 'Shelling/artillery/missile attack' },
  { type: 'Violence against civilians', weight: 17, verb: 'attacked residents', sub: 'Attack' },
  { type: 'Protests', weight: 12, verb: 'demonstrated', sub: 'Peaceful protest' },
  { type: 'Riots', weight: 5, verb: 'rioted', sub: 'Violent demonstration' },
  { type: 'Strategic developments', weight: 6, verb: 'took control of the area', sub: null },
];

const ZIPF_EXPONENT = 1.1; // actor and place popularity skew: rank r drawn ∝ 1 / r^1.1
const FIRST_DAY_MS = Date.UTC(2016, 0, 1);
const SPAN_DAYS = 4 * 365; // dates over 2016–2019
const DAY_MS = 86_400_000;
const SECOND_ACTOR_SHARE = 0.55; // share of events with two actors
const MONTH_PRECISION_SHARE = 0.1; // share of events only dated to the month
const STATED_FATALITIES_SHARE = 0.4; // share of events whose article states a death toll
const MAX_SYNTHETIC_FATALITIES = 12; // deaths, exclusive
const MIN_CONFIDENCE = 0.5;
const COORD_DECIMALS = 5;
const SYLLABLES = ['al', 'ba', 'dar', 'el', 'ha', 'jab', 'kar', 'ma', 'nur', 'qa', 'ras', 'sha', 'ta', 'wadi', 'za', 'mir', 'lo', 'ka', 'tu', 'ren'];

/**
 * A deterministic synthetic collection of `count` events (plus their places and some routes).
 * @example synthesizeEvents({ ...DEFAULT_SYNTH_OPTIONS, count: 10 }).features.length // places + 10 events + routes
 */
export function synthesizeEvents(options: SynthOptions = DEFAULT_SYNTH_OPTIONS): EventCollection {
  const { places, articles: stream } = synthesize(options);
  const articles: ArticleMeta[] = [];
  const events: EventFeature[] = [];
  const routes: RouteFeature[] = [];
  const mentions = new Map<string, PlaceFeature['properties']['mentions']>();
  for (const article of stream) {
    articles.push(article.article);
    events.push(...article.events);
    routes.push(...article.routes);
    for (const [placeId, list] of article.mentions) addMentions(mentions, placeId, list);
  }
  const placeFeatures = places.filter((p) => mentions.has(p.id)).map((p) => placeFeature(p, mentions.get(p.id) ?? []));
  return { type: 'FeatureCollection', articles, features: [...placeFeatures, ...events, ...routes] };
}

/**
 * The same corpus as `synthesizeEvents`, one article at a time, cut as `splitCollection` cuts it (each place with
 * that article's mentions, in the places' order): a 10,000,000-event load never holds the whole corpus in memory.
 * @example [...synthesizeBundles({ ...DEFAULT_SYNTH_OPTIONS, count: 10 })].length // 1
 */
export function* synthesizeBundles(options: SynthOptions = DEFAULT_SYNTH_OPTIONS): Generator<ArticleBundle> {
  const { places, articles } = synthesize(options);
  const order = new Map(places.map((p, i) => [p.id, i]));
  for (const { article, events, routes, mentions } of articles) {
    const mentioned = [...mentions.keys()].toSorted((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const bundlePlaces = mentioned.flatMap((id) => {
      const place = places[order.get(id) ?? -1];
      return place === undefined ? [] : [placeFeature(place, mentions.get(id) ?? [])];
    });
    yield { article, places: bundlePlaces, events, routes };
  }
}

/** One synthetic article: its events, routes and the mentions it adds, by place id. */
interface SynthArticle {
  article: ArticleMeta;
  events: EventFeature[];
  routes: RouteFeature[];
  mentions: Map<string, PlaceFeature['properties']['mentions']>;
}

/** The places, and a lazy sequence of articles drawn from one PRNG (the places first, then article by article). */
function synthesize(options: SynthOptions): { places: SynthPlace[]; articles: Generator<SynthArticle> } {
  if (!Number.isInteger(options.count) || options.count < 1) throw new Error(`Unexpected count: ${options.count}`);
  const random = mulberry32(options.seed);
  const places = makePlaces(options.places, random);
  return { places, articles: synthArticles(options, places, random) };
}

function* synthArticles(options: SynthOptions, places: readonly SynthPlace[], random: () => number): Generator<SynthArticle> {
  const regionWeights = REGIONS.map((r) => r.weight);
  let eventCount = 0;
  let articleCount = 0;
  while (eventCount < options.count) {
    const region = REGIONS[pickWeighted(regionWeights, random)] ?? REGIONS[0]!;
    const local = places.filter((p) => p.region === region.key);
    const cast = ACTORS.filter((a) => a.regions.includes('*') || a.regions.includes(region.key));
    const castWeights = cast.map((_, rank) => zipfWeight(rank));
    const localWeights = local.map((_, i) => zipfWeight(i));
    articleCount += 1;
    const articleId = `synth-${String(articleCount).padStart(6, '0')}`;
    const day = Math.floor(random() * SPAN_DAYS);
    const date = isoDay(day);
    const article: ArticleMeta = { id: articleId, title: `Synthetic report ${articleCount} (${region.key})`, date, source: 'synthetic' };
    const events: EventFeature[] = [];
    const routes: RouteFeature[] = [];
    const mentions = new Map<string, PlaceFeature['properties']['mentions']>();
    const size = Math.min(options.count - eventCount, 1 + Math.floor(random() * 2 * options.eventsPerArticle));
    let offset = 0;
    for (let i = 0; i < size; i++) {
      const place = local[pickWeighted(localWeights, random)] ?? local[0]!;
      const actors = pickActors(cast, castWeights, random);
      const kind = TYPE_MIX[pickWeighted(TYPE_MIX.map((t) => t.weight), random)] ?? TYPE_MIX[0]!;
      const lead = `${actors.map((a) => a.name).join(' and ')} ${kind.verb} in `;
      const sentence = `${lead}${place.name}.`;
      const nameStart = offset + lead.length;
      addMention(mentions, place.id, { article: articleId, start: nameStart, end: nameStart + place.name.length, text: place.name, resolvedBy: 'synthetic' });
      const monthOnly = random() < MONTH_PRECISION_SHARE;
      const eventDate = isoDay(day + Math.floor(random() * 3));
      events.push({
        type: 'Feature',
        id: `event:${articleId}:${offset}:0`, // the pipeline's scheme: event:<article>:<sentence start>:<n>
        geometry: { type: 'Point', coordinates: place.coordinates },
        properties: {
          kind: 'event',
          eventType: kind.type,
          subEventType: kind.sub,
          actors: actors.map(({ id, name, acledName, inter }) => ({ id, name, acledName, inter })),
          placeId: place.id,
          precision: 1,
          date: monthOnly ? eventDate.slice(0, 7) : eventDate,
          datePrecision: monthOnly ? 'month' : 'day',
          fatalities: random() < STATED_FATALITIES_SHARE ? Math.floor(random() * MAX_SYNTHETIC_FATALITIES) : null,
          background: false,
          article: articleId,
          sentence,
          start: offset, // the sentence's offsets, as the contract says (the place's are in its mention)
          end: offset + sentence.length,
          confidence: round(MIN_CONFIDENCE + random() * (1 - MIN_CONFIDENCE), 2),
        },
      });
      eventCount += 1;
      offset += sentence.length + 1;
      if (eventCount % options.eventsPerRoute === 0 && local.length > 1) {
        const to = local[Math.floor(random() * local.length)] ?? local[0]!;
        if (to.id === place.id) continue;
        const route = makeRoute(articleId, offset, place, to, actors, date, mentions);
        routes.push(route);
        offset += route.properties.sentence.length + 1;
      }
    }
    yield { article, events, routes, mentions };
  }
}

function placeFeature(p: SynthPlace, mentions: PlaceFeature['properties']['mentions']): PlaceFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: p.coordinates },
    properties: {
      kind: 'place',
      name: p.name,
      placeType: p.placeType,
      countryCode: p.country,
      gazetteerId: p.gazetteerId,
      precision: 1,
      area: null,
      mentions,
    },
  };
}

interface SynthPlace {
  id: string;
  gazetteerId: string;
  name: string;
  region: string;
  country: string;
  placeType: 'city' | 'town' | 'village';
  coordinates: [number, number];
}

function makePlaces(count: number, random: () => number): SynthPlace[] {
  const weights = REGIONS.map((r) => r.weight);
  const names = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const region = REGIONS[pickWeighted(weights, random)] ?? REGIONS[0]!;
    let name = placeName(random);
    while (names.has(name)) name = placeName(random);
    names.add(name);
    const [gx, gy] = gaussianPair(random);
    const roll = random();
    return {
      id: `place:synth:${i + 1}`,
      gazetteerId: `synth:${i + 1}`,
      name,
      region: region.key,
      country: region.country,
      placeType: roll < 0.05 ? 'city' : roll < 0.35 ? 'town' : 'village',
      coordinates: [
        round(clamp(region.centre[0] + gx * region.spreadDeg, -180, 180), COORD_DECIMALS),
        round(clamp(region.centre[1] + gy * region.spreadDeg, -85, 85), COORD_DECIMALS),
      ],
    };
  });
}

/** A route told in its own sentence starting at `offset` of the synthetic article. */
function makeRoute(
  articleId: string,
  offset: number,
  from: SynthPlace,
  to: SynthPlace,
  actors: readonly Actor[],
  date: string,
  mentions: Map<string, PlaceFeature['properties']['mentions']>,
): RouteFeature {
  const lead = `${actors[0]?.name ?? 'Fighters'} moved from `;
  const sentence = `${lead}${from.name} to ${to.name}.`;
  const fromStart = offset + lead.length;
  const toStart = fromStart + from.name.length + ' to '.length;
  addMention(mentions, from.id, { article: articleId, start: fromStart, end: fromStart + from.name.length, text: from.name, resolvedBy: 'synthetic' });
  addMention(mentions, to.id, { article: articleId, start: toStart, end: toStart + to.name.length, text: to.name, resolvedBy: 'synthetic' });
  return {
    type: 'Feature',
    id: `route:${articleId}:${offset}:0`,
    geometry: { type: 'LineString', coordinates: [from.coordinates, to.coordinates] },
    properties: {
      kind: 'route',
      fromPlaceId: from.id,
      toPlaceId: to.id,
      actors: actors.slice(0, 1).map(({ id, name, acledName, inter }) => ({ id, name, acledName, inter })),
      date,
      article: articleId,
      sentence,
      start: offset,
      end: offset + sentence.length,
    },
  };
}

function pickActors(cast: readonly Actor[], weights: readonly number[], random: () => number): Actor[] {
  const first = cast[pickWeighted(weights, random)] ?? cast[0]!;
  if (random() >= SECOND_ACTOR_SHARE) return [first];
  const second = cast[pickWeighted(weights, random)] ?? first;
  return second.id === first.id ? [first] : [first, second];
}

function addMention(
  mentions: Map<string, PlaceFeature['properties']['mentions']>,
  placeId: string,
  mention: PlaceFeature['properties']['mentions'][number],
): void {
  addMentions(mentions, placeId, [mention]);
}

function addMentions(
  mentions: Map<string, PlaceFeature['properties']['mentions']>,
  placeId: string,
  added: PlaceFeature['properties']['mentions'],
): void {
  const list = mentions.get(placeId);
  if (list) list.push(...added);
  else mentions.set(placeId, [...added]);
}

function placeName(random: () => number): string {
  const parts = 2 + Math.floor(random() * 2);
  const word = Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'a').join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function zipfWeight(rank: number): number {
  return 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
}

function pickWeighted(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Two independent standard normal draws (Box–Muller). */
function gaussianPair(random: () => number): [number, number] {
  const u = Math.max(random(), Number.EPSILON);
  const v = random();
  const radius = Math.sqrt(-2 * Math.log(u));
  return [radius * Math.cos(2 * Math.PI * v), radius * Math.sin(2 * Math.PI * v)];
}

/** Small, fast, seedable PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(dayOffset: number): string {
  return new Date(FIRST_DAY_MS + Math.min(dayOffset, SPAN_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Generates, validates and writes the collection; returns what it wrote. */
export function writeSynthEvents(out: string, options: SynthOptions = DEFAULT_SYNTH_OPTIONS): EventCollection {
  const collection = eventCollectionSchema.parse(synthesizeEvents(options));
  atomicWriteFile(out, serializeCollection(collection));
  return collection;
}

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const count = values.count === undefined ? DEFAULT_SYNTH_OPTIONS.count : Number(values.count);
  const seed = values.seed === undefined ? DEFAULT_SYNTH_OPTIONS.seed : Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const out = values.out ?? path.join('tests', 'output', `synth-${count}.geojson`);
  const features = writeSynthEvents(out, { ...DEFAULT_SYNTH_OPTIONS, count, seed }).features.length;
  process.stderr.write(`synth-events: ${count} events (${features} features) → ${out}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`synth-events: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
