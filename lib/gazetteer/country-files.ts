/**
 * The GeoNames country files a user adds to the gazetteer: per-country dumps (SY.txt, IQ.txt, … from GeoNames'
 * export dump pages, CC BY 4.0) kept in one folder, geodata/geonames/, which every gazetteer build reads. They are
 * the user's to fetch (the build never goes online); without any, the gazetteer is built from npm data alone.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readSync, openSync, closeSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DUMP_COLUMNS } from './sources/geonames-dump';

export const COUNTRY_FILES_DIR = 'geodata/geonames';
/** bytes read from a file to check that its first line is in the dump format */
const HEAD_BYTES = 64 * 1024; // bytes
const DUMP_NAME = /\.txt$/i;

/**
 * The country files in `dir` (`*.txt`), sorted, as paths; none when the folder does not exist.
 * @example listCountryFiles() // ['geodata/geonames/IQ.txt', 'geodata/geonames/SY.txt']
 */
export function listCountryFiles(dir: string = COUNTRY_FILES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => DUMP_NAME.test(name) && statSync(join(dir, name)).isFile())
    .toSorted()
    .map((name) => join(dir, name));
}

/**
 * Check each file looks like a GeoNames dump (a `.txt` whose first line has the 19 columns) and copy it into `dir`,
 * replacing a file of the same name; returns the paths written. Throws before copying anything when a file is
 * missing or in another format, naming it.
 * @example addCountryFiles(['/downloads/SY.txt'])
 */
export function addCountryFiles(paths: readonly string[], dir: string = COUNTRY_FILES_DIR): string[] {
  if (paths.length === 0) throw new Error('No country file given: name GeoNames dumps such as SY.txt');
  for (const path of paths) checkDump(path);
  mkdirSync(dir, { recursive: true });
  return paths.map((path) => {
    const target = join(dir, basename(path));
    copyFileSync(path, target);
    return target;
  });
}

function checkDump(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`Not a file: ${path}`);
  if (/\.zip$/i.test(path)) throw new Error(`${path} is a zip archive: unzip it and add the .txt inside (e.g. SY.txt)`);
  if (!DUMP_NAME.test(path)) throw new Error(`${path} is not a GeoNames dump: expected a .txt file such as SY.txt`);
  const first = firstLine(path);
  const columns = first.split('\t').length;
  if (columns !== DUMP_COLUMNS) {
    throw new Error(`${path} is not a GeoNames dump: its first line has ${columns} tab-separated columns, not ${DUMP_COLUMNS}`);
  }
}

function firstLine(path: string): string {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const text = buffer.toString('utf8', 0, read);
    const newline = text.indexOf('\n');
    return (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, '');
  } finally {
    closeSync(fd);
  }
}
