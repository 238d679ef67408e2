import { createHmac } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getKeyPair, publicJwk, signToken } from '../../../core/crypto/test-support/create-key-fixtures';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const unsigned = (header: unknown, payload: unknown) => `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
const hs256 = (payload: unknown, secret: string) => {
  const input = unsigned({ alg: 'HS256', typ: 'JWT' }, payload);
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

// A secret no audit list holds, so the short-secret finding is not superseded by the audit's hit.
const SHORT_SECRET = 'q7-unlisted-secret';
const LARGE = hs256({ sub: '1234567890', data: 'x'.repeat(4000) }, SHORT_SECRET + SHORT_SECRET);
const rsa1024 = getKeyPair('rsa-1024');

interface Case {
  name: string;
  token: string;
  key?: string;
  rule: string;
  /** What the rule's evidence says, in Korean. */
  said: string[];
}

const CASES: Case[] = [
  { name: 'a large token', token: LARGE, rule: 'large-token', said: [`${LARGE.length.toLocaleString('ko')}바이트`] },
  { name: 'a short HMAC secret, pasted', token: hs256({ sub: '1234567890' }, SHORT_SECRET), key: SHORT_SECRET, rule: 'hmac-short-secret', said: ['18바이트'] },
  {
    name: 'a signature of the wrong length',
    token: `${unsigned({ alg: 'HS256' }, { sub: '1234567890' })}.${b64('x'.repeat(31))}`,
    rule: 'signature-length-mismatch',
    said: ['31바이트'],
  },
  {
    name: 'an RSA key under 2048 bits, pasted',
    token: signToken('RS256', rsa1024.privateKey),
    key: rsa1024.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    rule: 'rsa-key-too-small',
    said: ['128바이트', '1,024비트'],
  },
  {
    name: 'a JWKS with no member that fits the alg',
    token: signToken('ES256', getKeyPair('p-256').privateKey),
    key: JSON.stringify({ keys: [publicJwk(getKeyPair('rsa-2048')), publicJwk(getKeyPair('p-384'))] }),
    rule: 'alg-key-mismatch',
    said: ['키 2개'],
  },
];

function findingsOf(rule: string): HTMLElement[] {
  return screen.queryAllByTestId('finding').filter((element) => element.dataset.rule === rule);
}

/** The evidence of a finding in our own words: everything but the pointers and values copied from the token or key. */
function saidEvidence(finding: HTMLElement): string[] {
  return [...finding.querySelectorAll('.finding-evidence dt, .finding-where, .finding-measure, .finding-term')].map((element) => element.textContent ?? '');
}

describe('FindingList evidence in Korean', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s: says counts with Korean units and no English', async (_name, testCase) => {
    const { user } = await renderRoute('/', { locale: 'ko' });
    await user.click(screen.getByTestId('token-input'));
    await user.paste(testCase.token);
    if (testCase.key !== undefined) {
      await user.click(screen.getByTestId('key-input'));
      await user.paste(testCase.key);
    }
    await waitFor(() => {
      const said = findingsOf(testCase.rule).flatMap(saidEvidence);
      for (const text of testCase.said) expect(said).toContain(text);
    });
    const findings = screen.getAllByTestId('finding');
    for (const finding of findings) {
      expect(finding.querySelector('.finding-evidence')?.textContent ?? '', finding.dataset.rule).not.toMatch(/\b(bytes?|bits?|keys?)\b/i);
      for (const text of saidEvidence(finding)) expect(text, finding.dataset.rule).not.toMatch(/[a-z]{2,}/);
    }
  });
});
