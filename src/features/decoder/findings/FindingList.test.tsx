import { createHmac } from 'node:crypto';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import type { AuditResult } from '../../../core/findings/rule-context';
import { decodeToken } from '../../../core/token/decode-token';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { renderRoute } from '../../../testing/render-app';
import { asUnixSeconds } from '../../../core/claims/unix-seconds';
import { FindingList } from './FindingList';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const token = (header: unknown, payload: unknown, signature = 'c2ln') => `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.${signature}`;
const JWT_IO_OLD = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9.TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ';

async function pasteToken(text: string, locale: 'en' | 'ko' = 'en') {
  const rendered = await renderRoute('/', { locale });
  await rendered.user.click(screen.getByTestId('token-input'));
  await rendered.user.paste(text);
  return rendered;
}

function findingsOf(rule: string) {
  return screen.queryAllByTestId('finding').filter((element) => element.dataset.rule === rule);
}

describe('FindingList in the decoder', () => {
  it('shows a critical alg-none finding with evidence, texts and a link to its rule page', async () => {
    await pasteToken(token({ alg: 'none', typ: 'JWT' }, { sub: 'admin' }, ''));
    const [finding] = await screen.findAllByTestId('finding', {}, { timeout: 5000 }).then(() => findingsOf('alg-none'));
    expect(finding).toBeDefined();
    if (!finding) return;
    expect(finding).toHaveAttribute('data-severity', 'critical');
    expect(finding).toHaveTextContent(/not signed/);
    expect(finding).toHaveTextContent('Critical');
    expect(within(finding).getByText('/alg')).toBeInTheDocument();
    expect(within(finding).getByRole('link', { name: /alg-none/ })).toHaveAttribute('href', '#/rules/alg-none');
    expect(finding).toHaveTextContent(/Why it matters/);
    expect(finding).toHaveTextContent(/RFC 7518 §3\.6/);
  });

  it('counts findings per severity at the top and orders the groups worst first', async () => {
    await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''));
    await screen.findAllByTestId('finding', {}, { timeout: 5000 });
    const summary = screen.getByRole('list', { name: 'Findings by severity' });
    const counts = within(summary).getAllByRole('listitem').map((item) => item.dataset.severity);
    expect(counts[0]).toBe('critical');
    const severities = screen.getAllByTestId('finding').map((element) => element.dataset.severity);
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    expect([...severities].sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? ''))).toEqual(severities);
  });

  it('says the token was decoded, not verified, until a key is given', async () => {
    // A secret no audit list holds, so the short-secret finding is not superseded by the audit's hit.
    const secret = 'q7-unlisted-secret';
    const unsigned = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify({ sub: '1234567890' }))}`;
    const signed = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    const { user } = await pasteToken(signed);
    expect(await screen.findByTestId('findings-not-verified', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByTestId('key-input'));
    await user.paste(secret);
    expect(screen.queryByTestId('findings-not-verified')).toBeNull();
    // The pasted secret verifies the token and is too short for HS256.
    expect(await screen.findByText(/only 18 bytes/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(findingsOf('hmac-short-secret')[0]).toHaveAttribute('data-severity', 'high');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
  });

  it('reports a jku header without fetching it', async () => {
    await pasteToken(token({ alg: 'RS256', jku: 'http://169.254.169.254/keys' }, { sub: 'x' }));
    const [finding] = await screen.findAllByTestId('finding', {}, { timeout: 5000 }).then(() => findingsOf('jku-header'));
    expect(finding).toHaveAttribute('data-severity', 'high');
    expect(finding).toHaveTextContent(/link-local/);
  });

  it('speaks Korean', async () => {
    await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''), 'ko');
    await screen.findAllByTestId('finding', {}, { timeout: 5000 });
    expect(findingsOf('alg-none')[0]).toHaveTextContent('서명되지 않은 토큰');
    expect(findingsOf('alg-none')[0]).toHaveTextContent('치명적');
  });
});

describe('FindingList with the audit result', () => {
  it('turns an audit hit into a critical hmac-weak-secret finding naming the secret, list and encoding', async () => {
    await activateLocale('en');
    await loadArea('findings');
    const audit: AuditResult = { status: 'done', hit: { secretText: 'secret', secretHex: '736563726574', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256', origin: 'jwt.io' } };
    render(
      <MemoryRouter>
        <FindingList
          inputs={{ decoded: decodeToken(JWT_IO_OLD), key: undefined, verification: { status: 'no-key' }, keyGiven: false, leewaySeconds: 0, nowSeconds: asUnixSeconds(1_750_000_000), audit }}
          timeZone="utc"
        />
      </MemoryRouter>,
    );
    const finding = findingsOf('hmac-weak-secret')[0];
    expect(finding).toHaveAttribute('data-severity', 'critical');
    expect(finding).toHaveTextContent('signed with the secret “secret”, found in the list of famous default secrets (jwt.io) and used as UTF-8 text');
  });
});
