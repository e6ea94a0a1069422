/**
 * One-to-one matching of found mentions to gold toponyms within one article.
 *
 * Rule: a found span and a gold span are *compatible* when they overlap by at least one character
 * (half-open intervals: `f.start < g.end && g.start < f.end`); partial overlap counts ("Deir ez-Zor" found
 * inside gold "Deir ez-Zor province"). Among compatible pairs the matcher picks a maximum-cardinality
 * one-to-one matching — each gold matched at most once, each found mention at most once — with Kuhn's
 * augmenting-path algorithm: gold toponyms are taken in text order (start, then end), and each tries its
 * compatible found mentions best-first (identical span, then longer overlap, then nearer start, then earlier
 * in the prediction list). So a found span covering two golds ("Paris, Texas" against gold "Paris" and "Texas")
 * matches only one of them and the other is missed, unless another found span can take it.
 */

/** A half-open character span. */
export interface Span {
  start: number;
  end: number;
}

/** Index pairs `[goldIndex, foundIndex]` of a matching, sorted by gold index. */
export type Matching = Array<[number, number]>;

/**
 * Maximum one-to-one matching of overlapping spans (see the module comment for the exact rule).
 * @example matchSpans([{ start: 0, end: 5 }], [{ start: 2, end: 9 }, { start: 0, end: 5 }]) // [[0, 1]]
 */
export function matchSpans(gold: readonly Span[], found: readonly Span[]): Matching {
  const order = gold.map((_, i) => i).toSorted((a, b) => compareSpans(gold[a], gold[b]) || a - b);
  const candidates = gold.map((g) => preferenceList(g, found));
  const goldOfFound = new Array<number>(found.length).fill(UNMATCHED);

  const augment = (g: number, visited: boolean[]): boolean => {
    for (const f of candidates[g] ?? []) {
      if (visited[f]) continue;
      visited[f] = true;
      const holder = goldOfFound[f] ?? UNMATCHED;
      if (holder === UNMATCHED || augment(holder, visited)) {
        goldOfFound[f] = g;
        return true;
      }
    }
    return false;
  };
  for (const g of order) augment(g, new Array<boolean>(found.length).fill(false));

  const pairs: Matching = [];
  goldOfFound.forEach((g, f) => {
    if (g !== UNMATCHED) pairs.push([g, f]);
  });
  return pairs.toSorted((a, b) => a[0] - b[0]);
}

/** true when two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------------------------

const UNMATCHED = -1;

function preferenceList(g: Span, found: readonly Span[]): number[] {
  const scored: Array<{ f: number; exact: number; overlap: number; distance: number }> = [];
  found.forEach((span, f) => {
    if (!overlaps(g, span)) return;
    scored.push({
      f,
      exact: span.start === g.start && span.end === g.end ? 1 : 0,
      overlap: Math.min(g.end, span.end) - Math.max(g.start, span.start),
      distance: Math.abs(span.start - g.start),
    });
  });
  return scored
    .toSorted((a, b) => b.exact - a.exact || b.overlap - a.overlap || a.distance - b.distance || a.f - b.f)
    .map((s) => s.f);
}

function compareSpans(a: Span | undefined, b: Span | undefined): number {
  if (a === undefined || b === undefined) return 0;
  return a.start - b.start || a.end - b.end;
}
