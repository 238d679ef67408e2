// Writes src/features/decoder/examples/examples-data.ts: the tokens and keys of the decoder's
// examples menu, one per algorithm family and key format. Run: node scripts/generate-examples.mjs
// Keys are made fresh each run; they are demo keys and sign nothing but these examples.
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign as nodeSign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { CompactSign, exportJWK, calculateJwkThumbprint } from 'jose';

const OUT = new URL('../src/features/decoder/examples/examples-data.ts', import.meta.url);
const payload = (extra = {}) => ({
  iss: 'https://issuer.example',
  sub: 'user-42',
  aud: 'jwt-inspector-demo',
  iat: 1767225600,
  exp: 4102444800,
  ...extra,
});

async function sign(header, claims, key) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader(header).sign(key);
}

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

// jose signs only what WebCrypto can, so ES256K, Ed448 and ML-DSA are signed here by hand:
// signBytes gets the JWS signing input and returns the raw JOSE signature.
function signRaw(header, claims, signBytes) {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${Buffer.from(signBytes(Buffer.from(input))).toString('base64url')}`;
}

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-example-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '3650', '-subj', '/CN=jwt-inspector-demo/O=JWT Inspector examples'], { stdio: 'ignore' });
    return { key: createPrivateKey(readFileSync(join(dir, 'key.pem'))), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const examples = [];

const hsSecret = 'jwt-inspector-example-secret';
examples.push({ id: 'hs256-utf8', alg: 'HS256', keyFormat: 'secret', secretEncoding: 'utf8',
  token: await sign({ alg: 'HS256', typ: 'JWT' }, payload(), new TextEncoder().encode(hsSecret)), key: hsSecret });

const hs512Bytes = randomBytes(64);
examples.push({ id: 'hs512-base64url', alg: 'HS512', keyFormat: 'secret', secretEncoding: 'base64url',
  token: await sign({ alg: 'HS512', typ: 'JWT' }, payload(), hs512Bytes), key: hs512Bytes.toString('base64url') });

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
examples.push({ id: 'rs256-spki', alg: 'RS256', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: await sign({ alg: 'RS256', typ: 'JWT' }, payload(), rsa.privateKey), key: rsa.publicKey.export({ type: 'spki', format: 'pem' }) });
examples.push({ id: 'rs384-pkcs1', alg: 'RS384', keyFormat: 'pem-pkcs1', secretEncoding: 'utf8',
  token: await sign({ alg: 'RS384', typ: 'JWT' }, payload(), rsa.privateKey), key: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }) });

const { key: certKey, cert } = selfSignedCertificate();
examples.push({ id: 'ps256-x509', alg: 'PS256', keyFormat: 'pem-x509', secretEncoding: 'utf8',
  token: await sign({ alg: 'PS256', typ: 'JWT' }, payload(), certKey), key: cert });

const ec256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ec256Jwk = { ...(await exportJWK(ec256.publicKey)), use: 'sig', alg: 'ES256' };
ec256Jwk.kid = await calculateJwkThumbprint(ec256Jwk);
examples.push({ id: 'es256-jwk', alg: 'ES256', keyFormat: 'jwk', secretEncoding: 'utf8',
  token: await sign({ alg: 'ES256', typ: 'JWT', kid: ec256Jwk.kid }, payload(), ec256.privateKey), key: JSON.stringify(ec256Jwk, null, 2) });

const members = [];
let signer;
for (const [index, curve] of ['P-384', 'P-384', 'P-256'].entries()) {
  const pair = generateKeyPairSync('ec', { namedCurve: curve });
  const jwk = { ...(await exportJWK(pair.publicKey)), use: 'sig', alg: curve === 'P-384' ? 'ES384' : 'ES256', kid: `demo-key-${index + 1}` };
  members.push(jwk);
  if (index === 1) signer = pair.privateKey;
}
examples.push({ id: 'es384-jwks', alg: 'ES384', keyFormat: 'jwks', secretEncoding: 'utf8',
  token: await sign({ alg: 'ES384', typ: 'JWT', kid: 'demo-key-2' }, payload(), signer), key: JSON.stringify({ keys: members }, null, 2) });

const ed = generateKeyPairSync('ed25519');
examples.push({ id: 'eddsa-spki', alg: 'EdDSA', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: await sign({ alg: 'EdDSA', typ: 'JWT' }, payload(), ed.privateKey), key: ed.publicKey.export({ type: 'spki', format: 'pem' }) });

const ec521 = generateKeyPairSync('ec', { namedCurve: 'P-521' });
examples.push({ id: 'es512-private-pasted', alg: 'ES512', keyFormat: 'private-key', secretEncoding: 'utf8',
  token: await sign({ alg: 'ES512', typ: 'JWT' }, payload(), ec521.privateKey), key: ec521.privateKey.export({ type: 'sec1', format: 'pem' }) });

const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const k1Jwk = { ...k1.publicKey.export({ format: 'jwk' }), use: 'sig', alg: 'ES256K' };
examples.push({ id: 'es256k-jwk', alg: 'ES256K', keyFormat: 'jwk', secretEncoding: 'utf8',
  token: signRaw({ alg: 'ES256K', typ: 'JWT' }, payload(), (input) => nodeSign('sha256', input, { key: k1.privateKey, dsaEncoding: 'ieee-p1363' })),
  key: JSON.stringify(k1Jwk, null, 2) });

const ed448 = generateKeyPairSync('ed448');
examples.push({ id: 'ed448-spki', alg: 'EdDSA', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: signRaw({ alg: 'EdDSA', typ: 'JWT' }, payload(), (input) => nodeSign(null, input, ed448.privateKey)),
  key: ed448.publicKey.export({ type: 'spki', format: 'pem' }) });

// Pure ML-DSA with an empty context, as the JOSE draft for ML-DSA signs; the AKP key carries the raw public key.
for (const [alg, mlDsa] of [['ML-DSA-44', ml_dsa44], ['ML-DSA-65', ml_dsa65], ['ML-DSA-87', ml_dsa87]]) {
  const keys = mlDsa.keygen(randomBytes(32));
  const jwk = { kty: 'AKP', alg, pub: Buffer.from(keys.publicKey).toString('base64url'), use: 'sig' };
  examples.push({ id: `${alg.toLowerCase()}-jwk`, alg, keyFormat: 'jwk', secretEncoding: 'utf8',
    token: signRaw({ alg, typ: 'JWT' }, payload(), (input) => mlDsa.sign(input, keys.secretKey)),
    key: JSON.stringify(jwk, null, 2) });
}

// An SD-JWT presentation (RFC 9901): three property disclosures and one array element, then a key-binding
// JWT signed by the holder key the issuer put in cnf.jwk, over the digest of everything before it.
const sdDigest = (text) => createHash('sha256').update(text).digest('base64url');
const disclose = (...content) => b64([randomBytes(16).toString('base64url'), ...content]);
const [givenName, familyName, email, nationality] = [disclose('given_name', 'Ada'), disclose('family_name', 'Lovelace'),
  disclose('email', 'ada@example.com'), disclose('GB')];
const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const issuerJwt = await sign({ alg: 'ES256', typ: 'example+sd-jwt' }, {
  _sd: [givenName, familyName, email].map(sdDigest).sort(),
  iss: 'https://issuer.example', iat: 1767225600, exp: 4102444800, sub: 'user-42',
  nationalities: [{ '...': sdDigest(nationality) }, 'FR'],
  _sd_alg: 'sha-256',
  cnf: { jwk: await exportJWK(holder.publicKey) },
}, issuer.privateKey);
const presented = `${[issuerJwt, givenName, familyName, email, nationality].join('~')}~`;
const keyBindingJwt = await sign({ alg: 'ES256', typ: 'kb+jwt' },
  { iat: 1767225600, aud: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj', sd_hash: sdDigest(presented) }, holder.privateKey);
examples.push({ id: 'sd-jwt-kb', alg: 'ES256', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: `${presented}${keyBindingJwt}`, key: issuer.publicKey.export({ type: 'spki', format: 'pem' }) });

const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
examples.push({ id: 'rs256-wrong-key', alg: 'RS256', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: examples[2].token, key: otherRsa.export({ type: 'spki', format: 'pem' }) });

examples.push({ id: 'alg-confusion', alg: 'HS256', keyFormat: 'pem-spki', secretEncoding: 'utf8',
  token: await sign({ alg: 'HS256', typ: 'JWT' }, payload({ admin: true }), new TextEncoder().encode(rsa.publicKey.export({ type: 'spki', format: 'pem' }))),
  key: rsa.publicKey.export({ type: 'spki', format: 'pem' }) });

examples.push({ id: 'alg-none', alg: 'none', keyFormat: 'secret', secretEncoding: 'utf8',
  token: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload({ admin: true }))}.`, key: hsSecret });

examples.push({ id: 'jwe-a128kw', alg: 'A128KW', keyFormat: 'none', secretEncoding: 'utf8',
  token: 'eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ',
  key: '' });

const body = `// Generated by scripts/generate-examples.mjs: demo keys made for these examples only. Do not edit.
import type { DecoderExample } from './decoder-example';

export const EXAMPLES: readonly DecoderExample[] = ${JSON.stringify(examples, null, 2)};
`;
writeFileSync(OUT, body);
console.log(`wrote ${examples.length} examples to ${OUT.pathname}`);
