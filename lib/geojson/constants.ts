/**
 * The contract's enumerations (lib/geojson/schema.ts checks them), in a module of their own with no zod: the page's
 * filter panel, legend and timeline import them, and a value import of schema.ts brought the whole of zod (about
 * 32 kB gzipped) into the browser's bundle.
 */

export const PLACE_TYPES = [
  'continent',
  'region',
  'country',
  'admin1',
  'admin2',
  'city',
  'town',
  'village',
  'locality',
] as const;

/** ACLED's six event types, in ACLED's order. */
export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export type PlaceType = (typeof PLACE_TYPES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
