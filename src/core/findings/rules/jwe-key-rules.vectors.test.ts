import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from '../../crypto/decrypt-jwe';
import type { JweDecryption } from '../../crypto/jwe-decryption';
import type { Rule } from '../finding';
import { contextFor } from '../test-support/rule-tester';
import { rule as jweDirShortKey } from './jwe-dir-short-key';
import { rule as jweKeyMismatch } from './jwe-key-mismatch';
import { rule as jweZipRatio } from './jwe-zip-ratio';

// The public JWE conformance vectors beside the repository (as the decryption tests read them), each
// with its key and what decryptJwe made of it: the key rules never fire on a token its key decrypts,
// and they name the mismatch where the vectors refuse a key for its JWK `alg`.
const vectorsDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'vectors', 'jwe');
const present = existsSync(vectorsDir) && readdirSync(vectorsDir).some((file) => file.endsWith('.json'));

interface VectorCase {
  id: string;
  token: string;
  key: { format: string; value: string };
  expect: { decrypt: 'ok' | 'fail' };
  unsupported?: string;
  rule?: string;
}

const cases: VectorCase[] = present
  ? readdirSync(vectorsDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(path.join(vectorsDir, file), 'utf8')) as { cases?: VectorCase[] }).cases ?? [])
  : [];

const KEY_RULES: readonly Rule[] = [jweKeyMismatch, jweDirShortKey, jweZipRatio];

function secretEncodingOf(vector: VectorCase) {
  return vector.key.format === 'secret-base64url' ? 'base64url' : 'utf8';
}

async function findingsOf(vector: VectorCase): Promise<{ id: string; decryption: JweDecryption; ruleIds: string[]; messageIds: string[] }> {
  const secretEncoding = secretEncodingOf(vector);
  const decryption = await decryptJwe(vector.token, vector.key.value, { secretEncoding });
  const context = contextFor(vector.token, { keyText: vector.key.value, secretEncoding, decryption });
  const findings = KEY_RULES.flatMap((rule) => rule.check(context));
  return { id: vector.id, decryption, ruleIds: findings.map((finding) => finding.ruleId), messageIds: findings.map((finding) => finding.messageId) };
}

describe.skipIf(!present)('the JWE key rules on the JWE conformance vectors', () => {
  it('stay silent on every token its key decrypts', async () => {
    const decrypting = cases.filter((vector) => vector.expect.decrypt === 'ok' && vector.unsupported === undefined);
    expect(decrypting.length).toBeGreaterThan(0);
    const results = await Promise.all(decrypting.map(findingsOf));
    expect(results.filter((result) => result.decryption.status !== 'decrypted').map((result) => result.id)).toEqual([]);
    expect(results.filter((result) => result.ruleIds.length > 0).map((result) => `${result.id}: ${result.ruleIds.join(', ')}`)).toEqual([]);
  });

  it('name the JWK alg mismatch of every case refused for it', async () => {
    const refused = cases.filter((vector) => vector.rule === 'jwk-alg');
    expect(refused.length).toBeGreaterThan(0);
    const results = await Promise.all(refused.map(findingsOf));
    expect(results.filter((result) => !result.messageIds.includes('jwkAlg')).map((result) => result.id)).toEqual([]);
  });

  it('call the 16 MiB zip token a decompression bomb', async () => {
    const bombs = cases.filter((vector) => vector.rule === 'zip-size-limit');
    expect(bombs.length).toBeGreaterThan(0);
    const results = await Promise.all(bombs.map(findingsOf));
    expect(results.map((result) => result.messageIds)).toEqual(bombs.map(() => ['aboveCap']));
  });
});
