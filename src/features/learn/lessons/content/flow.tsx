import { Link } from 'react-router';
import { useLocale } from '../../../../i18n/use-t';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { SequenceDiagram, type SequenceActor, type SequenceMessage } from '../parts/SequenceDiagram';
import { TokenFact } from '../parts/TokenFact';
import { formatLifetime, readTokenFacts, type TokenFacts } from '../parts/token-facts';
import { SEGMENT_PREVIEW_CHARS } from '../parts/TokenSegments';

/** The learner's token as a client would send it, cut short like the parts view cuts segments. */
function bearerLine(facts: TokenFacts): string | null {
  if (facts.kind !== 'jws') return null;
  const token = facts.segments.map((segment) => segment.text).join('.');
  return `Authorization: Bearer ${token.length > SEGMENT_PREVIEW_CHARS ? `${token.slice(0, SEGMENT_PREVIEW_CHARS)}…` : token}`;
}

/** The words of the diagram in one language; the steps are the same in every language. */
interface FlowWords {
  browser: string;
  server: string;
  sign: string;
  verify: string;
  later: string;
}

function flowScript(words: FlowWords): { actors: SequenceActor[]; messages: SequenceMessage[] } {
  const bearer = 'Authorization: Bearer eyJ…';
  return {
    actors: [
      { id: 'browser', label: words.browser },
      { id: 'server', label: words.server },
    ],
    messages: [
      { from: 'browser', to: 'server', label: 'POST /login', detail: '{"id":"ada","password":"…"}' },
      { from: 'server', to: 'server', label: words.sign },
      { from: 'server', to: 'browser', label: '200 OK', detail: '{"access_token":"eyJ…"}', kind: 'response' },
      { from: 'browser', to: 'server', label: 'GET /api/profile', detail: bearer },
      { from: 'server', to: 'server', label: words.verify },
      { from: 'server', to: 'browser', label: '200 OK', detail: '{"name":"Ada"}', kind: 'response' },
      { from: 'browser', to: 'server', label: `GET /api/profile (${words.later})`, detail: bearer },
      { from: 'server', to: 'browser', label: '401 Unauthorized', detail: 'error="invalid_token"', kind: 'danger' },
    ],
  };
}

const EN = flowScript({ browser: 'Browser', server: 'Server', sign: 'check password, sign', verify: 'verify signature, exp', later: 'later' });
const KO = flowScript({ browser: '브라우저', server: '서버', sign: '비밀번호 확인, 서명', verify: '서명과 exp 검증', later: '만료 후' });

function English({ subject }: LessonBodyProps) {
  const locale = useLocale();
  const facts = readTokenFacts(subject.report);
  const bearer = bearerLine(facts);
  return (
    <>
      <h3>The whole journey</h3>
      <SequenceDiagram
        title="Login, Bearer, verify"
        description="The browser logs in and receives a token, sends it in the Authorization header with each request, and the server verifies it each time; once it has expired the server answers 401."
        actors={EN.actors}
        messages={EN.messages}
      />

      <h3>1. Logging in</h3>
      <p>
        The user proves who they are once, usually with a password over HTTPS. If that checks out, the server builds a payload (who
        the user is, when the token expires), signs it and sends the token back. From here on the password stays out of the picture.
      </p>

      <h3>2. Carrying the token</h3>
      <p>
        On every later request the client puts the token in the <code>Authorization</code> header with the <code>Bearer</code> scheme
        (RFC 6750, §2.1). &quot;Bearer&quot; is meant literally: whoever holds the token can use it, with no further proof, much like
        cash. That is why tokens travel only over HTTPS, and why RFC 6750 advises against putting them in URLs, where they end up in
        logs and browser history.
      </p>
      <TokenFact value={bearer} detail={(line) => <pre>{line}</pre>}>
        {() => <>Sent to an API, it would ride in this header:</>}
      </TokenFact>

      <h3>3. Verifying, every time</h3>
      <p>
        The server keeps no copy of the token. On each request it checks the signature with its key, then the claims: that{' '}
        <code>exp</code> is still in the future, and that <code>iss</code> and <code>aud</code> are what it expects. Only then does it
        trust <code>sub</code> and serve the request. If anything fails it answers <code>401</code> with a{' '}
        <code>WWW-Authenticate: Bearer error=&quot;invalid_token&quot;</code> header (RFC 6750, §3), and the client has to get a new
        token, from a <Link to="/learn/refresh-tokens">refresh token</Link> or by logging in again.
      </p>
      <TokenFact
        value={facts.lifetimeSeconds}
        fallback="A token without both iat and exp does not say how long it was meant to live; a verifier should insist on exp."
      >
        {(seconds) => (
          <>
            It lives {formatLifetime(locale, seconds)} from issue to expiry: for that long, whoever copies it is, to the server, you.
          </>
        )}
      </TokenFact>

      <PredictQuestion
        prompt="After login, where does the server keep the token so it can recognise it on the next request?"
        choices={[
          { label: 'In its database, next to the user' },
          { label: 'In a cookie it set on itself' },
          { label: 'Nowhere: it checks the signature instead', correct: true },
        ]}
        explanation="That is the point of a signed token: the server recognises its own signature with its key and needs no record of the tokens it handed out. The flip side is that it cannot simply forget one; see the lesson on taking a token back."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const locale = useLocale();
  const facts = readTokenFacts(subject.report);
  const bearer = bearerLine(facts);
  return (
    <>
      <h3>전체 흐름</h3>
      <SequenceDiagram
        title="로그인, Bearer, 검증"
        description="브라우저가 로그인해 토큰을 받고, 요청마다 Authorization 헤더에 실어 보내면 서버가 매번 검증합니다. 토큰이 만료된 뒤에는 서버가 401로 응답합니다."
        actors={KO.actors}
        messages={KO.messages}
      />

      <h3>1. 로그인</h3>
      <p>
        사용자는 처음 한 번, 대개 HTTPS 위에서 비밀번호로 자신을 증명합니다. 확인이 끝나면 서버는 누구인지, 언제 만료되는지를 담은
        페이로드를 만들어 서명한 뒤 토큰을 돌려줍니다. 이때부터 비밀번호는 더 이상 오가지 않습니다.
      </p>

      <h3>2. 토큰 들고 다니기</h3>
      <p>
        이후 요청마다 클라이언트는 토큰을 <code>Authorization</code> 헤더에 <code>Bearer</code> 방식으로 실어 보냅니다(RFC 6750 §2.1).
        Bearer는 말 그대로 ‘가진 사람’이라는 뜻입니다. 현금처럼 토큰을 손에 쥔 사람이면 누구든 별다른 증명 없이 쓸 수 있지요.
        그래서 토큰은 HTTPS로만 주고받아야 하고, RFC 6750도 로그나 방문 기록에 남기 쉬운 URL에는 넣지 말라고 권합니다.
      </p>
      <TokenFact value={bearer} detail={(line) => <pre>{line}</pre>}>
        {() => <>API로 보낸다면 이런 헤더에 실립니다.</>}
      </TokenFact>

      <h3>3. 매번 검증하기</h3>
      <p>
        서버는 토큰 사본을 따로 보관하지 않습니다. 요청이 올 때마다 키로 서명을 확인하고, 이어서 클레임을 봅니다. <code>exp</code>가
        아직 지나지 않았는지, <code>iss</code>와 <code>aud</code>가 기대한 값인지 확인한 다음에야 <code>sub</code>를 믿고 요청을
        처리합니다. 하나라도 어긋나면 <code>WWW-Authenticate: Bearer error=&quot;invalid_token&quot;</code> 헤더와 함께{' '}
        <code>401</code>로 응답하고(RFC 6750 §3), 클라이언트는 <Link to="/learn/refresh-tokens">리프레시 토큰</Link>을 쓰거나 다시
        로그인해서 새 토큰을 받아야 합니다.
      </p>
      <TokenFact value={facts.lifetimeSeconds} fallback="iat와 exp가 둘 다 있어야 토큰의 수명을 알 수 있습니다. 검증하는 쪽은 exp를 반드시 요구해야 합니다.">
        {(seconds) => <>발급부터 만료까지 {formatLifetime(locale, seconds)} 동안 유효합니다. 그동안은 이 토큰을 복사한 사람이 서버 눈에는 곧 나입니다.</>}
      </TokenFact>

      <PredictQuestion
        prompt="로그인 후 서버는 다음 요청에서 토큰을 알아보기 위해 토큰을 어디에 보관할까요?"
        choices={[
          { label: '데이터베이스의 사용자 정보 옆에' },
          { label: '서버 스스로 설정한 쿠키에' },
          { label: '어디에도 두지 않는다. 대신 서명을 확인한다', correct: true },
        ]}
        explanation="서명된 토큰의 핵심이 바로 이것입니다. 서버는 자기 키로 자기 서명을 알아볼 수 있으니 발급한 토큰을 기록해 둘 필요가 없습니다. 대신 특정 토큰만 골라 무효로 만들기가 어렵다는 대가가 따르는데, 이는 ‘토큰을 되돌리는 방법’ 강의에서 다룹니다."
      />
    </>
  );
}

export const flowLesson: LessonContent = { en: English, ko: Korean };
