/** Zoom levels a link that names an event or a place opens at, when it carries no map view of its own. */
export const FOCUS_ZOOM = {
  event: 8, // a precise event
  place: 9, // a precise place
} as const;
