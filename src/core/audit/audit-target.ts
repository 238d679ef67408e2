import { encodeHex } from '../encoding/hex';
import type { DecodedToken } from '../token/decoded-token';
import { isHmacAlg, MAC_BYTES, type HmacAlg } from './hmac-alg';
import type { PackedKeys } from './pack-keys';
import { readJsonObject } from '../token/find-token-parts';
import { encodeUtf8 } from '../encoding/utf8';

/** What the audit tries to reproduce: the MAC of the signing input. */
export interface AuditTarget {
  alg: HmacAlg;
  /** ASCII(BASE64URL(header) || '.' || BASE64URL(payload)). */
  signingInput: Uint8Array;
  signature: Uint8Array;
}

/** Which loop computes the MACs: the WASM SIMD kernel or the plain-JS one. */
export type AuditEngine = 'wasm-simd' | 'wasm' | 'js';

/** Runs the audit loop over a range of packed candidate keys for one target. */
export interface Scanner {
  readonly engine: AuditEngine;
  /** The index of the first key in `[start, end)` whose MAC equals the signature, or -1. */
  scan(keys: PackedKeys, start: number, end: number): number;
}

/** Why a token cannot be audited, or null when it can: the signature must be a full MAC of the alg's size. */
export function checkAuditTarget(target: AuditTarget): 'signature-length' | null {
  return target.signature.length === MAC_BYTES[target.alg] ? null : 'signature-length';
}

/**
 * The longest signing input the audit takes on. Every guess hashes all of it, so a 20 MB token would
 * keep a core busy for minutes, and copying it into bytes alone costs the page a long task.
 */
export const AUDIT_MAX_SIGNING_INPUT = 1024 * 1024;

/** Why an HMAC-signed token cannot be audited. */
export type AuditUnavailableReason = 'signature-length' | 'too-large';

/** What `readAuditTarget` found. */
export type AuditTargetReading =
  | { kind: 'none' }
  | { kind: 'unavailable'; alg: HmacAlg; reason: AuditUnavailableReason }
  | { kind: 'target'; target: AuditTarget };

/**
 * What the audit can do with a decoded token: `none` when it is not an HMAC-signed JWS (nothing to
 * audit), `unavailable` when it claims HS256/384/512 but its signature is missing or not a MAC of
 * the algorithm's size, or its signing input is longer than `AUDIT_MAX_SIGNING_INPUT` (checked
 * before any byte is copied), else the target. Reads `alg` as JSON.parse does (the last copy wins).
 */
export function readAuditTarget(decoded: DecodedToken): AuditTargetReading {
  if (decoded.kind !== 'jws') return { kind: 'none' };
  const [header, , signature] = decoded.parts;
  const alg = readJsonObject(header)?.alg;
  if (!isHmacAlg(alg)) return { kind: 'none' };
  if (!signature.decoding.ok) return { kind: 'unavailable', alg, reason: 'signature-length' };
  if (decoded.signingInput.length > AUDIT_MAX_SIGNING_INPUT) return { kind: 'unavailable', alg, reason: 'too-large' };
  const target: AuditTarget = {
    alg,
    signingInput: asciiBytes(decoded.signingInput),
    signature: signature.decoding.bytes,
  };
  const unusable = checkAuditTarget(target);
  return unusable === null ? { kind: 'target', target } : { kind: 'unavailable', alg, reason: unusable };
}

function asciiBytes(text: string): Uint8Array {
  // The signing input is base64url and '.', so one byte per character. The native encoder copies
  // 20 MB in milliseconds where the loop below took ~0.1 s on the main thread; the loop stays for
  // text that is not ASCII, whose low bytes are what is compared.
  const encoded = encodeUtf8(text);
  if (encoded.length === text.length) return encoded;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A stable key for a target: equal keys mean the same MAC to look for. */
export function auditTargetKey(target: AuditTarget): string {
  return `${target.alg}.${encodeHex(target.signature)}.${target.signingInput.length}.${hashText(target.signingInput)}`;
}

function hashText(bytes: Uint8Array): string {
  // FNV-1a over the whole input: with the signature, enough to tell tokens apart without keeping them.
  let h = 0x811c9dc5;
  // An indexed loop: the iterator form took ~0.25 s over a 20 MB token on the main thread.
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h >>> 0).toString(16);
}
