/**
 * Readers for the two gold-corpus schemas, pure: an XML string in, `GoldCorpus` out.
 *
 * - LGL: `<articles><article docid><text><![CDATA[…]]></text><toponyms><toponym><start><end><phrase>
 *   [<gaztag geonameid><lat><lon>…</gaztag>]</toponym>…` — toponyms without `<gaztag>` have no coordinates.
 * - GeoVirus: `<articles><article><source><text><locations><location><name><start><end><lat><lon><page>…`.
 *
 * Offsets: the text is taken exactly as the XML parser yields it (no trimming; CDATA kept raw; the five XML
 * entities decoded, since an offset into the decoded text is what a reader of the article sees). The readers
 * then check `text.slice(start, end) === phrase` over the whole corpus and, if a single uniform shift of −1 or
 * +1 makes strictly more toponyms match than the offsets as given, apply that shift to every offset of the
 * corpus (GeoVirus' offsets are one past the real position throughout). Nothing is re-found by string search:
 * a toponym that matches under neither keeps its (shifted) offsets and is counted in the `OffsetReport`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { CorpusSchema, GoldArticle, GoldCorpus, GoldToponym, OffsetReport } from './types';

/** A corpus that cannot be read; the message is one line, fit for the CLI's stderr. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Offset shifts tried, in order of preference (0 wins ties). */
const CANDIDATE_SHIFTS = [0, -1, 1] as const;

/**
 * Parses an LGL- or GeoVirus-style gold corpus (schema detected from the first article).
 * @example readCorpus(readFileSync('/work/shared/eval/lgl.xml', 'utf8')).articles.length // 588
 */
export function readCorpus(xml: string): GoldCorpus {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new CorpusError(`not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false, // offsets index the text exactly as written
    parseTagValue: false, // "2009" stays a string; numbers are parsed by the schemas below
    parseAttributeValue: false,
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  const root = rootSchema.safeParse(parser.parse(xml));
  if (!root.success) throw new CorpusError(describeIssue(root.error, 'root'));
  const raw = root.data.articles.article;
  const first = raw[0];
  if (first === undefined) throw new CorpusError('no <article> elements under <articles>');
  const schema: CorpusSchema = 'toponyms' in first ? 'lgl' : 'locations' in first ? 'geovirus' : fail(first);
  const articles = raw.map((item, index) => (schema === 'lgl' ? readLglArticle(item, index) : readGeoVirusArticle(item, index)));
  return alignOffsets(schema, articles);
}

/**
 * Chooses the uniform offset shift under which most gold phrases equal `text.slice(start, end)` and applies it.
 * @example alignOffsets('geovirus', [{ id: 'a', text: 'In Rome.', toponyms: [{ start: 4, end: 8, phrase: 'Rome', coordinates: null }] }]).offsets.shift // -1
 */
export function alignOffsets(schema: CorpusSchema, articles: readonly GoldArticle[]): GoldCorpus {
  const counts = CANDIDATE_SHIFTS.map((shift) => countMatches(articles, shift));
  let best = 0;
  counts.forEach((count, i) => {
    if (count > (counts[best] ?? 0)) best = i;
  });
  const shift = CANDIDATE_SHIFTS[best] ?? 0;
  const offsets: OffsetReport = {
    total: articles.reduce((n, a) => n + a.toponyms.length, 0),
    matchedAsGiven: counts[0] ?? 0,
    shift,
    matchedAfterShift: counts[best] ?? 0,
  };
  const shifted =
    shift === 0
      ? articles.map((a) => ({ ...a, toponyms: [...a.toponyms] }))
      : articles.map((a) => ({ ...a, toponyms: a.toponyms.map((t) => shiftToponym(t, shift, a.text.length)) }));
  return { schema, articles: shifted, offsets };
}

// ---------------------------------------------------------------------------------------------------------------

const ARRAY_TAGS = new Set(['article', 'toponym', 'location']);

/** Element text: a plain string, or `#text` when the element also carries attributes. */
const textValue = z
  .union([z.string(), z.object({ '#text': z.string() })])
  .transform((v) => (typeof v === 'string' ? v : v['#text']));

const offsetValue = z
  .string()
  .regex(/^\s*\d+\s*$/, 'expected a non-negative integer offset')
  .transform((s) => Number(s.trim()));

const degreesValue = z
  .string()
  .regex(/^\s*[-+]?\d+(\.\d+)?\s*$/, 'expected decimal degrees')
  .transform((s) => Number(s.trim()));

/** `<toponyms>` / `<locations>` with no children parses as a whitespace string. */
const lglToponym = z.object({
  start: offsetValue,
  end: offsetValue,
  phrase: textValue,
  gaztag: z.object({ lat: degreesValue.optional(), lon: degreesValue.optional() }).optional(),
});
const lglArticle = z.object({
  '@_docid': z.string().min(1),
  text: textValue,
  toponyms: z.union([z.object({ toponym: z.array(lglToponym).optional() }), z.string()]).optional(),
});

const geoVirusLocation = z.object({
  name: textValue,
  start: offsetValue,
  end: offsetValue,
  lat: degreesValue.optional(),
  lon: degreesValue.optional(),
});
const geoVirusArticle = z.object({
  text: textValue,
  locations: z.union([z.object({ location: z.array(geoVirusLocation).optional() }), z.string()]).optional(),
});

const rootSchema = z.object({
  articles: z.object({ article: z.array(z.record(z.string(), z.unknown())) }),
});

function readLglArticle(item: Record<string, unknown>, index: number): GoldArticle {
  const parsed = lglArticle.safeParse(item);
  if (!parsed.success) throw new CorpusError(describeIssue(parsed.error, `article ${index + 1}`));
  const { toponyms } = parsed.data;
  const list = typeof toponyms === 'object' ? (toponyms.toponym ?? []) : [];
  return {
    id: parsed.data['@_docid'],
    text: parsed.data.text,
    toponyms: list.map((t) => toponym(t.start, t.end, t.phrase, t.gaztag?.lat, t.gaztag?.lon)),
  };
}

function readGeoVirusArticle(item: Record<string, unknown>, index: number): GoldArticle {
  const parsed = geoVirusArticle.safeParse(item);
  if (!parsed.success) throw new CorpusError(describeIssue(parsed.error, `article ${index + 1}`));
  const { locations } = parsed.data;
  const list = typeof locations === 'object' ? (locations.location ?? []) : [];
  return {
    id: `geovirus-${index + 1}`,
    text: parsed.data.text,
    toponyms: list.map((l) => toponym(l.start, l.end, l.name, l.lat, l.lon)),
  };
}

function toponym(start: number, end: number, phrase: string, lat?: number, lon?: number): GoldToponym {
  if (end < start) throw new CorpusError(`toponym "${phrase}" ends (${end}) before it starts (${start})`);
  const coordinates: [number, number] | null = lat !== undefined && lon !== undefined ? [lon, lat] : null;
  return { start, end, phrase, coordinates };
}

function countMatches(articles: readonly GoldArticle[], shift: number): number {
  let n = 0;
  for (const a of articles) {
    for (const t of a.toponyms) if (a.text.slice(t.start + shift, t.end + shift) === t.phrase) n++;
  }
  return n;
}

function shiftToponym(t: GoldToponym, shift: number, textLength: number): GoldToponym {
  const clamp = (i: number) => Math.min(textLength, Math.max(0, i + shift));
  return { ...t, start: clamp(t.start), end: clamp(t.end) };
}

function describeIssue(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  if (issue === undefined) return `${where}: invalid`;
  const path = issue.path.map(String).join('.');
  return `${where}${path ? ` <${path}>` : ''}: ${issue.message}`;
}

function fail(first: Record<string, unknown>): never {
  const keys = Object.keys(first).filter((k) => !k.startsWith('#') && !k.startsWith('@_'));
  throw new CorpusError(`unknown corpus schema: first <article> has <${keys.join('>, <')}>, expected <toponyms> or <locations>`);
}
