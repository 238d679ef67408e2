import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { act, createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { LARGE_TEXT_CHARS } from '../../../ui/large-text';
import { useHandoffStore } from '../../../stores/handoff-store';
import { useDecoderStore } from '../page/decoder-store';
import { highlightMember, releaseHighlight } from '../page/highlight-store';
import { NestedToken } from './NestedToken';

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);
const SECRET = 'inner-token-secret-of-thirty-two-bytes!';

function signingInput(alg: string, payload: object): string {
  return `${b64(JSON.stringify({ alg, typ: 'JWT' }))}.${b64(JSON.stringify(payload))}`;
}

function hs256(payload: object, secret = SECRET): string {
  const input = signingInput('HS256', payload);
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

function rs256(payload: object) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const input = signingInput('RS256', payload);
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { token: `${input}.${b64(sign('sha256', Buffer.from(input), privateKey))}`, publicKeyPem: pem };
}

const nested = () => screen.getByTestId('nested-token');
const status = () => within(nested()).getByTestId('nested-verify-status');
const keyBox = () => within(nested()).getByTestId('nested-key-input');

async function renderNested(token: string) {
  const view = render(
    <MemoryRouter>
      <NestedToken token={token} />
    </MemoryRouter>,
  );
  await screen.findByTestId('nested-explanation');
  return view;
}

describe('NestedToken', () => {
  beforeEach(async () => {
    await activateLocale('en');
  });

  it('shows the inner header and payload under their own hooks, never the outer ones', async () => {
    await renderNested(hs256({ sub: 'inner-user', iss: 'https://issuer.example' }));
    expect(JSON.parse(within(nested()).getByTestId('nested-header-json').textContent ?? '')).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(within(nested()).getByTestId('nested-payload-json').textContent ?? '')).toEqual({ sub: 'inner-user', iss: 'https://issuer.example' });
    expect(screen.queryAllByTestId('header-json')).toHaveLength(0);
    expect(screen.queryAllByTestId('payload-json')).toHaveLength(0);
    expect(screen.getAllByTestId('nested-header-json')).toHaveLength(1);
    expect(within(nested()).getAllByTestId('token-part').map((part) => part.dataset.part)).toEqual(['header', 'payload', 'signature']);
  });

  it('says in one line that decrypting proved confidentiality and the inner signature proves the sender', async () => {
    await renderNested(hs256({ sub: 'x' }));
    const line = screen.getByTestId('nested-explanation');
    expect(line.tagName).toBe('P');
    expect(line).toHaveTextContent(/confidentiality/);
    expect(line).toHaveTextContent(/not who sent it/);
    expect(line).toHaveTextContent(/signature is what proves the sender/);
    expect(nested()).toHaveAccessibleName('Inner token');
  });

  it('says it in Korean too', async () => {
    await activateLocale('ko');
    await renderNested(hs256({ sub: 'x' }));
    expect(screen.getByTestId('nested-explanation')).toHaveTextContent(/기밀성/);
    expect(screen.getByTestId('nested-explanation')).toHaveTextContent(/서명/);
  });

  it.each([
    ['HS256', () => ({ token: hs256({ sub: 'x', exp: NOW + 3600 }), right: SECRET, wrong: 'another-secret-of-thirty-two-bytes!!' })],
    [
      'RS256',
      () => {
        const signed = rs256({ sub: 'x', exp: NOW + 3600 });
        return { token: signed.token, right: signed.publicKeyPem, wrong: rs256({ sub: 'y' }).publicKeyPem };
      },
    ],
  ])('verifies an inner %s token with its own key: no key, then valid, then invalid with another', async (_alg, make) => {
    const { token, right, wrong } = make();
    await renderNested(token);
    expect(status()).toHaveAttribute('data-status', 'no-key');
    fireEvent.change(keyBox(), { target: { value: right } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    fireEvent.change(keyBox(), { target: { value: wrong } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    expect(screen.queryAllByTestId('nested-verify-reason').map((reason) => reason.dataset.reason)).toEqual(['signature-mismatch']);
  });

  it('offers the secret encoding for a secret and not for a PEM', async () => {
    const signed = rs256({ sub: 'x' });
    await renderNested(signed.token);
    fireEvent.change(keyBox(), { target: { value: 'a-secret' } });
    await waitFor(() => expect(within(nested()).getByTestId('nested-key-format')).toHaveAttribute('data-format', 'secret'));
    expect(within(nested()).getByTestId('nested-secret-encoding')).toBeInTheDocument();
    fireEvent.change(keyBox(), { target: { value: signed.publicKeyPem } });
    await waitFor(() => expect(within(nested()).queryByTestId('nested-secret-encoding')).toBeNull());
  });

  it('takes a pasted key of megabytes without putting it in the box, and judges the whole key', async () => {
    await renderNested(hs256({ sub: 'x' }));
    const huge = 'k'.repeat(2 * 1024 * 1024);
    const box = keyBox() as HTMLTextAreaElement;
    const paste = createEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? huge : '') } });
    fireEvent(box, paste);
    expect(paste.defaultPrevented).toBe(true);
    expect(await within(nested()).findByTestId('nested-key-input-large')).toBeInTheDocument();
    expect(box.value.length).toBeLessThan(LARGE_TEXT_CHARS);
    await waitFor(() => expect(status()).not.toHaveAttribute('data-status', 'no-key'));
  });

  it('reads a secret in the chosen encoding', async () => {
    const secret = Buffer.from('bytes that are not text \u00ff\u00fe', 'latin1');
    const input = signingInput('HS256', { sub: 'x' });
    const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    await renderNested(token);
    fireEvent.change(keyBox(), { target: { value: secret.toString('hex') } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    fireEvent.change(within(nested()).getByTestId('nested-secret-encoding'), { target: { value: 'hex' } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
  });

  it('stays out of the page-wide hover highlight, so hovering either token never lights up the other', async () => {
    await renderNested(hs256({ sub: 'x' }));
    // No member elements: hovering the inner panes asks the highlight store for nothing.
    expect(within(nested()).queryAllByTestId('json-member')).toHaveLength(0);
    // A member hovered in the outer token (same part, index and pointer) lights nothing up here.
    act(() => highlightMember({ part: 'header', index: 0, pointer: '/alg', via: 'json' }));
    expect(within(nested()).queryByTestId('token-highlight')).toBeNull();
    act(() => releaseHighlight('json'));
  });

  it('marks invisible and direction-changing characters in the inner panes', async () => {
    await renderNested(hs256({ sub: 'adm\u200Bin', note: 'left\u202Eright' }));
    const marks = within(screen.getByTestId('nested-payload-json'))
      .getAllByTestId('hidden-char')
      .map((mark) => mark.dataset.codepoint);
    expect(marks).toEqual(['200b', '202e']);
  });

  it('shows the inner time claims as dates with their status, and its findings', async () => {
    await renderNested(hs256({ sub: 'x', iat: NOW - 7200, exp: NOW - 3600 }));
    expect(await within(nested()).findByTestId('time-status')).toHaveAttribute('data-status', 'expired');
    const rows = await within(nested()).findByRole('table');
    expect(rows).toHaveTextContent(/exp/);
    expect(rows).toHaveTextContent(String(new Date((NOW - 3600) * 1000).getUTCFullYear()));
    await waitFor(() => expect(within(nested()).getAllByTestId('finding').map((finding) => finding.dataset.rule)).toContain('expired'));
  });

  it('inspects a large inner token off the main thread, saying so meanwhile', async () => {
    await loadArea('jwe');
    render(
      <MemoryRouter>
        <NestedToken token={hs256({ sub: 'large', filler: 'x'.repeat(300 * 1024) })} />
      </MemoryRouter>,
    );
    // The first frame has no report yet: the inspection's result comes in a later task.
    expect(screen.getByTestId('nested-decoding-notice')).toBeInTheDocument();
    expect(await within(nested()).findByTestId('nested-payload-json')).toHaveTextContent('"sub": "large"');
    expect(screen.queryByTestId('nested-decoding-notice')).toBeNull();
  });

  it('empties the key box when the inner token or the outer token changes, and keeps the key in no store', async () => {
    const first = hs256({ sub: 'first' });
    const view = await renderNested(first);
    fireEvent.change(keyBox(), { target: { value: SECRET } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    expect(useDecoderStore.getState().keyText).toBe('');
    view.rerender(
      <MemoryRouter>
        <NestedToken token={hs256({ sub: 'second' })} />
      </MemoryRouter>,
    );
    expect(keyBox()).toHaveValue('');
    expect(status()).toHaveAttribute('data-status', 'no-key');
    fireEvent.change(keyBox(), { target: { value: SECRET } });
    act(() => useDecoderStore.getState().setTokenText('another.outer.token.text.here'));
    expect(keyBox()).toHaveValue('');
    expect(status()).toHaveAttribute('data-status', 'no-key');
  });

  it('"Edit in encoder" of the inner token carries its header, payload and its own secret, not the outer key box', async () => {
    act(() => useDecoderStore.getState().setKeyText('the-outer-key-box'));
    await renderNested(hs256({ sub: 'inner-user' }));
    fireEvent.change(keyBox(), { target: { value: SECRET } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    fireEvent.click(within(nested()).getByTestId('nested-edit-in-encoder'));
    const sent = useHandoffStore.getState().take('encoder');
    expect(sent && JSON.parse(sent.headerJson)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(sent && JSON.parse(sent.payloadJson)).toEqual({ sub: 'inner-user' });
    expect(sent?.keyText).toBe(SECRET);
    expect(screen.queryByTestId('edit-in-encoder')).toBeNull();
  });

  it('leaves a public key behind, as the decoder\'s own button does', async () => {
    const signed = rs256({ sub: 'x' });
    await renderNested(signed.token);
    fireEvent.change(keyBox(), { target: { value: signed.publicKeyPem } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    fireEvent.click(within(nested()).getByTestId('nested-edit-in-encoder'));
    expect(useHandoffStore.getState().take('encoder')?.keyText).toBe('');
  });
});
