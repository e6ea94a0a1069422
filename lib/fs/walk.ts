/**
 * Turns the PATH arguments of `npm run ingest` into a sorted list of article files, recursively, with one clear
 * problem per path that cannot be used (missing, broken symlink, not a regular file).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';

/** Extensions read as articles; anything else inside a folder is ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export interface InputFile {
  /** path as given or found, usable with fs */
  path: string;
  /** path relative to the PATH argument it came from, posix separators, without extension: the article id */
  id: string;
}

export interface InputProblem {
  path: string;
  reason: string;
}

export interface InputList {
  files: InputFile[];
  problems: InputProblem[];
}

/**
 * Lists the article files under the given files and folders: every .txt and .md inside a folder, recursively,
 * hidden entries skipped, sorted by path (code-unit order, so the same tree always gives the same list).
 * @example collectInputs(['seeds']) // { files: [{ path: 'seeds/raqqa-2017.txt', id: 'raqqa-2017' }], problems: [] }
 */
export function collectInputs(paths: readonly string[]): InputList {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const root of paths) {
    const stats = statOrProblem(root, problems);
    if (!stats) continue;
    if (stats.isDirectory()) {
      walkDirectory(root, root, new Set([realpathSync(root)]), files, problems);
    } else if (stats.isFile()) {
      files.push({ path: root, id: stripExtension(path.basename(root)) });
    } else {
      problems.push({ path: root, reason: 'not a regular file or folder' });
    }
  }
  return { files: dedupeIds(files, problems), problems };
}

function walkDirectory(
  root: string,
  dir: string,
  visited: Set<string>,
  files: InputFile[],
  problems: InputProblem[],
): void {
  let names: string[];
  try {
    names = readdirSync(dir).toSorted(compareCodeUnits);
  } catch (error) {
    problems.push({ path: dir, reason: describeFsError(error) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const isArticle = hasArticleExtension(name);
    const link = lstatSync(full, { throwIfNoEntry: false });
    if (!link) continue; // removed while walking
    if (link.isSymbolicLink()) {
      const target = statSync(full, { throwIfNoEntry: false });
      if (!target) {
        if (isArticle) problems.push({ path: full, reason: 'broken symbolic link' });
        continue;
      }
      if (target.isDirectory()) {
        // Follow each real folder once: a link back up the tree must not loop forever.
        const real = realpathSync(full);
        if (visited.has(real)) continue;
        walkDirectory(root, full, new Set([...visited, real]), files, problems);
        continue;
      }
      if (isArticle) addArticleFile(root, full, target, files, problems);
      continue;
    }
    if (link.isDirectory()) {
      walkDirectory(root, full, new Set([...visited, realpathSync(full)]), files, problems);
      continue;
    }
    if (isArticle) addArticleFile(root, full, link, files, problems);
  }
}

function addArticleFile(root: string, full: string, stats: Stats, files: InputFile[], problems: InputProblem[]): void {
  if (!stats.isFile()) {
    problems.push({ path: full, reason: `not a regular file (${describeKind(stats)})` });
    return;
  }
  const relative = path.relative(root, full).split(path.sep).join('/');
  files.push({ path: full, id: stripExtension(relative) });
}

/** Two files mapping to the same id (a.txt and a.md) would merge their mentions: keep the first, report the rest. */
function dedupeIds(files: readonly InputFile[], problems: InputProblem[]): InputFile[] {
  const seen = new Map<string, string>();
  const kept: InputFile[] = [];
  for (const file of files) {
    const first = seen.get(file.id);
    if (first !== undefined) {
      problems.push({ path: file.path, reason: `duplicate article id "${file.id}" (already read from ${first})` });
      continue;
    }
    seen.set(file.id, file.path);
    kept.push(file);
  }
  return kept;
}

function statOrProblem(target: string, problems: InputProblem[]): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    const dangling = lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    problems.push({ path: target, reason: dangling ? 'broken symbolic link' : describeFsError(error) });
    return undefined;
  }
}

function hasArticleExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function stripExtension(name: string): string {
  const ext = path.posix.extname(name);
  return ext === '' ? name : name.slice(0, -ext.length);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** One short human reason for a failed fs call: the errno meaning, never a stack trace. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
