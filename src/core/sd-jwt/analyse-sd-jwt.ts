import type { DecodedToken } from '../token/decoded-token';
import { findTokenParts, readJsonObject } from '../token/find-token-parts';
import { processDisclosures, type DisclosureProcessing } from './process-disclosures';
import { readKeyBinding, type KeyBindingReading } from './read-key-binding';
import { readSdHashAlg, type SdHashAlg } from './sd-hash-alg';
import { splitSdJwt } from './split-sd-jwt';

/** Everything read from an SD-JWT's disclosures and key-binding JWT; plain data and codes. */
export interface SdJwtAnalysis extends DisclosureProcessing {
  /** The issuer-signed JWT's text (what the decoder's key box verifies). */
  issuerJwt: string;
  hashAlg: SdHashAlg;
  /** Disclosures after the first `MAX_DISCLOSURES`: counted, not read. */
  omittedDisclosures: number;
  /** Null when the SD-JWT ends with `~` (no key binding). */
  keyBinding: KeyBindingReading | null;
}

const analyses = new WeakMap<DecodedToken, SdJwtAnalysis | null>();

/**
 * Returns the SD-JWT read from a decoded token whose text holds `~` (null otherwise, or when the
 * issuer JWT's payload is not a JSON object): disclosures decoded and matched, hidden digests
 * counted, the processed payload, and the key-binding JWT read. Computed once per decoded token.
 * Verifies no signature.
 */
export function analyseSdJwt(decoded: DecodedToken): SdJwtAnalysis | null {
  const known = analyses.get(decoded);
  if (known !== undefined) return known;
  const analysis = analyse(decoded);
  analyses.set(decoded, analysis);
  return analysis;
}

function analyse(decoded: DecodedToken): SdJwtAnalysis | null {
  if (decoded.kind !== 'jws') return null;
  const pieces = splitSdJwt(decoded.normalisation.text);
  const payload = readJsonObject(findTokenParts(decoded).payload);
  if (pieces === null || payload === null) return null;
  const hashAlg = readSdHashAlg(payload);
  const processing = processDisclosures(payload, pieces.disclosures, hashAlg.name);
  return {
    ...processing,
    issuerJwt: pieces.issuerJwt,
    hashAlg,
    omittedDisclosures: pieces.omittedDisclosures,
    keyBinding: pieces.keyBindingJwt === null ? null : readKeyBinding(pieces.keyBindingJwt, pieces.presentation, hashAlg, payload),
  };
}
