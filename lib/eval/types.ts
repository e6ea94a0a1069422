/**
 * Types of the evaluation harness: gold corpora, the predictions scored against them, and the metrics.
 * Coordinates are [lng, lat] as everywhere in lib/.
 */

/** One annotated toponym of a gold corpus. */
export interface GoldToponym {
  /** JS string index into the article text (after the reader's offset alignment) */
  start: number;
  end: number;
  /** the annotated surface form (LGL `<phrase>`, GeoVirus `<name>`) */
  phrase: string;
  /** gold position, or null when the corpus gives none (it then counts for recognition only) */
  coordinates: [number, number] | null;
}

export interface GoldArticle {
  /** LGL `docid`, or `geovirus-<n>` (1-based order in the file) for GeoVirus, which has no id */
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

/** How the corpus offsets relate to the parsed text (see `readCorpus`). */
export interface OffsetReport {
  total: number;
  /** toponyms where `text.slice(start, end) === phrase` with the offsets exactly as given */
  matchedAsGiven: number;
  /** the uniform shift added to every offset of the corpus (0 when the offsets are used as given) */
  shift: number;
  /** toponyms that match after the shift */
  matchedAfterShift: number;
}

export type CorpusSchema = 'lgl' | 'geovirus';

export interface GoldCorpus {
  schema: CorpusSchema;
  articles: GoldArticle[];
  offsets: OffsetReport;
}

/** One place mention found by the system under test. */
export interface Prediction {
  start: number;
  end: number;
  text: string;
  /** the chosen place, or null when the mention was found but not resolved */
  coordinates: [number, number] | null;
  /** the disambiguation pass that decided, for failure analysis */
  resolvedBy?: string;
  /** the chosen place, for failure analysis: e.g. "Washington (admin1, US)" */
  placeLabel?: string;
  demonym?: boolean;
}

/** The system under test: article id and text in, mentions out. */
export type Geoparser = (id: string, text: string) => readonly Prediction[];

/** A gold toponym paired with the prediction that recognised it. */
export interface MatchedPair {
  gold: GoldToponym;
  prediction: Prediction;
  /** great-circle error in km; null when the gold has no coordinates */
  errorKm: number | null;
}

export interface ArticleResult {
  id: string;
  matched: MatchedPair[];
  /** gold toponyms no prediction matched */
  missed: GoldToponym[];
  /** predictions that matched no gold toponym */
  falsePositives: Prediction[];
}

export interface EvalMetrics {
  articles: number;
  goldToponyms: number;
  foundMentions: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  goldWithCoordinates: number;
  /** matched pairs whose gold has coordinates: the population of the resolution metrics below */
  resolvedPairs: number;
  /** share of `resolvedPairs` within 161 km; null when there are none */
  accuracy161: number | null;
  /** matched and within 161 km, over all gold toponyms with coordinates; null when there are none */
  endToEndAccuracy161: number | null;
  medianErrorKm: number | null;
  meanErrorKm: number | null;
  /** Gritta et al. 2018 area under the log-error curve, 0 (perfect) to 1; null when there are no pairs */
  auc: number | null;
}

export interface EvalResult {
  metrics: EvalMetrics;
  perArticle: ArticleResult[];
}
