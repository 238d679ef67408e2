import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { afterPaint, renderRoute } from '../../../testing/render-app';
import { settledPanesCode } from '../page/DecodedPanes';
import { useDecoderStore } from '../page/decoder-store';
import { EXAMPLE_TOKEN } from '../page/example-token';

// The claims view inside the decoder route: what a person sees after pasting a token.

const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
const token = (header: unknown, payload: unknown) => `${b64(header)}.${b64(payload)}.c2ln`;

const NOW_MS = Date.UTC(2026, 0, 1, 12, 0, 0);
const NOW = NOW_MS / 1000;

/** Renders the decoder with `text` pasted, and lets the panes after the payload and the lazily loaded claims table and header parameters arrive. */
async function showToken(text: string) {
  useDecoderStore.getState().setTokenText(text);
  await settledPanesCode.load();
  const rendered = await renderRoute('/');
  await afterPaint();
  await act(async () => {
    await Promise.all([import('./ClaimsTable'), import('./HeaderParameters')]);
  });
  return rendered;
}

const claimNames = () => screen.getAllByTestId('claim-row').map((row) => row.dataset.claim);

describe('claims in the decoder view', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('explains the example token: summary, header parameters, one row per claim, validity', async () => {
    await showToken(EXAMPLE_TOKEN);
    expect(claimNames()).toEqual(['sub', 'name', 'admin', 'iat', 'exp']);
    expect(screen.getAllByTestId('header-param').map((row) => row.dataset.param)).toEqual(['alg', 'typ']);
    expect(within(screen.getAllByTestId('header-param')[0] as HTMLElement).getByText('Algorithm')).toBeInTheDocument();
    expect(screen.getByTestId('token-summary')).toHaveTextContent(/A JWT of no recognisable kind · about 1234567890 · expires in \d+ yrs/);
    expect(screen.getByTestId('time-status')).toHaveAttribute('data-status', 'active');
  });

  it('watches an access token expire on screen', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW_MS);
    await showToken(
      token({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' }, { iss: 'https://as.example', aud: 'https://api.example', sub: 'u1', client_id: 'app', iat: NOW - 60, exp: NOW + 5, scope: 'read' }),
    );
    expect(screen.getByTestId('token-summary')).toHaveTextContent(
      'An access token · issued by https://as.example · for https://api.example · about u1 · expires in 5 sec',
    );
    expect(screen.getByTestId('token-summary')).toHaveTextContent('Why: the header’s typ is “at+jwt”.');
    const status = screen.getByTestId('time-status');
    const countdown = within(screen.getAllByTestId('claim-row').find((row) => row.dataset.claim === 'exp') as HTMLElement).getByTestId('claim-countdown');
    expect(countdown).toHaveTextContent('0:05');
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(countdown).toHaveTextContent('0:01');
    expect(status).toHaveAttribute('data-status', 'active');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(status).toHaveAttribute('data-status', 'expired');
    expect(screen.queryByTestId('claim-countdown')).toBeNull();
    expect(screen.getByTestId('token-summary')).toHaveTextContent('expired now');
    act(() => {
      vi.advanceTimersByTime(3_000);
    });
    expect(screen.getByTestId('token-summary')).toHaveTextContent('expired 3 sec ago');
  });

  it('has no claims table, summary or time status when the payload is not a JSON object', async () => {
    await showToken(token({ alg: 'HS256' }, 'plain words'));
    expect(screen.queryByTestId('claim-row')).toBeNull();
    expect(screen.queryByTestId('time-status')).toBeNull();
    expect(screen.queryByTestId('token-summary')).toBeNull();
    expect(screen.getAllByTestId('header-param')).toHaveLength(1);
  });

  it('explains a JWE header without a payload', async () => {
    await showToken(`${b64({ alg: 'ECDH-ES', enc: 'A256GCM', epk: { kty: 'EC' }, zip: 'DEF' })}.${b64('k')}.${b64('iv')}.${b64('c')}.${b64('t')}`);
    expect(screen.getAllByTestId('header-param').map((row) => row.dataset.param)).toEqual(['alg', 'enc', 'epk', 'zip']);
    expect(screen.getByText('Ephemeral public key')).toBeInTheDocument();
    expect(screen.queryByTestId('claim-row')).toBeNull();
  });

  it('speaks Korean after switching language', async () => {
    const { user } = await showToken(EXAMPLE_TOKEN);
    await user.selectOptions(screen.getByTestId('language-select'), 'ko');
    await waitFor(() => expect(document.documentElement.lang).toBe('ko'));
    const exp = screen.getAllByTestId('claim-row').find((row) => row.dataset.claim === 'exp') as HTMLElement;
    expect(exp).toHaveTextContent('만료 시각');
    expect(exp).toHaveTextContent(/년 .*일 후|년 후/);
    expect(screen.getByTestId('time-status')).toHaveTextContent('유효');
    expect(screen.getByRole('heading', { name: '클레임' })).toBeInTheDocument();
  });
});
