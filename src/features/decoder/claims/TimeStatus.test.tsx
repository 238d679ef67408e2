import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../../core/json/json-value';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { useTimeStore } from '../page/time-store';
import { TimeStatus } from './TimeStatus';

const NOW_MS = Date.UTC(2026, 0, 1, 12, 0, 0);
const NOW = NOW_MS / 1000;

async function renderStatus(payload: JsonObject) {
  await activateLocale('en');
  await loadArea('claims');
  return render(<TimeStatus payload={payload} />);
}

const status = () => screen.getByTestId('time-status');

describe('TimeStatus', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW_MS);
    useTimeStore.getState().chooseTimeZone('utc');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each<[JsonObject, string]>([
    [{ exp: NOW + 60 }, 'active'],
    [{ exp: NOW - 60 }, 'expired'],
    [{ nbf: NOW + 60, exp: NOW + 120 }, 'not-yet-valid'],
    [{ iat: NOW }, 'no-expiry'],
    [{ exp: 'tomorrow' }, 'no-expiry'],
  ])('%j is %s', async (payload, expected) => {
    await renderStatus(payload);
    expect(status()).toHaveAttribute('data-status', expected);
  });

  it('flips to expired by itself when the token expires on screen', async () => {
    await renderStatus({ iat: NOW - 60, exp: NOW + 3 });
    expect(status()).toHaveAttribute('data-status', 'active');
    expect(screen.getByRole('status')).toHaveTextContent('Active');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(status()).toHaveAttribute('data-status', 'active');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(status()).toHaveAttribute('data-status', 'expired');
    expect(screen.getByRole('status')).toHaveTextContent('Expired: Its exp has passed');
  });

  it('becomes valid by itself when nbf comes', async () => {
    await renderStatus({ nbf: NOW + 2, exp: NOW + 60 });
    expect(status()).toHaveAttribute('data-status', 'not-yet-valid');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(status()).toHaveAttribute('data-status', 'active');
  });

  it('keeps a just-expired token active within the leeway the user sets', async () => {
    await renderStatus({ exp: NOW - 30 });
    expect(status()).toHaveAttribute('data-status', 'expired');
    fireEvent.change(screen.getByTestId('leeway-input'), { target: { value: '60' } });
    expect(status()).toHaveAttribute('data-status', 'active');
    expect(screen.getByRole('status')).toHaveTextContent('Only the leeway keeps it valid.');
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(status()).toHaveAttribute('data-status', 'expired');
    fireEvent.change(screen.getByTestId('leeway-input'), { target: { value: '' } });
    expect(useTimeStore.getState().leewaySeconds).toBe(0);
  });

  it('judges the token at a chosen moment, frozen, until "Now"', async () => {
    await renderStatus({ nbf: NOW, exp: NOW + 3_600 });
    const evaluateAt = screen.getByTestId('evaluate-at-input');
    fireEvent.change(evaluateAt, { target: { value: '2026-01-01T13:00:00' } });
    expect(status()).toHaveAttribute('data-status', 'expired');
    fireEvent.change(evaluateAt, { target: { value: '2026-01-01T11:59:59' } });
    expect(status()).toHaveAttribute('data-status', 'not-yet-valid');
    expect(screen.getByRole('status')).toHaveTextContent('Not yet valid');
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(status()).toHaveAttribute('data-status', 'not-yet-valid');
    fireEvent.change(evaluateAt, { target: { value: '2026-01-01T12:30:00' } });
    expect(screen.getByRole('status')).toHaveTextContent('at the chosen time');
    fireEvent.click(screen.getByRole('button', { name: 'Now: judge at the current time again' }));
    expect(evaluateAt).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('allow it now');
  });

  // WCAG 2.5.3: a speech user says what they see ("click Now"), so the name starts with the visible text.
  it.each(['en', 'ko'] as const)('the "Now" button\'s accessible name starts with its visible text (%s)', async (locale) => {
    await activateLocale(locale);
    render(<TimeStatus payload={{ exp: NOW + 60 }} />);
    const now = screen.getByTestId('evaluate-now-button');
    const visible = now.textContent ?? '';
    expect(visible).not.toBe('');
    expect(now.getAttribute('aria-label')?.startsWith(visible)).toBe(true);
    await activateLocale('en');
  });

  it('reads the chosen moment in the zone the dates are shown in', async () => {
    await renderStatus({ exp: NOW + 60 });
    fireEvent.change(screen.getByTestId('evaluate-at-input'), { target: { value: '2026-01-01T12:00:30' } });
    expect(useTimeStore.getState().pinnedSeconds).toBe(NOW + 30);
  });

  it('points out an iat in the future, an empty window and an unreadable claim', async () => {
    await renderStatus({ iat: NOW + 600, exp: NOW + 300, nbf: 'later' });
    expect(status()).toHaveTextContent('Its iat is in the future');
    expect(status()).toHaveTextContent('there is no moment when it is valid');
    expect(status()).toHaveTextContent('nbf is present but is not a number');
  });
});
