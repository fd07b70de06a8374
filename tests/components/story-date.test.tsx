import { render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryDate } from '../../src/features/articles/components/story-date';
import './support/setup-dom';

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('story date', () => {
  // The component reads the clock once per page (its first render); a clock that moved on
  // between that render and a later test's hoursAgo() made "30 minutes ago" read "29"
  // under load. Dates alone stand still here; timers stay real.
  beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() }));
  afterAll(() => vi.useRealTimers());

  it('shows the calendar day as written, whatever the offset', () => {
    render(
      <>
        <StoryDate date="2025-03-14T00:00:00Z" />
        <StoryDate date="2025-03-15T08:00:00+09:00" />
      </>,
    );
    expect(screen.getByText('Mar 14, 2025')).toHaveAttribute('datetime', '2025-03-14T00:00:00Z');
    expect(screen.getByText('Mar 15, 2025').tagName).toBe('TIME');
  });

  it('writes every month as en-US does (dateStyle medium)', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    const dates = Array.from(
      { length: 12 },
      (_, m) => `2024-${String(m + 1).padStart(2, '0')}-0${(m % 9) + 1}`,
    );
    render(dates.map((date) => <StoryDate key={date} date={`${date}T12:00:00Z`} />));
    expect(screen.getAllByRole('time').map((t) => t.textContent)).toEqual(
      dates.map((date) => intl.format(Date.parse(date))),
    );
  });

  it('says "n minutes/hours ago" as en-US does', () => {
    const intl = new Intl.RelativeTimeFormat('en-US');
    const ages = [0.001, 1 / 60 + 0.001, 0.5, 1.01, 1.5, 5.2, 23.9];
    render(ages.map((h) => <StoryDate key={h} date={hoursAgo(h)} />));
    expect(screen.getAllByRole('time').map((t) => t.textContent)).toEqual(
      ages.map((h) =>
        h < 1 ? intl.format(-Math.floor(h * 60), 'minute') : intl.format(-Math.floor(h), 'hour'),
      ),
    );
  });

  it('says "2 hours ago" within the last day, in the browser only', () => {
    const date = hoursAgo(2.5);
    render(<StoryDate date={date} />);
    expect(screen.getByText('2 hours ago')).toHaveAttribute('datetime', date);
    // The server has no reader's clock: it renders the day.
    expect(renderToString(<StoryDate date={date} />)).toContain(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(date.slice(0, 10)),
      ),
    );
  });

  it('hydrates the server HTML without a mismatch, then turns relative', async () => {
    const date = hoursAgo(3.2);
    const container = document.createElement('div');
    container.innerHTML = renderToString(<StoryDate date={date} />);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <StoryDate date={date} />, { onRecoverableError: recoverable });
    });
    expect(container.textContent).toBe('3 hours ago');
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/hydrat|match/i);
    errors.mockRestore();
  });
});
