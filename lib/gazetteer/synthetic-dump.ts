/**
 * Synthetic GeoNames country dumps, for measuring what a country file costs (build time, memory, cold start) on a
 * machine that cannot fetch the real ones. Lines have the dump's 19 columns and a plausible mix: mostly populated
 * places with Arabic-style names (generic words included), some Latin and Arabic-script alternate names, districts,
 * landmarks, and features the gazetteer skips (streams, wells, farms). Deterministic for a seed.
 */

/** the first id written: far above GeoNames' ids, so a synthetic place never shadows a real one */
const FIRST_ID = 95_000_000;
/** Syria's extent, roughly: where the synthetic places lie */
const SOUTH = 32; // degrees
const WEST = 35.5; // degrees
const LAT_SPAN = 5; // degrees
const LNG_SPAN = 7; // degrees
const ADMIN1_CODES = 14;
const MAX_ELEVATION = 1500; // metres
const COORD_DECIMALS = 5;

const CONSONANTS = ['b', 't', 'th', 'j', 'h', 'kh', 'd', 'dh', 'r', 'z', 's', 'sh', 'f', 'q', 'k', 'l', 'm', 'n', 'w', 'y'];
const VOWELS = ['a', 'i', 'u', 'aa', 'ee', 'ou', 'e', 'o'];
const ENDINGS = ['', '', 'n', 'r', 'l', 'iyah', 'ah'];
const GENERIC = ['', '', '', 'Tall ', 'Kafr ', 'Dayr ', '‘Ayn ', 'Khirbat ', 'Al ', 'Umm ', 'Abū '];
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** feature class and code, each with its share of the lines (in per cent) */
const KINDS: ReadonlyArray<readonly [string, string, number]> = [
  ['P', 'PPL', 60], ['A', 'ADM3', 3], ['A', 'ADM2', 1], ['H', 'STM', 8], ['H', 'WLL', 6], ['S', 'FRM', 4],
  ['T', 'HLL', 6], ['S', 'CMP', 1], ['S', 'BDG', 1], ['T', 'MT', 4], ['H', 'WAD', 4], ['S', 'MSQE', 2],
];
/** one populated place in this many has a population */
const POPULATED_ONE_IN = 10;
const MAX_POPULATION = 5000; // people

/**
 * `lines` synthetic dump lines, each ending in a newline.
 * @example syntheticDump(2, 1).split('\n')[0]?.split('\t').length // 19
 */
export function syntheticDump(lines: number, seed: number): string {
  if (!Number.isInteger(lines) || lines < 0) throw new Error(`Unexpected line count: ${lines}`);
  const random = xorshift32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const word = (): string => {
    let out = '';
    for (let i = between(2, 3); i > 0; i -= 1) out += pick(CONSONANTS) + pick(VOWELS);
    return out + pick(ENDINGS);
  };
  const name = (): string => {
    const words = Array.from({ length: pick([1, 1, 1, 2, 2, 3]) }, () => capitalise(word()));
    return pick(GENERIC) + words.join(' ');
  };
  const arabic = (): string => Array.from({ length: between(4, 9) }, () => pick([...ARABIC_LETTERS])).join('');
  const kinds = KINDS.flatMap(([featureClass, code, share]) => Array.from({ length: share }, () => [featureClass, code] as const));
  const out: string[] = [];
  for (let i = 0; i < lines; i += 1) {
    const primary = name();
    const alternates = [
      ...Array.from({ length: pick([0, 0, 1, 2, 3, 5]) }, name),
      ...Array.from({ length: pick([0, 1, 1, 2]) }, arabic),
    ];
    const [featureClass, code] = pick(kinds);
    const population = random() * POPULATED_ONE_IN < 1 ? between(100, MAX_POPULATION) : 0;
    out.push([
      String(FIRST_ID + i), primary, primary.replace('‘', '`').replace('ū', 'u'), alternates.join(','),
      (SOUTH + random() * LAT_SPAN).toFixed(COORD_DECIMALS), (WEST + random() * LNG_SPAN).toFixed(COORD_DECIMALS),
      featureClass, code, 'SY', '', String(between(1, ADMIN1_CODES)).padStart(2, '0'), '', '', '',
      String(population), '', String(between(0, MAX_ELEVATION)), 'Asia/Damascus', '2024-01-01',
    ].join('\t'));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** xorshift32, seeded (0 is mapped to 1, a state xorshift cannot leave): numbers in [0, 1). */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << XORSHIFT_A;
    state ^= state >>> XORSHIFT_B;
    state ^= state << XORSHIFT_C;
    state >>>= 0;
    return state / UINT32_RANGE;
  };
}

const XORSHIFT_A = 13;
const XORSHIFT_B = 17;
const XORSHIFT_C = 5;
const UINT32_RANGE = 2 ** 32;
