import { encodeUtf8 } from '../encoding/utf8';

/**
 * A well-known default or example HMAC secret, with where it comes from. Written for this project
 * from the primary source each entry cites, not copied from a GPL wordlist.
 */
export interface FamousSecret {
  secret: string;
  /** Where the secret is published: the product and the place (README, docs page, advisory). */
  origin: string;
  /** A public page or identifier to check it (documentation URL or CVE id). */
  reference?: string;
  /** The secret of this tool's own example token: published here on purpose, for learning. */
  ownExample?: true;
}

/** The curated famous defaults (tier 0 of the audit); `famousSecretEntries()` adds the simple variants. */
export const FAMOUS_SECRETS: readonly FamousSecret[] = [
  { secret: '', origin: 'the empty secret (some libraries accept it; WebCrypto refuses it)', reference: 'RFC 7518 §3.2' },
  { secret: 'secret', origin: 'older jwt.io debugger example and countless tutorials', reference: 'https://jwt.io/' },
  { secret: 'your-256-bit-secret', origin: 'jwt.io debugger, HS256 example', reference: 'https://jwt.io/' },
  { secret: 'your-384-bit-secret', origin: 'jwt.io debugger, HS384 example', reference: 'https://jwt.io/' },
  { secret: 'your-512-bit-secret', origin: 'jwt.io debugger, HS512 example', reference: 'https://jwt.io/' },
  {
    secret: 'a-string-secret-at-least-256-bits-long',
    origin: 'current jwt.io debugger example, also in the OWASP JWT Cheat Sheet',
    reference: 'https://jwt.io/',
  },
  { secret: 'shhhhh', origin: "jsonwebtoken (node) README, jwt.sign(…, 'shhhhh')", reference: 'https://github.com/auth0/node-jsonwebtoken' },
  { secret: 'shhhhhhared-secret', origin: 'express-jwt README example', reference: 'https://github.com/auth0/express-jwt' },
  {
    secret: 'super-secret',
    origin: 'Flask-JWT-Extended documentation, JWT_SECRET_KEY ("Change this!")',
    reference: 'https://flask-jwt-extended.readthedocs.io/',
  },
  {
    secret: '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7',
    origin: 'FastAPI security tutorial, SECRET_KEY',
    reference: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/',
  },
  {
    secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
    origin: 'NestJS documentation, auth/constants.ts',
    reference: 'https://docs.nestjs.com/security/authentication',
  },
  {
    secret: 'super-secret-jwt-token-with-at-least-32-characters-long',
    origin: 'Supabase local and self-hosted default JWT secret',
    reference: 'https://supabase.com/docs/guides/self-hosting/docker',
  },
  {
    secret: 'SecretKey012345678901234567890123456789012345678901234567890123456789',
    origin: 'Nacos default token.secret.key (up to 2.2.0)',
    reference: 'https://nacos.io/',
  },
  { secret: 'not so secret', origin: 'Navidrome default (CVE-2023-51442)', reference: 'CVE-2023-51442' },
  { secret: 'kiali', origin: 'Kiali default signing key (CVE-2020-1764)', reference: 'CVE-2020-1764' },
  {
    secret: 'GQDstcKsx0NHjPOuXOYg5MbeJ1XT0uFiwDVvVBrk',
    origin: 'example secret in a .NET JWT README (SecLists PR #1212)',
    reference: 'https://github.com/danielmiessler/SecLists/pull/1212',
  },
  {
    secret: 'keyboard cat',
    origin: 'express-session documentation (a session secret often reused for JWTs)',
    reference: 'https://github.com/expressjs/session',
  },
  {
    secret: 'jwt-inspector-example-secret',
    origin: "this tool's own example token",
    ownExample: true,
  },
];

const OWN_EXAMPLE_BYTES = encodeUtf8(FAMOUS_SECRETS.find((famous) => famous.ownExample)?.secret ?? '');

/** True when `key` is the secret of this tool's own example token, byte for byte. */
export function isOwnExampleSecret(key: Uint8Array): boolean {
  return key.length === OWN_EXAMPLE_BYTES.length && key.every((byte, index) => byte === OWN_EXAMPLE_BYTES[index]);
}

/** One entry of tier 0: the text to try and the famous secret it derives from. */
export interface FamousEntry {
  text: string;
  famous: FamousSecret;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Every famous secret with its simple variants: as published, with a
 * trailing newline (a secret read from a file or `echo`), in double or single quotes (copied with
 * them from a config file), in lower, upper and capitalised case. Each text appears once.
 */
export function famousSecretEntries(secrets: readonly FamousSecret[] = FAMOUS_SECRETS): FamousEntry[] {
  const seen = new Set<string>();
  const entries: FamousEntry[] = [];
  const add = (text: string, famous: FamousSecret) => {
    if (seen.has(text)) return;
    seen.add(text);
    entries.push({ text, famous });
  };
  for (const famous of secrets) add(famous.secret, famous);
  for (const famous of secrets) {
    const s = famous.secret;
    if (s === '') continue;
    for (const variant of [`${s}\n`, `"${s}"`, `'${s}'`, s.toLowerCase(), s.toUpperCase(), capitalise(s)]) add(variant, famous);
  }
  return entries;
}
