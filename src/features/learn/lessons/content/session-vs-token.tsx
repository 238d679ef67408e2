import { Link } from 'react-router';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { SequenceDiagram, type SequenceActor, type SequenceMessage } from '../parts/SequenceDiagram';
import { TokenFact } from '../parts/TokenFact';
import { readTokenFacts } from '../parts/token-facts';

/** How long a session id usually is: 128 random bits written as hex. */
const SESSION_ID_CHARS = 32;

function tokenLength(subject: LessonBodyProps['subject']): number | null {
  const facts = readTokenFacts(subject.report);
  return facts.kind === 'none' ? null : facts.segments.reduce((sum, segment) => sum + segment.text.length, facts.segments.length - 1);
}

/** The words of the two diagrams in one language; the steps themselves are the same in every language. */
interface DiagramWords {
  browser: string;
  server: string;
  store: string;
  save: string;
  saved: string;
  lookUp: string;
  found: string;
  verify: string;
}

function sessionScript(words: DiagramWords): { actors: SequenceActor[]; messages: SequenceMessage[] } {
  return {
    actors: [
      { id: 'browser', label: words.browser },
      { id: 'server', label: words.server },
      { id: 'store', label: words.store },
    ],
    messages: [
      { from: 'browser', to: 'server', label: 'POST /login' },
      { from: 'server', to: 'store', label: words.save, detail: words.saved },
      { from: 'server', to: 'browser', label: '200 OK', detail: 'Set-Cookie: sid=9f2c…', kind: 'response' },
      { from: 'browser', to: 'server', label: 'GET /api/orders', detail: 'Cookie: sid=9f2c…' },
      { from: 'server', to: 'store', label: words.lookUp },
      { from: 'store', to: 'server', label: words.found, kind: 'response' },
      { from: 'server', to: 'browser', label: '200 OK', kind: 'response' },
    ],
  };
}

function tokenScript(words: DiagramWords): { actors: SequenceActor[]; messages: SequenceMessage[] } {
  return {
    actors: [
      { id: 'browser', label: words.browser },
      { id: 'server', label: words.server },
    ],
    messages: [
      { from: 'browser', to: 'server', label: 'POST /login' },
      { from: 'server', to: 'browser', label: '200 OK', detail: '{"access_token":"eyJ…"}', kind: 'response' },
      { from: 'browser', to: 'server', label: 'GET /api/orders', detail: 'Authorization: Bearer eyJ…' },
      { from: 'server', to: 'server', label: words.verify },
      { from: 'server', to: 'browser', label: '200 OK', kind: 'response' },
    ],
  };
}

const EN_WORDS: DiagramWords = {
  browser: 'Browser',
  server: 'Server',
  store: 'Session store',
  save: 'save session',
  saved: 'sid 9f2c… → user 42',
  lookUp: 'look up sid',
  found: 'user 42, role user',
  verify: 'verify signature',
};

const KO_WORDS: DiagramWords = {
  browser: '브라우저',
  server: '서버',
  store: '세션 저장소',
  save: '세션 저장',
  saved: 'sid 9f2c… → 사용자 42',
  lookUp: 'sid 조회',
  found: '사용자 42, 역할 user',
  verify: '서명 검증',
};

const EN = { session: sessionScript(EN_WORDS), token: tokenScript(EN_WORDS) };
const KO = { session: sessionScript(KO_WORDS), token: tokenScript(KO_WORDS) };

function English({ subject }: LessonBodyProps) {
  const length = tokenLength(subject);
  return (
    <>
      <h3>A session: the server remembers</h3>
      <p>
        With a classic session the server keeps a record for each logged-in user in memory, a database or a cache such as Redis, and
        hands the browser only a random id for it, usually in a cookie. The id means nothing by itself; every request is answered by
        looking it up.
      </p>
      <SequenceDiagram
        title="Session-based login"
        description="The server stores a session and gives the browser its id in a cookie; on each request it looks the id up in the session store."
        actors={EN.session.actors}
        messages={EN.session.messages}
      />

      <h3>A token: the client carries the facts</h3>
      <p>
        With a self-contained token the facts travel with the request: who the user is, what they may do, until when, all signed. The
        server checks the signature and needs no lookup, so any server that has the key can answer, which makes spreading load over
        many servers simple.
      </p>
      <SequenceDiagram
        title="Token-based login"
        description="The server signs a token and returns it; on each request it verifies the signature and looks nothing up."
        actors={EN.token.actors}
        messages={EN.token.messages}
      />

      <h3>What each design costs</h3>
      <div className="lesson-table-wrap">
        <table className="lesson-table">
          <caption>Sessions and tokens side by side</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">Session</th>
              <th scope="col">Self-contained token</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">State kept by the server</th>
              <td>One record per logged-in user</td>
              <td>None (only the key)</td>
            </tr>
            <tr>
              <th scope="row">Work per request</th>
              <td>A lookup in the store</td>
              <td>A signature check</td>
            </tr>
            <tr>
              <th scope="row">Logging out, banning a user</th>
              <td>Delete the record: effective at once</td>
              <td>Hard: the token stays valid until exp</td>
            </tr>
            <tr>
              <th scope="row">Size on every request</th>
              <td>A short id</td>
              <td>The whole token, often hundreds of bytes</td>
            </tr>
          </tbody>
        </table>
      </div>
      <TokenFact value={length}>
        {(chars) => (
          <>
            It is {chars} characters, sent with every request; a typical session id is about {SESSION_ID_CHARS}.
          </>
        )}
      </TokenFact>
      <p>
        Two things are easily mixed up here. A cookie is only a way to carry something: a JWT can live in a cookie too, and{' '}
        <Link to="/learn/storage">where to keep a token</Link> is its own question. And the claims in a token are a snapshot taken
        when it was issued: if a role changes, the token does not notice. Many systems therefore combine the two, with short-lived
        tokens and a server-side record behind the <Link to="/learn/refresh-tokens">refresh token</Link>.
      </p>

      <PredictQuestion
        prompt="An admin takes away a user's admin role. When does that user lose admin rights?"
        choices={[
          { label: 'At once, in both designs' },
          { label: 'At once with sessions; with tokens, only when the current token expires', correct: true },
          { label: 'Only at the next login, in both designs' },
        ]}
        explanation="A session is looked up on every request, so the change applies to the very next one. A token still carries the old role in its signed payload, and a server that trusts it without looking anything up honours it until exp. That gap is what short lifetimes and revocation lists are for."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const length = tokenLength(subject);
  return (
    <>
      <h3>세션: 서버가 기억한다</h3>
      <p>
        전통적인 세션 방식에서는 서버가 로그인한 사용자마다 기록을 하나씩 메모리나 데이터베이스, Redis 같은 캐시에 보관하고,
        브라우저에는 그 기록을 가리키는 무작위 ID만 보통 쿠키로 건네줍니다. ID 자체에는 아무 의미가 없어서, 요청이 올 때마다 이
        ID로 기록을 찾아봐야 합니다.
      </p>
      <SequenceDiagram
        title="세션 기반 로그인"
        description="서버가 세션을 저장하고 그 ID를 쿠키로 브라우저에 줍니다. 요청마다 세션 저장소에서 ID를 조회합니다."
        actors={KO.session.actors}
        messages={KO.session.messages}
      />

      <h3>토큰: 클라이언트가 사실을 들고 다닌다</h3>
      <p>
        자체 완결형 토큰에서는 누구인지, 무엇을 할 수 있는지, 언제까지인지가 서명된 채로 요청과 함께 옵니다. 서버는 서명만 확인하면
        되고 따로 조회할 것이 없습니다. 키만 있으면 어느 서버든 응답할 수 있으니 여러 대로 부하를 나누기도 쉽습니다.
      </p>
      <SequenceDiagram
        title="토큰 기반 로그인"
        description="서버가 토큰에 서명해 돌려줍니다. 요청마다 서명을 검증할 뿐 아무것도 조회하지 않습니다."
        actors={KO.token.actors}
        messages={KO.token.messages}
      />

      <h3>각각 치르는 대가</h3>
      <div className="lesson-table-wrap">
        <table className="lesson-table">
          <caption>세션과 토큰 비교</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">세션</th>
              <th scope="col">자체 완결형 토큰</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">서버가 보관하는 상태</th>
              <td>로그인한 사용자마다 기록 하나</td>
              <td>없음(키만 있으면 됨)</td>
            </tr>
            <tr>
              <th scope="row">요청마다 하는 일</th>
              <td>저장소 조회</td>
              <td>서명 검증</td>
            </tr>
            <tr>
              <th scope="row">로그아웃, 사용자 차단</th>
              <td>기록을 지우면 바로 적용</td>
              <td>어렵다. exp까지는 토큰이 유효하다</td>
            </tr>
            <tr>
              <th scope="row">요청마다 보내는 크기</th>
              <td>짧은 ID</td>
              <td>토큰 전체, 보통 수백 바이트</td>
            </tr>
          </tbody>
        </table>
      </div>
      <TokenFact value={length}>
        {(chars) => (
          <>
            요청마다 {chars}글자를 보냅니다. 흔히 쓰는 세션 ID는 {SESSION_ID_CHARS}글자 정도입니다.
          </>
        )}
      </TokenFact>
      <p>
        여기서 헷갈리기 쉬운 점이 두 가지 있습니다. 쿠키는 무언가를 실어 나르는 수단일 뿐이라 JWT도 쿠키에 넣을 수 있습니다.{' '}
        <Link to="/learn/storage">토큰을 어디에 보관할지</Link>는 별개의 문제입니다. 또 토큰의 클레임은 발급 순간을 찍어 둔 사진과
        같아서, 나중에 역할이 바뀌어도 토큰은 모릅니다. 그래서 많은 시스템이 수명이 짧은 토큰에{' '}
        <Link to="/learn/refresh-tokens">리프레시 토큰</Link>의 서버 측 기록을 곁들여 두 방식을 섞어 씁니다.
      </p>

      <PredictQuestion
        prompt="관리자가 어떤 사용자의 admin 역할을 회수했습니다. 그 사용자는 언제 관리자 권한을 잃을까요?"
        choices={[
          { label: '두 방식 모두 즉시' },
          { label: '세션은 즉시, 토큰은 지금 가진 토큰이 만료될 때', correct: true },
          { label: '두 방식 모두 다음 로그인 때' },
        ]}
        explanation="세션은 요청마다 조회하므로 바로 다음 요청부터 바뀐 역할이 적용됩니다. 토큰은 서명된 페이로드에 예전 역할을 그대로 담고 있어서, 아무것도 조회하지 않는 서버는 exp까지 그 역할을 인정합니다. 짧은 수명과 폐기 목록이 필요한 이유가 바로 이 틈입니다."
      />
    </>
  );
}

export const sessionVsTokenLesson: LessonContent = { en: English, ko: Korean };
