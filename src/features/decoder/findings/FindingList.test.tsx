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
import { FINDINGS_STEP, FindingList } from './FindingList';

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
    const [finding] = await screen.findAllByTestId('finding').then(() => findingsOf('alg-none'));
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
    await screen.findAllByTestId('finding');
    const summary = screen.getByRole('list', { name: 'Findings by severity' });
    const counts = within(summary).getAllByRole('listitem').map((item) => item.dataset.severity);
    expect(counts[0]).toBe('critical');
    const severities = screen.getAllByTestId('finding').map((element) => element.dataset.severity);
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    expect([...severities].sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? ''))).toEqual(severities);
  });

  it('leaves "not verified" to the verify panel, and judges the key once one is given', async () => {
    // A secret no audit list holds, so the short-secret finding is not superseded by the audit's hit.
    const secret = 'q7-unlisted-secret';
    const unsigned = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify({ sub: '1234567890' }))}`;
    const signed = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    const { user } = await pasteToken(signed);
    expect(await screen.findByTestId('findings-summary')).toBeInTheDocument();
    // Said once, by the verdict: the findings do not repeat it.
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'no-key');
    expect(screen.getAllByText(/not verified/i)).toHaveLength(1);
    await user.click(screen.getByTestId('key-input'));
    await user.paste(secret);
    // The pasted secret verifies the token and is too short for HS256.
    expect(await screen.findByText(/only 18 bytes/)).toBeInTheDocument();
    expect(findingsOf('hmac-short-secret')[0]).toHaveAttribute('data-severity', 'high');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));
  });

  it('counts each severity present in the summary; each count is a toggle that filters the list', async () => {
    // alg none (critical), no exp and no aud (medium), no iss (low), no typ (info).
    const { user } = await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''));
    await screen.findAllByTestId('finding');
    await waitFor(() => expect(screen.getByTestId('findings')).toHaveAttribute('aria-busy', 'false'));
    const summary = screen.getByTestId('findings-summary');
    const counts = within(summary).getAllByTestId('findings-count');
    const severities = screen.getAllByTestId('finding').map((element) => element.dataset.severity ?? '');
    expect(counts.map((count) => [count.dataset.severity, count.textContent])).toEqual(
      [...new Set(severities)].map((severity) => [severity, String(severities.filter((one) => one === severity).length)]),
    );

    const critical = within(summary).getByRole('button', { name: /Critical/ });
    expect(critical).toHaveAttribute('aria-pressed', 'false');
    await user.click(critical);
    expect(critical).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByTestId('finding').map((element) => element.dataset.severity)).toEqual(['critical']);
    await user.click(within(summary).getByRole('button', { name: /Medium/ }));
    expect(new Set(screen.getAllByTestId('finding').map((element) => element.dataset.severity))).toEqual(new Set(['critical', 'medium']));
    await user.click(critical);
    await user.click(within(summary).getByRole('button', { name: /Medium/ }));
    expect(screen.getAllByTestId('finding')).toHaveLength(severities.length);
  });

  // WCAG 2.5.3 (label in name): what a toggle shows, word and count in that order, is in what it is called.
  // The shape beside the word is hidden from the name, and a label of its own would not hold it.
  it.each(['en', 'ko'] as const)('each severity toggle is named by its visible word and count (%s)', async (locale) => {
    await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''), locale);
    await screen.findAllByTestId('finding');
    const summary = within(screen.getByTestId('findings-summary'));
    const toggles = summary.getAllByRole('button', { pressed: false });
    expect(toggles.length).toBeGreaterThan(1);
    for (const toggle of toggles) {
      expect(toggle).not.toHaveAttribute('aria-label');
      const word = toggle.querySelector('.findings-filter-word')?.textContent ?? '';
      const count = toggle.querySelector('[data-testid="findings-count"]')?.textContent ?? '';
      expect(summary.getByRole('button', { name: `${word} ${count}` })).toBe(toggle);
    }
  });

  it('folds the list to its summary when it holds only low and info findings, and opens it on request', async () => {
    const exp = 4_102_444_800;
    // An RSA-2048-sized signature, so nothing but the missing issuer is left to say.
    const signature = encodeBase64Url(new Uint8Array(256).fill(7));
    const { user } = await pasteToken(token({ alg: 'RS256', typ: 'JWT' }, { sub: 'x', aud: 'api', exp, iat: exp - 600 }, signature));
    await waitFor(() => expect(screen.getByTestId('findings')).toHaveAttribute('aria-busy', 'false'));
    const [missingIss] = findingsOf('missing-iss');
    expect(missingIss).toBeDefined();
    expect(screen.getAllByTestId('finding').every((element) => ['low', 'info'].includes(element.dataset.severity ?? ''))).toBe(true);
    expect(missingIss).not.toBeVisible();
    const fold = within(screen.getByTestId('findings-summary')).getByRole('button', { expanded: false });
    await user.click(fold);
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(missingIss).toBeVisible();
  });

  it('opens the list when something is wrong', async () => {
    await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''));
    const [finding] = await screen.findAllByTestId('finding').then(() => findingsOf('alg-none'));
    expect(finding).toBeVisible();
  });

  it('says the checks could not run, not that there are no issues, when the header does not decode', async () => {
    await pasteToken(`${b64('{"alg":"HS256",}')}.${b64(JSON.stringify({ sub: 'x' }))}.c2ln`);
    expect(await screen.findByTestId('findings-not-run')).toHaveTextContent(/could not run|only some of the security checks/);
    await waitFor(() => expect(screen.getByTestId('findings')).toHaveAttribute('aria-busy', 'false'));
    expect(screen.queryByText(/No issues found/)).toBeNull();
  });

  it('reports a jku header without fetching it', async () => {
    await pasteToken(token({ alg: 'RS256', jku: 'http://169.254.169.254/keys' }, { sub: 'x' }));
    const [finding] = await screen.findAllByTestId('finding').then(() => findingsOf('jku-header'));
    expect(finding).toHaveAttribute('data-severity', 'high');
    expect(finding).toHaveTextContent(/link-local/);
  });

  it('speaks Korean', async () => {
    await pasteToken(token({ alg: 'none' }, { sub: 'admin' }, ''), 'ko');
    await screen.findAllByTestId('finding');
    expect(findingsOf('alg-none')[0]).toHaveTextContent('서명되지 않은 토큰');
    expect(findingsOf('alg-none')[0]).toHaveTextContent('치명적');
    expect(screen.getByTestId('findings-summary')).toHaveTextContent('치명적');
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
          inputs={{ decoded: decodeToken(JWT_IO_OLD), key: undefined, verification: { status: 'no-key' }, leewaySeconds: 0, nowSeconds: asUnixSeconds(1_750_000_000), audit }}
          timeZone="utc"
        />
      </MemoryRouter>,
    );
    const finding = findingsOf('hmac-weak-secret')[0];
    expect(finding).toHaveAttribute('data-severity', 'critical');
    expect(finding).toHaveTextContent('signed with the secret “secret”, found in the list of famous default secrets (jwt.io) and used as UTF-8 text');
  });

  it('draws the findings of a severity a step at a time, each "Show more" adding the next', async () => {
    // 119 empty disclosures: each one a high finding of its own (its digest is in no _sd), and one repeated digest.
    const rendered = await pasteToken(`${token({ alg: 'HS256', typ: 'dc+sd-jwt' }, { _sd_alg: 'sha-256', _sd: [] })}${'~'.repeat(120)}`);
    const high = () => screen.queryAllByTestId('finding').filter((element) => element.dataset.severity === 'high');
    await waitFor(() => expect(high()).toHaveLength(FINDINGS_STEP));
    expect(screen.getAllByTestId('findings-count').find((count) => count.dataset.severity === 'high')).toHaveTextContent('120');
    const group = high()[0]!.closest('section')!;
    expect(within(group).getByText(`${120 - FINDINGS_STEP} more findings of this severity not shown.`)).toBeInTheDocument();
    for (let drawn = FINDINGS_STEP; drawn < 120; drawn += FINDINGS_STEP) {
      expect(high()).toHaveLength(drawn);
      await rendered.user.click(within(group).getByRole('button', { name: 'Show more' }));
    }
    expect(high()).toHaveLength(120);
    expect(within(group).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('keeps how far a severity was drawn while a filter hides it, and starts again for a new token', async () => {
    const sdJwt = (sub: string) => `${token({ alg: 'HS256', typ: 'dc+sd-jwt' }, { sub, _sd_alg: 'sha-256', _sd: [] })}${'~'.repeat(60)}`;
    const rendered = await pasteToken(sdJwt('first'));
    const high = () => screen.queryAllByTestId('finding').filter((element) => element.dataset.severity === 'high');
    await waitFor(() => expect(high()).toHaveLength(FINDINGS_STEP));
    await rendered.user.click(within(high()[0]!.closest('section')!).getByRole('button', { name: 'Show more' }));
    expect(high()).toHaveLength(2 * FINDINGS_STEP);

    const other = screen.getAllByRole('button', { pressed: false }).find((button) => button.classList.contains('findings-filter') && button.closest('li')?.dataset.severity !== 'high');
    if (!other) throw new Error('the token has findings of one severity only');
    await rendered.user.click(other);
    expect(high()).toHaveLength(0);
    await rendered.user.click(other);
    expect(high()).toHaveLength(2 * FINDINGS_STEP);

    await rendered.user.click(screen.getByTestId('token-input'));
    await rendered.user.keyboard('{Control>}a{/Control}');
    await rendered.user.paste(sdJwt('second'));
    await waitFor(() => expect(screen.getByTestId('payload-json')).toHaveTextContent('second'));
    await waitFor(() => expect(high()).toHaveLength(FINDINGS_STEP));
  });
});
