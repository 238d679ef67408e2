import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { OWASP_JWE, OWASP_JWT_JAVA, OWASP_WSTG_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { scannedPrefix, walkJson } from '../walk-json';

// RFC 7519 §12: a JWS payload is only encoded; anything secret in it is readable by whoever holds the token.
export const meta: RuleMeta = {
  id: 'sensitive-data-in-payload',
  severity: 'high',
  severities: ['high', 'info'],
  needs: ['token'],
  messageIds: ['secretClaim', 'secretValue', 'nestedJwt'],
  references: [rfc(7519, '12'), OWASP_JWT_JAVA, OWASP_WSTG_JWT, OWASP_JWE],
  docsAnchor: 'sensitive-data-in-payload',
};

// Whole normalised names only: `pwd_changed_at` or `amr: ["pwd"]` must not match.
const SECRET_NAMES = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'clientsecret', 'apikey', 'apisecret', 'accesskey', 'secretkey',
  'privatekey', 'refreshtoken', 'creditcard', 'cardnumber', 'ccnumber', 'cvv', 'cvc', 'ssn', 'socialsecuritynumber', 'pin',
  'otp', 'totpsecret', 'mfasecret', 'seed', 'mnemonic',
]);

const SECRET_PATTERNS: readonly [string, RegExp][] = [
  ['privateKey', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['awsKey', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['googleKey', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['githubToken', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['slackToken', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['stripeKey', /\b[sr]k_live_[0-9A-Za-z]{16,}/],
  ['ssn', /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/],
  ['passwordHash', /^\$2[aby]\$\d\d\$|^\$argon2(id|i|d)\$/],
];
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
const NESTED_JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/;

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[_\-. ]/g, '');
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// Known issuer prefixes (Visa, Mastercard, Amex, Discover) cut Luhn's 1-in-10 false positives on IDs.
function hasCardPrefix(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  const three = Number(digits.slice(0, 3));
  return digits.startsWith('4') || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two === 34 || two === 37 || four === 6011 || (three >= 644 && three <= 649) || two === 65;
}

function findCardNumber(text: string): boolean {
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && hasCardPrefix(digits) && passesLuhn(digits)) return true;
  }
  return false;
}

/** Returns a value shortened so the finding itself does not repeat the secret. */
function mask(value: string): string {
  return value.length <= 4 ? '••••' : `${value.slice(0, 4)}…`;
}

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  const findings: Finding[] = [];
  for (const { pointer, name, value } of walkJson(payload)) {
    const scalar = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
    if (name !== null && SECRET_NAMES.has(normaliseName(name)) && scalar !== null && scalar !== '') {
      findings.push(createFinding(meta, 'secretClaim', { claim: name }, [{ part: 'payload', pointer, value: mask(scalar) }]));
      continue;
    }
    if (typeof value !== 'string') continue;
    const scanned = scannedPrefix(value);
    const pattern = SECRET_PATTERNS.find(([, regex]) => regex.test(scanned))?.[0] ?? (findCardNumber(scanned) ? 'cardNumber' : undefined);
    if (pattern !== undefined) {
      findings.push(createFinding(meta, 'secretValue', { kind: pattern }, [{ part: 'payload', pointer, value: mask(value) }]));
    } else if (NESTED_JWT.test(scanned)) {
      // Token exchange can carry a token legitimately, so this is only a note.
      findings.push(createFinding(meta, 'nestedJwt', {}, [{ part: 'payload', pointer, value: mask(value) }], 'info'));
    }
  }
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
