import { encodeHex } from '../encoding/hex';
import {
  contentOf,
  DER_TAG,
  DerCursor,
  encodingOf,
  readBitStringBytes,
  readDerRoot,
  readDirectoryString,
  readOid,
  readTimeSeconds,
  readUnsignedInteger,
  toDerError,
  type DerNode,
} from './der';
import type { KeyInfo } from './key-info';
import { readAlgorithmIdentifier, readSpki, type AlgorithmIdentifier, type KeyStructureError } from './read-spki';

/** One attribute of a distinguished name; `name` is the RFC 4514 short name when there is one. */
export interface NameAttribute {
  oid: string;
  name?: string;
  /** The text, or the hex of the value's DER when it is not a directory string. */
  value: string;
}

/** What a certificate's issuer signed, and the signature, to check it with a key. */
export interface CertificateSignature {
  /** The TBSCertificate DER: the bytes the signature covers. */
  signed: Uint8Array;
  /** The outer signatureAlgorithm. */
  algorithm: AlgorithmIdentifier;
  /** The signatureValue bytes (for ECDSA, the DER Ecdsa-Sig-Value). */
  value: Uint8Array;
}

/** The parts of an X.509 certificate the inspector shows; nothing here is checked against a trust store. */
export interface CertificateInfo {
  /** Relative distinguished names in certificate order (most significant first). */
  subject: NameAttribute[][];
  issuer: NameAttribute[][];
  notBeforeSeconds: number;
  notAfterSeconds: number;
  serialNumberHex: string;
  /** The certificate's SubjectPublicKeyInfo DER. */
  spki: Uint8Array;
  keyInfo: KeyInfo;
  /** Issuer and subject are the same Name, byte for byte (RFC 5280 §3.2 "self-issued"). */
  selfIssued: boolean;
  signature: CertificateSignature;
}

/** A certificate's shown parts, or where its DER breaks. */
export type CertificateReading = { ok: true; certificate: CertificateInfo } | { ok: false; error: KeyStructureError };

const ATTRIBUTE_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.3', 'CN'],
  ['2.5.4.4', 'SN'],
  ['2.5.4.5', 'serialNumber'],
  ['2.5.4.6', 'C'],
  ['2.5.4.7', 'L'],
  ['2.5.4.8', 'ST'],
  ['2.5.4.9', 'STREET'],
  ['2.5.4.10', 'O'],
  ['2.5.4.11', 'OU'],
  ['2.5.4.12', 'title'],
  ['2.5.4.17', 'postalCode'],
  ['2.5.4.42', 'GN'],
  ['2.5.4.97', 'organizationIdentifier'],
  ['0.9.2342.19200300.100.1.1', 'UID'],
  ['0.9.2342.19200300.100.1.25', 'DC'],
  ['1.2.840.113549.1.9.1', 'emailAddress'],
]);

function readName(node: DerNode): NameAttribute[][] {
  const rdns: NameAttribute[][] = [];
  const cursor = DerCursor.of(node);
  while (cursor.hasMore()) {
    const rdn: NameAttribute[] = [];
    const set = DerCursor.of(cursor.next(DER_TAG.set));
    while (set.hasMore()) {
      const pair = DerCursor.of(set.next(DER_TAG.sequence));
      const oid = readOid(pair.next(DER_TAG.oid));
      const valueNode = pair.next();
      pair.assertEnd();
      const value = readDirectoryString(valueNode) ?? encodeHex(encodingOf(valueNode));
      const name = ATTRIBUTE_NAMES.get(oid);
      rdn.push(name === undefined ? { oid, value } : { oid, name, value });
    }
    rdns.push(rdn);
  }
  return rdns;
}

function isSameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Returns subject, issuer, validity (unix seconds), serial number and public key of an X.509
 * certificate DER, with what its signature covers; does not check its signature, chain, extensions or whether it is in date.
 */
export function readCertificate(der: Uint8Array): CertificateReading {
  try {
    const certificate = DerCursor.of(readDerRoot(der, DER_TAG.sequence));
    const tbsNode = certificate.next(DER_TAG.sequence);
    const signatureAlgorithm = readAlgorithmIdentifier(certificate.next(DER_TAG.sequence));
    const signatureValue = readBitStringBytes(certificate.next(DER_TAG.bitString));
    certificate.assertEnd();

    const tbs = DerCursor.of(tbsNode);
    tbs.nextIf(DER_TAG.context0);
    const serialNode = tbs.next(DER_TAG.integer);
    tbs.next(DER_TAG.sequence);
    const issuerNode = tbs.next(DER_TAG.sequence);
    const issuer = readName(issuerNode);
    const validity = DerCursor.of(tbs.next(DER_TAG.sequence));
    const notBeforeSeconds = readTimeSeconds(validity.next());
    const notAfterSeconds = readTimeSeconds(validity.next());
    validity.assertEnd();
    const subjectNode = tbs.next(DER_TAG.sequence);
    const subject = readName(subjectNode);
    const spkiNode = tbs.next(DER_TAG.sequence);
    const spki = encodingOf(spkiNode);
    const key = readSpki(spki);
    if (!key.ok) return { ok: false, error: { ...key.error, offset: key.error.offset + spkiNode.start, structure: 'certificate' } };

    let serialNumberHex: string;
    try {
      serialNumberHex = encodeHex(readUnsignedInteger(serialNode));
    } catch {
      // Some CAs issued negative serial numbers; show the raw bytes rather than refuse the certificate.
      serialNumberHex = encodeHex(contentOf(serialNode));
    }
    const selfIssued = isSameBytes(encodingOf(issuerNode), encodingOf(subjectNode));
    const signature = { signed: encodingOf(tbsNode), algorithm: signatureAlgorithm, value: signatureValue };
    return {
      ok: true,
      certificate: { subject, issuer, notBeforeSeconds, notAfterSeconds, serialNumberHex, spki, keyInfo: key.keyInfo, selfIssued, signature },
    };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'certificate' } };
  }
}

/** Returns a distinguished name as RFC 4514-style text, most specific first (`CN=…, O=…, C=…`); does not escape every special character. */
export function formatDistinguishedName(name: NameAttribute[][]): string {
  return [...name]
    .reverse()
    .map((rdn) => rdn.map((attribute) => `${attribute.name ?? attribute.oid}=${attribute.value.replace(/([,+"\\<>;])/g, '\\$1')}`).join('+'))
    .join(', ');
}
