import { p256, p384, p521 } from '@noble/curves/nist.js';

/** The NIST curves of ES256/384/512, by JOSE name (RFC 7518 §3.4). */
export const ECDSA_CURVES = new Map([
  ['P-256', p256],
  ['P-384', p384],
  ['P-521', p521],
]);

/** A curve of ECDSA_CURVES. */
export type EcdsaCurve = typeof p256;
