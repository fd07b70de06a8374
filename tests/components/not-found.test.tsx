import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockData, renderApp } from './support/render-app';
import './support/setup-dom';

describe('unknown path', () => {
  it('shows the not-found view inside the layout with a way back', async () => {
    mockData();
    const { user } = renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(document.title).toBe('Page not found · K-Wave Reader');
    await user.click(screen.getByRole('link', { name: 'Back to all stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toHaveFocus();
  });

  it('treats a malformed page number as not found', async () => {
    mockData();
    renderApp('/?page=zero');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
