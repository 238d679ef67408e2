import { decodeBase64Url } from '../../encoding/base64url';
import { ownMember, type JsonObject } from '../../json/json-value';
import type { TokenPart } from '../../token/decoded-token';
import { createFinding, describeValue, pointerTo, type Evidence, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §4–5 fix, for each alg and enc, the sizes of the encrypted key, IV and tag: a token whose
// parts break them was built for another alg/enc pair (or altered), and needs no key to tell.
export const meta: RuleMeta = {
  id: 'jwe-part-length-mismatch',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['encryptedKeyNotEmpty', 'encryptedKeyLength', 'ivLength', 'tagLength', 'ciphertextBlocks', 'keyWrapIvLength', 'keyWrapTagLength'],
  references: [
    rfc(7516, '5.1'),
    rfc(7518, '4.4'),
    rfc(7518, '4.5'),
    rfc(7518, '4.6'),
    rfc(7518, '4.7.1'),
    rfc(7518, '5.2.2.1'),
    rfc(7518, '5.2.3'),
    rfc(7518, '5.2.4'),
    rfc(7518, '5.2.5'),
    rfc(7518, '5.3'),
    rfc(3394, '2.2.1'),
  ],
  docsAnchor: 'jwe-part-length-mismatch',
};

interface EncSizes {
  /** The content encryption key. */
  cek: number;
  iv: number;
  tag: number;
  /** CBC ciphertexts are whole cipher blocks (PKCS #7 always adds at least one byte); GCM has none. */
  block?: number;
}

/** Sizes in bytes that each registered `enc` requires (RFC 7518 §5.2.3–5.2.5 and §5.3). */
const ENC_SIZES: ReadonlyMap<string, EncSizes> = new Map([
  ['A128CBC-HS256', { cek: 32, iv: 16, tag: 16, block: 16 }],
  ['A192CBC-HS384', { cek: 48, iv: 16, tag: 24, block: 16 }],
  ['A256CBC-HS512', { cek: 64, iv: 16, tag: 32, block: 16 }],
  ['A128GCM', { cek: 16, iv: 12, tag: 16 }],
  ['A192GCM', { cek: 24, iv: 12, tag: 16 }],
  ['A256GCM', { cek: 32, iv: 12, tag: 16 }],
]);

/** AES Key Wrap (RFC 3394) adds one 8-byte block to the key it wraps. */
const KEY_WRAP_OVERHEAD = 8;

const GCM_KEY_WRAP = /^A(?:128|192|256)GCMKW$/;

/** The `iv` and `tag` header parameters of A*GCMKW: a 96-bit IV and a 128-bit tag (RFC 7518 §4.7.1). */
const GCM_KEY_WRAP_PARAMETERS = [
  { name: 'iv', bytes: 12, messageId: 'keyWrapIvLength' },
  { name: 'tag', bytes: 16, messageId: 'keyWrapTagLength' },
] as const;

/**
 * The encrypted key's size for `alg` wrapping a CEK of `cek` bytes: 0 for direct use or agreement,
 * null where it is the recipient's RSA modulus (known only with the key) or `alg` is not registered.
 */
function expectedEncryptedKeyBytes(alg: string, cek: number): number | null {
  if (alg === 'dir' || alg === 'ECDH-ES') return 0;
  if (/^(?:A(?:128|192|256)KW|ECDH-ES\+A(?:128|192|256)KW|PBES2-HS(?:256|384|512)\+A(?:128|192|256)KW)$/.test(alg)) return cek + KEY_WRAP_OVERHEAD;
  if (GCM_KEY_WRAP.test(alg)) return cek;
  return null;
}

/** A part's size in bytes; an empty segment is 0 bytes even where the decoder reports it as missing. */
function sizeOf(part: TokenPart): number | null {
  if (part.segment === '') return 0;
  return part.decoding.ok ? part.decoding.bytes.length : null;
}

/** The A*GCMKW header parameters that decode to the wrong size; absent or undecodable ones are left to the decrypter. */
function checkGcmKeyWrapHeader(header: JsonObject, alg: string): Finding[] {
  if (!GCM_KEY_WRAP.test(alg)) return [];
  return GCM_KEY_WRAP_PARAMETERS.flatMap(({ name, bytes: expectedBytes, messageId }) => {
    const value = ownMember(header, name);
    const decoded = typeof value === 'string' ? decodeBase64Url(value) : null;
    if (decoded === null || !decoded.ok || decoded.bytes.length === expectedBytes) return [];
    const bytes = decoded.bytes.length;
    return [createFinding(meta, messageId, { alg, bytes, expectedBytes }, [{ part: 'header', pointer: pointerTo(name), value: describeValue(value) }])];
  });
}

export function check(context: RuleContext): Finding[] {
  const { alg, header } = context;
  if (context.decoded.kind !== 'jwe' || header === null || typeof alg !== 'string' || typeof header.enc !== 'string') return [];
  const enc = header.enc;
  const sizes = ENC_SIZES.get(enc);
  if (sizes === undefined) return [];
  const [, encryptedKeyPart, ivPart, ciphertextPart, tagPart] = context.decoded.parts;
  const algEvidence: Evidence = { part: 'header', pointer: pointerTo('alg'), value: alg };
  const encEvidence: Evidence = { part: 'header', pointer: pointerTo('enc'), value: enc };
  const measured = (part: Evidence['part'], count: number): Evidence => ({ part, measure: { unit: 'bytes', count } });
  const findings = checkGcmKeyWrapHeader(header, alg);

  const encryptedKey = sizeOf(encryptedKeyPart);
  const expectedKey = expectedEncryptedKeyBytes(alg, sizes.cek);
  if (encryptedKey !== null && expectedKey !== null && encryptedKey !== expectedKey) {
    findings.push(
      expectedKey === 0
        ? createFinding(meta, 'encryptedKeyNotEmpty', { alg, bytes: encryptedKey }, [measured('encrypted-key', encryptedKey), algEvidence])
        : createFinding(meta, 'encryptedKeyLength', { alg, enc, bytes: encryptedKey, expectedBytes: expectedKey }, [measured('encrypted-key', encryptedKey), algEvidence, encEvidence]),
    );
  }
  const iv = sizeOf(ivPart);
  if (iv !== null && iv !== sizes.iv) findings.push(createFinding(meta, 'ivLength', { enc, bytes: iv, expectedBytes: sizes.iv }, [measured('iv', iv), encEvidence]));
  const ciphertext = sizeOf(ciphertextPart);
  if (ciphertext !== null && sizes.block !== undefined && (ciphertext === 0 || ciphertext % sizes.block !== 0)) {
    findings.push(createFinding(meta, 'ciphertextBlocks', { enc, bytes: ciphertext, blockBytes: sizes.block }, [measured('ciphertext', ciphertext), encEvidence]));
  }
  const tag = sizeOf(tagPart);
  if (tag !== null && tag !== sizes.tag) findings.push(createFinding(meta, 'tagLength', { enc, bytes: tag, expectedBytes: sizes.tag }, [measured('tag', tag), encEvidence]));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
