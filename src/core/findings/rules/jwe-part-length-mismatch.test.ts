import { check, meta } from './jwe-part-length-mismatch';
import type { EvidencePart } from '../finding';
import { b64u, jwe, testRule, type InvalidCase } from '../test-support/rule-tester';

interface Sizes {
  key: number;
  iv: number;
  ciphertext: number;
  tag: number;
}

/** A compact JWE with a real header and opaque parts of the given sizes in bytes. */
function sized(header: Record<string, unknown>, sizes: Sizes): string {
  const bytes = (length: number) => b64u(new Uint8Array(length).fill(7));
  return [b64u(JSON.stringify(header)), bytes(sizes.key), bytes(sizes.iv), bytes(sizes.ciphertext), bytes(sizes.tag)].join('.');
}

/** A dir token with one wrong part, reported with the part's measured size and `enc` as evidence. */
function wrongPart(name: string, enc: string, sizes: Sizes, messageId: string, part: EvidencePart, params: { bytes: number } & Record<string, number>): InvalidCase {
  const evidence = [
    { part, measure: { unit: 'bytes' as const, count: params.bytes } },
    { part: 'header' as const, pointer: '/enc', value: enc },
  ];
  return { name, token: sized({ alg: 'dir', enc }, sizes), findings: [{ messageId, params: { enc, ...params }, evidence }] };
}

const gcm = { iv: 12, ciphertext: 37, tag: 16 };
const cbc256 = { iv: 16, ciphertext: 48, tag: 16 };
const cbc512 = { iv: 16, ciphertext: 48, tag: 32 };

testRule(
  { meta, check },
  {
    valid: [
      { name: 'dir, A256GCM, empty encrypted key', token: sized({ alg: 'dir', enc: 'A256GCM' }, { key: 0, ...gcm }) },
      { name: 'ECDH-ES, A128GCM, empty encrypted key', token: sized({ alg: 'ECDH-ES', enc: 'A128GCM' }, { key: 0, ...gcm }) },
      { name: 'A128KW wrapping an A128GCM key: 16 + 8 bytes', token: sized({ alg: 'A128KW', enc: 'A128GCM' }, { key: 24, ...gcm }) },
      { name: 'A256KW wrapping an A256CBC-HS512 key: 64 + 8 bytes', token: sized({ alg: 'A256KW', enc: 'A256CBC-HS512' }, { key: 72, ...cbc512 }) },
      { name: 'ECDH-ES+A192KW wrapping an A192CBC-HS384 key', token: sized({ alg: 'ECDH-ES+A192KW', enc: 'A192CBC-HS384' }, { key: 56, iv: 16, ciphertext: 32, tag: 24 }) },
      { name: 'PBES2-HS256+A128KW wrapping an A128CBC-HS256 key', token: sized({ alg: 'PBES2-HS256+A128KW', enc: 'A128CBC-HS256', p2c: 4096, p2s: 'AAAAAAAAAAA' }, { key: 40, ...cbc256 }) },
      { name: 'A256GCMKW, the content key unexpanded', token: sized({ alg: 'A256GCMKW', enc: 'A256GCM', iv: 'AAAAAAAAAAAAAAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' }, { key: 32, ...gcm }) },
      { name: 'A128GCM with an empty ciphertext (empty plaintext)', token: sized({ alg: 'dir', enc: 'A128GCM' }, { key: 0, iv: 12, ciphertext: 0, tag: 16 }) },
      { name: 'A192GCMKW without header iv and tag: left to the decrypter', token: sized({ alg: 'A192GCMKW', enc: 'A192GCM' }, { key: 24, ...gcm }) },
      { name: 'header iv and tag of the wrong size outside A*GCMKW are not read', token: sized({ alg: 'dir', enc: 'A128GCM', iv: 'AA', tag: 'AA' }, { key: 0, ...gcm }) },
      { name: 'RSA-OAEP: the encrypted key is the modulus size, not judged here', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }, 300) },
      { name: 'unknown enc is alg-invalid, not this rule', token: sized({ alg: 'dir', enc: 'A512GCM' }, { key: 9, iv: 1, ciphertext: 1, tag: 1 }) },
      { name: 'no enc', token: sized({ alg: 'dir' }, { key: 9, iv: 1, ciphertext: 1, tag: 1 }) },
      { name: 'a JWS', token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' },
    ],
    invalid: [
      {
        name: 'dir with a non-empty encrypted key',
        token: sized({ alg: 'dir', enc: 'A256GCM' }, { key: 40, ...gcm }),
        findings: [
          {
            messageId: 'encryptedKeyNotEmpty',
            params: { alg: 'dir', bytes: 40 },
            evidence: [
              { part: 'encrypted-key', measure: { unit: 'bytes', count: 40 } },
              { part: 'header', pointer: '/alg', value: 'dir' },
            ],
          },
        ],
      },
      {
        name: 'A128KW wrapping a key sized for A128GCM while enc says A256CBC-HS512',
        token: sized({ alg: 'A128KW', enc: 'A256CBC-HS512' }, { key: 24, ...cbc512 }),
        findings: [
          {
            messageId: 'encryptedKeyLength',
            params: { alg: 'A128KW', enc: 'A256CBC-HS512', bytes: 24, expectedBytes: 72 },
            evidence: [
              { part: 'encrypted-key', measure: { unit: 'bytes', count: 24 } },
              { part: 'header', pointer: '/alg', value: 'A128KW' },
              { part: 'header', pointer: '/enc', value: 'A256CBC-HS512' },
            ],
          },
        ],
      },
      { name: 'A256GCMKW with a wrapped-style key (+8)', token: sized({ alg: 'A256GCMKW', enc: 'A256GCM' }, { key: 40, ...gcm }), findings: [{ messageId: 'encryptedKeyLength', params: { expectedBytes: 32 } }] },
      { name: 'A128KW with an empty encrypted key', token: sized({ alg: 'A128KW', enc: 'A128GCM' }, { key: 0, ...gcm }), findings: [{ messageId: 'encryptedKeyLength', params: { bytes: 0, expectedBytes: 24 } }] },
      wrongPart('GCM with a 16-byte IV', 'A128GCM', { key: 0, iv: 16, ciphertext: 37, tag: 16 }, 'ivLength', 'iv', { bytes: 16, expectedBytes: 12 }),
      { name: 'CBC with a 12-byte IV', token: sized({ alg: 'dir', enc: 'A128CBC-HS256' }, { key: 0, iv: 12, ciphertext: 48, tag: 16 }), findings: [{ messageId: 'ivLength', params: { expectedBytes: 16 } }] },
      wrongPart('GCM with a truncated 8-byte tag', 'A256GCM', { key: 0, iv: 12, ciphertext: 37, tag: 8 }, 'tagLength', 'tag', { bytes: 8, expectedBytes: 16 }),
      { name: 'A256CBC-HS512 with a 16-byte tag (A128CBC-HS256 size)', token: sized({ alg: 'dir', enc: 'A256CBC-HS512' }, { key: 0, ...cbc256 }), findings: [{ messageId: 'tagLength', params: { bytes: 16, expectedBytes: 32 } }] },
      wrongPart('CBC ciphertext not whole blocks', 'A128CBC-HS256', { key: 0, iv: 16, ciphertext: 37, tag: 16 }, 'ciphertextBlocks', 'ciphertext', { bytes: 37, blockBytes: 16 }),
      { name: 'CBC with an empty ciphertext', token: sized({ alg: 'dir', enc: 'A128CBC-HS256' }, { key: 0, iv: 16, ciphertext: 0, tag: 16 }), findings: [{ messageId: 'ciphertextBlocks', params: { bytes: 0 } }] },
      {
        name: 'every part wrong at once',
        token: sized({ alg: 'ECDH-ES', enc: 'A192CBC-HS384' }, { key: 5, iv: 5, ciphertext: 5, tag: 5 }),
        findings: [{ messageId: 'encryptedKeyNotEmpty' }, { messageId: 'ivLength' }, { messageId: 'ciphertextBlocks' }, { messageId: 'tagLength', params: { expectedBytes: 24 } }],
      },
      {
        name: 'A128GCMKW with a 16-byte header iv and an 8-byte header tag',
        token: sized({ alg: 'A128GCMKW', enc: 'A128GCM', iv: b64u(new Uint8Array(16)), tag: b64u(new Uint8Array(8)) }, { key: 16, ...gcm }),
        findings: [
          { messageId: 'keyWrapIvLength', params: { alg: 'A128GCMKW', bytes: 16, expectedBytes: 12 }, evidence: [{ part: 'header', pointer: '/iv', value: b64u(new Uint8Array(16)) }] },
          { messageId: 'keyWrapTagLength', params: { alg: 'A128GCMKW', bytes: 8, expectedBytes: 16 }, pointer: '/tag' },
        ],
      },
      { name: 'the test helper’s 256-byte encrypted key with dir', token: jwe({ alg: 'dir', enc: 'A256GCM' }), findings: [{ messageId: 'encryptedKeyNotEmpty', params: { bytes: 256 } }] },
    ],
  },
);
