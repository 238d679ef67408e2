import { describe, expect, it } from 'vitest';
import type { EvidenceTerm, Measure } from '../../../core/findings/finding';
import { activateLocale, loadArea, translate } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/locales';
import { sayMeasure, sayTerm } from './format-finding';

async function switchTo(locale: Locale) {
  await activateLocale(locale);
  await loadArea('findings');
}

describe('sayMeasure', () => {
  it.each<[Locale, Measure, string]>([
    ['en', { unit: 'bytes', count: 1 }, '1 byte'],
    ['en', { unit: 'bytes', count: 5049 }, '5,049 bytes'],
    ['en', { unit: 'bits', count: 1024 }, '1,024 bits'],
    ['en', { unit: 'bits', count: 40, approximate: true }, '≈ 40 bits'],
    ['en', { unit: 'keys', count: 2 }, '2 keys'],
    ['ko', { unit: 'bytes', count: 5049 }, '5,049바이트'],
    ['ko', { unit: 'bits', count: 1024 }, '1,024비트'],
    ['ko', { unit: 'bits', count: 40, approximate: true }, '약 40비트'],
    ['ko', { unit: 'keys', count: 2 }, '키 2개'],
  ])('%s: %j is “%s”', async (locale, measure, expected) => {
    await switchTo(locale);
    expect(sayMeasure(measure, translate)).toBe(expected);
  });
});

describe('sayTerm', () => {
  it.each<[Locale, EvidenceTerm, string]>([
    ['en', { kind: 'keyType', code: 'rsaPss' }, 'RSA-PSS key'],
    ['en', { kind: 'keyForm', code: 'crlfLineEnds' }, 'CRLF line ends'],
    ['en', { kind: 'keyFormat', code: 'jwks' }, 'JWK Set'],
    ['en', { kind: 'x5cProblem', code: 'notBase64' }, 'an entry not in standard base64'],
    ['ko', { kind: 'keyType', code: 'oct' }, '대칭 비밀'],
    ['ko', { kind: 'keyForm', code: 'trailingNewlineRemoved' }, '마지막 줄바꿈 제거'],
    ['ko', { kind: 'keyFormat', code: 'jwks' }, 'JWK 집합'],
    ['ko', { kind: 'x5cProblem', code: 'notCertificate' }, '첫 항목이 인증서가 아님'],
  ])('%s: %j is “%s”', async (locale, term, expected) => {
    await switchTo(locale);
    expect(sayTerm(term, translate)).toBe(expected);
  });
});
