import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../../encoding/base64url';
import { runAsyncSecurityRules, readKeyInput, runSecurityRules } from '../../findings/run-security-rules';
import type { RuleInput } from '../../findings/rule-context';
import { inspectToken } from '../../inspect-token';
import { readHeaderObject } from '../../token/jws-segments';
import { getKeyPair } from '../test-support/create-key-fixtures';
import { ATTACK_CATALOGUE, type AttackKind } from './attack-catalogue';
import type { AttackResult } from './attack-result';
import { buildAttack, type AttackInput } from './build-attack';

const publicPem = getKeyPair('rsa-2048').publicKey.export({ type: 'spki', format: 'pem' }).toString();
const publicJwkText = JSON.stringify(getKeyPair('p-256').publicKey.export({ format: 'jwk' }));

const BASE: Omit<AttackInput, 'kind' | 'variant'> = {
  headerJson: '{\n  "alg": "HS256",\n  "typ": "JWT"\n}',
  payloadJson: '{\n  "sub": "1234567890",\n  "admin": true\n}',
  publicKeyText: publicPem,
  text: '',
  signatureSegment: 'b3JpZ2luYWwtc2lnbmF0dXJl',
};

/** What the attack's input field would hold for each kind in these tests. */
const TEXT_OF: Partial<Record<AttackKind, string>> = { jku: 'https://attacker.example/jwks.json', x5u: 'https://attacker.example/cert.pem' };

async function build(kind: AttackKind, variant: string, overrides: Partial<AttackInput> = {}): Promise<AttackResult> {
  return buildAttack({ ...BASE, kind, variant, text: TEXT_OF[kind] ?? '', ...overrides });
}

function built(result: AttackResult) {
  if (!result.ok) throw new Error(`no attack token: ${result.error.code}`);
  return result.attack;
}

/** The findings the decoder shows for a token and key text: its inspection, the rules and their asynchronous checks. */
async function findRules(token: string, keyText: string): Promise<string[]> {
  const key = readKeyInput(keyText, 'utf8');
  const input: RuleInput = key === undefined ? { decoded: inspectToken(token).decoded } : { decoded: inspectToken(token).decoded, key };
  return runSecurityRules(input, await runAsyncSecurityRules(input)).map((finding) => finding.ruleId);
}

const EVERY_VARIANT = ATTACK_CATALOGUE.flatMap((entry) => entry.variants.map((variant) => ({ kind: entry.kind, variant: variant.id, ruleId: variant.ruleId })));

describe('buildAttack', () => {
  it.each(EVERY_VARIANT)('$kind ($variant) is reported by $ruleId in the decoder', async ({ kind, variant, ruleId }) => {
    const attack = built(await build(kind, variant));
    expect(attack).toMatchObject({ kind, variant, ruleId });
    expect(await findRules(attack.token, attack.verifierKey)).toContain(ruleId);
  });

  it('lists the contract’s kinds, in its order', () => {
    expect(ATTACK_CATALOGUE.map((entry) => entry.kind)).toEqual([
      'alg-confusion',
      'alg-none',
      'embedded-jwk',
      'jku',
      'x5u',
      'kid-injection',
      'empty-signature',
      'psychic-signature',
      'empty-key',
    ]);
  });

  it.each([
    ['alg-confusion', 'default', { alg: 'HS256', typ: 'JWT' }],
    ['alg-none', 'nOnE', { alg: 'nOnE', typ: 'JWT' }],
    ['kid-injection', 'path-traversal', { alg: 'HS256', typ: 'JWT', kid: '../../../../../../dev/null' }],
    ['kid-injection', 'sql', { alg: 'HS256', typ: 'JWT', kid: "' UNION SELECT 'key' --" }],
    ['empty-signature', 'default', { alg: 'HS256', typ: 'JWT' }],
    ['psychic-signature', 'default', { alg: 'ES256', typ: 'JWT' }],
    ['empty-key', 'default', { alg: 'HS256', typ: 'JWT' }],
  ] as const)('%s (%s) writes the header %j', async (kind, variant, header) => {
    const [headerSegment] = built(await build(kind, variant)).token.split('.');
    expect(readHeaderObject(headerSegment ?? '')).toEqual(header);
  });

  it.each([
    ['HS384', 'alg-confusion', 'HS384', 48],
    ['HS512', 'empty-key', 'HS512', 64],
    ['RS256', 'empty-key', 'HS256', 32],
    ['ES384', 'psychic-signature', 'ES384', 96],
    ['ES512', 'psychic-signature', 'ES512', 132],
    ['HS256', 'psychic-signature', 'ES256', 64],
  ] as const)('with a header alg %s, %s signs as %s (%i signature bytes)', async (headerAlg, kind, alg, bytes) => {
    const token = built(await build(kind, 'default', { headerJson: JSON.stringify({ alg: headerAlg }) })).token;
    const [headerSegment = '', , signature = ''] = token.split('.');
    expect(readHeaderObject(headerSegment)?.alg).toBe(alg);
    const decoded = decodeBase64Url(signature);
    expect(decoded.ok && decoded.bytes.length).toBe(bytes);
  });

  it('keeps the given signature segment for a +signature alg-none variant, and none otherwise', async () => {
    expect(built(await build('alg-none', 'NONE+signature')).token).toMatch(/\.b3JpZ2luYWwtc2lnbmF0dXJl$/);
    expect(built(await build('alg-none', 'NONE')).token).toMatch(/\.$/);
  });

  it('signs alg-confusion with a JWK’s exact text too', async () => {
    const attack = built(await build('alg-confusion', 'default', { publicKeyText: publicJwkText }));
    expect(attack.verifierKey).toBe(publicJwkText);
    expect(await findRules(attack.token, attack.verifierKey)).toContain('alg-confusion-public-key-as-hmac-secret');
  });

  it('puts a custom kid in the header, signed with the variant’s key', async () => {
    const attack = built(await build('kid-injection', 'sql', { text: "x' OR '1'='1" }));
    expect(readHeaderObject(attack.token.split('.')[0] ?? '')?.kid).toBe("x' OR '1'='1");
    expect(attack.verifierKey).toBe('key');
  });

  it('keeps an asymmetric header alg for the fresh key, and returns what to host', async () => {
    const jku = built(await build('jku', 'default', { headerJson: '{"alg":"ES256"}' }));
    const header = readHeaderObject(jku.token.split('.')[0] ?? '');
    expect(header).toMatchObject({ alg: 'ES256', jku: 'https://attacker.example/jwks.json' });
    expect(jku.hosted?.kind).toBe('jwks');
    const hosted = JSON.parse(jku.hosted?.text ?? '{}') as { keys: { kid: string; d?: string }[] };
    expect(hosted.keys).toHaveLength(1);
    expect(hosted.keys[0]?.kid).toBe(header?.kid);
    expect(hosted.keys[0]?.d).toBeUndefined();
    const x5u = built(await build('x5u', 'default', { headerJson: '{"alg":"ES256"}' }));
    expect(x5u.hosted?.kind).toBe('jwk');
    expect(JSON.parse(x5u.hosted?.text ?? '{}')).not.toHaveProperty('d');
  });

  it('signs the next version with the key pair it was given, when made for the same alg, and with a new one otherwise', async () => {
    const first = built(await build('jku', 'default'));
    const again = built(await build('jku', 'default', { payloadJson: '{"sub":"other"}', signingKey: first.signingKey }));
    expect(again.hosted).toEqual(first.hosted);
    expect(readHeaderObject(again.token.split('.')[0] ?? '')?.kid).toBe(first.signingKey?.kid);
    const otherAlg = built(await build('jku', 'default', { headerJson: '{"alg":"ES256"}', signingKey: first.signingKey }));
    expect(otherAlg.signingKey?.alg).toBe('ES256');
    expect(otherAlg.hosted).not.toEqual(first.hosted);
  });

  it('makes an embedded-jwk token that its own key verifies, so the finding says self-signed', async () => {
    const attack = built(await build('embedded-jwk', 'default'));
    const input: RuleInput = { decoded: inspectToken(attack.token).decoded };
    const settled = await runAsyncSecurityRules(input);
    expect(runSecurityRules(input, settled).find((finding) => finding.ruleId === 'embedded-jwk-header')).toMatchObject({ messageId: 'selfSigned', severity: 'critical' });
  });

  it.each([
    ['alg-confusion', 'default', { publicKeyText: '' }, 'attack-key-missing'],
    ['alg-confusion', 'default', { publicKeyText: 'a shared secret' }, 'attack-key-not-public'],
    ['alg-confusion', 'default', { publicKeyText: getKeyPair('p-256').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }, 'attack-key-not-public'],
    ['alg-confusion', 'default', { publicKeyText: '{"kty":"oct","k":"c2VjcmV0"}' }, 'attack-key-not-public'],
    ['jku', 'default', { text: ' ' }, 'attack-input-missing'],
    ['x5u', 'default', { text: '' }, 'attack-input-missing'],
    ['alg-none', 'none+signature', { signatureSegment: '' }, 'attack-signature-missing'],
    ['empty-key', 'default', { headerJson: '{"alg":' }, 'json-invalid'],
    ['empty-key', 'default', { headerJson: '[1]' }, 'header-not-object'],
    ['empty-signature', 'default', { payloadJson: '{"sub":}' }, 'json-invalid'],
  ] as const)('%s (%s) with %j is refused as %s', async (kind, variant, overrides, code) => {
    const result = await build(kind, variant, overrides);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('keeps the payload as written, whitespace between tokens dropped, and says when it is not an object', async () => {
    const attack = built(await build('empty-signature', 'default', { payloadJson: '[ 1.0, "a b" ]' }));
    expect(attack.token.split('.')[1]).toBe(Buffer.from('[1.0,"a b"]').toString('base64url'));
    expect(attack.warnings.map((warning) => warning.code)).toEqual(['payload-not-object']);
  });
});
