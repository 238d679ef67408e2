import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/decode-token';
import { AUDIT_MAX_SIGNING_INPUT, auditTargetKey, readAuditTarget } from './audit-target';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function token(header: unknown, signature?: string): string {
  const input = `${b64(header)}.${b64({ sub: 'x' })}`;
  return `${input}.${signature ?? createHmac('sha256', 'secret').update(input).digest('base64url')}`;
}

describe('readAuditTarget', () => {
  it('reads an HS256 token: alg, signing input bytes and signature', () => {
    const text = token({ alg: 'HS256', typ: 'JWT' });
    const read = readAuditTarget(decodeToken(text));
    expect(read.kind).toBe('target');
    if (read.kind !== 'target') return;
    expect(read.target.alg).toBe('HS256');
    expect(Buffer.from(read.target.signingInput).toString()).toBe(text.slice(0, text.lastIndexOf('.')));
    expect(read.target.signature.length).toBe(32);
  });

  it.each([
    ['an RS256 token', token({ alg: 'RS256' }), 'none'],
    ['alg none', token({ alg: 'none' }, ''), 'none'],
    ['no alg', token({ typ: 'JWT' }), 'none'],
    ['a lowercase hs256', token({ alg: 'hs256' }), 'none'],
    ['HS256 with an empty signature', token({ alg: 'HS256' }, ''), 'unavailable'],
    ['HS256 with a short signature', token({ alg: 'HS256' }, 'AAAA'), 'unavailable'],
    ['HS512 with an HS256-sized signature', token({ alg: 'HS512' }), 'unavailable'],
    ['a JWE', `${b64({ alg: 'dir', enc: 'A256GCM' })}..AAAA.AAAA.AAAA`, 'none'],
    ['garbage', 'not a token', 'none'],
  ])('%s → %s', (_label, text, kind) => {
    expect(readAuditTarget(decodeToken(text)).kind).toBe(kind);
  });

  it.each([
    ['a missing signature', token({ alg: 'HS256' }, ''), 'signature-length'],
    ['a signature of another size', token({ alg: 'HS384' }), 'signature-length'],
  ])('says why it cannot audit %s', (_label, text, reason) => {
    expect(readAuditTarget(decodeToken(text))).toMatchObject({ kind: 'unavailable', reason });
  });

  it('declines a signing input over the cap (every guess would hash all of it), and takes one at the cap', () => {
    const signed = (payloadChars: number) => {
      const input = `${b64({ alg: 'HS256' })}.${'A'.repeat(payloadChars)}`;
      return `${input}.${createHmac('sha256', 'secret').update(input).digest('base64url')}`;
    };
    const headerChars = b64({ alg: 'HS256' }).length + 1;
    expect(readAuditTarget(decodeToken(signed(AUDIT_MAX_SIGNING_INPUT - headerChars))).kind).toBe('target');
    expect(readAuditTarget(decodeToken(signed(AUDIT_MAX_SIGNING_INPUT - headerChars + 4)))).toEqual({ kind: 'unavailable', alg: 'HS256', reason: 'too-large' });
  });

  it('keys targets by content', () => {
    const text = token({ alg: 'HS256' });
    const a = readAuditTarget(decodeToken(text));
    const b = readAuditTarget(decodeToken(`Bearer ${text}`));
    const c = readAuditTarget(decodeToken(token({ alg: 'HS256', kid: '1' })));
    if (a.kind !== 'target' || b.kind !== 'target' || c.kind !== 'target') throw new Error('not targets');
    expect(auditTargetKey(a.target)).toBe(auditTargetKey(b.target));
    expect(auditTargetKey(a.target)).not.toBe(auditTargetKey(c.target));
  });
});
