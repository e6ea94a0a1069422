'use client';
/**
 * Play: while playing, the window's start steps forward one window every `stepMs`, rewriting the current history
 * entry (the moment stays shareable without flooding Back); it stops after the last window of the span.
 */
import { useEffect, useState } from 'react';
import { dayNumber, isoDay, nextStep, type PlayWindow } from '@/lib/timeline';

export interface PlayerInput {
  window: PlayWindow | null;
  at: string | null;
  /** inclusive last day of the span being played */
  spanEnd: number | null;
  stepMs: number;
  /** moves the window; `replace` for steps, a push for the first one */
  onStep: (at: string, replace: boolean) => void;
}

export function usePlayer({ window, at, spanEnd, stepMs, onStep }: PlayerInput): {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
} {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || window === null || at === null || spanEnd === null) return;
    const timer = setTimeout(() => {
      const next = nextStep(dayNumber(at), window, spanEnd);
      if (next === null) setPlaying(false);
      else onStep(isoDay(next), true);
    }, stepMs);
    return () => clearTimeout(timer);
  }, [playing, window, at, spanEnd, stepMs, onStep]);
  return { playing, setPlaying };
}
