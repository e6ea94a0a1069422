/**
 * Actor colours: the most frequent actors in the file get distinct colours (Tableau 10, readable on a light
 * basemap and distinguishable for most colour-blind readers); the long tail shares one neutral grey.
 */
export const ACTOR_PALETTE = [
  '#4e79a7',
  '#e15759',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#3b3b98',
] as const;

/** Colour for actors beyond the palette and for events without actors. */
export const OTHER_ACTOR_COLOR = '#7f7f7f';

/**
 * The colour of a palette index (from ExplorerActor.colorIndex); out-of-range indexes share the grey.
 * @example actorColor(0) // '#4e79a7'
 */
export function actorColor(colorIndex: number | undefined): string {
  if (colorIndex === undefined || colorIndex < 0) return OTHER_ACTOR_COLOR;
  return ACTOR_PALETTE[colorIndex] ?? OTHER_ACTOR_COLOR;
}
