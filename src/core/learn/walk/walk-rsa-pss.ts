import { DIGEST_BYTES, hashSha2, type HmacHash } from '../../audit/hmac-sha2';
import { concatBytes } from '../../keys/der';
import type { SignatureWalk, StepField } from '../signature-walk';
import { bitLength } from './big-integers';
import { bytesEqual, xorBytes } from './bytes';
import { mgf1 } from './mgf1';
import { openRsaSignature } from './rsa-public-operation';

const TRAILER = 0xbc;
const M_PRIME_ZEROS = 8;

/** Where PS (zeros), the 0x01 and the salt lie in DB, and the salt; a DB without its 0x01 has no salt. */
function splitDb(db: Uint8Array): { fields: StepField[]; salt: Uint8Array; wellFormed: boolean } {
  const one = db.findIndex((byte) => byte !== 0);
  if (one < 0 || db[one] !== 0x01) {
    return { fields: one > 0 ? [{ label: 'zeros', start: 0, end: one }] : [], salt: new Uint8Array(), wellFormed: false };
  }
  const fields: StepField[] = [
    ...(one > 0 ? [{ label: 'zeros' as const, start: 0, end: one }] : []),
    { label: 'one', start: one, end: one + 1 },
    { label: 'salt', start: one + 1, end: db.length },
  ];
  return { fields, salt: db.slice(one + 1), wellFormed: true };
}

/**
 * Returns the RSASSA-PSS walk (RFC 8017 §9.1.2, MGF1 with the same hash): EM = s^e mod n split into
 * maskedDB, H and the trailer; the MGF1(H) mask; DB and the salt recovered from it; M′ and H′. It
 * matches when H′ equals H, the encoding is well formed and the salt is as long as the hash (what
 * JOSE requires, RFC 7518 §3.5). Does not judge the key's size or exponent.
 */
export function walkRsaPss(alg: string, hash: HmacHash, n: bigint, e: bigint, signingInput: Uint8Array, signature: Uint8Array): SignatureWalk {
  const emBits = bitLength(n) - 1;
  const emShorter = emBits % 8 === 0 ? 1 : 0;
  const opened = openRsaSignature(n, e, signature, emShorter);
  if (!opened.ok) return opened;
  const { em } = opened;
  const hLen = DIGEST_BYTES[hash];
  const dbLength = Math.max(0, em.length - hLen - 1);
  const maskedDb = em.slice(0, dbLength);
  const h = em.slice(dbLength, dbLength + hLen);
  // The bits of EM above emBits must be zero; they are cleared in DB before reading it (step 9).
  const unusedBits = 8 * em.length - emBits;
  const topMask = 0xff >>> unusedBits;
  const dbMask = mgf1(hash, h, dbLength);
  const db = xorBytes(maskedDb, dbMask);
  if (db.length > 0) db[0] = db[0]! & topMask;
  const { fields: dbFields, salt, wellFormed } = splitDb(db);
  const digest = hashSha2(hash, signingInput);
  const mPrime = concatBytes(new Uint8Array(M_PRIME_ZEROS), digest, salt);
  const hPrime = hashSha2(hash, mPrime);
  const encodingOk =
    opened.inRange &&
    em.length >= 2 * hLen + 2 &&
    em[em.length - 1] === TRAILER &&
    ((maskedDb[0] ?? 0) & ~topMask & 0xff) === 0 &&
    wellFormed &&
    salt.length === hLen;
  return {
    ok: true,
    alg,
    family: 'rsa-pss',
    steps: [
      { id: 'signing-input', bytes: signingInput },
      { id: 'signature', bytes: signature },
      {
        id: 'em',
        bytes: em,
        fields: [
          { label: 'masked-db', start: 0, end: dbLength },
          { label: 'h', start: dbLength, end: dbLength + h.length },
          { label: 'trailer', start: em.length - 1, end: em.length },
        ],
      },
      { id: 'masked-db', bytes: maskedDb },
      { id: 'h', bytes: h },
      { id: 'db-mask', bytes: dbMask },
      { id: 'db', bytes: db, fields: dbFields },
      { id: 'salt', bytes: salt },
      { id: 'digest', bytes: digest },
      {
        id: 'm-prime',
        bytes: mPrime,
        fields: [
          { label: 'zeros', start: 0, end: M_PRIME_ZEROS },
          { label: 'hash', start: M_PRIME_ZEROS, end: M_PRIME_ZEROS + hLen },
          { label: 'salt', start: M_PRIME_ZEROS + hLen, end: mPrime.length },
        ],
      },
      { id: 'h-prime', bytes: hPrime },
    ],
    match: encodingOk && bytesEqual(hPrime, h),
    compared: { computed: hPrime, expected: h },
  };
}
