import { isJsonObject, type JsonObject } from '../../json/json-value';
import { readCertificate } from '../../keys/read-certificate';
import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { hashOfHmacAlg } from '../../audit/hmac-alg';
import { matchesHmac } from '../../audit/hmac-sha2';
import { cve, JWT_TOOL, MCLEAN_2015, OWASP_WSTG_JWT, PORTSWIGGER_ALG_CONFUSION, rfc } from '../references';
import {
  collectCertificateForms,
  collectJwkForms,
  collectSpkiForms,
  collectTextForms,
  convertJwkToSpki,
  decodeStandardBase64,
  type KeyFormBytes,
} from '../public-key-forms';
import type { RuleContext } from '../rule-context';

// RFC 8725 §2.1 and §3.1: the key, not the token, decides the algorithm; else a public key becomes an HMAC secret.
export const meta: RuleMeta = {
  id: 'alg-confusion-public-key-as-hmac-secret',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token', 'key'],
  messageIds: ['pastedKey', 'headerJwk', 'headerX5c'],
  references: [
    rfc(8725, '2.1'),
    rfc(8725, '3.1'),
    MCLEAN_2015,
    cve('CVE-2015-9235', 'jsonwebtoken'),
    cve('CVE-2016-10555', 'jwt-simple'),
    cve('CVE-2017-11424', 'PyJWT'),
    cve('CVE-2022-23541', 'jsonwebtoken'),
    cve('CVE-2022-29217', 'PyJWT'),
    cve('CVE-2023-48223', 'fast-jwt'),
    cve('CVE-2023-48238', 'json-web-token'),
    cve('CVE-2024-33663', 'python-jose'),
    cve('CVE-2024-54150', 'cjwt'),
    cve('CVE-2026-34950', 'fast-jwt: whitespace before the PEM'),
    cve('CVE-2026-44699', 'LibJWT'),
    PORTSWIGGER_ALG_CONFUSION,
    OWASP_WSTG_JWT,
    JWT_TOOL,
  ],
  docsAnchor: 'alg-confusion-public-key-as-hmac-secret',
};

const OPENSSH_LINE = /^\s*(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+=*/;

type Source = 'pastedKey' | 'headerJwk' | 'headerX5c';

function formsOfPastedKey(context: RuleContext): KeyFormBytes[] {
  const key = context.key;
  if (key === undefined) return [];
  const { text, parsed } = key;
  // A secret is what an HS token is meant to be checked with; only public-key material is suspect here.
  if (!parsed.ok) return text.includes('-----BEGIN') || OPENSSH_LINE.test(text) ? collectTextForms(text) : [];
  const given = parsed.key;
  switch (given.kind) {
    case 'secret':
      return OPENSSH_LINE.test(text) ? collectTextForms(text) : [];
    case 'spki':
      return [...collectTextForms(text), ...collectSpkiForms(given.spki)];
    case 'certificate':
      return [...collectTextForms(text), ...collectCertificateForms(given.der, given.certificate.spki)];
    case 'pkcs8':
      return collectTextForms(text);
    case 'jwk':
      if (given.jwk.kty === 'oct') return [];
      return [...collectTextForms(text), ...collectJwkForms(given.jwk.jwk), ...collectJwkForms(given.jwk.publicJwk)];
    case 'jwks':
      return [
        ...collectTextForms(text),
        ...given.jwks.members.flatMap((member) => (member.ok && member.jwk.kty !== 'oct' ? collectJwkForms(member.jwk.publicJwk) : [])),
      ];
  }
}

function formsOfHeaderJwk(header: JsonObject): KeyFormBytes[] {
  const jwk = header.jwk;
  if (!isJsonObject(jwk) || convertJwkToSpki(jwk) === null) return [];
  return collectJwkForms(jwk);
}

function formsOfHeaderX5c(header: JsonObject): KeyFormBytes[] {
  const chain = header.x5c;
  if (!Array.isArray(chain) || typeof chain[0] !== 'string') return [];
  const der = decodeStandardBase64(chain[0]);
  if (der === null) return [];
  const certificate = readCertificate(der);
  return certificate.ok ? collectCertificateForms(der, certificate.certificate.spki) : [];
}

export function check(context: RuleContext): Finding[] {
  const hash = hashOfHmacAlg(context.alg);
  const { signature, signingInputBytes: message, header } = context;
  if (context.kind !== 'jws' || hash === null || signature === null || signature.length === 0 || message === null || header === null) return [];
  const sources: [Source, () => KeyFormBytes[]][] = [
    ['pastedKey', () => formsOfPastedKey(context)],
    ['headerJwk', () => formsOfHeaderJwk(header)],
    ['headerX5c', () => formsOfHeaderX5c(header)],
  ];
  const findings: Finding[] = [];
  for (const [source, collect] of sources) {
    const match = collect().find((form) => matchesHmac(hash, form.bytes, message, signature));
    if (match === undefined) continue;
    const term = { kind: 'keyForm' as const, code: match.form };
    const evidence =
      source === 'pastedKey' ? [{ part: 'key' as const, term }] : [{ part: 'header' as const, pointer: pointerTo(source === 'headerJwk' ? 'jwk' : 'x5c'), term }];
    findings.push(createFinding(meta, source, { alg: describeValue(context.alg), form: match.form }, evidence));
  }
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
