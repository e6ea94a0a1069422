/** Country names as ACLED writes them (geodata/acled-countries.json): shared by actor naming and the CSV export. */
import { z } from 'zod';
import countriesJson from '../../geodata/acled-countries.json';

const iso2 = z.string().regex(/^[A-Z]{2}$/);
const countriesSchema = z.object({ names: z.record(iso2, z.string()), withThe: z.array(iso2) });
const COUNTRIES = countriesSchema.parse(countriesJson);
const WITH_THE: ReadonlySet<string> = new Set(COUNTRIES.withThe);

/**
 * The ACLED name of a country ("Democratic Republic of Congo"), with "the" when `withThe` and English writes it.
 * @example acledCountryName('PH', true) // 'the Philippines'
 */
export function acledCountryName(iso: string, withThe = false): string | null {
  const name = COUNTRIES.names[iso];
  if (name === undefined) return null;
  return withThe && WITH_THE.has(iso) ? `the ${name}` : name;
}

/** lowercase ACLED country name → ISO2 */
const BY_NAME: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRIES.names).map(([iso, name]) => [name.toLowerCase(), iso]));

/**
 * The ISO2 code of a country written by its ACLED name ("Armenia", "Democratic Republic of Congo"), or undefined.
 * @example countryIsoByName('Armenia') // 'AM'
 */
export function countryIsoByName(name: string): string | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}
