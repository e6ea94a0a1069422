/**
 * Compiles curated word lists (from the geodata/*.json lexicons) into regular expressions: one alternation per
 * list, longest phrase first, on word boundaries. A trailing `*` matches any word ending; spaces, hyphens and
 * apostrophes inside a phrase are matched loosely so noisy scrapes ("U.S. -led") still hit.
 */

/** one term that can be matched, with the caller's payload */
export interface TermHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

export interface TermMatcher<T> {
  /** every non-overlapping hit in `text`, left to right (longest wins at each position) */
  find(text: string): TermHit<T>[];
}

/**
 * Builds a matcher over `entries` (term → payload).
 * @example compileTerms([['air strike*', 'air']], 'i').find('Air strikes hit') // [{ text: 'Air strikes', value: 'air', … }]
 */
export function compileTerms<T>(entries: readonly (readonly [string, T])[], flags: 'i' | '' = 'i'): TermMatcher<T> {
  const byKey = new Map<string, T>();
  const patterns: string[] = [];
  const sorted = entries.toSorted((a, b) => b[0].length - a[0].length);
  for (const [term, value] of sorted) {
    const key = normaliseKey(term, flags);
    if (byKey.has(key)) continue;
    byKey.set(key, value);
    patterns.push(termPattern(term));
  }
  // Groups would be needed to know which alternative hit; instead the hit text is normalised back to its key.
  const source = patterns.length === 0 ? '(?!)' : `(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`;
  const prefixTerms = sorted.filter(([term]) => term.endsWith('*'));
  return {
    find(text) {
      const re = new RegExp(source, `g${flags}u`);
      const hits: TermHit<T>[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const value = lookup(m[0], byKey, prefixTerms, flags);
        if (value !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
      }
      return hits;
    },
  };
}

/** true when `word` (lower-cased) matches one of `terms` (with `*` prefixes) */
export function matchesAny(word: string, terms: readonly string[]): boolean {
  const w = word.toLowerCase();
  return terms.some((t) => (t.endsWith('*') ? w.startsWith(t.slice(0, -1).toLowerCase()) : w === t.toLowerCase()));
}

function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = prefix ? term.slice(0, -1) : term;
  const escaped = body
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/-/g, '\\s*-\\s*')
        .replace(/['\u2019]/g, "['\u2019]"),
    )
    .join('[\\s\\u00a0]+');
  return prefix ? `${escaped}[\\p{L}]*` : escaped;
}

function normaliseKey(text: string, flags: 'i' | ''): string {
  const flat = text.replace(/\*$/, '').replace(/\s*-\s*/g, '-').replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
  return flags === 'i' ? flat.toLowerCase() : flat;
}

function lookup<T>(
  hit: string,
  byKey: ReadonlyMap<string, T>,
  prefixTerms: readonly (readonly [string, T])[],
  flags: 'i' | '',
): T | undefined {
  const key = normaliseKey(hit, flags);
  const exact = byKey.get(key);
  if (exact !== undefined) return exact;
  const prefix = prefixTerms.find(([term]) => key.startsWith(normaliseKey(term, flags)));
  return prefix?.[1];
}
