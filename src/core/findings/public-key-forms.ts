import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { isJsonObject, type JsonValue } from '../json/json-value';
import { concatBytes, DER_TAG, encodeBitString, encodeDer, encodeOid } from '../keys/der';
import { EC_CURVE_BY_OID, OID } from '../keys/key-info';
import { readJwkBytes } from '../keys/parse-jwk';
import { formatPem } from '../keys/parse-pem';
import { RSA_ENCRYPTION_ALGORITHM } from '../keys/pkcs1-to-spki';
import { readRsaPublicKey, readSpkiParts } from '../keys/read-spki';
import { encodeUtf8 } from '../encoding/utf8';

const CURVE_OIDS: ReadonlyMap<string, string> = new Map([...EC_CURVE_BY_OID].map(([oid, name]) => [name, oid]));
const OKP_OIDS: ReadonlyMap<string, string> = new Map([['Ed25519', OID.ed25519], ['Ed448', OID.ed448], ['X25519', OID.x25519], ['X448', OID.x448]]);
const OPENSSH_CURVES: ReadonlyMap<string, string> = new Map([['P-256', 'nistp256'], ['P-384', 'nistp384'], ['P-521', 'nistp521']]);

// Both DER INTEGER and SSH mpint are two's complement: no redundant leading zero bytes, and one
// zero byte before a set high bit. DER writes zero as one byte, SSH as none (RFC 4251 §5).
function toPositiveInteger(magnitude: Uint8Array, minLength: 0 | 1): Uint8Array {
  let start = 0;
  while (start < magnitude.length - minLength && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return ((trimmed[0] ?? 0) & 0x80) !== 0 ? concatBytes(Uint8Array.of(0), trimmed) : trimmed;
}

function encodeUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.integer, toPositiveInteger(magnitude, 1));
}

/** Returns the PKCS#1 RSAPublicKey DER of a modulus and exponent. */
function encodeRsaPublicKey(modulus: Uint8Array, exponent: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.sequence, encodeUnsignedInteger(modulus), encodeUnsignedInteger(exponent));
}

/** Returns the SubjectPublicKeyInfo DER of a public JWK (RSA, EC, OKP), or null when its members are missing or unknown. */
export function convertJwkToSpki(jwk: JsonValue): Uint8Array | null {
  if (!isJsonObject(jwk)) return null;
  switch (jwk.kty) {
    case 'RSA': {
      const n = readJwkBytes(jwk, 'n');
      const e = readJwkBytes(jwk, 'e');
      if (n === null || e === null || n.length === 0 || e.length === 0) return null;
      return encodeDer(DER_TAG.sequence, RSA_ENCRYPTION_ALGORITHM, encodeBitString(encodeRsaPublicKey(n, e)));
    }
    case 'EC': {
      const curveOid = typeof jwk.crv === 'string' ? CURVE_OIDS.get(jwk.crv) : undefined;
      const x = readJwkBytes(jwk, 'x');
      const y = readJwkBytes(jwk, 'y');
      if (curveOid === undefined || x === null || y === null) return null;
      const algorithm = encodeDer(DER_TAG.sequence, encodeOid(OID.ecPublicKey), encodeOid(curveOid));
      return encodeDer(DER_TAG.sequence, algorithm, encodeBitString(concatBytes(Uint8Array.of(4), x, y)));
    }
    case 'OKP': {
      const oid = typeof jwk.crv === 'string' ? OKP_OIDS.get(jwk.crv) : undefined;
      const x = readJwkBytes(jwk, 'x');
      if (oid === undefined || x === null) return null;
      return encodeDer(DER_TAG.sequence, encodeDer(DER_TAG.sequence, encodeOid(oid)), encodeBitString(x));
    }
    default:
      return null;
  }
}

/** An SPKI taken apart: the algorithm, its curve, the key bytes, and for RSA the PKCS#1 DER and numbers. */
interface SpkiParts {
  oid: string;
  curve?: string;
  publicKey: Uint8Array;
  rsa?: { pkcs1: Uint8Array; modulus: Uint8Array; exponent: Uint8Array };
}

function takeSpkiApart(spki: Uint8Array): SpkiParts | null {
  try {
    const { algorithm, publicKey } = readSpkiParts(spki);
    const parts: SpkiParts = { oid: algorithm.oid, publicKey };
    const curve = algorithm.parameterOid === undefined ? undefined : EC_CURVE_BY_OID.get(algorithm.parameterOid);
    if (curve !== undefined) parts.curve = curve;
    if (algorithm.oid === OID.rsaEncryption || algorithm.oid === OID.rsassaPss) parts.rsa = { pkcs1: publicKey, ...readRsaPublicKey(publicKey) };
    return parts;
  } catch {
    return null;
  }
}

function sshString(bytes: Uint8Array): Uint8Array {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length);
  return concatBytes(length, bytes);
}

function sshMpint(magnitude: Uint8Array): Uint8Array {
  return sshString(toPositiveInteger(magnitude, 0));
}

/** Returns standard base64 with padding (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
  const url = encodeBase64Url(bytes);
  return url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (url.length % 4)) % 4);
}

function formatOpenSsh(parts: SpkiParts): string | null {
  const ascii = encodeUtf8;
  let type: string;
  let body: Uint8Array;
  if (parts.rsa !== undefined && parts.oid === OID.rsaEncryption) {
    type = 'ssh-rsa';
    body = concatBytes(sshString(ascii(type)), sshMpint(parts.rsa.exponent), sshMpint(parts.rsa.modulus));
  } else if (parts.oid === OID.ecPublicKey && parts.curve !== undefined && OPENSSH_CURVES.has(parts.curve)) {
    const curve = OPENSSH_CURVES.get(parts.curve) ?? '';
    type = `ecdsa-sha2-${curve}`;
    body = concatBytes(sshString(ascii(type)), sshString(ascii(curve)), sshString(parts.publicKey));
  } else if (parts.oid === OID.ed25519) {
    type = 'ssh-ed25519';
    body = concatBytes(sshString(ascii(type)), sshString(parts.publicKey));
  } else {
    return null;
  }
  return `${type} ${encodeBase64(body)}`;
}

/** Returns the OpenSSH one-line public key (`ssh-rsa …`, `ecdsa-sha2-nistp256 …`, `ssh-ed25519 …`) of an SPKI, without a comment; null for other key types. */
export function formatOpenSshPublicKey(spki: Uint8Array): string | null {
  const parts = takeSpkiApart(spki);
  return parts === null ? null : formatOpenSsh(parts);
}

/** How a public key was written when it served as an HMAC secret (camelCase: it is an ICU select value). */
export type KeyForm =
  | 'asPasted'
  | 'trailingNewlineAdded'
  | 'trailingNewlineRemoved'
  | 'crlfLineEnds'
  | 'lfLineEnds'
  | 'leadingWhitespaceRemoved'
  | 'leadingSpaceAdded'
  | 'spkiPem'
  | 'spkiPemNoNewline'
  | 'spkiDer'
  | 'pkcs1Pem'
  | 'pkcs1PemNoNewline'
  | 'pkcs1Der'
  | 'jwkMinified'
  | 'certificatePem'
  | 'certificatePemNoNewline'
  | 'openssh'
  | 'opensshNewline';

/** One byte string to try as an HMAC key, and how it was made. */
export interface KeyFormBytes {
  form: KeyForm;
  bytes: Uint8Array;
}

/** Returns the variants of a key text as pasted: trailing newline toggled, LF↔CRLF, leading whitespace removed or one space added. */
export function collectTextForms(text: string): KeyFormBytes[] {
  const forms: { form: KeyForm; text: string }[] = [{ form: 'asPasted', text }];
  if (text.endsWith('\n')) forms.push({ form: 'trailingNewlineRemoved', text: text.replace(/\r?\n$/, '') });
  else forms.push({ form: 'trailingNewlineAdded', text: `${text}\n` });
  if (text.includes('\r\n')) forms.push({ form: 'lfLineEnds', text: text.replace(/\r\n/g, '\n') });
  else if (text.includes('\n')) forms.push({ form: 'crlfLineEnds', text: text.replace(/\n/g, '\r\n') });
  if (text.trimStart() !== text) forms.push({ form: 'leadingWhitespaceRemoved', text: text.trimStart() });
  forms.push({ form: 'leadingSpaceAdded', text: ` ${text}` });
  return forms.map(({ form, text: variant }) => ({ form, bytes: encodeUtf8(variant) }));
}

/** Returns the re-encodings of an SPKI: SPKI and (RSA) PKCS#1 as PEM with and without the final newline and as DER, and the OpenSSH line. */
export function collectSpkiForms(spki: Uint8Array): KeyFormBytes[] {
  const parts = takeSpkiApart(spki);
  const forms: KeyFormBytes[] = [];
  const addPem = (label: string, der: Uint8Array, withNewline: KeyForm, withoutNewline: KeyForm) => {
    const pem = formatPem(label, der);
    forms.push({ form: withNewline, bytes: encodeUtf8(pem) }, { form: withoutNewline, bytes: encodeUtf8(pem.replace(/\n$/, '')) });
  };
  addPem('PUBLIC KEY', spki, 'spkiPem', 'spkiPemNoNewline');
  forms.push({ form: 'spkiDer', bytes: spki });
  if (parts?.rsa !== undefined) {
    addPem('RSA PUBLIC KEY', parts.rsa.pkcs1, 'pkcs1Pem', 'pkcs1PemNoNewline');
    forms.push({ form: 'pkcs1Der', bytes: parts.rsa.pkcs1 });
  }
  const openssh = parts === null ? null : formatOpenSsh(parts);
  if (openssh !== null) forms.push({ form: 'openssh', bytes: encodeUtf8(openssh) }, { form: 'opensshNewline', bytes: encodeUtf8(`${openssh}\n`) });
  return forms;
}

/** Returns a certificate's PEM (with and without the final newline) followed by its key's SPKI forms. */
export function collectCertificateForms(certificateDer: Uint8Array, spki: Uint8Array): KeyFormBytes[] {
  const pem = formatPem('CERTIFICATE', certificateDer);
  return [
    { form: 'certificatePem', bytes: encodeUtf8(pem) },
    { form: 'certificatePemNoNewline', bytes: encodeUtf8(pem.replace(/\n$/, '')) },
    ...collectSpkiForms(spki),
  ];
}

/** Returns a JWK's minified JSON, then its SPKI forms when it is a public-key JWK. */
export function collectJwkForms(jwk: JsonValue): KeyFormBytes[] {
  const forms: KeyFormBytes[] = [{ form: 'jwkMinified', bytes: encodeUtf8(JSON.stringify(jwk)) }];
  const spki = convertJwkToSpki(jwk);
  return spki === null ? forms : [...forms, ...collectSpkiForms(spki)];
}

/** Reads a certificate from `x5c`-style standard base64 DER; null when it is not base64. */
export function decodeStandardBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const decoded = decodeBase64Url(text);
  return decoded.ok ? decoded.bytes : null;
}

