import { createHmac } from 'node:crypto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isOutsideLiveRegions, LIVE_REGION as LIVE, readAnnouncements, recordAnnouncements, stopAnnouncements } from '../../../testing/announcements';
import { renderRoute } from '../../../testing/render-app';
import { EXAMPLE_SECRET, EXAMPLE_TOKEN } from './example-token';

// What a screen reader hears: the verdict, a decode error and the audit's outcome each come from
// one polite live region, once they have settled, and the visible panels are not live themselves
// (which would read everything twice).

/** The live regions whose text matches. */
const regionsSaying = (text: RegExp) => [...document.querySelectorAll<HTMLElement>(LIVE)].filter((region) => text.test(region.textContent ?? ''));

/** The visible panel is no live region and holds none: the announcement beside it is the only one. */
const expectNotLive = (panel: HTMLElement) => expect(isOutsideLiveRegions(panel, LIVE)).toBe(true);

function hs256(secret: string, payload: unknown): string {
  const input = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('DecoderPage announcements', () => {
  afterEach(() => {
    stopAnnouncements();
  });

  it('says the verdict once, when the key typed a keystroke at a time has settled', async () => {
    const { user } = await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: EXAMPLE_TOKEN } });
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'no-key'));
    recordAnnouncements(LIVE);
    await user.type(screen.getByTestId('key-input'), EXAMPLE_SECRET);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
    await waitFor(() => expect(regionsSaying(/Signature verified/)).toHaveLength(1));

    const [region] = regionsSaying(/Signature verified/);
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/^Signature verified: .*\(HS256\)\.$/);
    expectNotLive(screen.getByTestId('verify-status'));
    const verdicts = readAnnouncements().filter((text) => /Signature|Checking the signature/.test(text));
    expect(verdicts).toEqual([region?.textContent]);
  });

  it('says why a signature is not verified, with the reason shown', async () => {
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: EXAMPLE_TOKEN } });
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: 'not-the-secret' } });
    const reason = await screen.findByTestId('verify-reason');
    await waitFor(() => expect(regionsSaying(/Signature not verified/)).toHaveLength(1));
    expect(regionsSaying(/Signature not verified/)[0]?.textContent).toContain(reason.textContent);
  });

  it('says a decode error once the token stops changing, not at each keystroke', async () => {
    await renderRoute('/');
    const input = screen.getByTestId('token-input');
    const broken = 'eyJhbGciOiJIUzI1NiJ9.e!x.c2ln';
    // Once decoded first, so each keystroke below costs what it does for a user (no first loads).
    fireEvent.change(input, { target: { value: broken } });
    await waitFor(() => expect(regionsSaying(/could not be fully decoded/)).toHaveLength(1));
    fireEvent.change(input, { target: { value: '' } });
    await waitFor(() => expect(regionsSaying(/could not be fully decoded/)).toHaveLength(0));

    recordAnnouncements(LIVE);
    // One keystroke every 20 ms: each leaves another broken token.
    for (let end = 1; end <= broken.length; end += 1) {
      fireEvent.change(input, { target: { value: broken.slice(0, end) } });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const panel = screen.getByTestId('decode-error');
    await waitFor(() => expect(regionsSaying(/Payload: /)).toHaveLength(1));

    const [region] = regionsSaying(/could not be fully decoded/);
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/^The token could not be fully decoded\. Payload: /);
    expect(panel).toHaveTextContent(region?.textContent?.replace(/^.*Payload: /, '') ?? '');
    expectNotLive(panel);
    expect(readAnnouncements().filter((text) => /decoded|JWT has/.test(text))).toEqual([region?.textContent]);
  });

  it('says what the secret audit found, and not its progress', async () => {
    await renderRoute('/');
    recordAnnouncements(LIVE);
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: hs256('secret', { sub: 'announce' }) } });
    const hit = await screen.findByTestId('secret-audit-hit');
    await waitFor(() => expect(regionsSaying(/The secret is known/)).toHaveLength(1));

    const [region] = regionsSaying(/The secret is known/);
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/famous default secrets/);
    expectNotLive(hit);
    expect([...screen.getByTestId('secret-audit').querySelectorAll(LIVE)]).toEqual([region]);
    expect(readAnnouncements().filter((text) => /Checking…/.test(text))).toEqual([]);
  });
});
