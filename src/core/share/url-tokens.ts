/** Names under which a token arrives in a query string or an OAuth redirect fragment. */
const TOKEN_NAMES: ReadonlySet<string> = new Set(['token', 'id_token', 'access_token', 'refresh_token', 'jwt', 'assertion']);
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)?$/;

export interface UrlToken {
  name: string;
  token: string;
}

function tokensIn(text: string): UrlToken[] {
  const found: UrlToken[] = [];
  for (const pair of text.replace(/^[#?]/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')).trim();
    } catch {
      continue;
    }
    if (JWT_SHAPE.test(value) && (TOKEN_NAMES.has(name) || value.startsWith('eyJ'))) found.push({ name, token: value });
  }
  return found;
}

/** Returns the tokens in a location's query string (`?token=…`, or any value shaped like a JWT); does not decode them. */
export function findQueryTokens(search: string): UrlToken[] {
  return tokensIn(search);
}

/** Returns the tokens in an OAuth/OIDC redirect fragment (`#id_token=…&access_token=…`), none for a route such as `#/encode`; does not decode them. */
export function findFragmentTokens(hash: string): UrlToken[] {
  const fragment = hash.replace(/^#/, '');
  if (fragment.startsWith('/')) return [];
  return tokensIn(fragment);
}

/** Returns the text the decoder's search lists candidates from: `name=token` pairs joined by `&`. */
export function joinUrlTokens(tokens: readonly UrlToken[]): string {
  return tokens.map(({ name, token }) => `${name}=${token}`).join('&');
}
