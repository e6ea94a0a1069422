/**
 * Clauses of one sentence, as far as routes need them: where a movement verb's clause starts and ends, and which
 * comma-enclosed clauses sit inside it ("left Kaduna, where gunmen had stormed a school, for Abuja") and so
 * belong to neither side of the verb.
 */
import { ROUTE_LEXICON } from './route-lexicon';

/** A stretch of the sentence, `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Clauses {
  /** offsets where a clause ends (the start of the breaking word), sorted */
  breaks: number[];
  /** comma-enclosed inner clauses, opener to closing comma inclusive, sorted and disjoint */
  insertions: Span[];
}

/** The parts of a verb's clause before and after it, inner clauses left out. */
export interface Scope {
  clause: Span;
  before: Span[];
  after: Span[];
}

/**
 * Finds the clause breaks and inner clauses of a sentence.
 * @example findClauses('They left Kaduna, where gunmen struck, for Abuja.').insertions // [{ start: 16, end: 38 }]
 */
export function findClauses(text: string): Clauses {
  // case matters for breaks: a conjunction inside a sentence is lower-case, "As Sawadiyah" is a name
  const lower = text.toLowerCase();
  const exceptions = ROUTE_LEXICON.breakExceptions.words.flatMap((w) =>
    occurrences(lower, w.toLowerCase()).map((at) => ({ start: at, end: at + w.length })),
  );
  const hard = ROUTE_LEXICON.clauseBreaks
    .flatMap((b) => occurrences(text, b).map((at) => ({ start: at, end: at + b.length })))
    .filter((b) => !exceptions.some((e) => e.start < b.end && b.start < e.end))
    .map((b) => b.start);
  const insertions: Span[] = [];
  const unclosed: number[] = [];
  const openers = ROUTE_LEXICON.insertions.openers
    .flatMap((o) => occurrences(text, o).map((at) => ({ at, length: o.length })))
    .toSorted((a, b) => a.at - b.at);
  for (const { at, length } of openers) {
    if (insertions.some((s) => at < s.end)) continue;
    const close = text.indexOf(',', at + length);
    const broken = hard.some((h) => h > at && (close === -1 || h < close));
    if (close === -1 || broken) unclosed.push(at);
    else insertions.push({ start: at, end: close + 1 });
  }
  return { breaks: [...hard, ...unclosed].toSorted((a, b) => a - b), insertions };
}

/**
 * The scope of a verb at `at`: its clause (inside the inner clause holding it, if any) split at the verb, without
 * the inner clauses it does not belong to.
 * @example scopeOf(findClauses(text), text.length, text.indexOf('left')).after // [{ start: 14, end: 30 }]
 */
export function scopeOf(clauses: Clauses, length: number, at: number): Scope {
  const holder = clauses.insertions.find((s) => s.start < at && at < s.end);
  const outer: Span = holder ?? { start: 0, end: length };
  const start = Math.max(outer.start, ...clauses.breaks.filter((b) => b <= at));
  const end = Math.min(outer.end, ...clauses.breaks.filter((b) => b > at));
  const skipped = clauses.insertions.filter((s) => s !== holder);
  return {
    clause: { start, end },
    before: without({ start, end: at }, skipped),
    after: without({ start: at, end }, skipped),
  };
}

/** true when offset `at` lies in one of `spans` */
export function within(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

function without(span: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (const hole of holes) {
    if (hole.end <= from || hole.start >= span.end) continue;
    if (hole.start > from) out.push({ start: from, end: hole.start });
    from = Math.max(from, hole.end);
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
