import type { RuleReference } from './finding';

// Every URL below was checked against the published document or advisory; references the
// catalog lists that could not be confirmed were left out (docs/security-rules.md says which).

/** Returns a reference to an RFC, or to one of its sections (`3.1`) or appendices (`appendix-C`). */
export function rfc(number: number, section?: string): RuleReference {
  if (section === undefined) return { label: `RFC ${number}`, url: `https://www.rfc-editor.org/rfc/rfc${number}` };
  const anchor = section.startsWith('appendix-') ? section : `section-${section}`;
  const shown = section.startsWith('appendix-') ? `App. ${section.slice('appendix-'.length)}` : `§${section}`;
  return { label: `RFC ${number} ${shown}`, url: `https://www.rfc-editor.org/rfc/rfc${number}#${anchor}` };
}

/** Returns a reference to a CVE record at NVD, with what it was about. */
export function cve(id: string, about: string): RuleReference {
  return { label: `${id} (${about})`, url: `https://nvd.nist.gov/vuln/detail/${id}` };
}

/** Returns a reference to a GitHub security advisory, with what it was about. */
export function ghsa(id: string, about: string): RuleReference {
  return { label: `${id} (${about})`, url: `https://github.com/advisories/${id}` };
}

function portswiggerLab(slug: string, title: string): RuleReference {
  return { label: `PortSwigger Web Security Academy lab: ${title}`, url: `https://portswigger.net/web-security/jwt/lab-jwt-authentication-bypass-via-${slug}` };
}

export const RFC8725BIS: RuleReference = {
  label: 'draft-ietf-oauth-rfc8725bis, JSON Web Token Best Current Practices (replaces RFC 8725)',
  url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-rfc8725bis/',
};
export const DEPRECATE_NONE_RSA15: RuleReference = {
  label: "draft-ietf-jose-deprecate-none-rsa15, JOSE: Deprecate 'none' and 'RSA1_5'",
  url: 'https://datatracker.ietf.org/doc/draft-ietf-jose-deprecate-none-rsa15/',
};
export const IANA_JOSE: RuleReference = { label: 'IANA JSON Web Signature and Encryption registries', url: 'https://www.iana.org/assignments/jose/jose.xhtml' };
export const OWASP_JWT: RuleReference = {
  label: 'OWASP JSON Web Token Cheat Sheet',
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html',
};
export const OWASP_JWT_JAVA: RuleReference = {
  label: 'OWASP JSON Web Token for Java Cheat Sheet',
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
};
export const OWASP_JWE: RuleReference = {
  label: 'OWASP JSON Web Encryption Cheat Sheet',
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Encryption_Cheat_Sheet.html',
};
export const OWASP_WSTG_JWT: RuleReference = {
  label: 'OWASP WSTG-SESS-10, Testing JSON Web Tokens',
  url: 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/10-Testing_JSON_Web_Tokens',
};
export const PORTSWIGGER_JWT: RuleReference = { label: 'PortSwigger Web Security Academy: JWT attacks', url: 'https://portswigger.net/web-security/jwt' };
export const PORTSWIGGER_ALG_CONFUSION: RuleReference = {
  label: 'PortSwigger Web Security Academy: Algorithm confusion attacks',
  url: 'https://portswigger.net/web-security/jwt/algorithm-confusion',
};
export const LAB_FLAWED_VERIFICATION = portswiggerLab('flawed-signature-verification', 'JWT authentication bypass via flawed signature verification');
export const LAB_UNVERIFIED_SIGNATURE = portswiggerLab('unverified-signature', 'JWT authentication bypass via unverified signature');
export const LAB_WEAK_KEY = portswiggerLab('weak-signing-key', 'JWT authentication bypass via weak signing key');
export const LAB_JWK_INJECTION = portswiggerLab('jwk-header-injection', 'JWT authentication bypass via jwk header injection');
export const LAB_JKU_INJECTION = portswiggerLab('jku-header-injection', 'JWT authentication bypass via jku header injection');
export const LAB_KID_TRAVERSAL = portswiggerLab('kid-header-path-traversal', 'JWT authentication bypass via kid header path traversal');
export const BURP_JWK_HEADER: RuleReference = {
  label: 'Burp Suite issue 0x00200902: JWT self-signed JWK header supported',
  url: 'https://portswigger.net/kb/issues/00200902_jwt-self-signed-jwk-header-supported',
};
export const BURP_X5U_HEADER: RuleReference = {
  label: 'Burp Suite issue 0x00200905: JWT arbitrary x5u header supported',
  url: 'https://portswigger.net/kb/issues/00200905_jwt-arbitrary-x5u-header-supported',
};
export const JWT_TOOL: RuleReference = { label: 'ticarpi/jwt_tool (attack playbook)', url: 'https://github.com/ticarpi/jwt_tool' };
export const OIDC_CORE: RuleReference = { label: 'OpenID Connect Core 1.0', url: 'https://openid.net/specs/openid-connect-core-1_0.html' };
export const OIDC_DISCOVERY: RuleReference = { label: 'OpenID Connect Discovery 1.0', url: 'https://openid.net/specs/openid-connect-discovery-1_0.html' };
export const OIDC_BACKCHANNEL: RuleReference = {
  label: 'OpenID Connect Back-Channel Logout 1.0 §2.4',
  url: 'https://openid.net/specs/openid-connect-backchannel-1_0.html#LogoutToken',
};
export const BROWSER_APPS_BCP: RuleReference = {
  label: 'OAuth 2.0 for Browser-Based Applications (IETF OAuth WG)',
  url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-browser-based-apps/',
};
export const NIST_800_131A: RuleReference = { label: 'NIST SP 800-131A Rev. 2', url: 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final' };
export const NIST_800_56A: RuleReference = { label: 'NIST SP 800-56A Rev. 3 §5.6.2.3', url: 'https://csrc.nist.gov/pubs/sp/800/56/a/r3/final' };
export const FIPS_186: RuleReference = { label: 'FIPS 186-5 (ECDSA: r and s must lie in [1, n − 1])', url: 'https://csrc.nist.gov/pubs/fips/186-5/final' };
export const PSYCHIC_SIGNATURES: RuleReference = {
  label: 'Neil Madden, "Psychic Signatures in Java" (2022)',
  url: 'https://neilmadden.blog/2022/04/19/psychic-signatures-in-java/',
};
export const CONNECT2ID_PSYCHIC: RuleReference = { label: 'Connect2id on CVE-2022-21449 and Nimbus JOSE+JWT', url: 'https://connect2id.com/blog/cve-2022-21449' };
export const SANSO_JWE: RuleReference = {
  label: 'A. Sanso, "Critical Vulnerability in JSON Web Encryption" (2017)',
  url: 'https://auth0.com/blog/critical-vulnerability-in-json-web-encryption/',
};
export const MCLEAN_2015: RuleReference = {
  label: 'T. McLean, "Critical vulnerabilities in JSON Web Token libraries" (2015)',
  url: 'https://auth0.com/blog/critical-vulnerabilities-in-json-web-token-libraries/',
};
export const BISHOP_FOX_JSON: RuleReference = {
  label: 'Bishop Fox, "An Exploration of JSON Interoperability Vulnerabilities" (2021)',
  url: 'https://bishopfox.com/blog/json-interoperability-vulnerabilities',
};
export const HASHCAT: RuleReference = { label: 'hashcat, mode 16500 (JWT)', url: 'https://github.com/hashcat/hashcat' };
export const CWE_1321: RuleReference = { label: 'CWE-1321: Prototype pollution', url: 'https://cwe.mitre.org/data/definitions/1321.html' };
export const GDPR_MINIMISATION: RuleReference = { label: 'GDPR Art. 5(1)(c), data minimisation', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' };
export const TR36: RuleReference = { label: 'Unicode Technical Report #36: Unicode Security Considerations', url: 'https://www.unicode.org/reports/tr36/' };
export const TR39: RuleReference = { label: 'Unicode Technical Standard #39: Unicode Security Mechanisms', url: 'https://www.unicode.org/reports/tr39/' };
export const TR39_CONFUSABLES: RuleReference = { label: 'Unicode TR39 §4, Confusable Detection', url: 'https://www.unicode.org/reports/tr39/#Confusable_Detection' };
export const TR39_MIXED_SCRIPT: RuleReference = { label: 'Unicode TR39 §5.1, Mixed-Script Detection', url: 'https://www.unicode.org/reports/tr39/#Mixed_Script_Detection' };
export const TROJAN_SOURCE: RuleReference = { label: 'N. Boucher, R. Anderson, "Trojan Source: Invisible Vulnerabilities" (2021)', url: 'https://trojansource.codes/' };
