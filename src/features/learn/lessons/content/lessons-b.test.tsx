import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../i18n/locales';
import { JWE_RFC7516_A1_TOKEN, JWE_RFC7516_A3_TOKEN, makeUnsignedToken } from '../../../../testing/fixtures/tokens';
import { useLearnStore } from '../../learn-store';
import { LEARN_EXAMPLE_TOKEN } from '../../example-token';
import type { LessonId } from '../lesson-ids';
import { hasSentence, openLesson, sectionTitles } from '../lesson-test-kit';

/** A JWE with `dir` (no encrypted key) whose `cty` says it nests a JWT; only its header is real. */
const DIRECT_NESTED_JWE = `${btoa(JSON.stringify({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })).replace(/=+$/, '')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;

const unsigned = (header: object, payload: object) => makeUnsignedToken({ alg: 'none', ...header }, payload);

describe('lessons storage, revocation, hs-vs-rs, jwt-vs-oauth, jwe and attacks', () => {
  it.each<[LessonId, Locale, string[]]>([
    ['storage', 'en', ['Three places, three trade-offs', 'Memory', 'localStorage and sessionStorage', 'HttpOnly cookies and SameSite', 'What to choose']],
    ['storage', 'ko', ['세 곳, 세 가지 맞바꿈', '메모리', 'localStorage와 sessionStorage', 'HttpOnly 쿠키와 SameSite', '무엇을 고를까']],
    ['revocation', 'en', ['Why “log out” does not end a JWT', 'Short lifetimes', 'Deny lists by jti', 'Rotating the signing key']],
    ['revocation', 'ko', ['로그아웃해도 JWT가 끝나지 않는 이유', '수명을 짧게', 'jti로 거부 목록 만들기', '서명 키 교체']],
    ['hs-vs-rs', 'en', ['One secret or a key pair', 'Who can mint tokens', 'JWKS and kid', 'Rotating keys']],
    ['hs-vs-rs', 'ko', ['비밀 하나냐, 키 쌍이냐', '누가 토큰을 발급할 수 있나', 'JWKS와 kid', '키 교체']],
    ['jwt-vs-oauth', 'en', ['A format, a protocol and a layer', 'Access token or ID token: who is it for', 'The authorization code flow with PKCE']],
    ['jwt-vs-oauth', 'ko', ['형식, 프로토콜, 그리고 계층', '액세스 토큰과 ID 토큰: 누구에게 가는가', 'PKCE를 쓰는 인가 코드 흐름']],
    ['jwe', 'en', ['Signed is not secret', 'Five parts', 'alg and enc', 'Sign, then encrypt', 'What decrypting proves']],
    ['attacks', 'en', ['alg: none', 'Algorithm confusion: RS256 becomes HS256', 'Keys the token brings: jwk, jku, x5u', 'kid injection', 'Weak HMAC secrets and offline guessing', 'Psychic signatures (CVE-2022-21449)', 'Unchecked exp and aud', 'Token sidejacking']],
    ['attacks', 'ko', ['alg: none', '알고리즘 혼동: RS256이 HS256으로', '토큰이 가져온 키: jwk, jku, x5u', 'kid 인젝션', '약한 HMAC 비밀과 오프라인 대입', '사이킥 서명(CVE-2022-21449)', '확인하지 않은 exp와 aud', '토큰 사이드재킹']],
    ['jwe', 'ko', ['서명했다고 비밀은 아니다', '다섯 부분', 'alg와 enc', '서명한 다음 암호화', '복호화가 증명하는 것']],
  ])('%s renders its sections in %s, with a question to predict', async (id, locale, titles) => {
    await openLesson(id, LEARN_EXAMPLE_TOKEN, locale);
    expect(sectionTitles()).toEqual(titles);
    expect(document.querySelector('.predict')).not.toBeNull();
  });

  it('a lesson follows the token as the learner edits it', async () => {
    await openLesson('revocation', LEARN_EXAMPLE_TOKEN, 'en');
    expect(hasSentence(/It stays usable for another/)).toBe(true);
    act(() => {
      useLearnStore.getState().setTokenText(unsigned({}, { sub: 'a' }));
    });
    expect(hasSentence(/It stays usable for another/)).toBe(false);
    expect(hasSentence(/It has no exp claim/)).toBe(true);
  });

  it('attacks links each attack to its rule pages, and the ones the tamper bench builds to it', async () => {
    await openLesson('attacks', LEARN_EXAMPLE_TOKEN, 'en');
    const rules = screen.getAllByRole('link').flatMap((link) => /^#?\/rules\/(.+)$/.exec(link.getAttribute('href') ?? '')?.[1] ?? []);
    expect(rules).toEqual(expect.arrayContaining(['alg-none', 'alg-confusion-public-key-as-hmac-secret', 'embedded-jwk-header', 'jku-header', 'x5u-header', 'kid-path-traversal', 'kid-sql-injection', 'hmac-weak-secret', 'ecdsa-zero-signature', 'missing-exp', 'missing-aud']));
    expect(screen.getAllByRole('link', { name: 'Try it on the tamper bench' })).toHaveLength(5);
  });

  it.each<[Locale, string]>([
    ['en', 'The authorization code flow with PKCE'],
    ['ko', 'PKCE를 쓰는 인가 코드 흐름'],
  ])('jwt-vs-oauth draws the code flow as a described image (%s)', async (locale, title) => {
    await openLesson('jwt-vs-oauth', LEARN_EXAMPLE_TOKEN, locale);
    expect(screen.getByRole('img', { name: title })).toHaveAccessibleDescription(/PKCE|code|코드/);
  });

  it.each<[LessonId, Locale, string, string, RegExp]>([
    ['storage', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /would keep working for \d+ years/],
    ['storage', 'en', 'no exp', unsigned({}, { sub: 'a' }), /It has no exp: a copy read from storage/],
    ['storage', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It is 196 bytes long\..*so it fits in one cookie/],
    ['storage', 'en', '4,000 characters of payload', unsigned({}, { blob: 'x'.repeat(4000) }), /so it would not fit in one cookie/],
    ['storage', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /길이가 196바이트입니다\..*넉넉히 들어갑니다/],
    ['revocation', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It stays usable for another \d+ years/],
    ['revocation', 'en', 'no exp', unsigned({}, { sub: 'a' }), /It has no exp claim, so a stolen copy outlives a logout for good/],
    ['revocation', 'en', 'exp in 2001', unsigned({}, { exp: 1_000_000_000 }), /It expired \d+ years ago/],
    ['revocation', 'en', 'kid and jti', unsigned({ kid: 'key-2026' }, { jti: 'abc-123' }), /carries jti abc-123/],
    ['revocation', 'en', 'kid and jti', unsigned({ kid: 'key-2026' }, { jti: 'abc-123' }), /names its key with kid key-2026/],
    ['revocation', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /앞으로 \d+년 더 쓸 수 있습니다/],
    ['revocation', 'ko', 'no exp', unsigned({}, { sub: 'a' }), /exp 클레임이 없어서/],
    ['revocation', 'ko', 'kid and jti', unsigned({ kid: 'key-2026' }, { jti: 'abc-123' }), /jti가 있고 값은 abc-123입니다/],
    ['hs-vs-rs', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It uses HS256: whoever can verify it can also mint one\. Its signature is 32 bytes/],
    ['hs-vs-rs', 'en', 'RS256, 256-byte signature', makeUnsignedToken({ alg: 'RS256' }, {}) + 'A'.repeat(342), /It uses RS256: only the holder of the private key.*a 2048-bit key/],
    ['hs-vs-rs', 'en', 'HS256, 3-byte signature', makeUnsignedToken({ alg: 'HS256' }, {}) + 'AAAA', /Its signature is 3 bytes, where SHA-256 gives 32: it cannot be a valid one\./],
    ['hs-vs-rs', 'en', 'alg none', unsigned({}, {}), /It uses none: there is no signature at all/],
    ['hs-vs-rs', 'en', 'a kid', unsigned({ kid: 'k1' }, {}), /Its header says kid k1/],
    ['hs-vs-rs', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /HS256 알고리즘입니다\. 이 토큰을 검증할 수 있는 사람은 누구나/],
    ['hs-vs-rs', 'ko', 'ES256, 64-byte signature', makeUnsignedToken({ alg: 'ES256' }, {}) + 'A'.repeat(86), /ES256 알고리즘입니다\..*서명은 64바이트이며, 두 수 r과 s/],
    ['jwt-vs-oauth', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /none of the claims that mark an ID token.*It has no aud/],
    ['jwt-vs-oauth', 'en', 'an ID token', unsigned({}, { nonce: 'n-0S6', aud: 'my-app' }), /It carries nonce, claims of an OpenID Connect ID token.*Its aud is my-app: only that/],
    ['jwt-vs-oauth', 'en', 'an access token', unsigned({ typ: 'at+jwt' }, { scope: 'read', aud: ['api-1', 'api-2'] }), /typ: at\+jwt, scope, the marks of an OAuth access token.*api-1, api-2: only those/],
    ['jwt-vs-oauth', 'ko', 'an ID token', unsigned({}, { nonce: 'n-0S6', aud: 'my-app' }), /nonce 클레임이 있습니다\. OpenID Connect ID 토큰/],
    ['jwe', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It is a JWS, signed but not encrypted: anyone who holds it can read its claims \(sub, name, role, iat, exp\)/],
    ['jwe', 'en', 'RFC 7516 A.1', JWE_RFC7516_A1_TOKEN, /It is a JWE with alg RSA-OAEP and enc A256GCM: header \d+ bytes · encrypted key 256 bytes · IV 12 bytes · ciphertext \d+ bytes · tag 16 bytes\./],
    ['jwe', 'en', 'dir, nested', DIRECT_NESTED_JWE, /The encrypted key is empty.*Its cty says JWT/],
    ['jwe', 'ko', 'RFC 7516 A.3', JWE_RFC7516_A3_TOKEN, /JWE입니다 \(alg A128KW, enc A128CBC-HS256\)\. 헤더 \d+바이트 · 암호화된 키 40바이트/],
    ['jwe', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /서명만 하고 암호화하지 않은 JWS입니다\. 토큰을 가진 사람은 누구나 클레임\(sub, name, role, iat, exp\)을 읽을 수 있습니다/],
    ['attacks', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /would find in it: alg: HS256 → Weak HMAC secrets and offline guessing; no aud → Unchecked exp and aud\./],
    ['attacks', 'en', 'jku and kid', unsigned({ jku: 'https://attacker.example/jwks', kid: '../../dev/null' }, { exp: 1, aud: 'a' }), /alg: none → alg: none; jku → Keys the token brings: jwk, jku, x5u; kid: \.\.\/\.\.\/dev\/null → kid injection\./],
    ['attacks', 'en', 'nothing offered', makeUnsignedToken({ alg: 'RS256' }, { exp: 1, aud: 'a' }), /Its header carries none of jwk, jku, x5u, x5c or kid, and it has both exp and aud/],
    ['attacks', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /노릴 만한 곳: alg: HS256 → 약한 HMAC 비밀과 오프라인 대입; aud 없음 → 확인하지 않은 exp와 aud\./],
  ])('%s (%s) speaks of the learner’s token: %s', async (id, locale, _token, token, sentence) => {
    await openLesson(id, token, locale);
    expect(hasSentence(sentence)).toBe(true);
  });
});
