import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifySignature } from '../../../core/crypto/verify-signature';
import { estimateSecretStrength } from '../../../core/findings/estimate-secret-strength';
import { runSecurityRules } from '../../../core/findings/run-security-rules';
import { parseKeyInput } from '../../../core/keys/parse-key-input';
import { renderRoute } from '../../../testing/render-app';
import { describeKey } from '../verify/describe-key';

// The real functions, counted: every caller in the app (the derivation, the rules, the verifier's
// own key reading) goes through these module paths.
vi.mock('../../../core/keys/parse-key-input', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/keys/parse-key-input')>();
  return { ...actual, parseKeyInput: vi.fn(actual.parseKeyInput) };
});
vi.mock('../../../core/crypto/verify-signature', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/crypto/verify-signature')>();
  return { ...actual, verifySignature: vi.fn(actual.verifySignature) };
});
vi.mock('../verify/describe-key', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../verify/describe-key')>();
  return { ...actual, describeKey: vi.fn(actual.describeKey) };
});

vi.mock('../../../core/findings/run-security-rules', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/findings/run-security-rules')>();
  return { ...actual, runSecurityRules: vi.fn(actual.runSecurityRules) };
});

// The verdict on the page at the moment each strength estimate starts.
const estimates = vi.hoisted(() => ({ verdictsSeen: [] as (string | null)[] }));
vi.mock('../../../core/findings/estimate-secret-strength', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../core/findings/estimate-secret-strength')>();
  return {
    ...actual,
    estimateSecretStrength: vi.fn((secret: string) => {
      estimates.verdictsSeen.push(document.querySelector('[data-testid="verify-status"]')?.getAttribute('data-status') ?? null);
      return actual.estimateSecretStrength(secret);
    }),
  };
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signingInput = (alg: string) => `${b64({ alg, typ: 'JWT' })}.${b64({ sub: 'derivation-test' })}`;

interface KeyChange {
  token: string;
  firstKey: string;
  /** Reads as a key but does not verify the token. */
  secondKey: string;
  /** The token is HMAC-signed, so the weak-secret audit runs and its result reaches the derivation. */
  audited: boolean;
}

function es256(): KeyChange {
  const input = signingInput('ES256');
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signature = sign('sha256', Buffer.from(input), { key: signer.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  const pem = (key: typeof signer.publicKey) => key.export({ type: 'spki', format: 'pem' }).toString();
  return { token: `${input}.${signature}`, firstKey: pem(signer.publicKey), secondKey: pem(other.publicKey), audited: false };
}

// A famous secret, so the audit finds it at once.
function hs256(): KeyChange {
  const input = signingInput('HS256');
  const signature = createHmac('sha256', 'your-256-bit-secret').update(input).digest('base64url');
  return { token: `${input}.${signature}`, firstKey: 'your-256-bit-secret', secondKey: 'not-the-secret', audited: true };
}

const status = () => screen.getByTestId('verify-status');

async function pasteInto(user: UserEvent, testId: string, text: string) {
  const box = screen.getByTestId(testId);
  await user.click(box);
  await user.keyboard('{Control>}a{/Control}');
  await user.paste(text);
  expect(box).toHaveValue(text);
}

/** The audit (when it runs) has its result, and the findings and their asynchronous checks have settled. */
async function settled(audited: boolean) {
  if (audited) {
    const audit = await screen.findByTestId('secret-audit');
    await waitFor(() => expect(audit).toHaveAttribute('data-status', 'done'));
  }
  await waitFor(() => expect(screen.getByTestId('findings')).toHaveAttribute('aria-busy', 'false'));
}

function counts() {
  return { parsed: vi.mocked(parseKeyInput).mock.calls.length, verified: vi.mocked(verifySignature).mock.calls.length, described: vi.mocked(describeKey).mock.calls.length };
}

beforeEach(() => {
  vi.clearAllMocks();
  estimates.verdictsSeen.length = 0;
});

describe('the decoder derives each input once', () => {
  it.each([
    ['ES256 and PEM public keys', es256],
    ['HS256 and secrets', hs256],
  ])('%s: one key read, one verification and one description per key change', async (_name, makeCase) => {
    const { token, firstKey, secondKey, audited } = makeCase();
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', token);
    await settled(audited);
    expect(counts()).toEqual({ parsed: 0, verified: 0, described: 0 });

    await pasteInto(user, 'key-input', firstKey);
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'valid'));
    await settled(audited);
    expect(counts()).toEqual({ parsed: 1, verified: 1, described: 1 });
    expect(vi.mocked(parseKeyInput).mock.calls[0]?.[0]).toBe(firstKey);

    await pasteInto(user, 'key-input', secondKey);
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'invalid'));
    await settled(audited);
    expect(counts()).toEqual({ parsed: 2, verified: 2, described: 2 });
    expect(vi.mocked(parseKeyInput).mock.calls[1]?.[0]).toBe(secondKey);
  });
});

describe('the findings follow the token shown', () => {
  it('a new token does not have the findings judge the one before it again', async () => {
    const first = hs256();
    const second = es256();
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', first.token);
    await settled(first.audited);
    // The audit's hit reaches the findings a frame after the audit panel shows it (an earlier run may
    // have had the audit still running), and their checks of it settle after that.
    await waitFor(() => expect(vi.mocked(runSecurityRules).mock.lastCall?.[0].audit?.hit).toBeDefined());
    await settled(false);
    const judged = () => vi.mocked(runSecurityRules).mock.calls.map(([input]) => (input.decoded.kind === 'jws' ? input.decoded.parts[0]?.segment : null));
    const [firstHeader] = first.token.split('.');
    expect(judged()).toContain(firstHeader);
    vi.mocked(runSecurityRules).mockClear();

    await pasteInto(user, 'token-input', second.token);
    // The findings follow the new token a frame after its paint; until then the list on the page is
    // still the first token's, settled, so wait for the new judgement before waiting for it to settle.
    const [secondHeader] = second.token.split('.');
    await waitFor(() => expect(judged()).toContain(secondHeader));
    await settled(second.audited);
    expect(judged()).not.toContain(firstHeader);
    // Nor is the new token judged with what was found for the one before.
    expect(vi.mocked(runSecurityRules).mock.calls.filter(([input]) => input.audit !== undefined)).toEqual([]);
  });
});

describe('the verdict comes first', () => {
  it("starts estimating a verified secret's strength only once the verdict is on the page", async () => {
    // 32 printable bytes: long enough for HS256, so hmac-short-secret asks the estimator.
    const secret = 'correct horse battery staple 32b';
    const input = signingInput('HS256');
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`);
    // The findings are on the page, waiting for a key, as when the user reads them before pasting the secret.
    await settled(false);
    await pasteInto(user, 'key-input', secret);
    await waitFor(() => expect(estimateSecretStrength).toHaveBeenCalledWith(secret));
    expect(estimates.verdictsSeen.length).toBeGreaterThan(0);
    expect(estimates.verdictsSeen.filter((verdict) => verdict !== 'valid')).toEqual([]);
  });
});
