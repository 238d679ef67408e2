import { BLOCK_BYTES, hashSha2, hmacKeyBlock, type HmacHash } from '../../audit/hmac-sha2';
import { concatBytes } from '../../keys/der';
import type { SignatureWalk } from '../signature-walk';
import { bytesEqual, filledBytes, xorBytes } from './bytes';

const IPAD = 0x36;
const OPAD = 0x5c;

/**
 * Returns the HMAC walk (RFC 2104): key, K′, K′ ⊕ ipad, the inner hash, K′ ⊕ opad and the mac,
 * compared with the token's signature; any key length counts, the empty key included, and a
 * signature of another length simply does not match.
 */
export function walkHmac(alg: string, hash: HmacHash, key: Uint8Array, signingInput: Uint8Array, signature: Uint8Array): SignatureWalk {
  const block = BLOCK_BYTES[hash];
  const kPrime = hmacKeyBlock(hash, key);
  const innerKey = xorBytes(kPrime, filledBytes(block, IPAD));
  const innerHash = hashSha2(hash, concatBytes(innerKey, signingInput));
  const outerKey = xorBytes(kPrime, filledBytes(block, OPAD));
  const mac = hashSha2(hash, concatBytes(outerKey, innerHash));
  return {
    ok: true,
    alg,
    family: 'hmac',
    steps: [
      { id: 'signing-input', bytes: signingInput },
      { id: 'key', bytes: key },
      { id: 'k-prime', bytes: kPrime },
      { id: 'inner-key', bytes: innerKey },
      { id: 'inner-hash', bytes: innerHash },
      { id: 'outer-key', bytes: outerKey },
      { id: 'mac', bytes: mac },
      { id: 'signature', bytes: signature },
    ],
    match: bytesEqual(mac, signature),
    compared: { computed: mac, expected: signature },
  };
}
