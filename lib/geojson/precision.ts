import type { PlaceType } from './schema';

/**
 * ACLED geo_precision of a place type: 1 = the exact town, 2 = a district or part of a region, 3 = only a
 * province, country or larger area is known.
 * @example geoPrecision('town') // 1
 */
export function geoPrecision(placeType: PlaceType): 1 | 2 | 3 {
  return PRECISION_BY_TYPE[placeType];
}

const PRECISION_BY_TYPE: Readonly<Record<PlaceType, 1 | 2 | 3>> = {
  city: 1,
  town: 1,
  village: 1,
  locality: 1,
  admin2: 2,
  admin1: 3,
  country: 3,
  region: 3,
  continent: 3,
};
