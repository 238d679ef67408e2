import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor } from '../test-support/rule-tester';
import { check } from './jwe-part-length-mismatch';

// The public JWE conformance vectors beside the repository (as the decryption tests read them): a
// token that must decrypt never has parts of the wrong size, and a truncated tag always does.
const vectorsDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'vectors', 'jwe');
const present = existsSync(vectorsDir) && readdirSync(vectorsDir).some((file) => file.endsWith('.json'));

interface VectorCase {
  id: string;
  token: string;
  expect: { decrypt: 'ok' | 'fail' };
}

const cases: VectorCase[] = present
  ? readdirSync(vectorsDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(path.join(vectorsDir, file), 'utf8')) as { cases?: VectorCase[] }).cases ?? [])
  : [];

describe.skipIf(!present)('jwe-part-length-mismatch on the JWE conformance vectors', () => {
  it('stays silent on every token that decrypts', () => {
    const decrypting = cases.filter((vector) => vector.expect.decrypt === 'ok');
    expect(decrypting.length).toBeGreaterThan(0);
    expect(decrypting.filter((vector) => check(contextFor(vector.token)).length > 0).map((vector) => vector.id)).toEqual([]);
  });

  it('reports the tag of every tag-truncated token', () => {
    const truncated = cases.filter((vector) => vector.id.endsWith('-tag-truncated'));
    expect(truncated.length).toBeGreaterThan(0);
    expect(truncated.filter((vector) => !check(contextFor(vector.token)).some((finding) => finding.messageId === 'tagLength')).map((vector) => vector.id)).toEqual([]);
  });
});
