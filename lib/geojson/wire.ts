/**
 * The parts of the contract the browser checks itself (the explorer's compact frame carries places' areas and the
 * articles' metadata), written with `zod/mini`: its functions are imported one by one, so the page's bundle holds
 * only the checks it uses instead of the whole of zod. lib/geojson/schema.ts builds the full contract on these.
 */
import * as z from 'zod/mini';

/** YYYY, YYYY-MM or YYYY-MM-DD */
export const isoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'));

/** How the map can draw an area: a key into geodata/areas (admin-1 polygons, country outlines). */
export const areaRefSchema = z.nullable(
  z.object({
    layer: z.enum(['admin1', 'country']),
    key: z.string(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
);

export const articleMetaSchema = z.object({
  id: z.string(),
  title: z.nullable(z.string()),
  date: z.nullable(isoDate),
  source: z.nullable(z.string()),
  /** the article file as ingested, relative to the events file's folder (posix); lets the explorer show its text */
  file: z.optional(z.nullable(z.string())),
});

export type AreaRef = z.infer<typeof areaRefSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
