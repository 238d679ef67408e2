import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../inspect-token';
import { decodeToken } from '../token/decode-token';
import { analyseSdJwt } from './analyse-sd-jwt';
import { checkSdHash } from './judge-key-binding';
import { rfc9901Example } from './test-support/rfc9901-examples';

const presentation = rfc9901Example('simple-presentation').token;
const [issuerJwt = ''] = presentation.split('~');
const keyBindingJwt = presentation.slice(presentation.lastIndexOf('~') + 1);

describe('analyseSdJwt', () => {
  it.each([
    { name: 'a plain JWS', text: issuerJwt },
    { name: 'an empty text', text: '' },
    { name: 'a JWE followed by a tilde', text: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn~' },
    { name: 'an issuer JWT whose payload is not JSON', text: 'eyJhbGciOiJIUzI1NiJ9.aGVsbG8.c2ln~' },
  ])('reads nothing from $name', ({ text }) => {
    expect(analyseSdJwt(decodeToken(text))).toBeNull();
  });

  it('computes once per decoded token', () => {
    const decoded = decodeToken(presentation);
    expect(analyseSdJwt(decoded)).toBe(analyseSdJwt(decoded));
  });

  it('reads a pasted presentation with line breaks and a Bearer prefix', () => {
    const wrapped = `Bearer ${presentation.replace(/(.{72})/g, '$1\n')}`;
    const analysis = analyseSdJwt(decodeToken(wrapped));
    expect(analysis?.disclosures.map((report) => report.status)).toEqual(['matched', 'matched', 'matched', 'matched']);
    expect(analysis?.keyBinding && checkSdHash(analysis.keyBinding)).toBe('match');
  });

  it('reads a presentation found in a JSON body', () => {
    const report = inspectToken(`{"vp_token": "${presentation}", "presentation_submission": {}}`);
    expect(report.extraction).toMatchObject({ source: 'json', chosen: 0 });
    const analysis = analyseSdJwt(report.decoded);
    expect(analysis?.disclosures.map((one) => one.status)).toEqual(['matched', 'matched', 'matched', 'matched']);
    expect(analysis?.keyBinding && checkSdHash(analysis.keyBinding)).toBe('match');
  });

  it.each([
    { name: 'a disclosure dropped after signing', text: presentation.replace(/~[^~]+~(?=[^~]*$)/, '~'), check: 'mismatch' },
    { name: 'a disclosure added after signing', text: presentation.replace(`~${keyBindingJwt}`, `~WyJzYWx0IiwgMV0~${keyBindingJwt}`), check: 'mismatch' },
    { name: 'the presentation as signed', text: presentation, check: 'match' },
  ])('sd_hash of $name: $check', ({ text, check }) => {
    const analysis = analyseSdJwt(decodeToken(text));
    expect(analysis?.keyBinding && checkSdHash(analysis.keyBinding)).toBe(check);
  });

  it('reports a tampered disclosure as unmatched and the claim it replaced as hidden', () => {
    const tampered = presentation.replace('WyJlbHVWNU9nM2dTTklJOEVZbnN4QV9BIiwgImZhbWlseV9uYW1lIiwgIkRvZSJd', Buffer.from('["eluV5Og3gSNII8EYnsxA_A", "family_name", "Roe"]').toString('base64url'));
    const analysis = analyseSdJwt(decodeToken(tampered));
    expect(analysis?.disclosures[0]).toMatchObject({ status: 'unmatched', pointer: null, decoding: { ok: true, name: 'family_name', value: 'Roe' } });
    expect(analysis?.hiddenCount).toBe(7);
    expect(analysis?.payload).not.toHaveProperty('family_name');
  });

  it('never throws on any pieces after a real issuer JWT, and gives every disclosure a contract status', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom(...presentation.split('~').slice(1)), fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, bound) => {
        const text = `${issuerJwt}~${pieces.map((one) => one.replaceAll('~', '')).join('~')}${bound ? '' : '~'}`;
        const analysis = analyseSdJwt(decodeToken(text));
        for (const report of analysis?.disclosures ?? []) expect(['matched', 'unmatched', 'duplicate']).toContain(report.status);
      }),
      { numRuns: 300 },
    );
  });
});
