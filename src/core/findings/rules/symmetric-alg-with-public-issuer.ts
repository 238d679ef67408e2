import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { isHmacAlg } from '../../audit/hmac-alg';
import { OIDC_DISCOVERY, PORTSWIGGER_ALG_CONFUSION, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.1 (algorithms allowed per issuer) and §3.8: these issuers sign only with public-key algorithms.
export const meta: RuleMeta = {
  id: 'symmetric-alg-with-public-issuer',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['publicKeyIssuer'],
  references: [rfc(8725, '3.1'), rfc(8725, '3.8'), OIDC_DISCOVERY, PORTSWIGGER_ALG_CONFUSION],
  docsAnchor: 'symmetric-alg-with-public-issuer',
};

// Issuers that publish only public-key JWKS for their tokens. Auth0 and Keycloak are left out on
// purpose: both HMAC-sign some tokens.
const ASYMMETRIC_HOSTS: readonly { host: RegExp; path?: RegExp }[] = [
  { host: /^accounts\.google\.com$/, path: /^\/?$/ },
  { host: /^securetoken\.google\.com$/, path: /^\/[^/]+\/?$/ },
  { host: /^login\.microsoftonline\.com$/, path: /^\/.+/ },
  { host: /^sts\.windows\.net$/, path: /^\/.+/ },
  { host: /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/, path: /^\/.+/ },
  { host: /^appleid\.apple\.com$/, path: /^\/?$/ },
  { host: /^token\.actions\.githubusercontent\.com$/, path: /^\/?$/ },
  { host: /^[a-z0-9-]+\.okta\.com$/, path: /^(\/oauth2\/[^/]+)?\/?$/ },
];

/** Returns whether an `iss` names an issuer known to sign only with public-key algorithms. */
export function isAsymmetricIssuer(issuer: string): boolean {
  if (issuer === 'accounts.google.com') return true;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.search !== '' || url.hash !== '') return false;
  return ASYMMETRIC_HOSTS.some(({ host, path }) => host.test(url.hostname) && (path === undefined || path.test(url.pathname)));
}

export function check(context: RuleContext): Finding[] {
  const iss = context.payload?.iss;
  if (context.kind !== 'jws' || !isHmacAlg(context.alg) || typeof iss !== 'string' || !isAsymmetricIssuer(iss)) return [];
  return [
    createFinding(meta, 'publicKeyIssuer', { alg: context.alg, iss }, [
      { part: 'payload', pointer: pointerTo('iss'), value: iss },
      { part: 'header', pointer: pointerTo('alg'), value: context.alg },
    ]),
  ];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
