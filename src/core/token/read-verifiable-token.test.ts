import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode-token';
import { readVerifiableToken } from './read-verifiable-token';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWJ5dGVz';
const [HEADER, PAYLOAD, SIGNATURE] = TOKEN.split('.') as [string, string, string];

describe('readVerifiableToken', () => {
  it.each([
    ['the token as it is', TOKEN],
    ['surrounding whitespace, Bearer and quotes', `  Bearer "${TOKEN}"\n`],
    ['line breaks with indentation', `${HEADER}.\n    ${PAYLOAD}\r\n.${SIGNATURE}`],
  ])('hands over the compact text for %s', (_label, input) => {
    expect(readVerifiableToken(decodeToken(input), false)).toEqual({ ok: true, token: TOKEN, cleaned: false });
  });

  it('refuses a space inside the signature segment (Wycheproof rejectsSpacesInMac) unless the cleaned text is accepted', () => {
    const pasted = `${HEADER}.${PAYLOAD}.${SIGNATURE.slice(0, 4)} ${SIGNATURE.slice(4, 8)}\t${SIGNATURE.slice(8)}`;
    const decoded = decodeToken(pasted);
    expect(readVerifiableToken(decoded, false)).toEqual({ ok: false, reason: 'not-compact-as-pasted', removedSpaces: 2 });
    expect(readVerifiableToken(decoded, true)).toEqual({ ok: true, token: TOKEN, cleaned: true });
  });

  it.each([
    ['an SD-JWT', `${TOKEN}~WyJzYWx0IiwgMV0~`],
    ['an SD-JWT+KB', `${TOKEN}~WyJzYWx0IiwgMV0~${TOKEN}`],
  ])('hands over the issuer-signed JWT of %s', (_label, input) => {
    expect(readVerifiableToken(decodeToken(input), false)).toEqual({ ok: true, token: TOKEN, cleaned: false });
  });

  it('gives nothing to verify for an empty input or a JWE', () => {
    expect(readVerifiableToken(decodeToken(''), false)).toBeNull();
    expect(readVerifiableToken(decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn'), false)).toBeNull();
  });
});
