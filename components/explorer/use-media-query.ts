'use client';
/** Whether a CSS media query matches now, following changes (rotation, resize). */
import { useSyncExternalStore } from 'react';

export const PHONE_QUERY = '(max-width: 700px)'; // the phone layout's breakpoint; globals.css uses the same width

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
