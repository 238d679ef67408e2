import { afterEach, describe, expect, it } from 'vitest';
import { useHandoffStore } from '../stores/handoff-store';
import { readIncomingLink } from './incoming-link';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
const OTHER = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIyIn0.c2ln';

afterEach(() => {
  useHandoffStore.setState({ pending: null });
  window.history.replaceState(null, '', '/');
});

describe('readIncomingLink', () => {
  it.each([
    ['an unsigned share link', `/#share=1&m=unsigned&t=${JWT.slice(0, JWT.lastIndexOf('.') + 1)}`, JWT.slice(0, JWT.lastIndexOf('.') + 1), '/#/', false],
    ['an exact share link', `/#share=1&m=exact&t=${JWT}`, JWT, '/#/', false],
    ['an OAuth redirect fragment', `/#id_token=${JWT}&access_token=${OTHER}&token_type=Bearer&state=s`, `id_token=${JWT}&access_token=${OTHER}`, '/#/', true],
    ['a query token, keeping the route', `/?token=${JWT}#/encode`, `token=${JWT}`, '/#/encode', true],
  ])('hands %s to the decoder and strips the address', async (_name, address, handed, left, notice) => {
    window.history.replaceState(null, '', address);
    const shown = await readIncomingLink();
    expect(useHandoffStore.getState().pending).toEqual({ target: 'decoder', token: handed, keyText: '', secretEncoding: 'utf8' });
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(left);
    expect(shown !== null).toBe(notice);
  });

  it.each([
    ['a route', '/#/encode'],
    ['a query without a token', '/?q=1#/rules'],
  ])('leaves %s alone', async (_name, address) => {
    window.history.replaceState(null, '', address);
    expect(await readIncomingLink()).toBeNull();
    expect(useHandoffStore.getState().pending).toBeNull();
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(address);
  });

  it('hands the fragment\'s token, not the query\'s, when both hold one, and still warns', async () => {
    window.history.replaceState(null, '', `/?token=${OTHER}#share=1&m=exact&t=${JWT}`);
    expect(await readIncomingLink()).not.toBeNull();
    expect(useHandoffStore.getState().pending).toMatchObject({ token: JWT });
    expect(`${window.location.search}${window.location.hash}`).toBe('#/');
  });

  it('keeps an encrypted link out of the decoder until it is unlocked, and out of the address bar at once', async () => {
    window.history.replaceState(null, '', '/#share=1&m=encrypted&i=600000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD');
    expect(await readIncomingLink()).not.toBeNull();
    expect(useHandoffStore.getState().pending).toBeNull();
    expect(window.location.hash).toBe('#/');
  });
});
