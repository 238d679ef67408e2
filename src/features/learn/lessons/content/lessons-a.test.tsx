import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../i18n/locales';
import { makeUnsignedToken } from '../../../../testing/fixtures/tokens';
import { LEARN_EXAMPLE_TOKEN } from '../../example-token';
import type { LessonId } from '../lesson-ids';
import { hasSentence, openLesson, sectionTitles } from '../lesson-test-kit';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsigned = (header: object, payload: object) => makeUnsignedToken({ alg: 'none', ...header }, payload);
const FIFTEEN_MINUTES = unsigned({}, { iat: 1_700_000_000, exp: 1_700_000_900 });
const ONE_HOUR = unsigned({}, { iat: 1_700_000_000, exp: 1_700_003_600 });
const RS256 = `${makeUnsignedToken({ alg: 'RS256' }, { sub: 'a' })}${'A'.repeat(342)}`;
const JWE = `${b64({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y2lwaGVy.dGFn`;
const EXAMPLE_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

describe('lessons structure, base64url, signature, flow, session-vs-token and refresh-tokens', () => {
  it.each<[LessonId, Locale, string[], number]>([
    ['structure', 'en', ['Three strings and two dots', 'The header says how to check the token', 'The payload carries the claims', 'The signature seals the first two parts'], 0],
    ['structure', 'ko', ['문자열 셋, 점 둘', '헤더: 이 토큰을 어떻게 검증할지 알려 준다', '페이로드: 클레임을 담는다', '서명: 앞의 두 부분을 봉인한다'], 0],
    ['base64url', 'en', ['Decode it yourself', 'So anyone can read the payload', 'Why not plain base64?'], 0],
    ['base64url', 'ko', ['직접 디코딩해 보기', '그러니 페이로드는 누구나 읽을 수 있다', '왜 그냥 base64를 쓰지 않을까'], 0],
    ['signature', 'en', ['What exactly is signed', 'Making the signature', 'Checking it'], 0],
    ['signature', 'ko', ['정확히 무엇에 서명하나', '서명 만들기', '검증하기'], 0],
    ['flow', 'en', ['The whole journey', '1. Logging in', '2. Carrying the token', '3. Verifying, every time'], 1],
    ['flow', 'ko', ['전체 흐름', '1. 로그인', '2. 토큰 들고 다니기', '3. 매번 검증하기'], 1],
    ['session-vs-token', 'en', ['A session: the server remembers', 'A token: the client carries the facts', 'What each design costs'], 2],
    ['session-vs-token', 'ko', ['세션: 서버가 기억한다', '토큰: 클라이언트가 사실을 들고 다닌다', '각각 치르는 대가'], 2],
    ['refresh-tokens', 'en', ['Two tokens, two jobs', 'Rotation: every refresh token works once', 'Reuse detection: a spent token is an alarm'], 1],
    ['refresh-tokens', 'ko', ['토큰 둘, 역할 둘', '교체: 리프레시 토큰은 한 번만 쓴다', '재사용 탐지: 이미 쓴 토큰은 경보다'], 1],
  ])('%s renders its sections in %s, with a question to predict and its diagrams', async (id, locale, titles, diagrams) => {
    await openLesson(id, LEARN_EXAMPLE_TOKEN, locale);
    expect(sectionTitles()).toEqual(titles);
    expect(document.querySelector('.predict')).not.toBeNull();
    expect(document.querySelectorAll('figure.seq svg[role="img"]')).toHaveLength(diagrams);
  });

  it.each<[LessonId, Locale, string, string, RegExp]>([
    ['structure', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /Your token It has the three parts, 36, \d+, 43 characters long:/],
    ['structure', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /Its payload holds 5 claims: sub, name, role, iat, exp\./],
    ['structure', 'en', 'a JWE', JWE, /It has five parts, not three: it is an encrypted token \(JWE\)/],
    ['structure', 'en', 'nothing', '', /^Paste a token in the box above and its own three parts appear here/],
    ['structure', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /페이로드에 클레임이 5개 있습니다: sub, name, role, iat, exp\./],
    ['base64url', 'en', 'the example', LEARN_EXAMPLE_TOKEN, new RegExp(`Its first segment, ${EXAMPLE_HEADER}, is 36 characters\\. Read backwards, they are these 27 bytes of JSON: \\{"alg":"HS256","typ":"JWT"\\}`)],
    ['base64url', 'en', 'nothing', '', /its header would be decoded right here/],
    ['base64url', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, /첫 번째 조각 36글자\(eyJ\S+\)를 거꾸로 읽으면 다음 JSON 27바이트가 됩니다/],
    ['signature', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It is signed with HS256, an HMAC, made and checked with the same shared secret\./],
    ['signature', 'en', 'the example', LEARN_EXAMPLE_TOKEN, new RegExp(`Its signing input is these ${LEARN_EXAMPLE_TOKEN.lastIndexOf('.')} characters:`)],
    ['signature', 'en', 'alg none', unsigned({}, {}), /It is signed with none, nothing at all: alg none means the token is unsigned/],
    ['signature', 'ko', 'RS256', RS256, /서명 알고리즘은 RS256입니다\. RSA 서명\(PKCS#1 v1\.5\)입니다/],
    ['flow', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It lives 74 years from issue to expiry: for that long, whoever copies it is, to the server, you\./],
    ['flow', 'en', 'no exp', unsigned({}, { sub: 'a' }), /A token without both iat and exp does not say how long it was meant to live/],
    ['flow', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /Sent to an API, it would ride in this header:/],
    ['flow', 'ko', 'an hour', ONE_HOUR, /발급부터 만료까지 1시간 동안 유효합니다\./],
    ['session-vs-token', 'en', 'the example', LEARN_EXAMPLE_TOKEN, new RegExp(`It is ${LEARN_EXAMPLE_TOKEN.length} characters, sent with every request; a typical session id is about 32\\.`)],
    ['session-vs-token', 'ko', 'the example', LEARN_EXAMPLE_TOKEN, new RegExp(`요청마다 ${LEARN_EXAMPLE_TOKEN.length}글자를 보냅니다`)],
    ['refresh-tokens', 'en', 'fifteen minutes', FIFTEEN_MINUTES, /It lives 15 minutes, within the usual range for an access token\./],
    ['refresh-tokens', 'en', 'the example', LEARN_EXAMPLE_TOKEN, /It lives 74 years, far longer than the hour or less usually given to an access token/],
    ['refresh-tokens', 'ko', 'fifteen minutes', FIFTEEN_MINUTES, /수명은 15분입니다\. 액세스 토큰으로서는 흔한 범위입니다\./],
  ])('%s (%s) speaks of the learner’s token: %s', async (id, locale, _token, token, sentence) => {
    await openLesson(id, token, locale);
    expect(hasSentence(sentence)).toBe(true);
  });

  it('shows the payload decoded with no key', async () => {
    await openLesson('base64url', LEARN_EXAMPLE_TOKEN, 'en');
    expect(document.querySelector('.token-fact pre')).toHaveTextContent('"name": "김하늘"');
  });

  it('shows the Authorization header the token would ride in, cut short', async () => {
    await openLesson('flow', LEARN_EXAMPLE_TOKEN, 'en');
    expect(document.querySelectorAll('.token-fact pre')[0]).toHaveTextContent(/^Authorization: Bearer eyJhbGci\S{56}…$/);
  });
});
