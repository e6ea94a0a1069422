/** Provenance text: splits a stretch of article text into plain and mention segments, marking the event sentence. */

export interface Span {
  start: number;
  end: number;
  placeId: string;
  placeName: string;
}

export interface Segment {
  text: string;
  inSentence: boolean;
  placeId: string | null;
  placeName: string | null;
}

interface Range {
  start: number;
  end: number;
}

const PARAGRAPH_BREAK = /\n\s*\n/g;

/** The paragraph(s) holding [start, end): from the blank line before to the blank line after. */
export function paragraphAround(text: string, start: number, end: number): Range {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const breakStart = match.index ?? 0;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    if (breakStart >= end) {
      to = breakStart;
      break;
    }
  }
  return { start: from, end: to };
}

/**
 * Segments of text[range] cut at the sentence bounds and at every mention inside the range; overlapping
 * mentions keep the first (earliest, then longest).
 */
export function buildSegments(text: string, range: Range, sentence: Range, mentions: readonly Span[]): Segment[] {
  const inRange = mentions
    .filter((m) => m.start >= range.start && m.end <= range.end && m.end > m.start)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Span[] = [];
  for (const m of inRange) {
    const previous = chosen.at(-1);
    if (!previous || m.start >= previous.end) chosen.push(m);
  }
  const cuts = new Set<number>([range.start, range.end]);
  for (const at of [sentence.start, sentence.end]) if (at > range.start && at < range.end) cuts.add(at);
  for (const m of chosen) cuts.add(m.start).add(m.end);
  const points = [...cuts].toSorted((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const mention = chosen.find((m) => m.start === start && m.end === end);
    segments.push({
      text: text.slice(start, end),
      inSentence: start >= sentence.start && end <= sentence.end,
      placeId: mention?.placeId ?? null,
      placeName: mention?.placeName ?? null,
    });
  }
  return segments;
}
