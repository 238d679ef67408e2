import type { SignatureFamily, SignatureStepId } from '../../../core/learn/signature-walk';
import { lookupWalkAlgorithm } from '../../../core/learn/walk/walk-algorithms';
import { decodeBase64Url } from '../../../core/encoding/base64url';
import type { SecretEncoding } from '../../../core/keys/decode-secret';

/** The key as the learner typed it, and how a secret's text becomes bytes. */
export interface CodeKey {
  text: string;
  secretEncoding: SecretEncoding;
}

/** One step's computation as three programs that print the step's value in lower-case hex. */
export interface StepCode {
  /** A bash script around `openssl` (with `xxd` for hex). */
  openssl: string;
  node: string;
  python: string;
  /** The programs contain a secret (an HMAC key or a private key): warn before showing them. */
  containsSecret: boolean;
}

type Family = SignatureFamily;

interface Algorithm {
  family: Family;
  /** Node's and openssl's name of the hash; Python's hashlib name is the same. */
  hash: 'sha256' | 'sha384' | 'sha512';
  /** ECDSA: bytes of r (and of s). */
  half?: number;
}

const HASH_NAMES = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;
const HALF_BYTES = new Map([
  ['P-256', 32],
  ['P-384', 48],
  ['P-521', 66],
]);

function readAlgorithm(alg: string): Algorithm | undefined {
  const walked = lookupWalkAlgorithm(alg);
  if (walked === undefined) return undefined;
  const half = walked.family === 'ecdsa' ? HALF_BYTES.get(walked.curve ?? '') : undefined;
  return { family: walked.family, hash: HASH_NAMES[walked.hash], ...(half === undefined ? {} : { half }) };
}

/** The DER of DigestInfo up to the hash value (RFC 8017 §9.2, note 1). */
const DIGEST_INFO_PREFIX = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
} as const;

/** Each JOSE ECDSA curve by its scalar length: field prime p (a = p − 3 on all three), base point G and group order n, in hex (SEC 2). */
const CURVES = new Map<number, { p: string; gx: string; gy: string; n: string }>([
  [
    32,
    {
      p: 'ffffffff00000001000000000000000000000000ffffffffffffffffffffffff',
      gx: '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296',
      gy: '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5',
      n: 'ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551',
    },
  ],
  [
    48,
    {
      p: 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff',
      gx: 'aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7',
      gy: '3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f',
      n: 'ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973',
    },
  ],
  [
    66,
    {
      p: '1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      gx: 'c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66',
      gy: '11839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650',
      n: '1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409',
    },
  ],
]);

const BLOCK_BYTES = { sha256: 64, sha384: 128, sha512: 128 } as const;
const HASH_BYTES = { sha256: 32, sha384: 48, sha512: 64 } as const;

/** A piece of each program; `step` is the step whose value it computes (none for setup). */
interface Piece {
  step?: SignatureStepId;
  sh: string;
  node: string;
  python: string;
}

/** How each program prints a step's value: the variable that holds it, per language. */
interface Printed {
  sh: string;
  node: string;
  python: string;
}

const js = (text: string) => JSON.stringify(text);
// A JSON string literal is a Python literal too for text without lone surrogates (JSON.stringify escapes those as \udXXX, which Python reads alike).
const py = (text: string) => JSON.stringify(text);
const sh = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The key text a secret encoding reads: UTF-8 is used exactly, the others without surrounding whitespace (as the decoder reads them). */
function secretSource(key: CodeKey): Piece {
  const trimmed = key.text.trim();
  switch (key.secretEncoding) {
    case 'utf8':
      return {
        step: 'key',
        sh: `KEY=$(printf '%s' ${sh(key.text)} | hex)`,
        node: `const key = Buffer.from(${js(key.text)}, 'utf8');`,
        python: `key = ${py(key.text)}.encode('utf-8')`,
      };
    case 'hex': {
      const digits = trimmed.replace(/^0x/i, '').toLowerCase();
      return {
        step: 'key',
        sh: `KEY=${sh(digits)}`,
        node: `const key = Buffer.from(${js(digits)}, 'hex');`,
        python: `key = bytes.fromhex(${py(digits)})`,
      };
    }
    case 'base64url':
    case 'base64':
      return {
        step: 'key',
        sh: `KEY=$(b64url ${sh(trimmed)} | hex)`,
        node: `const key = Buffer.from(${js(trimmed)}, 'base64url');`,
        python: `key = b64url(${py(trimmed)})`,
      };
  }
}

type KeyShape = { form: 'pem'; pem: string; label: string } | { form: 'jwk'; jwk: string } | { form: 'none' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KTY_OF: ReadonlyMap<Family, string> = new Map([
  ['rsa-pkcs1', 'RSA'],
  ['rsa-pss', 'RSA'],
  ['ecdsa', 'EC'],
  ['eddsa', 'OKP'],
]);

/** The public key's text as the programs embed it: a PEM block, or one JWK (the first of a set that fits the family). */
/** The header's `kid`, which picks the key of a JWK Set as the walk does. */
function readHeaderKid(token: string): string | undefined {
  const decoded = decodeBase64Url(token.slice(0, token.indexOf('.')));
  if (!decoded.ok) return undefined;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(decoded.bytes));
    return isRecord(header) && typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}

function readKeyShape(text: string, family: Family, kid?: string): KeyShape {
  const trimmed = text.trim();
  const pem = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/.exec(trimmed);
  if (pem) return { form: 'pem', pem: `${pem[0]}\n`, label: pem[1] ?? '' };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (!isRecord(value)) return { form: 'none' };
    const candidates = Array.isArray(value.keys) ? value.keys.filter(isRecord) : [value];
    const fits = (jwk: Record<string, unknown>) => jwk.kty === KTY_OF.get(family);
    const fitting = candidates.find((jwk) => fits(jwk) && (kid === undefined || jwk.kid === kid)) ?? candidates.find(fits) ?? candidates[0];
    return fitting ? { form: 'jwk', jwk: JSON.stringify(fitting) } : { form: 'none' };
  } catch {
    return { form: 'none' };
  }
}

function isPrivate(shape: KeyShape): boolean {
  if (shape.form === 'pem') return shape.label.includes('PRIVATE');
  return shape.form === 'jwk' && /"d"\s*:/.test(shape.jwk);
}

/** Loads the public key in each language: `public.pem` for openssl, `publicKey` for Node, `public_key` for Python. */
function publicKeyPieces(shape: KeyShape): Piece[] {
  if (shape.form === 'none') {
    const missing = 'paste the public key (PEM or JWK) into the key box';
    return [{ sh: `echo ${sh(missing)} >&2; exit 1`, node: `throw new Error(${js(missing)});`, python: `raise SystemExit(${py(missing)})` }];
  }
  if (shape.form === 'jwk') {
    return [
      {
        sh: [
          '# openssl reads PEM, not JWK: Node converts the JWK first',
          `node -e 'process.stdout.write(require("node:crypto").createPublicKey({ key: JSON.parse(process.argv[1]), format: "jwk" }).export({ type: "spki", format: "pem" }))' ${sh(shape.jwk)} > public.pem`,
        ].join('\n'),
        node: `const publicKey = crypto.createPublicKey({ key: ${shape.jwk}, format: 'jwk' });`,
        python: [
          `jwk = json.loads(${py(shape.jwk)})`,
          'public_key = serialization.load_pem_public_key(jwk_to_pem(jwk))',
        ].join('\n'),
      },
    ];
  }
  const load =
    shape.label === 'CERTIFICATE'
      ? 'x509.load_pem_x509_certificate(pem).public_key()'
      : isPrivate(shape)
        ? 'serialization.load_pem_private_key(pem, password=None).public_key()'
        : 'serialization.load_pem_public_key(pem)';
  const toPublic =
    shape.label === 'CERTIFICATE'
      ? 'openssl x509 -in key.pem -pubkey -noout > public.pem'
      : isPrivate(shape)
        ? 'openssl pkey -in key.pem -pubout -out public.pem'
        : 'openssl pkey -pubin -in key.pem -out public.pem';
  return [
    {
      sh: `cat > key.pem <<'EOF'\n${shape.pem}EOF\n${toPublic}`,
      node: `const publicKey = crypto.createPublicKey(${js(shape.pem)});`,
      python: `pem = ${py(shape.pem)}.encode('ascii')\npublic_key = ${load}`,
    },
  ];
}

const SH_PRELUDE = [
  '#!/usr/bin/env bash',
  '# Needs bash, openssl and xxd. Every value is carried as lower-case hex.',
  'set -euo pipefail',
  "hex() { xxd -p | tr -d '\\n'; }",
  'unhex() { xxd -r -p; }',
  "b64url() { local s; s=$(printf '%s' \"$1\" | tr '_-' '/+'); while [ $(( ${#s} % 4 )) -ne 0 ]; do s=\"$s=\"; done; printf '%s\\n' \"$s\" | openssl base64 -d -A; }",
].join('\n');

const PY_B64URL = "def b64url(text):\n    return base64.urlsafe_b64decode(text + '=' * (-len(text) % 4))";

function tokenPieces(token: string): Piece[] {
  return [
    { sh: `TOKEN=${sh(token)}`, node: `const token = ${js(token)};`, python: `token = ${py(token)}` },
    {
      step: 'signing-input',
      sh: `SIGNING_INPUT=$(printf '%s' "\${TOKEN%.*}" | hex)  # the ASCII bytes of header.payload`,
      node: "const signingInput = Buffer.from(token.slice(0, token.lastIndexOf('.')), 'ascii'); // header.payload",
      python: "signing_input = token.rsplit('.', 1)[0].encode('ascii')  # header.payload",
    },
    {
      step: 'signature',
      sh: 'SIGNATURE=$(b64url "${TOKEN##*.}" | hex)',
      node: "const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');",
      python: "signature = b64url(token.rsplit('.', 1)[1])",
    },
  ];
}

function hmacPieces({ hash }: Algorithm, key: CodeKey): Piece[] {
  const block = BLOCK_BYTES[hash];
  return [
    secretSource(key),
    {
      step: 'k-prime',
      sh: [
        `BLOCK=${block}  # the hash's block size in bytes`,
        `if [ \${#KEY} -gt $((BLOCK * 2)) ]; then SHORT=$(printf '%s' "$KEY" | unhex | openssl dgst -${hash} -binary | hex); else SHORT=$KEY; fi`,
        'K_PRIME=$SHORT$(head -c $((BLOCK - ${#SHORT} / 2)) /dev/zero | hex)  # zero-padded to the block',
        "xorhex() { local out='' i; for ((i = 0; i < ${#1}; i += 2)); do out+=$(printf '%02x' $(( 0x${1:i:2} ^ $2 ))); done; printf '%s' \"$out\"; }",
      ].join('\n'),
      node: [
        `const block = ${block}; // the hash's block size in bytes`,
        `const kPrime = Buffer.alloc(block); // zero-padded to the block`,
        `(key.length > block ? crypto.createHash('${hash}').update(key).digest() : key).copy(kPrime);`,
      ].join('\n'),
      python: [
        `block = ${block}  # the hash's block size in bytes`,
        `k_prime = (hashlib.${hash}(key).digest() if len(key) > block else key).ljust(block, b'\\0')`,
      ].join('\n'),
    },
    {
      step: 'inner-key',
      sh: 'INNER_KEY=$(xorhex "$K_PRIME" 0x36)',
      node: 'const innerKey = Buffer.from(kPrime.map((byte) => byte ^ 0x36));',
      python: 'inner_key = bytes(byte ^ 0x36 for byte in k_prime)',
    },
    {
      step: 'inner-hash',
      sh: `INNER_HASH=$(printf '%s%s' "$INNER_KEY" "$SIGNING_INPUT" | unhex | openssl dgst -${hash} -binary | hex)`,
      node: `const innerHash = crypto.createHash('${hash}').update(innerKey).update(signingInput).digest();`,
      python: `inner_hash = hashlib.${hash}(inner_key + signing_input).digest()`,
    },
    {
      step: 'outer-key',
      sh: 'OUTER_KEY=$(xorhex "$K_PRIME" 0x5c)',
      node: 'const outerKey = Buffer.from(kPrime.map((byte) => byte ^ 0x5c));',
      python: 'outer_key = bytes(byte ^ 0x5c for byte in k_prime)',
    },
    {
      step: 'mac',
      sh: [
        `MAC=$(printf '%s%s' "$OUTER_KEY" "$INNER_HASH" | unhex | openssl dgst -${hash} -binary | hex)`,
        `# openssl's own HMAC gives the same: printf '%s' "$SIGNING_INPUT" | unhex | openssl dgst -${hash} -mac HMAC -macopt hexkey:"$KEY"`,
      ].join('\n'),
      node: [
        `const mac = crypto.createHash('${hash}').update(outerKey).update(innerHash).digest();`,
        `// Node's own HMAC gives the same: crypto.createHmac('${hash}', key).update(signingInput).digest()`,
      ].join('\n'),
      python: [
        `mac = hashlib.${hash}(outer_key + inner_hash).digest()`,
        `# Python's own HMAC gives the same: hmac.new(key, signing_input, hashlib.${hash}).digest()`,
      ].join('\n'),
    },
  ];
}

function digestPiece(hash: Algorithm['hash']): Piece {
  return {
    step: 'digest',
    sh: `DIGEST=$(printf '%s' "$SIGNING_INPUT" | unhex | openssl dgst -${hash} -binary | hex)`,
    node: `const digest = crypto.createHash('${hash}').update(signingInput).digest();`,
    python: `digest = hashlib.${hash}(signing_input).digest()`,
  };
}

/** EM = s^e mod n as k bytes, the modulus's length (RFC 8017 §8.2.2 step 2). */
const PKCS1_EM: Piece = {
  step: 'em',
  sh: [
    '# s^e mod n: the public-key operation with no padding removed',
    'EM=$(printf \'%s\' "$SIGNATURE" | unhex | openssl pkeyutl -verifyrecover -pubin -inkey public.pem -pkeyopt rsa_padding_mode:none | hex)',
  ].join('\n'),
  node: [
    '// s^e mod n: the public-key operation with no padding removed',
    'const em = crypto.publicDecrypt({ key: publicKey, padding: crypto.constants.RSA_NO_PADDING }, signature);',
  ].join('\n'),
  python: [
    'n, e = public_key.public_numbers().n, public_key.public_numbers().e',
    'k = (n.bit_length() + 7) // 8',
    "em = pow(int.from_bytes(signature, 'big'), e, n).to_bytes(k, 'big')  # s^e mod n",
  ].join('\n'),
};

/** EM = s^e mod n as emLen = ⌈(modBits − 1) / 8⌉ bytes, one byte shorter than the modulus when modBits ≡ 1 mod 8 (RFC 8017 §8.1.2 step 2c). */
const PSS_EM: Piece = {
  step: 'em',
  sh: [
    '# s^e mod n: the public-key operation with no padding removed',
    'EM_RAW=$(printf \'%s\' "$SIGNATURE" | unhex | openssl pkeyutl -verifyrecover -pubin -inkey public.pem -pkeyopt rsa_padding_mode:none | hex)',
    "MOD_BITS=$(openssl pkey -pubin -in public.pem -noout -text | sed -nE '1s/.*\\(([0-9]+) bit\\).*/\\1/p')",
    'EM_LEN=$(( (MOD_BITS - 1 + 7) / 8 ))  # EM is emBits = modBits − 1 bits long',
    'EM=${EM_RAW: -$((EM_LEN * 2))}',
  ].join('\n'),
  node: [
    '// s^e mod n: the public-key operation with no padding removed',
    'const raw = crypto.publicDecrypt({ key: publicKey, padding: crypto.constants.RSA_NO_PADDING }, signature);',
    'const emBits = publicKey.asymmetricKeyDetails.modulusLength - 1;',
    'const emLen = Math.ceil(emBits / 8);',
    'const em = raw.subarray(raw.length - emLen); // EM is emBits = modBits − 1 bits long',
  ].join('\n'),
  python: [
    'n, e = public_key.public_numbers().n, public_key.public_numbers().e',
    'k = (n.bit_length() + 7) // 8',
    "raw = pow(int.from_bytes(signature, 'big'), e, n).to_bytes(k, 'big')  # s^e mod n",
    'em_bits = n.bit_length() - 1',
    'em_len = (em_bits + 7) // 8',
    'em = raw[len(raw) - em_len:]  # EM is emBits = modBits − 1 bits long',
  ].join('\n'),
};

function rsaPieces(algorithm: Algorithm, shape: KeyShape): Piece[] {
  const { hash } = algorithm;
  const pieces: Piece[] = [
    ...publicKeyPieces(shape),
    algorithm.family === 'rsa-pss' ? PSS_EM : PKCS1_EM,
  ];
  if (algorithm.family === 'rsa-pkcs1') {
    pieces.push(
      {
        step: 'digest-info',
        sh: `DIGEST_INFO=$(printf '%s' "$EM" | sed -E 's/^0001(ff)+00//')  # after 00 01 FF…FF 00`,
        node: 'const digestInfo = em.subarray(em.indexOf(0, 2) + 1); // after 00 01 FF…FF 00',
        python: "digest_info = em[em.index(b'\\0', 2) + 1:]  # after 00 01 FF…FF 00",
      },
      digestPiece(hash),
      {
        step: 'expected-em',
        sh: [
          `PREFIX=${DIGEST_INFO_PREFIX[hash]}  # DigestInfo's DER up to the hash`,
          'PAD=$(( ${#EM} / 2 - ${#PREFIX} / 2 - ${#DIGEST} / 2 - 3 ))',
          "EXPECTED_EM=0001$(head -c $PAD /dev/zero | tr '\\0' '\\377' | hex)00$PREFIX$DIGEST  # must equal EM",
        ].join('\n'),
        node: [
          `const prefix = Buffer.from('${DIGEST_INFO_PREFIX[hash]}', 'hex'); // DigestInfo's DER up to the hash`,
          'const padding = Buffer.alloc(em.length - prefix.length - digest.length - 3, 0xff);',
          'const expectedEm = Buffer.concat([Buffer.from([0, 1]), padding, Buffer.from([0]), prefix, digest]); // must equal EM',
        ].join('\n'),
        python: [
          `prefix = bytes.fromhex('${DIGEST_INFO_PREFIX[hash]}')  # DigestInfo's DER up to the hash`,
          "expected_em = b'\\x00\\x01' + b'\\xff' * (len(em) - len(prefix) - len(digest) - 3) + b'\\x00' + prefix + digest  # must equal EM",
        ].join('\n'),
      },
    );
    return pieces;
  }
  const hLen = HASH_BYTES[hash];
  pieces.push(
    digestPiece(hash),
    {
      step: 'masked-db',
      sh: [
        `H_LEN=${hLen}`,
        'DB_LEN=$((EM_LEN - H_LEN - 1))',
        'MASKED_DB=${EM:0:$((DB_LEN * 2))}',
      ].join('\n'),
      node: [
        `const hLen = ${hLen};`,
        'const maskedDb = em.subarray(0, emLen - hLen - 1);',
      ].join('\n'),
      python: [
        `h_len = ${hLen}`,
        'masked_db = em[:em_len - h_len - 1]',
      ].join('\n'),
    },
    {
      step: 'h',
      sh: 'H=${EM:$((DB_LEN * 2)):$((H_LEN * 2))}  # then the trailer bc',
      node: 'const h = em.subarray(emLen - hLen - 1, emLen - 1); // then the trailer 0xbc',
      python: 'h = em[em_len - h_len - 1:em_len - 1]  # then the trailer 0xbc',
    },
    {
      step: 'db-mask',
      sh: [
        `mgf1() { local out='' c=0; while [ \${#out} -lt $(($2 * 2)) ]; do out+=$(printf '%s%08x' "$1" $c | unhex | openssl dgst -${hash} -binary | hex); c=$((c + 1)); done; printf '%s' "\${out:0:$(($2 * 2))}"; }`,
        'DB_MASK=$(mgf1 "$H" $DB_LEN)  # MGF1(H): hashes of H ‖ counter',
      ].join('\n'),
      node: [
        'function mgf1(seed, length) {',
        '  const blocks = [];',
        '  for (let counter = 0; blocks.length * hLen < length; counter++) {',
        '    const c = Buffer.alloc(4);',
        '    c.writeUInt32BE(counter);',
        `    blocks.push(crypto.createHash('${hash}').update(seed).update(c).digest());`,
        '  }',
        '  return Buffer.concat(blocks).subarray(0, length);',
        '}',
        'const dbMask = mgf1(h, maskedDb.length); // MGF1(H): hashes of H ‖ counter',
      ].join('\n'),
      python: [
        'def mgf1(seed, length):',
        "    out = b''",
        '    counter = 0',
        '    while len(out) < length:',
        `        out += hashlib.${hash}(seed + counter.to_bytes(4, 'big')).digest()`,
        '        counter += 1',
        '    return out[:length]',
        'db_mask = mgf1(h, len(masked_db))  # MGF1(H): hashes of H ‖ counter',
      ].join('\n'),
    },
    {
      step: 'db',
      sh: [
        "xorhexes() { local out='' i; for ((i = 0; i < ${#1}; i += 2)); do out+=$(printf '%02x' $(( 0x${1:i:2} ^ 0x${2:i:2} ))); done; printf '%s' \"$out\"; }",
        'DB=$(xorhexes "$MASKED_DB" "$DB_MASK")',
        "DB=$(printf '%02x' $(( 0x${DB:0:2} & (0xff >> (8 * EM_LEN - MOD_BITS + 1)) )))${DB:2}  # the bits above emBits are zero",
      ].join('\n'),
      node: [
        'const db = Buffer.from(maskedDb.map((byte, i) => byte ^ dbMask[i]));',
        'db[0] &= 0xff >> (8 * emLen - emBits); // the bits above emBits are zero',
      ].join('\n'),
      python: [
        'db = bytearray(a ^ b for a, b in zip(masked_db, db_mask))',
        'db[0] &= 0xff >> (8 * em_len - em_bits)  # the bits above emBits are zero',
        'db = bytes(db)',
      ].join('\n'),
    },
    {
      step: 'salt',
      sh: "SALT=$(printf '%s' \"$DB\" | sed -E 's/^(00)*01//')  # after the zeros and the 01",
      node: 'const salt = db.subarray(db.indexOf(1) + 1); // after the zeros and the 0x01',
      python: "salt = db[db.index(b'\\x01') + 1:]  # after the zeros and the 0x01",
    },
    {
      step: 'm-prime',
      sh: "M_PRIME=0000000000000000$DIGEST$SALT  # 8 zero bytes ‖ mHash ‖ salt",
      node: 'const mPrime = Buffer.concat([Buffer.alloc(8), digest, salt]); // 8 zero bytes ‖ mHash ‖ salt',
      python: "m_prime = b'\\0' * 8 + digest + salt  # 8 zero bytes ‖ mHash ‖ salt",
    },
    {
      step: 'h-prime',
      sh: `H_PRIME=$(printf '%s' "$M_PRIME" | unhex | openssl dgst -${hash} -binary | hex)  # equal to H when the signature is good`,
      node: `const hPrime = crypto.createHash('${hash}').update(mPrime).digest(); // equal to H when the signature is good`,
      python: `h_prime = hashlib.${hash}(m_prime).digest()  # equal to H when the signature is good`,
    },
  );
  return pieces;
}

/** r ‖ s (ECDSA) or R ‖ S (EdDSA): the two fixed-length halves of the signature. */
function halvesPieces(half: number): Piece[] {
  return [
    {
      step: 'r',
      sh: `R=\${SIGNATURE:0:${half * 2}}`,
      node: `const r = signature.subarray(0, ${half});`,
      python: `r = signature[:${half}]`,
    },
    {
      step: 's',
      sh: `S=\${SIGNATURE:${half * 2}}`,
      node: `const s = signature.subarray(${half});`,
      python: `s = signature[${half}:]`,
    },
  ];
}

/** u1 = e·s⁻¹ and u2 = r·s⁻¹ mod n (e is the digest: no JOSE curve's order is shorter than its hash). */
function scalarPieces(half: number): Piece[] {
  const order = CURVES.get(half)?.n ?? '';
  return [
    {
      step: 'u1',
      sh: [
        '# openssl has no command for modular arithmetic: bc does it (hex in upper case)',
        `ORDER=${order.toUpperCase()}`,
        'scalar() {  # $1 · s⁻¹ mod n, as many hex digits as r',
        "  local v; v=$(BC_LINE_LENGTH=0 bc <<BC | tr 'A-F' 'a-f'",
        'define p(b, e, m) { auto r; r = 1; b = b % m; while (e > 0) { if (e % 2 == 1) r = (r * b) % m; b = (b * b) % m; e = e / 2; }; return r; }',
        'obase = 16',
        'ibase = 16',
        'n = $ORDER',
        "($(printf '%s' \"$1\" | tr 'a-f' 'A-F') * p($(printf '%s' \"$S\" | tr 'a-f' 'A-F'), n - 2, n)) % n",
        'BC',
        '  )',
        "  printf '%s%s' \"$(head -c $((${#R} - ${#v})) /dev/zero | tr '\\0' 0)\" \"$v\"",
        '}',
        'U1=$(scalar "$DIGEST")',
      ].join('\n'),
      node: [
        `const n = 0x${order}n; // the curve's group order`,
        "const int = (bytes) => BigInt(`0x${bytes.toString('hex') || '0'}`);",
        'const modPow = (b, e, m) => { let out = 1n; for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) out = (out * b) % m; return out; };',
        'const sInverse = modPow(int(s), n - 2n, n);',
        `const toBytes = (value) => Buffer.from(value.toString(16).padStart(${half * 2}, '0'), 'hex');`,
        'const u1 = toBytes((int(digest) * sInverse) % n);',
      ].join('\n'),
      python: [
        `n = 0x${order}  # the curve's group order`,
        "s_inverse = pow(int.from_bytes(s, 'big'), -1, n)",
        `u1 = (int.from_bytes(digest, 'big') * s_inverse % n).to_bytes(${half}, 'big')`,
      ].join('\n'),
    },
    {
      step: 'u2',
      sh: 'U2=$(scalar "$R")',
      node: 'const u2 = toBytes((int(r) * sInverse) % n);',
      python: `u2 = (int.from_bytes(r, 'big') * s_inverse % n).to_bytes(${half}, 'big')`,
    },
  ];
}

function ellipticPieces(algorithm: Algorithm, shape: KeyShape): Piece[] {
  if (algorithm.family === 'ecdsa') {
    const { hash } = algorithm;
    const half = algorithm.half ?? 32;
    const curve = CURVES.get(half) ?? { p: '', gx: '', gy: '', n: '' };
    return [
      ...halvesPieces(half),
      digestPiece(hash),
      ...scalarPieces(half),
      ...publicKeyPieces(shape),
      {
        step: 'recomputed',
        sh: [
          "# openssl checks ECDSA signatures in DER, not JOSE's r ‖ s: build the DER SEQUENCE first",
          "printf 'asn1=SEQUENCE:sig\\n[sig]\\nr=INTEGER:0x%s\\ns=INTEGER:0x%s\\n' \"$R\" \"$S\" > sig.cnf",
          'openssl asn1parse -genconf sig.cnf -out sig.der -noout',
          `printf '%s' "$SIGNING_INPUT" | unhex | openssl dgst -${hash} -verify public.pem -signature sig.der`,
        ].join('\n'),
        node: [
          `const p = 0x${curve.p}n; // the field prime; a = p − 3`,
          'const mod = (x) => ((x % p) + p) % p;',
          'function add(P, Q) { // affine point addition; null is the point at infinity',
          '  if (P === null) return Q;',
          '  if (Q === null) return P;',
          '  if (P[0] === Q[0] && mod(P[1] + Q[1]) === 0n) return null;',
          '  const l = P[0] === Q[0] ? mod((3n * P[0] * P[0] - 3n) * modPow(mod(2n * P[1]), p - 2n, p)) : mod((Q[1] - P[1]) * modPow(mod(Q[0] - P[0]), p - 2n, p));',
          '  const x = mod(l * l - P[0] - Q[0]);',
          '  return [x, mod(l * (P[0] - x) - P[1])];',
          '}',
          'function times(k, P) { let R = null; for (; k > 0n; k >>= 1n, P = add(P, P)) if (k & 1n) R = add(R, P); return R; }',
          `const G = [0x${curve.gx}n, 0x${curve.gy}n];`,
          "const jwk = publicKey.export({ format: 'jwk' });",
          "const Q = [int(Buffer.from(jwk.x, 'base64url')), int(Buffer.from(jwk.y, 'base64url'))];",
          'const point = add(times(int(u1), G), times(int(u2), Q)); // R′ = u1·G + u2·Q',
          "const recomputed = point === null ? Buffer.alloc(0) : toBytes(point[0] % n); // equal to r when the signature is good",
        ].join('\n'),
        python: [
          `p = 0x${curve.p}  # the field prime; a = p − 3`,
          'def add(P, Q):  # affine point addition; None is the point at infinity',
          '    if P is None:',
          '        return Q',
          '    if Q is None:',
          '        return P',
          '    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:',
          '        return None',
          '    if P == Q:',
          '        l = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p',
          '    else:',
          '        l = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p',
          '    x = (l * l - P[0] - Q[0]) % p',
          '    return (x, (l * (P[0] - x) - P[1]) % p)',
          'def times(k, P):',
          '    R = None',
          '    while k:',
          '        if k & 1:',
          '            R = add(R, P)',
          '        P, k = add(P, P), k >> 1',
          '    return R',
          `G = (0x${curve.gx}, 0x${curve.gy})`,
          'Q = (public_key.public_numbers().x, public_key.public_numbers().y)',
          "point = add(times(int.from_bytes(u1, 'big'), G), times(int.from_bytes(u2, 'big'), Q))  # R′ = u1·G + u2·Q",
          `recomputed = b'' if point is None else (point[0] % n).to_bytes(${half}, 'big')  # equal to r when the signature is good`,
        ].join('\n'),
      },
    ];
  }
  return [
    ...halvesPieces(32),
    ...publicKeyPieces(shape),
    {
      step: 'public-key',
      sh: "PUBLIC_KEY=$(openssl pkey -pubin -in public.pem -outform DER | tail -c 32 | hex)  # the last 32 bytes of the SPKI",
      node: "const publicKeyBytes = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');",
      python: 'public_key_bytes = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)',
    },
    {
      step: 'k',
      sh: 'K=$(printf \'%s%s%s\' "$R" "$PUBLIC_KEY" "$SIGNING_INPUT" | unhex | openssl dgst -sha512 -binary | hex)  # SHA-512(R ‖ A ‖ M)',
      node: "const k = crypto.createHash('sha512').update(r).update(publicKeyBytes).update(signingInput).digest(); // SHA-512(R ‖ A ‖ M)",
      python: 'k = hashlib.sha512(r + public_key_bytes + signing_input).digest()  # SHA-512(R ‖ A ‖ M)',
    },
    {
      step: 'recomputed',
      sh: [
        '# openssl recomputes [S]B − [k]A inside the check and compares it with R',
        'printf \'%s\' "$SIGNATURE" | unhex > sig.bin',
        'printf \'%s\' "$SIGNING_INPUT" | unhex > message.bin',
        'openssl pkeyutl -verify -pubin -inkey public.pem -rawin -in message.bin -sigfile sig.bin',
      ].join('\n'),
      node: [
        'const p = 2n ** 255n - 19n;',
        'const L = 2n ** 252n + 27742317777372353535851937790883648493n; // the group order',
        'const mod = (x) => ((x % p) + p) % p;',
        'const modPow = (b, e, m) => { let out = 1n; for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) out = (out * b) % m; return out; };',
        'const inv = (x) => modPow(mod(x), p - 2n, p);',
        'const d = mod(-121665n * inv(121666n));',
        "const little = (bytes) => BigInt(`0x${Buffer.from(bytes).reverse().toString('hex') || '0'}`);",
        'function decode(bytes) { // RFC 8032 §5.1.3',
        '  const y = little(bytes) & (2n ** 255n - 1n);',
        '  const x2 = mod((y * y - 1n) * inv(d * y * y + 1n));',
        '  let x = modPow(x2, (p + 3n) / 8n, p);',
        '  if (mod(x * x - x2) !== 0n) x = mod(x * modPow(2n, (p - 1n) / 4n, p));',
        '  if ((x & 1n) !== BigInt(bytes[31] >> 7)) x = mod(-x);',
        '  return [x, y];',
        '}',
        'function add([x1, y1], [x2, y2]) { const t = d * x1 * x2 * y1 * y2; return [mod((x1 * y2 + x2 * y1) * inv(1n + t)), mod((y1 * y2 + x1 * x2) * inv(1n - t))]; }',
        'function times(k, P) { let R = [0n, 1n]; for (; k > 0n; k >>= 1n, P = add(P, P)) if (k & 1n) R = add(R, P); return R; }',
        "const B = decode(Buffer.from('58' + '66'.repeat(31), 'hex')); // the base point",
        'const A = decode(publicKeyBytes);',
        'const [x, y] = add(times(little(s), B), times(little(k) % L, [mod(-A[0]), A[1]])); // [S]B − [k]A',
        "const recomputed = Buffer.from((y | ((x & 1n) << 255n)).toString(16).padStart(64, '0'), 'hex').reverse(); // equal to R when the signature is good",
      ].join('\n'),
      python: [
        'p = 2**255 - 19',
        'L = 2**252 + 27742317777372353535851937790883648493  # the group order',
        'd = -121665 * pow(121666, -1, p) % p',
        'def decode(b):  # RFC 8032 §5.1.3',
        "    y = int.from_bytes(b, 'little') & (2**255 - 1)",
        '    x2 = (y * y - 1) * pow(d * y * y + 1, -1, p) % p',
        '    x = pow(x2, (p + 3) // 8, p)',
        '    if (x * x - x2) % p:',
        '        x = x * pow(2, (p - 1) // 4, p) % p',
        '    if x & 1 != b[31] >> 7:',
        '        x = -x % p',
        '    return (x, y)',
        'def add(P, Q):',
        '    (x1, y1), (x2, y2) = P, Q',
        '    t = d * x1 * x2 * y1 * y2',
        '    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, p) % p, (y1 * y2 + x1 * x2) * pow(1 - t, -1, p) % p)',
        'def times(k, P):',
        '    R = (0, 1)',
        '    while k:',
        '        if k & 1:',
        '            R = add(R, P)',
        '        P, k = add(P, P), k >> 1',
        '    return R',
        "B = decode(bytes.fromhex('58' + '66' * 31))  # the base point",
        'A = decode(public_key_bytes)',
        "x, y = add(times(int.from_bytes(s, 'little'), B), times(int.from_bytes(k, 'little') % L, (-A[0] % p, A[1])))  # [S]B − [k]A",
        "recomputed = (y | ((x & 1) << 255)).to_bytes(32, 'little')  # equal to R when the signature is good",
      ].join('\n'),
    },
  ];
}

const CAMEL = (step: string) => step.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const NODE_NAMES = new Map<SignatureStepId, string>([
  ['masked-db', 'maskedDb'],
  ['db-mask', 'dbMask'],
  ['public-key', 'publicKeyBytes'],
]);
const PYTHON_NAMES = new Map<SignatureStepId, string>([['public-key', 'public_key_bytes']]);

/** The variable holding a step's value in each language. */
function printedOf(step: SignatureStepId): Printed {
  const name = NODE_NAMES.get(step) ?? CAMEL(step);
  return { sh: step.toUpperCase().replaceAll('-', '_'), node: name, python: PYTHON_NAMES.get(step) ?? step.replaceAll('-', '_') };
}

function piecesOf(algorithm: Algorithm, token: string, key: CodeKey): Piece[] {
  const shape = readKeyShape(key.text, algorithm.family, readHeaderKid(token));
  const own =
    algorithm.family === 'hmac'
      ? hmacPieces(algorithm, key)
      : algorithm.family === 'rsa-pkcs1' || algorithm.family === 'rsa-pss'
        ? rsaPieces(algorithm, shape)
        : ellipticPieces(algorithm, shape);
  return [...tokenPieces(token), ...own];
}

function containsSecret(family: Family, key: CodeKey): boolean {
  return family === 'hmac' || isPrivate(readKeyShape(key.text, family));
}

const PY_JWK_TO_PEM = [
  'def jwk_to_pem(jwk):',
  '    # JWK → public key; cryptography reads PEM, so build the key from its numbers',
  '    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa',
  "    number = lambda name: int.from_bytes(b64url(jwk[name]), 'big')",
  "    if jwk['kty'] == 'RSA':",
  "        key = rsa.RSAPublicNumbers(number('e'), number('n')).public_key()",
  "    elif jwk['kty'] == 'EC':",
  "        curve = {'P-256': ec.SECP256R1(), 'P-384': ec.SECP384R1(), 'P-521': ec.SECP521R1()}[jwk['crv']]",
  "        key = ec.EllipticCurvePublicNumbers(number('x'), number('y'), curve).public_key()",
  '    else:',
  "        key = ed25519.Ed25519PublicKey.from_public_bytes(b64url(jwk['x']))",
  '    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)',
].join('\n');

function pythonHeader(family: Family, uses: string): string {
  const lines = ['import base64', 'import hashlib'];
  if (family !== 'hmac') {
    lines.push('import json', 'from cryptography import x509', 'from cryptography.hazmat.primitives import serialization');
  }
  lines.push('', PY_B64URL);
  if (uses.includes('jwk_to_pem(')) lines.push('', PY_JWK_TO_PEM);
  return lines.join('\n');
}

/**
 * Returns the computation of one walk step for this token and key as an openssl (bash) script, a
 * Node program and a Python program, each printing the step's value as lower-case hex (for the
 * `recomputed` point the openssl script prints openssl's verdict instead); null for an alg the walk does not explain or a step
 * that alg has not. Does not check that the key fits the alg: the programs then fail as the walk does.
 */
export function showStepCode(alg: string, step: SignatureStepId, token: string, key: CodeKey): StepCode | null {
  const algorithm = readAlgorithm(alg);
  if (!algorithm) return null;
  const pieces = piecesOf(algorithm, token, key);
  const last = pieces.findIndex((piece) => piece.step === step);
  if (last < 0) return null;
  const used = pieces.slice(0, last + 1);
  const printed = printedOf(step);
  // openssl does the point arithmetic only inside its verify command: for `recomputed` the script prints that verdict.
  const verdict = step === 'recomputed';
  const shLines = [SH_PRELUDE, ...used.map((piece) => piece.sh)];
  const nodeLines = ["const crypto = require('node:crypto');", ...used.map((piece) => piece.node)];
  const pyBody = used.map((piece) => piece.python).join('\n');
  shLines.push(verdict ? '' : `echo "$${printed.sh}"`);
  nodeLines.push(`console.log(${printed.node}.toString('hex'));`);
  const pyPrint = `print(${printed.python}.hex())`;
  return {
    openssl: `${shLines.filter((line) => line !== '').join('\n')}\n`,
    node: `${nodeLines.join('\n')}\n`,
    python: `${pythonHeader(algorithm.family, pyBody)}\n\n${pyBody}\n${pyPrint}\n`,
    containsSecret: containsSecret(algorithm.family, key),
  };
}
