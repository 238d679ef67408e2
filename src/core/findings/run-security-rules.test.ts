import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asUnixSeconds } from '../claims/unix-seconds';
import { getKeyPair } from '../crypto/test-support/create-key-fixtures';
import { decodeToken } from '../token/decode-token';
import { isRuleFailure, RULE_FAILED, type Finding } from './finding';
import { RULES } from './registry';
import { createRuleContext, type AuditResult, type RuleInput } from './rule-context';
import { readKeyInput, runAsyncSecurityRules, runSecurityRules } from './run-security-rules';
import { b64u, jws, NOW } from './test-support/rule-tester';

const clock = { nowSeconds: asUnixSeconds(NOW), leewaySeconds: 0 };

function inputFor(token: string, extra: Partial<RuleInput> & { keyText?: string } = {}): RuleInput {
  const { keyText, ...rest } = extra;
  const key = keyText === undefined ? undefined : readKeyInput(keyText, 'utf8');
  return { decoded: decodeToken(token), clock, ...rest, ...(key ? { key } : {}) };
}

const ids = (findings: Finding[]) => findings.map((finding) => finding.ruleId);
const auditHit = (secretText: string): AuditResult => ({
  status: 'done',
  hit: { secretText, secretHex: Buffer.from(secretText).toString('hex'), source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' },
});

// Published tokens signed with famous default secrets, with the full expected list (claim rules included).
const JWT_IO_OLD = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9.TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ';
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const SUPABASE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';
const NACOS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuYWNvcyIsImV4cCI6LTF9.ybUomrBRXZhbUMWVgXRz3Q6zndbF-Zdk4RGpCnV-Ofs';

describe('runSecurityRules on the catalog vectors', () => {
  it.each([
    ['older jwt.io example, audit found "secret"', JWT_IO_OLD, auditHit('secret'), ['hmac-weak-secret', 'missing-exp', 'missing-aud', 'missing-iss', 'pii-in-payload']],
    ['jwt.io example, audit found its secret', JWT_IO, auditHit('your-256-bit-secret'), ['hmac-weak-secret', 'missing-exp', 'missing-aud', 'missing-iss', 'pii-in-payload']],
    ['Supabase service_role demo key', SUPABASE, auditHit('super-secret-jwt-token-with-at-least-32-characters-long'), ['hmac-weak-secret', 'excessive-lifetime', 'missing-aud']],
    ['Nacos default key PoC', NACOS, auditHit('SecretKey012345678901234567890123456789012345678901234567890123456789'), ['hmac-weak-secret', 'time-claim-invalid', 'missing-aud', 'missing-iss', 'typ-mismatch', 'expired']],
  ])('%s', (_name, token, audit, expected) => {
    expect(ids(runSecurityRules(inputFor(token, { audit }))).sort()).toEqual([...expected].sort());
  });

  it('lists the worst first and keeps the catalog order within a severity', () => {
    // The older jwt.io example's claims without "typ": "JWT", so the untyped note comes last.
    const untyped = jws({ alg: 'HS256' }, { sub: '1234567890', name: 'John Doe', admin: true }, b64u('s'.repeat(32)));
    const findings = runSecurityRules(inputFor(untyped, { audit: auditHit('secret') }));
    expect(findings.map((finding) => `${finding.severity}:${finding.ruleId}`)).toEqual([
      'critical:hmac-weak-secret',
      'medium:missing-exp',
      'medium:missing-aud',
      'low:missing-iss',
      'low:pii-in-payload',
      'info:typ-mismatch',
    ]);
  });

  it('alg none: only alg-none among the signature rules (4–13 skipped)', () => {
    const findings = runSecurityRules(inputFor('eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.', { keyText: 'secret', verification: { status: 'invalid', reason: 'signature-mismatch' } }));
    expect(ids(findings)).toContain('alg-none');
    expect(ids(findings)).not.toContain('signature-invalid');
    expect(findings[0]).toMatchObject({ ruleId: 'alg-none', severity: 'critical' });
  });

  it('duplicate alg HS256/none with an empty signature: duplicate-json-keys, alg-none and empty-signature together', () => {
    const findings = runSecurityRules(inputFor('eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.eyJzdWIiOiJhZG1pbiJ9.'));
    expect(ids(findings)).toEqual(expect.arrayContaining(['alg-none', 'empty-signature', 'duplicate-json-keys']));
    expect(ids(findings)).not.toContain('hmac-empty-secret');
  });

  it('empty signature skips the signature rules', () => {
    const findings = runSecurityRules(inputFor(jws({ alg: 'RS256' }, { sub: 'x' }, ''), { keyText: 'short' }));
    expect(ids(findings)).toContain('empty-signature');
    for (const skipped of ['rsa-key-too-small', 'alg-key-mismatch', 'signature-length-mismatch']) expect(ids(findings)).not.toContain(skipped);
  });

  it('JSON serialization: only parsing findings, no base64 complaints', () => {
    const [h, p, s] = JWT_IO.split('.');
    expect(ids(runSecurityRules(inputFor(JSON.stringify({ protected: h, payload: p, signature: s }))))).toEqual(['not-compact-serialization']);
  });

  it('a header that does not decode: only parsing findings', () => {
    const findings = runSecurityRules(inputFor(`${b64u('\uFEFF{"alg":"HS256"}')}.${b64u('{"sub":"x"}')}.c2ln`));
    expect(ids(findings)).toEqual(['json-parsing-anomaly']);
  });

  it('a public key used as HMAC secret: alg confusion, not signature-invalid nor alg-key-mismatch', () => {
    const pem = getKeyPair('rsa-2048').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const unsigned = jws({ alg: 'HS256' }, { sub: 'admin', exp: NOW + 60, iss: 'i', aud: 'a' }, '').slice(0, -1);
    const token = `${unsigned}.${createHmac('sha256', pem).update(unsigned).digest('base64url')}`;
    const findings = runSecurityRules(inputFor(token, { keyText: pem, verification: { status: 'invalid', reason: 'key-alg-mismatch' } }));
    expect(ids(findings)).toContain('alg-confusion-public-key-as-hmac-secret');
    expect(ids(findings)).not.toContain('alg-key-mismatch');
    expect(ids(findings)).not.toContain('signature-invalid');
  });

  it('the empty secret wins over weak and short', () => {
    const unsigned = jws({ alg: 'HS256' }, { sub: 'x' }, '').slice(0, -1);
    const token = `${unsigned}.${createHmac('sha256', '').update(unsigned).digest('base64url')}`;
    const audit: AuditResult = { status: 'done', hit: { secretText: '', secretHex: '', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' } };
    const findings = runSecurityRules(inputFor(token, { audit }));
    expect(ids(findings).filter((id) => id.startsWith('hmac'))).toEqual(['hmac-empty-secret']);
  });

  it('a weak secret that is also pasted: weak, not short, not signature-invalid', () => {
    const findings = runSecurityRules(inputFor(JWT_IO_OLD, { audit: auditHit('secret'), keyText: 'secret' }));
    expect(ids(findings)).toContain('hmac-weak-secret');
    expect(ids(findings)).not.toContain('hmac-short-secret');
  });

  it('runs the catalog on a nested token (cty JWT) and labels its findings inner', () => {
    const inner = jws({ alg: 'none' }, { sub: 'x' }, '');
    const findings = runSecurityRules(inputFor(jws({ alg: 'HS256', cty: 'JWT' }, inner)));
    const innerFindings = findings.filter((finding) => finding.inner === true);
    expect(ids(innerFindings)).toContain('alg-none');
    expect(findings.filter((finding) => finding.ruleId === 'cty-header' && !finding.inner)).toHaveLength(1);
  });

  it('an empty input has no findings', () => {
    expect(runSecurityRules({ decoded: decodeToken('  ') })).toEqual([]);
  });

  it('settled asynchronous findings replace the synchronous ones', async () => {
    const pair = getKeyPair('p-256');
    const { signToken, publicJwk } = await import('../crypto/test-support/create-key-fixtures');
    const token = signToken('ES256', pair.privateKey, { header: { jwk: publicJwk(pair) } });
    const input = inputFor(token);
    expect(runSecurityRules(input).find((finding) => finding.ruleId === 'embedded-jwk-header')?.severity).toBe('high');
    const settled = await runAsyncSecurityRules(input);
    expect(Object.keys(settled).sort()).toEqual(['embedded-jwk-header', 'hmac-short-secret', 'x5c-header']);
    expect(runSecurityRules(input, settled).find((finding) => finding.ruleId === 'embedded-jwk-header')).toMatchObject({ severity: 'critical', messageId: 'selfSigned' });
  });
});

function ruleOf(id: string) {
  const found = RULES.find((rule) => rule.meta.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}

describe('a rule that throws', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is reported as a rule-failed entry with the error, and the other rules still report', () => {
    vi.spyOn(ruleOf('missing-exp'), 'check').mockImplementation(() => {
      throw new TypeError('members.some is not a function');
    });
    const findings = runSecurityRules(inputFor(JWT_IO));
    expect(findings.filter(isRuleFailure)).toEqual([
      { ruleId: 'missing-exp', severity: 'info', messageId: RULE_FAILED, params: { error: 'TypeError: members.some is not a function' } },
    ]);
    expect(ids(findings)).toEqual(expect.arrayContaining(['missing-aud', 'missing-iss']));
  });

  it('does not count as its rule having found something in the interplay', () => {
    vi.spyOn(ruleOf('alg-none'), 'check').mockImplementation(() => {
      throw new Error('bug');
    });
    const findings = runSecurityRules(inputFor(JWT_IO, { keyText: 'not-the-secret', verification: { status: 'invalid', reason: 'signature-mismatch' } }));
    expect(findings.find((finding) => finding.ruleId === 'alg-none')).toMatchObject({ messageId: RULE_FAILED });
    expect(ids(findings)).toContain('signature-invalid');
  });

  it('asynchronously is reported beside what its synchronous check found', async () => {
    const rule = ruleOf('embedded-jwk-header');
    vi.spyOn(rule, 'checkAsync').mockRejectedValue(new RangeError('bad curve'));
    const pair = getKeyPair('p-256');
    const { signToken, publicJwk } = await import('../crypto/test-support/create-key-fixtures');
    const input = inputFor(signToken('ES256', pair.privateKey, { header: { jwk: publicJwk(pair) } }));
    const settled = await runAsyncSecurityRules(input);
    expect(settled['embedded-jwk-header']?.map((finding) => finding.messageId)).toEqual([...rule.check(createRuleContext(input)).map((finding) => finding.messageId), RULE_FAILED]);
    expect(settled['embedded-jwk-header']?.at(-1)?.params).toEqual({ error: 'RangeError: bad curve' });
  });
});


describe('judging the same token again', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs a rule again only when what it declares it reads has changed', () => {
    const tokenRule = vi.spyOn(ruleOf('invisible-characters'), 'check');
    const keyRule = vi.spyOn(ruleOf('signature-invalid'), 'check');
    const first = inputFor(JWT_IO);
    const beforeKey = runSecurityRules(first);
    const withKey: RuleInput = { ...first, verification: { status: 'invalid', reason: 'signature-mismatch' } };
    const key = readKeyInput('not-the-secret', 'utf8');
    if (key) withKey.key = key;
    const afterKey = runSecurityRules(withKey);
    runSecurityRules({ ...withKey, clock: { nowSeconds: asUnixSeconds(NOW + 3600), leewaySeconds: 0 } });
    expect(ids(beforeKey)).not.toContain('signature-invalid');
    expect(ids(afterKey)).toContain('signature-invalid');
    expect(tokenRule).toHaveBeenCalledTimes(1);
    expect(keyRule).toHaveBeenCalledTimes(2);
    runSecurityRules(inputFor(JWT_IO));
    expect(tokenRule).toHaveBeenCalledTimes(2);
  });

  it('follows the clock for the clock rules', () => {
    const expiring = jws({ alg: 'HS256' }, { sub: 'a', exp: NOW + 60 });
    const input = inputFor(expiring);
    expect(ids(runSecurityRules(input))).not.toContain('expired');
    expect(ids(runSecurityRules({ ...input, clock: { nowSeconds: asUnixSeconds(NOW + 120), leewaySeconds: 0 } }))).toContain('expired');
  });

  it('tells the clock by its moment and leeway: a new clock object for the same moment judges nothing again', () => {
    const clockRule = vi.spyOn(ruleOf('expired'), 'check');
    const input = inputFor(jws({ alg: 'HS256' }, { sub: 'b', exp: NOW + 60 }));
    runSecurityRules(input);
    runSecurityRules({ ...input, clock: { ...clock } });
    expect(clockRule).toHaveBeenCalledTimes(1);
    runSecurityRules({ ...input, clock: { ...clock, leewaySeconds: 30 } });
    expect(clockRule).toHaveBeenCalledTimes(2);
  });

  it('gives a rule only the inputs its needs declare', () => {
    const seen: string[][] = [];
    vi.spyOn(ruleOf('missing-exp'), 'check').mockImplementation((context) => {
      seen.push(['clock', 'key', 'verification', 'audit'].filter((name) => name in context));
      return [];
    });
    runSecurityRules(inputFor(JWT_IO, { keyText: 'secret', verification: { status: 'valid' }, audit: auditHit('secret') }));
    expect(seen).toEqual([[]]);
  });
});
