/**
 * One marker shape per ACLED event type (shape = what happened, colour = who did it), as SVG paths in a 20×20 box.
 * Used by the DOM marker icons and by the React legend, so both always agree.
 */
import type { EventTypeSlug } from '@/lib/filters/event-types';

export const SHAPE_VIEWBOX = '0 0 20 20';

export const EVENT_SHAPES: Readonly<Record<EventTypeSlug, { path: string; label: string }>> = {
  battles: { path: 'M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15Z', label: 'circle' },
  'explosions-remote-violence': {
    path: 'M10 1.5L12.4 7.2L18.5 7.6L13.8 11.6L15.3 17.6L10 14.3L4.7 17.6L6.2 11.6L1.5 7.6L7.6 7.2Z',
    label: 'star',
  },
  'violence-against-civilians': { path: 'M10 2L18.5 17H1.5Z', label: 'triangle' },
  protests: { path: 'M3 3H17V17H3Z', label: 'square' },
  riots: { path: 'M10 1.5L18.5 10L10 18.5L1.5 10Z', label: 'diamond' },
  'strategic-developments': { path: 'M10 2L17 6V14L10 18L3 14V6Z', label: 'hexagon' },
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element for an event shape, built with DOM calls (never from an HTML string).
 * Hollow shapes (place known only to a province or country) have a white fill and a thick coloured outline.
 */
export function shapeSvg(slug: EventTypeSlug, color: string, hollow: boolean, sizePx: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', SHAPE_VIEWBOX);
  svg.setAttribute('width', String(sizePx));
  svg.setAttribute('height', String(sizePx));
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', EVENT_SHAPES[slug].path);
  path.setAttribute('fill', hollow ? '#ffffff' : color);
  path.setAttribute('fill-opacity', hollow ? '0.85' : '1');
  path.setAttribute('stroke', hollow ? color : '#ffffff');
  path.setAttribute('stroke-width', hollow ? '3' : '1.5');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
