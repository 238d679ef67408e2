import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SecretEncoding } from '../keys/decode-secret';
import { decryptJwe } from './decrypt-jwe';
import type { JweFailureStatus, JweReasonCode } from './jwe-decryption';

// The public JWE conformance vectors live beside the repository, in the folder read below (one JSON
// file of `cases` per source). They are read at test time and never copied into the project.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const vectorsDir = path.resolve(repoRoot, '..', 'shared', 'vectors', 'jwe');

interface JweVectorCase {
  file: string;
  id: string;
  token: string;
  key: { format: string; value: string };
  expect: { decrypt: 'ok' | 'fail'; plaintext?: string };
  unsupported?: string;
  rule?: string;
}

function loadCases(): JweVectorCase[] {
  const files = readdirSync(vectorsDir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const data = JSON.parse(readFileSync(path.join(vectorsDir, file), 'utf8')) as { cases?: Omit<JweVectorCase, 'file'>[] };
    return (data.cases ?? []).map((vector) => ({ ...vector, file }));
  });
}

const present = existsSync(vectorsDir) && readdirSync(vectorsDir).some((file) => file.endsWith('.json'));
// CI (.ci/run) sets this: there a missing vectors folder fails the suite instead of skipping it.
const required = process.env.REQUIRE_SHARED_VECTORS === '1';
if (!present && !required) {
  console.warn(`[jwe vectors] SKIPPED: no JWE conformance vectors at ${vectorsDir} (expected in a checkout beside ../shared).`);
}
const cases = present ? loadCases() : [];

// The outcome each README rule must produce (a policy refusal, not a cryptographic failure).
const OUTCOME_BY_RULE: Readonly<Record<string, { status: JweFailureStatus; reason: JweReasonCode }>> = {
  'jwk-alg': { status: 'key-mismatch', reason: 'jwk-alg-mismatch' },
  crit: { status: 'malformed', reason: 'crit-unknown' },
  'pbes2-count-limit': { status: 'pbes2-count-refused', reason: 'p2c-too-large' },
  'zip-size-limit': { status: 'zip-too-large', reason: 'zip-too-large' },
};

// A failing case without a rule fails on the key or on the token itself; it must never be called unsupported.
const PLAIN_FAILURES: readonly JweFailureStatus[] = ['wrong-key-or-tampered', 'malformed', 'key-mismatch', 'public-key-given', 'key-unreadable'];

function secretEncodingOf(format: string): SecretEncoding {
  return format === 'secret-base64url' ? 'base64url' : 'utf8';
}

if (!present && required) {
  describe('JWE conformance vectors, required by REQUIRE_SHARED_VECTORS=1', () => {
    it('are present', () => {
      expect.fail(`REQUIRE_SHARED_VECTORS=1 but there are no JWE conformance vectors (*.json) at ${vectorsDir}: check out the shared folder beside the repository, or unset the variable to skip them.`);
    });
  });
}

describe.skipIf(!present)(`JWE conformance vectors (${vectorsDir})`, () => {
  it('finds every case, each with a unique id', () => {
    expect(cases.length).toBeGreaterThanOrEqual(228);
    expect(new Set(cases.map((vector) => vector.id)).size).toBe(cases.length);
  });

  it.each(cases.map((vector) => [`${vector.file} ${vector.id}`, vector] as const))('%s', async (_name, vector) => {
    const result = await decryptJwe(vector.token, vector.key.value, { secretEncoding: secretEncodingOf(vector.key.format) });
    const summary = JSON.stringify(result.status === 'decrypted' ? { status: result.status } : { status: result.status, reason: result.reason, params: result.params });
    if (vector.unsupported !== undefined) {
      expect(result, summary).toMatchObject({ status: 'unsupported', reason: 'alg-unsupported' });
    } else if (vector.expect.decrypt === 'ok') {
      expect(result.status, summary).toBe('decrypted');
      if (result.status === 'decrypted') expect(new TextDecoder().decode(result.plaintext)).toBe(vector.expect.plaintext);
    } else if (vector.rule !== undefined) {
      expect(OUTCOME_BY_RULE[vector.rule], `no outcome for rule ${vector.rule}`).toBeDefined();
      expect(result, summary).toMatchObject(OUTCOME_BY_RULE[vector.rule] ?? {});
    } else {
      expect(PLAIN_FAILURES, summary).toContain(result.status);
    }
  });
});
