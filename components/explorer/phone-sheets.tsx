'use client';
/**
 * On a phone the filters and the list are sheets over the map, opened from a bar under the timeline and closed
 * by their Close button or Escape. On wider screens the bar and the buttons are hidden by CSS and both panels
 * are always there.
 */
import { useCallback, useEffect, useState } from 'react';

export type Sheet = 'filters' | 'events';

export function usePhoneSheets(): { sheet: Sheet | null; open: (sheet: Sheet) => void; close: () => void } {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const close = useCallback(() => setSheet(null), []);
  useEffect(() => {
    if (sheet === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setSheet(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sheet]);
  return { sheet, open: setSheet, close };
}

export function PhoneBar({ sheet, onOpen, count }: { sheet: Sheet | null; onOpen: (sheet: Sheet) => void; count: number }) {
  return (
    <nav className="phone-bar" aria-label="Panels">
      <button type="button" aria-expanded={sheet === 'filters'} aria-controls="explorer-filters" onClick={() => onOpen('filters')}>
        Filters
      </button>
      <button type="button" aria-expanded={sheet === 'events'} aria-controls="explorer-side" onClick={() => onOpen('events')}>
        List · {count}
      </button>
    </nav>
  );
}

export function SheetClose({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="sheet-close" aria-label={label} onClick={onClose}>
      Close
    </button>
  );
}

/** Selecting an event by its id; on a phone its details are in the list's sheet, so that sheet opens too. */
export function useSelectEvent(update: (change: { event: string }) => void, isPhone: boolean, openSheet: (sheet: Sheet) => void): (id: string) => void {
  return useCallback(
    (id: string) => {
      update({ event: id });
      if (isPhone) openSheet('events');
    },
    [update, isPhone, openSheet],
  );
}
