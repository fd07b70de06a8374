// Each page type's view is a chunk the router loads on demand (src/app/page-routes.tsx).
// Vite's manifest says which file holds it and what that imports; the page preloads those
// files so they download beside the entry script instead of after it has run.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RouteFile } from './page-type.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The files a route module's page preloads, beyond what the entry script loads. */
export type Preloads = (view: RouteFile) => string[];

export const readPreloads = async (dist: string): Promise<Preloads> => {
  const manifestFile = join(dist, '.vite/manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  // Read once, then removed: a build internal, not part of the site a host should publish.
  await rm(join(dist, '.vite'), { recursive: true, force: true });
  const chunkClosure = (key: string, files = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`prerender: ${key} is not in the Vite manifest`);
    if (!files.has(chunk.file)) {
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) chunkClosure(imported, files);
    }
    return files;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('prerender: the Vite manifest has no entry');
  const loadedByEntry = chunkClosure(entryKey);
  return (view) =>
    [...chunkClosure(view)].filter((file) => !loadedByEntry.has(file)).map((file) => `/${file}`);
};
