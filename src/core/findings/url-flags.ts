/** What makes a key URL (`jku`, `x5u`) more dangerous (docs/security-rules.md, jku-header); camelCase, as they are message ids. */
export type UrlFlag =
  | 'notAUrl'
  | 'notHttps'
  | 'ipLiteral'
  | 'localHost'
  | 'privateAddress'
  | 'userinfo'
  | 'backslash'
  | 'nonDefaultPort'
  | 'encodedHost'
  | 'otherHostThanIss';

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const numbers = parts.map(Number);
  return numbers.every((value) => value <= 255) ? numbers : null;
}

function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

function isPrivateIpv6(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === '::1' || /^f[cd][0-9a-f]{2}:/.test(bare) || /^fe[89ab][0-9a-f]:/.test(bare) || bare === '::';
}

/**
 * Returns what is risky about a key URL found in a header: scheme, loopback/private/link-local hosts,
 * userinfo, backslashes, ports, encoded hosts, and a host other than `iss`'s; never fetches anything.
 */
export function collectUrlFlags(url: string, issuer: unknown): UrlFlag[] {
  const flags: UrlFlag[] = [];
  if (url.includes('\\')) flags.push('backslash');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [...flags, 'notAUrl'];
  }
  if (parsed.protocol !== 'https:') flags.push('notHttps');
  if (parsed.username !== '' || parsed.password !== '' || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url)) flags.push('userinfo');
  if (parsed.port !== '') flags.push('nonDefaultPort');
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  if (authority.includes('%')) flags.push('encodedHost');

  const host = parsed.hostname.toLowerCase();
  const ipv4 = parseIpv4(host);
  const ipv6 = host.startsWith('[');
  if (ipv4 !== null || ipv6) flags.push('ipLiteral');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) flags.push('localHost');
  if ((ipv4 !== null && isPrivateIpv4(ipv4)) || (ipv6 && isPrivateIpv6(host))) flags.push('privateAddress');

  if (typeof issuer === 'string') {
    try {
      const issuerHost = new URL(issuer).host;
      if (issuerHost !== '' && issuerHost !== parsed.host) flags.push('otherHostThanIss');
    } catch {
      // An issuer that is not a URL has no host to compare with.
    }
  }
  return flags;
}
