/**
 * What the map page's JavaScript is made of, read from the sources: the modules the explorer's client components
 * import (statically: an `import()` is its own chunk, fetched when used) must not reach zod's full API, which is
 * about 32 kB gzipped of the 250 kB the page may load (issue 11). zod/mini, imported function by function, is allowed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
/** the client entry points of the map page, file mode and store mode */
const ENTRIES = ['components/explorer/explorer-shell.tsx', 'components/explorer/store-shell.tsx'];
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm;
/** a loader (`*-loader.tsx`) fetches its component with the page, though through import() */
const LOADER_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every module `entries` reach through value imports, each with the module that first imported it. */
function reach(entries: readonly string[]): Map<string, string | null> {
  const parents = new Map<string, string | null>(entries.map((e) => [e, null]));
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.startsWith('/') && !existsSync(path.join(ROOT, file))) continue; // a package
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const imports = [...text.matchAll(STATIC_IMPORT), ...(file.endsWith('-loader.tsx') ? text.matchAll(LOADER_IMPORT) : [])];
    for (const match of imports) {
      const target = resolve(file, match[1] ?? '');
      if (!parents.has(target)) {
        parents.set(target, file);
        queue.push(target);
      }
    }
  }
  return parents;
}

function resolve(from: string, spec: string): string {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null;
  if (base === null) return spec;
  return (EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(path.join(ROOT, f)) && statSync(path.join(ROOT, f)).isFile()) ?? base).split(path.sep).join('/');
}

function chainTo(parents: ReadonlyMap<string, string | null>, module: string): string[] {
  const chain: string[] = [];
  for (let m: string | null | undefined = module; m; m = parents.get(m)) chain.push(m);
  return chain;
}

describe("the map page's client modules", () => {
  const parents = reach(ENTRIES);

  it('reach the explorer, the filter panel and the map (the walk follows the imports)', () => {
    for (const module of ['components/explorer/explorer.tsx', 'components/filters/filter-panel.tsx', 'components/map/store-layer.tsx', 'lib/geojson/constants.ts']) {
      expect(parents.has(module), module).toBe(true);
    }
  });

  it("never import zod's full API, only zod/mini", () => {
    expect(parents.has('zod') ? chainTo(parents, 'zod') : []).toEqual([]);
  });

  it('load the file export (and its zod-checked country table) only when an export is asked for', () => {
    expect(parents.has('lib/events/acled-countries.ts')).toBe(false);
    expect(readFileSync(path.join(ROOT, 'components/explorer/toolbar.tsx'), 'utf8')).toContain("import('./export-text')");
  });
});
