import { Link } from 'react-router';
import { useLocale } from '../../../../i18n/use-t';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { SequenceDiagram, type SequenceActor, type SequenceMessage } from '../parts/SequenceDiagram';
import { TokenFact } from '../parts/TokenFact';
import { formatLifetime, readTokenFacts } from '../parts/token-facts';

/** Up to an hour is the usual range for an access token's life (RFC 9700 asks for short-lived ones). */
const SHORT_ACCESS_SECONDS = 3600;

/** The words of the diagram in one language; the steps are the same in every language. */
interface RotationWords {
  app: string;
  thief: string;
  auth: string;
  renewed: string;
  spent: string;
  stolen: string;
  reused: string;
  revoke: string;
  again: string;
}

function rotationScript(words: RotationWords): { actors: SequenceActor[]; messages: SequenceMessage[] } {
  return {
    actors: [
      { id: 'app', label: words.app },
      { id: 'thief', label: words.thief },
      { id: 'auth', label: words.auth },
    ],
    messages: [
      { from: 'app', to: 'auth', label: 'POST /token', detail: 'grant_type=refresh_token, RT1' },
      { from: 'auth', to: 'app', label: words.renewed, detail: words.spent, kind: 'response' },
      { from: 'thief', to: 'auth', label: words.stolen, kind: 'danger' },
      { from: 'auth', to: 'auth', label: words.reused, detail: words.revoke },
      { from: 'auth', to: 'thief', label: '400 invalid_grant', kind: 'danger' },
      { from: 'app', to: 'auth', label: 'POST /token', detail: 'grant_type=refresh_token, RT2' },
      { from: 'auth', to: 'app', label: words.again, kind: 'response' },
    ],
  };
}

const EN = rotationScript({
  app: 'App',
  thief: 'Attacker',
  auth: 'Auth server',
  renewed: 'new access token + RT2',
  spent: 'RT1 is now spent',
  stolen: 'POST /token with stolen RT1',
  reused: 'RT1 reused!',
  revoke: 'revoke RT1, RT2, …',
  again: '400: log in again',
});

const KO = rotationScript({
  app: '앱',
  thief: '공격자',
  auth: '인증 서버',
  renewed: '새 액세스 토큰 + RT2',
  spent: 'RT1은 이제 사용됨',
  stolen: '훔친 RT1로 POST /token',
  reused: 'RT1 재사용 감지!',
  revoke: 'RT1, RT2 … 모두 폐기',
  again: '400: 다시 로그인',
});

function English({ subject }: LessonBodyProps) {
  const locale = useLocale();
  const lifetime = readTokenFacts(subject.report).lifetimeSeconds;
  return (
    <>
      <h3>Two tokens, two jobs</h3>
      <p>
        A stolen access token works for anyone until it expires, so it should expire soon: minutes, an hour at most. Asking the user
        to log in every fifteen minutes would be unbearable, though. OAuth 2.0 (RFC 6749, §1.5) solves this with a second token. The{' '}
        <strong>access token</strong> goes to the APIs with every request and lives briefly. The <strong>refresh token</strong> lives
        for days or weeks, goes only to the authorisation server&apos;s token endpoint, and is exchanged there for a fresh access token
        (§6, <code>grant_type=refresh_token</code>).
      </p>
      <p>
        The refresh token is usually an opaque random string that the server looks up, not a JWT, so the server can delete it to end
        a login for good. It deserves the most careful storage the client has: for a browser app, typically an <code>HttpOnly</code>,{' '}
        <code>Secure</code> cookie limited to the token endpoint (see <Link to="/learn/storage">where to keep a token</Link>).
      </p>
      <TokenFact value={lifetime}>
        {(seconds) =>
          seconds <= SHORT_ACCESS_SECONDS ? (
            <>It lives {formatLifetime(locale, seconds)}, within the usual range for an access token.</>
          ) : (
            <>
              It lives {formatLifetime(locale, seconds)}, far longer than the hour or less usually given to an access token: a copy
              would work for just as long.
            </>
          )
        }
      </TokenFact>

      <h3>Rotation: every refresh token works once</h3>
      <p>
        With rotation, each refresh returns a new refresh token as well, and the one just used is spent. RFC 6749 (§6) allows the
        server to do this, and the OAuth 2.0 Security Best Current Practice (RFC 9700, §4.14.2) expects it for clients that cannot
        keep a secret, such as browser apps, unless the refresh token is bound to the client in some other way.
      </p>

      <h3>Reuse detection: a spent token is an alarm</h3>
      <p>
        Rotation pays off when a spent refresh token comes back. Either the real client or a thief is holding an old copy, and the
        server cannot tell which. So it revokes the whole family of refresh tokens that grew from the same login. The thief&apos;s
        copies die with it; the real user just logs in again.
      </p>
      <SequenceDiagram
        title="Refresh token rotation and reuse detection"
        description="The app refreshes with RT1 and receives RT2. An attacker then presents the stolen RT1; the server sees a spent token, revokes the whole family and refuses. When the app next refreshes with RT2 it is refused too and must log in again."
        actors={EN.actors}
        messages={EN.messages}
      />

      <PredictQuestion
        prompt="A thief steals a refresh token and uses it before the real app does. With rotation and reuse detection, what happens when the app refreshes next?"
        choices={[
          { label: 'The app gets new tokens, and the thief keeps his' },
          { label: 'The app is refused, and the thief’s tokens are revoked as well', correct: true },
          { label: 'Nothing unusual: the server cannot notice' },
        ]}
        explanation="The thief's refresh spent the token, so the app now presents a spent one. The server cannot tell who is who, so it revokes every token of that login: both sides are locked out, and only the real user can log in again."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const locale = useLocale();
  const lifetime = readTokenFacts(subject.report).lifetimeSeconds;
  return (
    <>
      <h3>토큰 둘, 역할 둘</h3>
      <p>
        액세스 토큰은 도난당하면 만료될 때까지 누구나 쓸 수 있으니 빨리 만료되는 편이 좋습니다. 몇 분, 길어야 한 시간이지요. 그렇다고
        15분마다 다시 로그인하라고 하면 아무도 쓰지 않을 겁니다. OAuth 2.0(RFC 6749 §1.5)은 토큰을 하나 더 두어 이 문제를 풉니다.{' '}
        <strong>액세스 토큰</strong>은 요청마다 API로 가고 수명이 짧습니다. <strong>리프레시 토큰</strong>은 며칠에서 몇 주까지 살고,
        인가 서버의 토큰 엔드포인트로만 가서 새 액세스 토큰과 맞바꿉니다(§6, <code>grant_type=refresh_token</code>).
      </p>
      <p>
        리프레시 토큰은 대개 JWT가 아니라 서버가 조회하는 불투명한 무작위 문자열입니다. 그래서 서버가 기록을 지우면 그 로그인을
        완전히 끝낼 수 있습니다. 클라이언트가 가진 가장 안전한 보관 장소에 두어야 하는데, 브라우저 앱이라면 보통 토큰 엔드포인트
        경로로 한정한 <code>HttpOnly</code>, <code>Secure</code> 쿠키를 씁니다(<Link to="/learn/storage">토큰은 어디에 보관할까</Link>
        참고).
      </p>
      <TokenFact value={lifetime}>
        {(seconds) =>
          seconds <= SHORT_ACCESS_SECONDS ? (
            <>수명은 {formatLifetime(locale, seconds)}입니다. 액세스 토큰으로서는 흔한 범위입니다.</>
          ) : (
            <>
              수명이 {formatLifetime(locale, seconds)}입니다. 보통 한 시간 이내로 잡는 액세스 토큰보다 훨씬 길어서, 복사본도 그만큼
              오래 쓸 수 있습니다.
            </>
          )
        }
      </TokenFact>

      <h3>교체: 리프레시 토큰은 한 번만 쓴다</h3>
      <p>
        교체(rotation)를 적용하면 갱신할 때마다 새 리프레시 토큰도 함께 받고, 방금 쓴 토큰은 그걸로 끝입니다. RFC 6749 §6이 서버에
        이렇게 할 여지를 주고, OAuth 2.0 보안 모범 사례(RFC 9700 §4.14.2)는 브라우저 앱처럼 비밀을 지킬 수 없는 클라이언트라면
        리프레시 토큰을 다른 방법으로 클라이언트에 묶지 않는 한 교체를 쓰라고 합니다.
      </p>

      <h3>재사용 탐지: 이미 쓴 토큰은 경보다</h3>
      <p>
        교체의 진가는 이미 쓴 리프레시 토큰이 다시 나타날 때 드러납니다. 진짜 클라이언트든 도둑이든 누군가 옛 사본을 들고 있다는
        뜻인데, 서버로서는 누가 누군지 알 수 없습니다. 그래서 같은 로그인에서 이어져 온 리프레시 토큰 묶음 전체를 폐기합니다. 도둑이
        가진 사본도 함께 무효가 되고, 진짜 사용자는 다시 로그인하면 그만입니다.
      </p>
      <SequenceDiagram
        title="리프레시 토큰 교체와 재사용 탐지"
        description="앱이 RT1로 갱신해 RT2를 받습니다. 이어서 공격자가 훔친 RT1을 내밀면 서버는 이미 쓴 토큰임을 알아채고 묶음 전체를 폐기한 뒤 거절합니다. 앱이 다음에 RT2로 갱신하려 해도 거절되어 다시 로그인해야 합니다."
        actors={KO.actors}
        messages={KO.messages}
      />

      <PredictQuestion
        prompt="도둑이 리프레시 토큰을 훔쳐 진짜 앱보다 먼저 썼습니다. 교체와 재사용 탐지가 있다면, 앱이 다음에 갱신할 때 어떻게 될까요?"
        choices={[
          { label: '앱은 새 토큰을 받고, 도둑도 자기 토큰을 계속 쓴다' },
          { label: '앱은 거절되고, 도둑의 토큰도 함께 폐기된다', correct: true },
          { label: '별일 없다. 서버는 눈치채지 못한다' },
        ]}
        explanation="도둑이 먼저 갱신하면서 그 토큰은 이미 쓴 것이 되었고, 이제 앱이 쓴 토큰을 내미는 셈입니다. 서버는 누가 누군지 가릴 수 없으니 그 로그인의 토큰을 모두 폐기합니다. 양쪽 모두 막히고, 다시 로그인할 수 있는 건 진짜 사용자뿐입니다."
      />
    </>
  );
}

export const refreshTokensLesson: LessonContent = { en: English, ko: Korean };
