import { describe, expect, it } from 'vitest';
import type { ReasonCode, ReasonParams } from '../core/crypto/verification-result';
import { describeVerificationReason } from './describe-verification-reason';

describe('describeVerificationReason', () => {
  it.each<[string, ReasonCode, ReasonParams | undefined, string, Record<string, string | number>]>([
    ['no parameters', 'signature-mismatch', undefined, 'en', {}],
    ['a plain string as it is', 'alg-unknown', { alg: 'HS999' }, 'en', { alg: 'HS999' }],
    ['a select parameter with `_` for `-`', 'crit-malformed', { problem: 'not-a-name' }, 'en', { problem: 'not_a_name' }],
    ['a select parameter without `-` unchanged', 'segment-not-base64url', { part: 'header' }, 'en', { part: 'header' }],
    ['a position counted from 1', 'secret-bad-base64', { position: 0, character: '!' }, 'en', { position: 1, character: '!' }],
    ['another number as it is', 'rsa-key-too-small', { bits: 1024, minBits: 2048 }, 'en', { bits: 1024, minBits: 2048 }],
    ['a list quoted and joined in English', 'kid-not-found', { kid: 'a', kids: ['b', 'c', 'd'] }, 'en', { kid: 'a', kids: '“b”, “c”, and “d”' }],
    ['a list quoted and joined in Korean', 'kid-not-found', { kid: 'a', kids: ['b', 'c'] }, 'ko', { kid: 'a', kids: '“b” 및 “c”' }],
    ['an empty list as a dash', 'kid-not-found', { kid: 'a', kids: [] }, 'en', { kid: 'a', kids: '—' }],
  ])('%s', (_name, reason, params, locale, values) => {
    expect(describeVerificationReason(reason, params, locale)).toEqual({ key: `verify.reason.${reason}`, values });
  });
});
