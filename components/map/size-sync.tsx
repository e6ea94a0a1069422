'use client';
/**
 * Keeps the map's centre when its box changes size (a panel above or below it grows once its data arrives):
 * Leaflet only watches the window, so without this the map keeps its top-left corner and its centre drifts
 * away from the view the URL holds.
 */
import { useEffect } from 'react';
import type { ZoomPanOptions } from 'leaflet';
import { useMap } from 'react-leaflet';

/** setView's `reset` (Leaflet 1.9 map.setView: a view reset, never a pan), missing from @types/leaflet */
const RESET: ZoomPanOptions & { reset: true } = { reset: true };

export function SizeSync() {
  const map = useMap();
  useEffect(() => {
    // A reset would stop a flight or a pan halfway: while the map moves, the size is taken as it is and the move's
    // own moveend then reports the centre the map really has.
    let moving = false;
    const started = () => (moving = true);
    const ended = () => (moving = false);
    map.on('movestart', started).on('moveend', ended);
    const observer = new ResizeObserver(() => {
      // Only on a real change: invalidateSize forgets the exact centre Leaflet keeps, even for the same size. Its
      // own pan goes by whole pixels and moves the centre by a fraction of one, so the view is reset on it instead.
      const container = map.getContainer();
      if (map.getSize().equals([container.clientWidth, container.clientHeight])) return;
      if (moving) {
        map.invalidateSize({ pan: false });
        return;
      }
      const [center, zoom] = [map.getCenter(), map.getZoom()];
      map.invalidateSize({ pan: false, debounceMoveend: true }); // its moveend, later, reads the reset centre
      map.setView(center, zoom, RESET);
    });
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      map.off('movestart', started).off('moveend', ended);
    };
  }, [map]);
  return null;
}
