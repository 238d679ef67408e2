import { readTimeClaims } from '../../../../core/claims/evaluate-time-window';
import { Link } from 'react-router';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { readStringMember } from '../parts/read-string-member';
import { formatLifetime } from '../parts/token-facts';
import { TokenFact } from '../parts/TokenFact';
import { useExpiry } from '../parts/use-expiry';

/** What the deny-list and key-rotation sentences quote; null where that part of the token cannot be read. */
function readFacts(subject: LearnSubject) {
  const { header, payload } = subject.report;
  return {
    claims: payload === null ? null : { jti: readStringMember(payload, 'jti'), hasIat: readTimeClaims(payload).issuedAt !== null },
    key: header === null ? null : { kid: readStringMember(header, 'kid') },
  };
}

function English({ subject }: LessonBodyProps) {
  const expiry = useExpiry(subject);
  const { claims, key } = readFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            A user presses “Log out” and the app deletes its token. An attacker copied that token an hour earlier, and its <code>exp</code> is
            tomorrow. What happens when the attacker sends the copy now?
          </>
        }
        choices={[
          { label: 'The server refuses it: the user has logged out.' },
          { label: 'It still works, until tomorrow.', correct: true },
          { label: 'It works, but only from the user’s own IP address.' },
        ]}
        explanation={
          <>
            Logging out deleted one copy in one browser. The server never stored the token, so it has no record to strike out: the copy verifies
            until its <code>exp</code>, unless the server keeps a deny list or changes its key. Nothing in a JWT ties it to an address.
          </>
        }
      />
      <section className="lesson-section">
        <h3>Why “log out” does not end a JWT</h3>
        <p>
          A server that accepts JWTs checks a signature and a handful of claims. It does not look the token up anywhere, and that is the whole
          appeal: no session table, no shared store. It is also why there is nothing to delete. Logging out removes the token from one browser,
          but any copy taken before that keeps working. Every verifier will accept it until its <code>exp</code> passes or the key that signed it
          is retired.
        </p>
        <TokenFact value={expiry.kind === 'unreadable' ? null : expiry} fallback={<>The payload of the token above cannot be read here, so its lifetime cannot be shown.</>}>
          {(known) =>
            known.kind === 'expires' ? (
              <>It stays usable for another {formatLifetime('en', known.inSeconds)}: that is how long a stolen copy would outlive a logout.</>
            ) : known.kind === 'no-exp' ? (
              <>
                It has no <code>exp</code> claim, so a stolen copy outlives a logout for good. Only a deny list or a new signing key stops it.
              </>
            ) : (
              <>
                It expired {formatLifetime('en', known.agoSeconds)} ago. A verifier that checks <code>exp</code> already refuses it: that is the
                one revocation every JWT gets for free.
              </>
            )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>Short lifetimes</h3>
        <p>
          The cheapest way to take a token back is to make it die soon. Access tokens commonly live from five minutes to an hour, and fifteen
          minutes is a frequent choice. The user does not log in again each time: a{' '}
          <Link to="/learn/refresh-tokens">refresh token</Link>, which the server does store and can delete, buys a new access token. Revoking
          the refresh token then takes effect within one access-token lifetime.
        </p>
        <p>
          Rotation makes a stolen refresh token noisy. Each refresh returns a new refresh token and retires the old one; if a retired one is ever
          presented again, two parties hold it, and the server revokes the whole family (the OAuth security BCP, RFC 9700 §4.14.2).
        </p>
      </section>
      <section className="lesson-section">
        <h3>Deny lists by jti</h3>
        <p>
          Sometimes fifteen minutes is too long: an account was taken over, or an administrator lost a role. The server can then keep a list of
          revoked tokens and check every request against it. The <code>jti</code> claim (RFC 7519 §4.1.7) gives each token a unique name for that
          list. An entry can be dropped once the token’s <code>exp</code> has passed, so the list only ever holds tokens that are still alive.
        </p>
        <p>
          A coarser variant stores one time per user and refuses any token whose <code>iat</code> is earlier: “sign out everywhere”. Both work,
          and both cost the same thing: the verifier consults shared state on each request, so the token is no longer self-contained. You are
          back to something very like a session lookup, only smaller.
        </p>
        <TokenFact value={claims}>
          {({ jti, hasIat }) =>
            jti !== null ? (
            <>
              It carries <code>jti</code> <code>{jti}</code>, the name a deny list would hold.
            </>
          ) : (
            <>
              It has no <code>jti</code>, so a deny list would have to hold a hash of the whole token
              {hasIat ? <>, or fall back to a per-user cut-off on its <code>iat</code></> : null}.
            </>
          )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>Rotating the signing key</h3>
        <p>
          Replacing the signing key revokes every token signed with the old one, all at once: everyone is logged out. That is the emergency
          brake for a leaked key. A planned rotation is gentler. The issuer publishes the new public key next to the old one in its JWKS, each
          with its own <code>kid</code>, starts signing with the new key, and removes the old key only after the last token it signed has
          expired. With HS256 the new secret has to reach every verifier before the issuer switches, because they all share it.
        </p>
        <TokenFact value={key}>
          {({ kid }) =>
            kid !== null ? (
            <>
              It names its key with <code>kid</code> <code>{kid}</code>, so a verifier can hold the old and the new key side by side and
              pick the right one.
            </>
          ) : (
            <>
              It has no <code>kid</code>; during a rotation a verifier would have to try each key it holds until one fits.
            </>
          )
          }
        </TokenFact>
      </section>
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const expiry = useExpiry(subject);
  const { claims, key } = readFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            사용자가 “로그아웃”을 누르자 앱이 토큰을 지웠습니다. 공격자는 한 시간 전에 그 토큰을 복사해 두었고, 토큰의 <code>exp</code>는
            내일입니다. 공격자가 지금 그 사본을 보내면 어떻게 될까요?
          </>
        }
        choices={[
          { label: '서버가 거절합니다. 사용자가 로그아웃했으니까요.' },
          { label: '내일까지는 그대로 통합니다.', correct: true },
          { label: '통하기는 하지만 사용자 본인의 IP에서만 통합니다.' },
        ]}
        explanation={
          <>
            로그아웃은 브라우저 한 곳에서 사본 하나를 지웠을 뿐입니다. 서버는 토큰을 저장한 적이 없으니 지울 기록도 없습니다. 거부 목록을 두거나
            키를 바꾸지 않는 한 그 사본은 <code>exp</code>까지 검증을 통과합니다. JWT에는 주소와 묶는 장치도 없습니다.
          </>
        }
      />
      <section className="lesson-section">
        <h3>로그아웃해도 JWT가 끝나지 않는 이유</h3>
        <p>
          JWT를 받는 서버는 서명과 클레임 몇 개를 확인할 뿐, 토큰을 어디에서 조회하지 않습니다. 세션 테이블도 공유 저장소도 필요 없다는 점이
          JWT의 장점인데, 바로 그래서 지울 대상도 없습니다. 로그아웃은 브라우저 한 곳에서 토큰을 지우는 일일 뿐이고, 그 전에 누군가 복사해 간
          토큰은 계속 통합니다. <code>exp</code>가 지나거나 서명한 키가 폐기될 때까지 모든 검증 서버가 그 토큰을 받아 줍니다.
        </p>
        <TokenFact value={expiry.kind === 'unreadable' ? null : expiry} fallback={<>위 토큰의 페이로드를 여기서 읽을 수 없어서 남은 수명을 보여 드릴 수 없습니다.</>}>
          {(known) =>
            known.kind === 'expires' ? (
              <>앞으로 {formatLifetime('ko', known.inSeconds)} 더 쓸 수 있습니다. 탈취된 사본도 로그아웃 뒤에 그만큼 살아 있다는 뜻입니다.</>
            ) : known.kind === 'no-exp' ? (
              <>
                <code>exp</code> 클레임이 없어서, 탈취된 사본은 로그아웃과 상관없이 영영 유효합니다. 거부 목록을 두거나 서명 키를 바꾸는 방법밖에
                없습니다.
              </>
            ) : (
              <>
                {formatLifetime('ko', known.agoSeconds)} 전에 만료되었습니다. <code>exp</code>를 확인하는 서버라면 이미 거절합니다. 모든 JWT가 공짜로
                얻는 폐기 수단은 이것 하나뿐입니다.
              </>
            )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>수명을 짧게</h3>
        <p>
          토큰을 되돌리는 가장 싼 방법은 빨리 죽게 만드는 것입니다. 액세스 토큰의 수명은 보통 5분에서 1시간 사이이고, 15분을 많이 씁니다.
          그렇다고 사용자가 매번 다시 로그인하지는 않습니다. 서버가 저장해 두고 언제든 지울 수 있는{' '}
          <Link to="/learn/refresh-tokens">리프레시 토큰</Link>으로 새 액세스 토큰을 받기 때문입니다. 리프레시 토큰을 폐기하면 길어도 액세스
          토큰 수명 한 번 안에 효과가 납니다.
        </p>
        <p>
          리프레시 토큰을 교체(rotation)하면 탈취가 드러납니다. 갱신할 때마다 새 리프레시 토큰을 주고 이전 것은 폐기하는데, 폐기된 토큰이 다시
          들어왔다면 두 사람이 같은 토큰을 가진 것이므로 서버는 그 계열 전체를 폐기합니다(OAuth 보안 BCP, RFC 9700 §4.14.2).
        </p>
      </section>
      <section className="lesson-section">
        <h3>jti로 거부 목록 만들기</h3>
        <p>
          15분도 길 때가 있습니다. 계정이 탈취되었거나 관리자 권한을 회수했을 때가 그렇습니다. 이럴 때 서버는 폐기한 토큰 목록을 두고 요청마다
          대조합니다. <code>jti</code> 클레임(RFC 7519 §4.1.7)은 토큰마다 고유한 이름을 붙여 이 목록에 올릴 수 있게 해 줍니다. 토큰의{' '}
          <code>exp</code>가 지나면 목록에서 빼도 되므로, 목록에는 아직 살아 있는 토큰만 남습니다.
        </p>
        <p>
          더 거친 방법으로, 사용자마다 시각 하나를 저장해 두고 <code>iat</code>가 그보다 이른 토큰을 모두 거절할 수도 있습니다. “모든 기기에서
          로그아웃”이 이렇게 동작합니다. 어느 쪽이든 대가는 같습니다. 검증할 때마다 공유 상태를 조회해야 하니 토큰이 더는 자기 완결적이지 않고,
          규모만 작을 뿐 세션 조회와 다를 바 없어집니다.
        </p>
        <TokenFact value={claims}>
          {({ jti, hasIat }) =>
            jti !== null ? (
            <>
              <code>jti</code>가 있고 값은 <code>{jti}</code>입니다. 거부 목록에 올라갈 이름이 바로 이것입니다.
            </>
          ) : (
            <>
              <code>jti</code>가 없습니다. 거부 목록에는 토큰 전체의 해시를 올려야 하고
              {hasIat ? (
                <>
                  , 아니면 사용자별 기준 시각과 <code>iat</code>를 비교하는 방법으로 물러서야 합니다
                </>
              ) : null}
              .
            </>
          )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>서명 키 교체</h3>
        <p>
          서명 키를 바꾸면 이전 키로 서명한 토큰이 한꺼번에 모두 무효가 됩니다. 모든 사용자가 로그아웃되는 셈이라, 키가 유출되었을 때 당기는
          비상 브레이크입니다. 계획된 교체는 더 부드럽습니다. 발급자는 새 공개 키를 JWKS에 기존 키와 나란히 올리고(각각 다른 <code>kid</code>),
          새 키로 서명을 시작한 뒤, 이전 키로 서명한 마지막 토큰이 만료되고 나서야 이전 키를 내립니다. HS256이라면 모든 검증 서버가 같은 비밀을
          나눠 쓰므로, 발급자가 바꾸기 전에 새 비밀이 검증 서버 모두에 먼저 가 있어야 합니다.
        </p>
        <TokenFact value={key}>
          {({ kid }) =>
            kid !== null ? (
            <>
              헤더의 <code>kid</code>(값 <code>{kid}</code>)가 서명한 키를 밝히고 있어서, 검증 서버가 이전 키와 새 키를 함께 두고 맞는 쪽을 고를 수
              있습니다.
            </>
          ) : (
            <>
              <code>kid</code>가 없습니다. 키를 교체하는 동안 검증 서버는 가진 키를 하나씩 대 보아야 합니다.
            </>
          )
          }
        </TokenFact>
      </section>
    </>
  );
}

export const revocationLesson: LessonContent = { en: English, ko: Korean };
