'use client';
/**
 * Keeps the map's centre when its box changes size (a panel above or below it grows once its data arrives):
 * Leaflet only watches the window, so without this the map keeps its top-left corner and its centre drifts
 * away from the view the URL holds.
 */
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function SizeSync() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      // the centre before the resize, exactly (invalidateSize's own pan rounds to whole pixels and moves it)
      const [center, zoom] = [map.getCenter(), map.getZoom()];
      map.invalidateSize({ pan: false });
      map.setView(center, zoom, { animate: false });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
