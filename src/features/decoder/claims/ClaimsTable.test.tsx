import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../../core/json/json-value';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { useTimeStore } from '../page/time-store';
import { ClaimsTable, ROWS_STEP } from './ClaimsTable';

const NOW_MS = Date.UTC(2026, 0, 1, 12, 0, 0);
const NOW = NOW_MS / 1000;

function row(name: string): HTMLElement {
  const found = screen.getAllByTestId('claim-row').find((element) => element.dataset.claim === name);
  if (!found) throw new Error(`no claim-row for ${name}`);
  return found;
}

async function renderTable(payload: JsonObject) {
  await activateLocale('en');
  // In the app the panes' loader brings the claims texts, the table's the glossary's.
  await Promise.all([loadArea('claims'), loadArea('glossary')]);
  return render(<ClaimsTable payload={payload} />);
}

describe('ClaimsTable', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW_MS);
    useTimeStore.getState().chooseTimeZone('utc');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has one claim-row per top-level claim, in payload order, with its name in data-claim', async () => {
    await renderTable({ iss: 'https://op.example', sub: 'u1', aud: ['a', 'b'], 'https://example.com/roles': ['admin'], tier: 'gold' });
    expect(screen.getAllByTestId('claim-row').map((element) => element.dataset.claim)).toEqual([
      'iss',
      'sub',
      'aud',
      'https://example.com/roles',
      'tier',
    ]);
    expect(row('iss')).toHaveTextContent('Issuer');
    expect(row('aud')).toHaveTextContent('["a","b"]');
    expect(row('https://example.com/roles')).toHaveTextContent('Namespaced claim');
    expect(row('tier')).toHaveTextContent('Private claim');
  });

  it('explains a claim in a popover that a click pins open, with its source, and Escape closes', async () => {
    await renderTable({ exp: NOW + 60 });
    const button = within(row('exp')).getByRole('button', { name: 'About exp' });
    const body = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(body).not.toBeVisible();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(body).toBeVisible();
    expect(body).toHaveTextContent(/must no longer be accepted/);
    expect(within(body as HTMLElement).getByRole('link', { name: 'RFC 7519 §4.1.4' })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4',
    );
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the popover on mouse hover and on keyboard focus, not on a touch', async () => {
    await renderTable({ nbf: NOW });
    const button = within(row('nbf')).getByRole('button', { name: 'About nbf' });
    const wrapper = button.parentElement as HTMLElement;
    fireEvent.pointerEnter(wrapper, { pointerType: 'touch' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.pointerEnter(wrapper, { pointerType: 'mouse' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.pointerLeave(wrapper, { pointerType: 'mouse' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    act(() => button.focus());
    expect(button).toHaveAttribute('aria-expanded', 'true');
    act(() => button.blur());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // A tap is a click: it toggles, and a tap elsewhere closes.
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.pointerDown(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows time claims as a date, a relative time and a ticking countdown', async () => {
    await renderTable({ iat: NOW - 3 * 86_400, exp: NOW + 252 });
    expect(row('iat')).toHaveTextContent('Dec 29, 2025, 12:00:00 PM UTC');
    expect(row('iat')).toHaveTextContent('3 days ago');
    expect(row('exp')).toHaveTextContent('in 4 min 12 sec');
    const countdown = within(row('exp')).getByTestId('claim-countdown');
    expect(countdown).toHaveTextContent('4:12');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(countdown).toHaveTextContent('4:11');
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(countdown).toHaveTextContent('4:01');
    expect(row('exp')).toHaveTextContent('in 4 min 1 sec');
    act(() => {
      vi.advanceTimersByTime(241_000);
    });
    expect(within(row('exp')).queryByTestId('claim-countdown')).toBeNull();
    expect(row('exp')).toHaveTextContent('now');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(row('exp')).toHaveTextContent('5 sec ago');
  });

  it('draws the lifetime from iat to exp', async () => {
    await renderTable({ iat: NOW - 750, exp: NOW + 250 });
    const meter = within(row('exp')).getByRole('meter', { name: 'Lifetime used' });
    expect(meter).toHaveAttribute('aria-valuenow', '75');
    expect(row('exp')).toHaveTextContent('75% of its lifetime (16 min 40 sec) has passed');
    act(() => {
      vi.advanceTimersByTime(100_000);
    });
    expect(meter).toHaveAttribute('aria-valuenow', '85');
  });

  it('switches every date between UTC and local time and remembers the choice', async () => {
    await renderTable({ iat: NOW });
    expect(row('iat')).toHaveTextContent('UTC');
    fireEvent.click(screen.getByRole('button', { name: 'Local time' }));
    expect(screen.getByRole('button', { name: 'Local time' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem('jwt-inspector.timeZone')).toBe('local');
    fireEvent.click(screen.getByRole('button', { name: 'UTC' }));
    expect(window.localStorage.getItem('jwt-inspector.timeZone')).toBe('utc');
  });

  it.each<[string, JsonObject, RegExp]>([
    ['milliseconds', { exp: NOW_MS }, /probably written in milliseconds\. As milliseconds it would be Jan 1, 2026, 12:00:00 PM UTC/],
    ['a quoted number', { exp: String(NOW) }, /A number in quotes.*Unquoted it would mean Jan 1, 2026, 12:00:00 PM UTC/],
    ['a date string', { nbf: '2026-01-01' }, /A string, not a number/],
    ['a fraction', { iat: NOW + 0.25 }, /fraction of a second/],
    ['a negative time', { iat: -1 }, /Before 1970/],
    ['beyond the Date range', { exp: 1e16 }, /Too far from 1970 to show as a date/],
    ['an array', { exp: [NOW] }, /A list of 1 value, not a single time/],
    ['null', { auth_time: null }, /null, not a time/],
    ['true', { updated_at: true }, /true or false, not a time/],
  ])('names an odd time value (%s) and never shows "Invalid Date"', async (_label, payload, note) => {
    await renderTable(payload);
    const [name = ''] = Object.keys(payload);
    expect(row(name)).toHaveTextContent(note);
    expect(document.body).not.toHaveTextContent(/Invalid Date|NaN/);
  });

  it('flags a value of the wrong type for its claim', async () => {
    await renderTable({ email_verified: 'true', aud: 5, scope: ['a', 'b'] });
    expect(row('email_verified')).toHaveTextContent('Expected true or false, but this is a string.');
    expect(row('aud')).toHaveTextContent('Expected a string or a list of strings, but this is a number.');
    expect(row('scope')).toHaveTextContent('Expected a string, but this is a list.');
  });

  it('shows markup in a claim as text', async () => {
    await renderTable({ name: '<img src=x onerror=alert(1)>' });
    expect(row('name')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('lays out the first hundred rows of a huge payload and the rest a hundred at a time, on request', async () => {
    const payload = Object.fromEntries(Array.from({ length: 2 * ROWS_STEP + 20 }, (_, index) => [`c${index}`, index]));
    await renderTable(payload);
    expect(screen.getAllByTestId('claim-row')).toHaveLength(ROWS_STEP);
    fireEvent.click(screen.getByRole('button', { name: `Show ${ROWS_STEP} more (${ROWS_STEP + 20} not shown)` }));
    expect(screen.getAllByTestId('claim-row')).toHaveLength(2 * ROWS_STEP);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (20 not shown)' }));
    expect(screen.getAllByTestId('claim-row')).toHaveLength(2 * ROWS_STEP + 20);
    expect(screen.getAllByTestId('claim-row').at(-1)).toHaveAttribute('data-claim', `c${2 * ROWS_STEP + 19}`);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });
});
