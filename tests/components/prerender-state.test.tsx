import { describe, expect, it } from 'vitest';
import { renderUrl } from '../../src/prerender/render';
import { mockData } from './support/render-app';
import './support/setup-dom';
import { chunksOfList, siteOf } from './support/list-chunks';

describe('the query state a prerendered list page embeds', () => {
  it('carries its stories once: in the list view, not again in the chunks it read', async () => {
    mockData({ '/data/site.json': { json: siteOf(45) }, ...chunksOfList('/data/chunks', 45) });
    const { state } = await renderUrl('http://localhost/');
    const keys = state.queries.map((q) => q.queryKey);
    expect(keys.filter((key) => key[1] === 'chunk')).toEqual([]);
    const list = state.queries.find((q) => q.queryKey[1] === 'list');
    expect(list?.data).toMatchObject({
      page: null,
      chunks: [3, 2],
      total: 45,
      items: [{ title: 'Story in chunk 3' }, { title: 'Story in chunk 2' }],
    });
  });
});
