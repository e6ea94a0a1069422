/**
 * The route lexicon (geodata/route-lexicon.json): movement verbs, the prepositions that mark origin and
 * destination, and the words that end a clause. Validated once at load.
 */
import lexiconJson from '../../geodata/route-lexicon.json';
import { z } from 'zod';

const routeLexiconSchema = z.object({
  verbs: z.array(z.string()),
  sourcePrepositions: z.array(z.string()),
  destinationPrepositions: z.array(z.string()),
  clauseBreaks: z.array(z.string()),
});

/** The parsed route lexicon. */
export const ROUTE_LEXICON = routeLexiconSchema.parse(lexiconJson);
