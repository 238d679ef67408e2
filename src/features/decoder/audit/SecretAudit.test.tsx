import { createHmac, randomBytes } from 'node:crypto';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../core/inspect-token';
import { decodeToken } from '../../../core/token/decode-token';
import { activateLocale } from '../../../i18n/i18n';
import { renderRoute } from '../../../testing/render-app';
import { useAuditResultStore } from './audit-result-store';
import { LazySecretAudit } from './LazySecretAudit';
import { SecretAudit } from './SecretAudit';

// happy-dom has no Worker, so these run the audit's page fallback (the JS loop in short slices
// between timeouts). The worker path itself is covered by e2e/audit.spec.ts in Chromium.

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function token(alg: string, secret: string | Buffer, payload: unknown = { sub: 'audit-test' }): string {
  const input = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256';
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

async function paste(text: string) {
  fireEvent.change(screen.getByTestId('token-input'), { target: { value: text } });
  return screen.findByTestId('secret-audit');
}

const panel = () => screen.getByTestId('secret-audit');

describe('SecretAudit', () => {
  it('names a famous secret, its source and encoding', async () => {
    await renderRoute('/');
    expect(typeof Worker).toBe('undefined');
    await paste(token('HS256', 'secret'));
    const hit = await screen.findByTestId('secret-audit-hit');
    expect(panel()).toHaveAttribute('data-status', 'done');
    expect(hit).toHaveAttribute('data-source', 'famous-defaults');
    expect(hit).toHaveAttribute('data-encoding', 'utf8');
    expect(hit).toHaveAttribute('data-alg', 'HS256');
    expect(screen.getByTestId('secret-audit-secret')).toHaveTextContent(/^secret$/);
    expect(hit).toHaveTextContent(/famous default secrets/);
    expect(hit).toHaveTextContent(/jwt\.io/);
  });

  it('finds a base64-configured secret of HS512 and says how it was read', async () => {
    await renderRoute('/');
    await paste(token('HS512', Buffer.from('shhhhh', 'base64')));
    const hit = await screen.findByTestId('secret-audit-hit');
    expect(hit).toHaveAttribute('data-encoding', 'base64');
    expect(hit).toHaveTextContent(/Used ass*base64, decoded to bytes/);
    expect(hit).toHaveTextContent(Buffer.from('shhhhh', 'base64').toString('hex'));
  });

  it('is not shown for tokens that are not HMAC-signed', async () => {
    await activateLocale('en');
    const show = (text: string) => {
      const { decoded, header } = inspectToken(text);
      return <LazySecretAudit decoded={decoded} header={header} />;
    };
    const { rerender } = render(show(token('HS256', 'secret')));
    // Once the panel's code is loaded, any token it would be shown for renders it at once.
    await screen.findByTestId('secret-audit');
    for (const alg of ['RS256', 'ES256', 'PS256', 'EdDSA', 'none', 'hs256']) {
      rerender(show(`${b64({ alg })}.${b64({ sub: 'x' })}.c2ln`));
      expect(screen.queryByTestId('secret-audit'), alg).toBeNull();
    }
    rerender(show(token('HS512', 'secret')));
    expect(screen.getByTestId('secret-audit')).toBeInTheDocument();
  });

  it('says when the signature cannot be audited', async () => {
    await renderRoute('/');
    await paste(`${b64({ alg: 'HS256' })}.${b64({ sub: 'x' })}.AAAA`);
    await waitFor(() => expect(panel()).toHaveAttribute('data-status', 'unavailable'));
    await waitFor(() => expect(panel()).toHaveTextContent(/not a complete HS256 MAC/));
  });

  it('declines a token too large to audit, saying why, instead of hashing it for minutes', async () => {
    await renderRoute('/');
    const input = `${b64({ alg: 'HS256' })}.${b64({ sub: 'x', pad: 'x'.repeat(1_100_000) })}`;
    await paste(`${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`);
    await waitFor(() => expect(panel()).toHaveAttribute('data-status', 'unavailable'));
    expect(panel()).toHaveTextContent(/too large to audit here.*up to 1 MB/);
  });

  it('shows progress, can be cancelled and run again, and restarts when the token changes', async () => {
    const { user } = await renderRoute('/');
    await paste(token('HS384', randomBytes(48)));
    expect(panel()).toHaveAttribute('data-status', 'running');
    await user.click(await screen.findByTestId('secret-audit-cancel'));
    await waitFor(() => expect(panel()).toHaveAttribute('data-status', 'cancelled'));
    expect(panel()).toHaveTextContent(/Stopped after/);

    await user.click(screen.getByTestId('secret-audit-restart'));
    await waitFor(() => expect(panel()).toHaveAttribute('data-status', 'running'));

    await paste(token('HS384', 'your-384-bit-secret'));
    const hit = await screen.findByTestId('secret-audit-hit');
    expect(hit).toHaveAttribute('data-alg', 'HS384');
    expect(screen.getByTestId('secret-audit-secret')).toHaveTextContent('your-384-bit-secret');
  });

  it('checks the whole built-in dictionary and says it proves no strength', async () => {
    await renderRoute('/');
    await paste(token('HS256', randomBytes(32)));
    await waitFor(() => expect(panel()).toHaveAttribute('data-status', 'done'), { timeout: 30_000 });
    expect(screen.queryByTestId('secret-audit-hit')).toBeNull();
    expect(panel()).toHaveTextContent(/None of the [\d,]+ candidates/);
    expect(panel()).toHaveTextContent(/cannot show that it is strong/);
  }, 40_000);

  it("checks the user's own wordlist, read from the file", async () => {
    const { user } = await renderRoute('/');
    const secret = `team-secret-${randomBytes(4).toString('hex')}`;
    await paste(token('HS256', secret));
    const file = new File([`one\ntwo\n${secret}\nthree\n`], 'team-words.txt', { type: 'text/plain' });
    await user.upload(await screen.findByTestId('secret-audit-wordlist'), file);
    const hit = await screen.findByTestId('secret-audit-hit', {}, { timeout: 30_000 });
    expect(hit).toHaveAttribute('data-source', 'user-wordlist');
    expect(hit).toHaveTextContent('team-words.txt');
    expect(screen.getByTestId('secret-audit-secret')).toHaveTextContent(secret);
  }, 40_000);

  it('speaks Korean too', async () => {
    await renderRoute('/', { locale: 'ko' });
    await paste(token('HS256', 'secret'));
    await screen.findByTestId('secret-audit-hit');
    await waitFor(() => expect(panel()).toHaveTextContent(/알려진 비밀값입니다/));
    expect(screen.getByTestId('audit-use-secret')).toHaveTextContent('이 비밀값 사용');
  });

  it('"Use this secret" puts the found secret into the key box, and the verdict reads valid', async () => {
    const { user } = await renderRoute('/');
    await paste(token('HS256', 'secret'));
    await screen.findByTestId('secret-audit-hit');
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'no-key');
    await user.click(screen.getByRole('button', { name: 'Use this secret' }));
    expect(screen.getByTestId('key-input')).toHaveValue('secret');
    expect(screen.getByTestId('secret-encoding')).toHaveValue('utf8');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
  });

  it('a secret found in another encoding goes in as its text, with that encoding chosen', async () => {
    const { user } = await renderRoute('/');
    await paste(token('HS512', Buffer.from('shhhhh', 'base64')));
    const hit = await screen.findByTestId('secret-audit-hit');
    expect(hit).toHaveAttribute('data-encoding', 'base64');
    await user.click(screen.getByTestId('audit-use-secret'));
    expect(screen.getByTestId('key-input')).toHaveValue('shhhhh');
    expect(screen.getByTestId('secret-encoding')).toHaveValue('base64');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
  });
});

describe('SecretAudit results for the findings', () => {
  it('leaves its status and hit, for the token it audited, in the audit result store', async () => {
    await activateLocale('en');
    const statuses: string[] = [];
    const unsubscribe = useAuditResultStore.subscribe((state) => statuses.push(state.result?.status ?? 'none'));
    const decoded = decodeToken(token('HS256', 'shhhhh'));
    render(<SecretAudit decoded={decoded} onUseSecret={() => {}} />);
    await waitFor(() => expect(useAuditResultStore.getState().result?.status).toBe('done'));
    unsubscribe();
    expect(statuses[0]).toBe('running');
    expect(useAuditResultStore.getState().token).toBe(decoded.kind === 'jws' ? decoded.normalisation.text : null);
    expect(useAuditResultStore.getState().result?.hit?.secretText).toBe('shhhhh');
  });
});
