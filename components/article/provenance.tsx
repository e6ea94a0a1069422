'use client';
/**
 * Provenance of the selected event or route: its sentence inside the article text, every place mention marked;
 * a click on a mention flies the map there. Article text arrives from /api/articles/<id>; until then (or if it
 * cannot be found) the sentence alone is shown with the mentions that fall inside it. Everything is React text —
 * article markup is shown, never run.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArticleMeta } from '@/lib/geojson/schema';
import { articlePath } from '@/lib/explorer-data/article-id';
import { buildSegments, paragraphAround, type Span } from '@/lib/explorer-data/segments';

export interface ProvenanceSubject {
  id: string;
  kind: 'event' | 'route';
  heading: string;
  article: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ProvenanceProps {
  subject: ProvenanceSubject;
  article: ArticleMeta | undefined;
  /** the place mentions of the subject's article (fetched per article) */
  mentions: readonly Span[];
  onFlyTo: (placeId: string) => void;
  onClose: () => void;
  /** e.g. "All events at Raqqa": selects the subject's place */
  placeAction?: { label: string; run: () => void } | null;
}

type ArticleText = { id: string; text: string | null };

export function Provenance({ subject, article, mentions, onFlyTo, onClose, placeAction = null }: ProvenanceProps) {
  const [loaded, setLoaded] = useState<ArticleText | null>(null);
  const [wholeArticle, setWholeArticle] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch(articlePath(subject.article), { signal: controller.signal })
      .then(async (response) => {
        const body: unknown = response.ok ? await response.json() : null;
        setLoaded({ id: subject.article, text: readText(body) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ id: subject.article, text: null });
      });
    return () => controller.abort();
  }, [subject.article]);

  const text = loaded?.id === subject.article && loaded.text !== null ? loaded.text : null;
  const consistent = text !== null && text.slice(subject.start, subject.end) === subject.sentence;
  const segments = useMemo(() => {
    if (text !== null && consistent) {
      const range = wholeArticle ? { start: 0, end: text.length } : paragraphAround(text, subject.start, subject.end);
      return buildSegments(text, range, { start: subject.start, end: subject.end }, mentions);
    }
    // Sentence only: offsets shift to the sentence's own.
    const inside = mentions
      .filter((m) => m.start >= subject.start && m.end <= subject.end)
      .map((m) => ({ ...m, start: m.start - subject.start, end: m.end - subject.start }));
    const sentenceRange = { start: 0, end: subject.sentence.length };
    return buildSegments(subject.sentence, sentenceRange, sentenceRange, inside);
  }, [text, consistent, wholeArticle, subject, mentions]);

  return (
    <section className="provenance" data-testid="provenance" aria-label="Where this comes from">
      <header className="provenance-head">
        <h2>{subject.heading}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Clear selection">
          ×
        </button>
      </header>
      <p className="provenance-source">
        {article?.title ?? subject.article}
        {article?.date ? ` — ${article.date}` : ''}
      </p>
      <p className="provenance-text">
        {segments.map((segment, i) => {
          const className = segment.inSentence ? 'prov-sentence' : undefined;
          if (segment.placeId === null) {
            return (
              <span key={i} className={className}>
                {segment.text}
              </span>
            );
          }
          const placeId = segment.placeId;
          return (
            <span key={i} className={className}>
              <mark data-place-id={placeId} className="prov-mention">
                <button type="button" title={`Show ${segment.placeName} on the map`} onClick={() => onFlyTo(placeId)}>
                  {segment.text}
                </button>
              </mark>
            </span>
          );
        })}
      </p>
      <div className="provenance-actions">
      {text !== null && consistent ? (
        <button type="button" className="link-button" onClick={() => setWholeArticle((v) => !v)}>
          {wholeArticle ? 'Show the paragraph only' : 'Show the whole article'}
        </button>
      ) : (
        <p className="provenance-note">
          {loaded?.id === subject.article ? 'Article text unavailable; showing the sentence only.' : 'Loading article…'}
        </p>
      )}
      {placeAction ? (
        <button type="button" className="link-button" onClick={placeAction.run}>
          {placeAction.label}
        </button>
      ) : null}
      </div>
    </section>
  );
}

function readText(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const text: unknown = (body as { text?: unknown }).text;
  return typeof text === 'string' ? text : null;
}
