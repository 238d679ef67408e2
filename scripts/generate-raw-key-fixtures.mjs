// `node scripts/generate-raw-key-fixtures.mjs`: writes src/core/crypto/test-support/node-crypto-fixtures.json,
// ES256K and Ed448 keys and tokens made by Node's own crypto (OpenSSL), an implementation independent of
// the @noble libraries the app verifies and signs them with. Run it again only to replace the fixtures.
import { generateKeyPairSync, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'crypto', 'test-support', 'node-crypto-fixtures.json');

const CASES = [
  { alg: 'ES256K', type: 'ec', options: { namedCurve: 'secp256k1' }, hash: 'sha256' },
  { alg: 'Ed448', type: 'ed448', options: {}, hash: null },
  { alg: 'EdDSA', type: 'ed448', options: {}, hash: null },
];

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

function makeFixture({ alg, type, options, hash }) {
  const { privateKey, publicKey } = generateKeyPairSync(type, options);
  const other = generateKeyPairSync(type, options);
  const header = base64url(JSON.stringify({ alg, typ: 'JWT', kid: 'node-crypto' }));
  const payload = base64url(JSON.stringify({ sub: 'node-crypto fixture', iat: 1_767_225_600 }));
  const signingInput = `${header}.${payload}`;
  // JOSE ECDSA signatures are raw R‖S (RFC 7515 §A.3), which OpenSSL calls IEEE P1363.
  const signature = sign(hash, Buffer.from(signingInput), hash === null ? privateKey : { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return {
    alg,
    token: `${signingInput}.${base64url(signature)}`,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }),
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
    otherPublicPem: other.publicKey.export({ type: 'spki', format: 'pem' }),
    otherPublicJwk: other.publicKey.export({ format: 'jwk' }),
  };
}

const fixtures = { generator: `scripts/generate-raw-key-fixtures.mjs, Node ${process.version} (OpenSSL ${process.versions.openssl})`, fixtures: CASES.map(makeFixture) };
writeFileSync(OUT, `${JSON.stringify(fixtures, null, 2)}\n`);
console.log(`wrote ${fixtures.fixtures.length} fixtures to ${OUT}`);
