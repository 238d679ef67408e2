import { constants, createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LEARN_EXAMPLE_SECRET, LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64url');
const signingInputOf = (token: string) => token.slice(0, token.lastIndexOf('.'));

function setInputs(tokenText: string, keyText: string) {
  act(() => {
    useLearnStore.setState({ tokenText, keyText, secretEncoding: 'utf8', seededFrom: '' });
  });
}

async function openWalk(locale: 'en' | 'ko' = 'en') {
  const view = await renderRoute('/learn', { locale });
  await screen.findByTestId('learn-token-input');
  return view;
}

const stepHex = (id: string) => screen.getAllByTestId('sig-step').find((step) => step.dataset.step === id)?.dataset.hex;

describe('SignatureWalk', () => {
  beforeEach(() => setInputs(LEARN_EXAMPLE_TOKEN, LEARN_EXAMPLE_SECRET));

  it('starts from the signing input, steps forward and back, runs to the end and compares', async () => {
    const { user } = await openWalk();
    const input = signingInputOf(LEARN_EXAMPLE_TOKEN);
    expect(screen.getAllByTestId('sig-step').map((step) => step.dataset.step)).toEqual(['signing-input']);
    expect(stepHex('signing-input')).toBe(Buffer.from(input, 'ascii').toString('hex'));
    expect(screen.queryByTestId('sig-compare')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getAllByTestId('sig-step')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getAllByTestId('sig-step')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    const ids = screen.getAllByTestId('sig-step').map((step) => step.dataset.step);
    expect(ids).toEqual(expect.arrayContaining(['signing-input', 'signature', 'key', 'inner-hash', 'mac']));
    expect(stepHex('mac')).toBe(createHmac('sha256', LEARN_EXAMPLE_SECRET).update(input).digest('hex'));
    expect(stepHex('key')).toBe(Buffer.from(LEARN_EXAMPLE_SECRET).toString('hex'));
    expect(screen.getByTestId('sig-compare')).toHaveAttribute('data-match', 'true');
    expect(screen.getByText('They match: the signature is valid for this key.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getAllByTestId('sig-step')).toHaveLength(1);
  });

  it('marks the differing characters when the key is wrong', async () => {
    setInputs(LEARN_EXAMPLE_TOKEN, 'not-the-secret');
    const { user } = await openWalk();
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    const compare = screen.getByTestId('sig-compare');
    expect(compare).toHaveAttribute('data-match', 'false');
    expect(compare.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('labels the fields of an RSA EM and agrees with the key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const input = `${b64(JSON.stringify({ alg: 'RS256' }))}.${b64(JSON.stringify({ sub: 'x' }))}`;
    const token = `${input}.${b64(sign('sha256', Buffer.from(input), privateKey))}`;
    setInputs(token, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const { user } = await openWalk();
    await user.click(screen.getByRole('button', { name: 'Run to the end' }));
    const em = screen.getAllByTestId('sig-step').find((step) => step.dataset.step === 'em');
    expect(em?.dataset.hex).toMatch(/^0001(ff)+003031300d060960864801650304020105000420[0-9a-f]{64}$/);
    expect(within(em ?? document.body).getByText('DigestInfo header', { selector: '.sig-field-name' })).toBeInTheDocument();
    expect(screen.getByTestId('sig-compare')).toHaveAttribute('data-match', 'true');
  });

  it.each([
    ['PS256', () => generateKeyPairSync('rsa', { modulusLength: 2048 }), (input: Buffer, key: KeyObject) => sign('sha256', input, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })],
    ['ES384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' }), (input: Buffer, key: KeyObject) => sign('sha384', input, { key, dsaEncoding: 'ieee-p1363' })],
    ['EdDSA', () => generateKeyPairSync('ed25519'), (input: Buffer, key: KeyObject) => sign(null, input, key)],
  ] as const)('explains every step of %s in both languages', async (alg, generate, signWith) => {
    const { publicKey, privateKey } = generate();
    const input = `${b64(JSON.stringify({ alg }))}.${b64('{}')}`;
    setInputs(`${input}.${b64(signWith(Buffer.from(input), privateKey))}`, JSON.stringify(publicKey.export({ format: 'jwk' })));
    for (const locale of ['en', 'ko'] as const) {
      const { user, unmount } = await openWalk(locale);
      await user.click(screen.getByTestId('sig-run'));
      expect(screen.getByTestId('sig-compare')).toHaveAttribute('data-match', 'true');
      expect(screen.getAllByTestId('sig-step').length).toBeGreaterThan(3);
      expect(document.getElementById('learn-signature')?.textContent).not.toContain('learnSignature.');
      unmount();
    }
  });

  it.each([
    ['alg none', `${b64('{"alg":"none"}')}.${b64('{}')}.`, '', /alg is none/],
    ['no key', LEARN_EXAMPLE_TOKEN, '', /Paste the HMAC secret/],
    ['a public key for an HMAC token', LEARN_EXAMPLE_TOKEN, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString(), /needs the shared secret/],
    ['a JWE', `${b64('{"alg":"dir","enc":"A128GCM"}')}..${b64('iv')}.${b64('ct')}.${b64('tag')}`, 'k', /encrypted token \(JWE\)/],
  ])('says why it cannot walk: %s', async (_name, token, key, text) => {
    setInputs(token, key);
    await openWalk();
    expect(screen.getByTestId('sig-error')).toHaveTextContent(text);
    expect(screen.queryByTestId('sig-step')).toBeNull();
  });

  it('names a DER ECDSA signature as such', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const input = `${b64(JSON.stringify({ alg: 'ES256' }))}.${b64('{}')}`;
    setInputs(`${input}.${b64(sign('sha256', Buffer.from(input), privateKey))}`, JSON.stringify(publicKey.export({ format: 'jwk' })));
    await openWalk();
    expect(screen.getByTestId('sig-error')).toHaveTextContent(/DER SEQUENCE/);
  });

  it('warns before showing code that holds the secret, then shows it', async () => {
    const { user } = await openWalk();
    await user.click(screen.getByText('Show code'));
    expect(screen.queryByTestId('sig-code')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect(screen.getByTestId('sig-code')).toHaveTextContent(signingInputOf(LEARN_EXAMPLE_TOKEN));
    await user.click(screen.getByRole('button', { name: 'Node.js' }));
    expect(screen.getByTestId('sig-code')).toHaveAttribute('data-tool', 'node');
  });

  it('shows a public key walk code with no warning', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const input = `${b64(JSON.stringify({ alg: 'EdDSA' }))}.${b64('{}')}`;
    setInputs(`${input}.${b64(sign(null, Buffer.from(input), privateKey))}`, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const { user } = await openWalk();
    await user.click(screen.getByText('Show code'));
    expect(screen.getByTestId('sig-code')).toBeInTheDocument();
  });

  it('reads in Korean', async () => {
    const { user } = await openWalk('ko');
    expect(screen.getByRole('heading', { level: 2, name: '서명, 한 단계씩' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '끝까지 실행' }));
    expect(screen.getByText('일치합니다. 이 키로 보면 유효한 서명입니다.')).toBeInTheDocument();
  });
});
