// The two halves of the page-type registry stay in step: every type the router knows
// (src/app/page-routes.tsx) has a build row (src/prerender/page-types.ts) and a route in the
// router, each row's view is the module its route loads, every page a row enumerates is
// routed to that row's type, and the sitemap lists exactly the types marked for it.
import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client.ts';
import { pageRoutes, type PageTypeId } from '../../src/app/page-routes.tsx';
import { createRoutes } from '../../src/app/router.tsx';
import { emitData } from '../../src/content/emit/emit.ts';
import type { PageSource } from '../../src/prerender/page-type.ts';
import { pageTypes } from '../../src/prerender/page-types.ts';
import { seedCorpus } from './support.ts';

const ids = Object.keys(pageRoutes) as PageTypeId[];
const [root] = createRoutes(createQueryClient());
const children = root!.children!;

/** The page type whose route the router picks for a path. */
const typeOf = (path: string) => {
  const leaf = matchRoutes([root!], path)?.at(-1)?.route;
  return ids[children.findIndex((route) => route === leaf)];
};

const files = emitData(seedCorpus(), { baseUrl: 'https://kwave.example' });
const source: PageSource = {
  read: async (path) => JSON.parse(files.get(path.slice(1)) ?? 'null'),
  list: async (folder) =>
    [...files.keys()].flatMap((f) =>
      f.startsWith(`${folder.slice(1)}/`) ? [f.split('/').pop()!] : [],
    ),
};

describe('the page-type registry', () => {
  it('has a build row for every page type, and nothing else', () => {
    expect(Object.keys(pageTypes).sort()).toEqual([...ids].sort());
  });

  it('gives the router one route a page type, in the order of the route table', () => {
    expect(children).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const route = pageRoutes[id];
      if ('index' in route) expect(children[i]!.index, id).toBe(true);
      else expect(children[i]!.path, id).toBe(route.path);
    });
  });

  it.each(ids)('%s: its build row preloads the module its route loads', async (id) => {
    const route = pageRoutes[id];
    const { view } = pageTypes[id];
    if (!('load' in route)) return expect(view).toBeNull();
    expect(view).not.toBeNull();
    expect(await route.load()).toBe(await import(/* @vite-ignore */ `../../${view}`));
  });

  it.each(ids)('%s: every page it prerenders is routed to it', async (id) => {
    const pages = await pageTypes[id].pages(source);
    expect(pages.length).toBeGreaterThan(0);
    for (const { url } of pages) expect(typeOf(url), url).toBe(id);
  });

  it('lists in the sitemap exactly the pages of the types marked for it', async () => {
    const locs = [
      ...files.get('sitemap.xml')!.matchAll(/<loc>https:\/\/kwave\.example([^<]*)<\/loc>/g),
    ].map((m) => m[1]!);
    const marked = ids.filter((id) => pageTypes[id].sitemap);
    expect(marked.length).toBeGreaterThan(0);
    const prerendered = await Promise.all(
      marked.map(async (id) => (await pageTypes[id].pages(source)).map((p) => p.url)),
    );
    expect([...locs].sort()).toEqual(prerendered.flat().sort());
    expect(new Set(locs.map(typeOf))).toEqual(new Set(marked));
  });
});
