import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../../crypto/verify-signature';
import type { SecretEncoding } from '../../keys/decode-secret';
import { inspectToken } from '../../inspect-token';
import { walkTokenSignature } from './walk-token-signature';

// The walk never disagrees with the decoder: over the public conformance vectors (read from the
// shared folder beside the repository at test time, never copied in), a walk that reaches its
// comparison says `match` exactly when the decoder's verifier says `valid`, wherever the verdict
// is about the signature (valid, or invalid with `signature-mismatch`) rather than a policy.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const vectorsDir = path.resolve(repoRoot, '..', 'shared', 'vectors');

interface SignatureVector {
  name: string;
  token: string;
  key: string;
  secretEncoding: SecretEncoding;
}

function loadSignatureVectors(): SignatureVector[] {
  return readdirSync(vectorsDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const data = JSON.parse(readFileSync(path.join(vectorsDir, file), 'utf8')) as {
        cases?: { id: string; token?: string; key: { format: string; value: string }; expect: { signature?: string } }[];
      };
      return (data.cases ?? [])
        .filter((vector) => vector.expect.signature !== undefined && vector.token !== undefined)
        .map((vector) => ({
          name: `${file} ${vector.id}`,
          token: vector.token ?? '',
          key: vector.key.value,
          secretEncoding: vector.key.format === 'secret-base64url' ? ('base64url' as const) : ('utf8' as const),
        }));
    });
}

const present = existsSync(vectorsDir) && readdirSync(vectorsDir).some((file) => file.endsWith('.json'));
// CI sets this, as for the verifier's vectors test: a missing folder then fails instead of skipping.
const required = process.env.REQUIRE_SHARED_VECTORS === '1';
if (!present && !required) console.warn(`[vectors] SKIPPED: no conformance vectors at ${vectorsDir} (expected in a checkout beside ../shared).`);
const vectors = present ? loadSignatureVectors() : [];

if (!present && required) {
  describe('signature walk over the conformance vectors, required by REQUIRE_SHARED_VECTORS=1', () => {
    it('are present', () => {
      expect.fail(`REQUIRE_SHARED_VECTORS=1 but there are no conformance vectors (*.json) at ${vectorsDir}.`);
    });
  });
}

describe.skipIf(!present)('the signature walk agrees with verifySignature on every conformance vector', () => {
  const compared = { valid: 0, mismatch: 0 };

  it.each(vectors.map((vector) => [vector.name, vector] as const))('%s', async (_name, vector) => {
    const verdict = await verifySignature({ token: vector.token, key: vector.key }, { secretEncoding: vector.secretEncoding });
    const walk = walkTokenSignature(inspectToken(vector.token), vector.key, vector.secretEncoding);
    const detail = JSON.stringify({ verdict: [verdict.status, verdict.reason], walk: walk.ok ? walk.match : walk.error });
    if (verdict.status === 'valid') {
      compared.valid++;
      expect(walk.ok && walk.match, detail).toBe(true);
    } else if (verdict.reason === 'signature-mismatch') {
      compared.mismatch++;
      expect(walk.ok && walk.match, detail).toBe(false);
    } else if (walk.ok && walk.match) {
      // A match the decoder refuses must be refused for a policy, never for the signature itself.
      expect(verdict.status, detail).not.toBe('error');
    }
  });

  it('compared a meaningful number of verdicts', () => {
    expect(compared.valid).toBeGreaterThanOrEqual(50);
    expect(compared.mismatch).toBeGreaterThanOrEqual(100);
  });
});
