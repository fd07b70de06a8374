import { screen, within } from '@testing-library/react';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderUrl } from '../../src/prerender/render';
import { mockData, renderApp } from './support/render-app';
import './support/setup-dom';
import { chunksOfList, siteOf } from './support/list-chunks';

const NOTE = 'Filters and pages need JavaScript; showing the latest stories.';

/** A site of 45 stories: the home list has a pager. */
const longList = () => ({
  '/data/site.json': { json: siteOf(45) },
  ...chunksOfList('/data/chunks', 45),
});

/**
 * The server HTML of a URL, parsed as a browser without JavaScript parses it: a JSDOM
 * that runs no scripts makes <noscript> content elements (the test document keeps it text).
 */
async function serverPage(url: string) {
  const { html } = await renderUrl(`http://localhost${url}`);
  return new JSDOM(`<!doctype html><body>${html}`).window.document.body;
}

describe('without JavaScript', () => {
  it('the server HTML says filters and pages need it, next to the chips and the pager', async () => {
    mockData(longList());
    const body = await serverPage('/');
    const filter = within(body).getByRole('region', { name: 'Filter by people, groups and shows' });
    expect(within(filter).getByText(NOTE)).toBeInTheDocument();
    const pager = within(body).getByRole('navigation', { name: 'Pagination' });
    expect(pager.nextElementSibling?.textContent).toBe(NOTE);
  });

  it('a tag page with one page of stories has no note', async () => {
    mockData();
    const body = await serverPage('/tags/all-of-us-are-dead');
    expect(within(body).queryByText(NOTE)).toBeNull();
  });

  it('the running app shows no note', async () => {
    mockData(longList());
    renderApp('/');
    await screen.findByRole('navigation', { name: 'Pagination' });
    expect(screen.queryByText(NOTE)).toBeNull();
  });
});
