import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ownMember, type JsonObject, type JsonValue } from '../../../../core/json/json-value';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { SequenceDiagram, type SequenceActor, type SequenceMessage } from '../parts/SequenceDiagram';
import { TokenFact } from '../parts/TokenFact';
import { readStringMember } from '../parts/read-string-member';
import { LessonTable } from '../parts/LessonTable';

/** What the learner's token looks like it is for, by the claims OIDC and RFC 9068 define. */
type TokenRole = 'id-token' | 'access-token' | 'plain';

interface RoleFacts {
  role: TokenRole;
  /** The claims that gave the role away, as written. */
  clues: string[];
  /** `aud` as a list of strings (RFC 7519 §4.1.3 allows one string or an array); null when absent. */
  audiences: string[] | null;
}

const ID_TOKEN_CLAIMS = ['nonce', 'auth_time', 'at_hash', 'azp', 'acr', 'amr'];
const ACCESS_TOKEN_CLAIMS = ['scope', 'scp', 'client_id'];

function readAudiences(value: JsonValue | undefined): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return null;
}

function readRoleFacts(subject: LearnSubject): RoleFacts | null {
  const { header, payload } = subject.report;
  if (payload === null) return null;
  const present = (names: string[], claims: JsonObject) => names.filter((name) => ownMember(claims, name) !== undefined);
  const typ = readStringMember(header, 'typ');
  const idClues = present(ID_TOKEN_CLAIMS, payload);
  const accessClues = [...(typ?.toLowerCase() === 'at+jwt' ? ['typ: at+jwt'] : []), ...present(ACCESS_TOKEN_CLAIMS, payload)];
  const role: TokenRole = accessClues.length > 0 ? 'access-token' : idClues.length > 0 ? 'id-token' : 'plain';
  return { role, clues: role === 'access-token' ? accessClues : idClues, audiences: readAudiences(ownMember(payload, 'aud')) };
}

/** The clue claims as code, separated by commas. */
function Clues({ names }: { names: string[] }) {
  return names.map((name, index) => (
    <span key={name}>
      {index > 0 ? ', ' : null}
      <code>{name}</code>
    </span>
  ));
}

const ACTOR_IDS = ['user', 'client', 'auth', 'api'] as const;

interface FlowText {
  title: string;
  description: string;
  actors: Record<(typeof ACTOR_IDS)[number], string>;
  labels: readonly string[];
}

const FLOW_DETAILS: readonly (string | undefined)[] = [
  undefined,
  'challenge = SHA-256(verifier)',
  '302 /authorize?…',
  'code_challenge, state',
  undefined,
  undefined,
  '?code=…&state=…',
  'code, state',
  'code + code_verifier',
  'SHA-256(verifier) = challenge ✓',
  'Bearer <access token>',
  undefined,
];

const FLOW_ROUTE: readonly [string, string, SequenceMessage['kind']][] = [
  ['user', 'client', 'request'],
  ['client', 'client', 'request'],
  ['client', 'user', 'response'],
  ['user', 'auth', 'request'],
  ['auth', 'user', 'response'],
  ['user', 'auth', 'request'],
  ['auth', 'user', 'response'],
  ['user', 'client', 'request'],
  ['client', 'auth', 'request'],
  ['auth', 'client', 'response'],
  ['client', 'api', 'request'],
  ['api', 'client', 'response'],
];

/** The authorization code flow with PKCE, drawn with one language's words. */
function CodeFlow({ text }: { text: FlowText }) {
  const actors: SequenceActor[] = ACTOR_IDS.map((id) => ({ id, label: text.actors[id] }));
  const messages: SequenceMessage[] = FLOW_ROUTE.map(([from, to, kind], index) => ({ from, to, kind, label: text.labels[index] ?? '', detail: FLOW_DETAILS[index] }));
  return <SequenceDiagram title={text.title} description={text.description} actors={actors} messages={messages} />;
}

const ENGLISH_FLOW: FlowText = {
  title: 'The authorization code flow with PKCE',
  description:
    'The app sends the browser to the authorization server with a code challenge, gets back a one-time code through the browser, and trades the code and its secret verifier for tokens directly; only then does it call the API with the access token.',
  actors: { user: 'Browser', client: 'App (client)', auth: 'Authorization server', api: 'API' },
  labels: [
    'Clicks “Log in”',
    'Makes a code_verifier',
    'Redirect to authorize',
    'GET /authorize',
    'Login and consent page',
    'Signs in, approves',
    'Redirect back with a code',
    'GET /callback',
    'POST /token',
    'Access + ID tokens',
    'GET /resource',
    'The data',
  ],
};

const KOREAN_FLOW: FlowText = {
  title: 'PKCE를 쓰는 인가 코드 흐름',
  description:
    '앱은 코드 챌린지를 붙여 브라우저를 인가 서버로 보내고, 브라우저를 거쳐 일회용 코드를 돌려받은 뒤, 코드와 비밀 검증값을 인가 서버에 직접 내고 토큰으로 바꿉니다. 그다음에야 액세스 토큰으로 API를 호출합니다.',
  actors: { user: '브라우저', client: '앱(클라이언트)', auth: '인가 서버', api: 'API' },
  labels: [
    '“로그인” 클릭',
    'code_verifier 생성',
    '인가 요청으로 리다이렉트',
    'GET /authorize',
    '로그인·동의 화면',
    '로그인하고 승인',
    '코드를 붙여 돌려보냄',
    'GET /callback',
    'POST /token',
    '액세스 토큰 + ID 토큰',
    'GET /resource',
    '데이터',
  ],
};

function EnglishRole({ facts }: { facts: RoleFacts }) {
  const audience: ReactNode =
    facts.audiences === null ? (
      <>
        It has no <code>aud</code>, so it does not say who it is for: any service that trusts its issuer would take it.
      </>
    ) : (
      <>
        Its <code>aud</code> is <Clues names={facts.audiences} />: only {facts.audiences.length > 1 ? 'those' : 'that'} should accept it.
      </>
    );
  switch (facts.role) {
    case 'id-token':
      return (
        <>
          It carries <Clues names={facts.clues} />, claims of an OpenID Connect ID token: it tells a client who logged in. {audience}
        </>
      );
    case 'access-token':
      return (
        <>
          It carries <Clues names={facts.clues} />, the marks of an OAuth access token in JWT form (RFC 9068): it tells an API what the client may do.{' '}
          {audience}
        </>
      );
    default:
      return <>It has none of the claims that mark an ID token or an OAuth access token, so it is just a JWT; nothing here says which protocol issued it. {audience}</>;
  }
}

function KoreanRole({ facts }: { facts: RoleFacts }) {
  const audience: ReactNode =
    facts.audiences === null ? (
      <>
        <code>aud</code>가 없어서 누구를 위한 토큰인지 알 수 없습니다. 발급자를 믿는 서비스라면 어디든 받아 줄 것입니다.
      </>
    ) : (
      <>
        <code>aud</code>에 적힌 대상(<Clues names={facts.audiences} />)만 이 토큰을 받아야 합니다.
      </>
    );
  switch (facts.role) {
    case 'id-token':
      return (
        <>
          <Clues names={facts.clues} /> 클레임이 있습니다. OpenID Connect ID 토큰의 클레임으로, 누가 로그인했는지 클라이언트에게 알려 줍니다. {audience}
        </>
      );
    case 'access-token':
      return (
        <>
          <Clues names={facts.clues} /> 항목이 있습니다. JWT 형식 OAuth 액세스 토큰(RFC 9068)의 표시로, 클라이언트가 무엇을 할 수 있는지 API에게 알려 줍니다.{' '}
          {audience}
        </>
      );
    default:
      return <>ID 토큰이나 OAuth 액세스 토큰을 가리키는 클레임이 하나도 없습니다. 그냥 JWT일 뿐이고, 어느 프로토콜이 발급했는지는 알 수 없습니다. {audience}</>;
  }
}

function English({ subject }: LessonBodyProps) {
  const facts = readRoleFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            Your app lets people sign in with an OpenID provider, and it receives an ID token. Should the app send that ID token to its own API as
            the <code>Bearer</code> token?
          </>
        }
        choices={[
          { label: 'Yes: it proves who the user is, which is all the API needs.' },
          { label: 'No: the ID token is addressed to the app; the API should get an access token issued for it.', correct: true },
          { label: 'Only if the ID token is encrypted.' },
        ]}
        explanation={
          <>
            An ID token’s <code>aud</code> is the app’s client id: it is a message from the provider to the app. An API that accepts it would also
            accept ID tokens issued to every other app of the same provider. The API wants an access token whose audience is the API itself.
          </>
        }
      />
      <section className="lesson-section">
        <h3>A format, a protocol and a layer</h3>
        <p>
          JWT (RFC 7519) is a <em>format</em>: a compact way to carry claims, signed or encrypted. It says nothing about how a token is obtained or
          who should accept it. OAuth 2.0 (RFC 6749) is a <em>delegation protocol</em>: a user lets an application, the client, act for them at an
          API, the resource server, and an authorization server gives the client an access token for that. OAuth does not fix the access token’s
          format: it may be a random string the API looks up (token introspection, RFC 7662) or a JWT (the profile of RFC 9068, with{' '}
          <code>typ</code> <code>at+jwt</code>).
        </p>
        <p>
          OpenID Connect is an <em>identity layer</em> on top of OAuth 2.0. When the client asks for the <code>openid</code> scope, the
          authorization server also returns an ID token, and that one is always a JWT (OpenID Connect Core §2): who signed in, at which provider,
          when, and for which client.
        </p>
        <TokenFact value={facts}>{(known) => <EnglishRole facts={known} />}</TokenFact>
      </section>
      <section className="lesson-section">
        <h3>Access token or ID token: who is it for</h3>
        <LessonTable
          caption="The two tokens an OpenID provider hands out"
          columns={['', 'Access token', 'ID token']}
          rows={[
            ['Addressed to (aud)', 'the API', 'the client (its client id)'],
            ['It says', 'what the client may do (scope)', 'who the user is and when they signed in'],
            ['The client', 'sends it without reading it', 'checks it and reads it'],
            ['Format', 'any; often a JWT', 'always a JWT'],
          ]}
        />
        <p>
          Each side must check that <code>aud</code> names itself (RFC 8725 §3.9). Without that check an API would take a token minted for another
          API or an ID token minted for some client, and a client that used an access token as proof of login could be handed a token issued to a
          different app. OAuth alone is not a login protocol; OpenID Connect is what adds one.
        </p>
      </section>
      <section className="lesson-section">
        <h3>The authorization code flow with PKCE</h3>
        <CodeFlow text={ENGLISH_FLOW} />
        <p>
          The code comes back through the browser, where it can leak: into history, logs, or another app that registered the same redirect
          scheme. PKCE (RFC 7636) makes a leaked code useless. Before the redirect the client picks a random <code>code_verifier</code> and sends
          only its SHA-256 hash, the <code>code_challenge</code>. At the token endpoint it must show the verifier itself, which never went through
          the browser. The <code>state</code> value ties the answer to the user’s own attempt, and the ID token’s <code>nonce</code> ties the ID
          token to it.
        </p>
        <p>
          The OAuth security BCP (RFC 9700) asks for PKCE in every client, including those with a client secret, and retires two older grants:
          the implicit grant, which returned tokens in the redirect URL, and the password grant, which gave the user’s password to the client.
          What the client then does with the access token is in <Link to="/learn/flow">login, Bearer, verify</Link>.
        </p>
      </section>
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readRoleFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            앱이 OpenID 제공자로 로그인하게 해 주고, 그 결과로 ID 토큰을 받았습니다. 이 ID 토큰을 앱 자신의 API에 <code>Bearer</code> 토큰으로
            보내도 될까요?
          </>
        }
        choices={[
          { label: '됩니다. 사용자가 누구인지 증명하니 API에는 그거면 충분합니다.' },
          { label: '안 됩니다. ID 토큰은 앱에게 온 것이고, API에는 API를 위해 발급된 액세스 토큰을 보내야 합니다.', correct: true },
          { label: 'ID 토큰을 암호화했다면 됩니다.' },
        ]}
        explanation={
          <>
            ID 토큰의 <code>aud</code>는 앱의 클라이언트 ID입니다. 제공자가 앱에게 보낸 메시지라는 뜻입니다. 이를 받아 주는 API라면 같은 제공자가
            다른 앱들에게 발급한 ID 토큰도 모두 받아 주게 됩니다. API가 받아야 할 것은 API 자신을 대상으로 한 액세스 토큰입니다.
          </>
        }
      />
      <section className="lesson-section">
        <h3>형식, 프로토콜, 그리고 계층</h3>
        <p>
          JWT(RFC 7519)는 <em>형식</em>입니다. 클레임을 서명하거나 암호화해 간결하게 나르는 방법일 뿐, 토큰을 어떻게 얻는지, 누가 받아야
          하는지는 말하지 않습니다. OAuth 2.0(RFC 6749)은 <em>위임 프로토콜</em>입니다. 사용자가 애플리케이션(클라이언트)에게 자기 대신 API(리소스
          서버)를 쓰도록 허락하면, 인가 서버가 클라이언트에게 그 용도의 액세스 토큰을 내줍니다. OAuth는 액세스 토큰의 형식을 정하지 않습니다. API가
          조회하는 무작위 문자열일 수도 있고(토큰 인트로스펙션, RFC 7662), JWT일 수도 있습니다(RFC 9068 프로필, <code>typ</code>{' '}
          <code>at+jwt</code>).
        </p>
        <p>
          OpenID Connect는 OAuth 2.0 위에 얹은 <em>신원 계층</em>입니다. 클라이언트가 <code>openid</code> 스코프를 요청하면 인가 서버는 ID 토큰도
          함께 돌려주는데, 이 토큰은 언제나 JWT입니다(OpenID Connect Core §2). 누가, 어느 제공자에서, 언제, 어느 클라이언트를 위해 로그인했는지를
          담습니다.
        </p>
        <TokenFact value={facts}>{(known) => <KoreanRole facts={known} />}</TokenFact>
      </section>
      <section className="lesson-section">
        <h3>액세스 토큰과 ID 토큰: 누구에게 가는가</h3>
        <LessonTable
          caption="OpenID 제공자가 내주는 두 가지 토큰"
          columns={['', '액세스 토큰', 'ID 토큰']}
          rows={[
            ['받는 쪽 (aud)', 'API', '클라이언트 (클라이언트 ID)'],
            ['담은 내용', '클라이언트가 할 수 있는 일 (scope)', '사용자가 누구이고 언제 로그인했는지'],
            ['클라이언트는', '읽지 않고 그대로 보냄', '검증한 뒤 읽음'],
            ['형식', '정해지지 않음. JWT가 흔함', '언제나 JWT'],
          ]}
        />
        <p>
          받는 쪽은 저마다 <code>aud</code>가 자기를 가리키는지 확인해야 합니다(RFC 8725 §3.9). 이 확인이 없으면 API는 다른 API용 토큰이나 어떤
          클라이언트용 ID 토큰도 받아 주고, 액세스 토큰을 로그인 증거로 쓰는 클라이언트는 다른 앱에 발급된 토큰을 건네받아도 속습니다. OAuth만으로는
          로그인 프로토콜이 아니며, 그 역할을 더하는 것이 OpenID Connect입니다.
        </p>
      </section>
      <section className="lesson-section">
        <h3>PKCE를 쓰는 인가 코드 흐름</h3>
        <CodeFlow text={KOREAN_FLOW} />
        <p>
          코드는 브라우저를 거쳐 돌아오기 때문에 방문 기록이나 로그, 같은 리다이렉트 스킴을 등록한 다른 앱으로 샐 수 있습니다. PKCE(RFC 7636)는 새어
          나간 코드를 쓸모없게 만듭니다. 클라이언트는 리다이렉트 전에 무작위 <code>code_verifier</code>를 만들고, 그 SHA-256 해시인{' '}
          <code>code_challenge</code>만 보냅니다. 토큰 엔드포인트에서는 브라우저를 거친 적 없는 검증값 자체를 내보여야 합니다. <code>state</code>{' '}
          값은 응답을 사용자 자신의 시도에 묶고, ID 토큰의 <code>nonce</code>는 ID 토큰을 그 시도에 묶습니다.
        </p>
        <p>
          OAuth 보안 BCP(RFC 9700)는 클라이언트 비밀이 있는 클라이언트까지 모두 PKCE를 쓰라고 권하고, 오래된 두 방식을 물립니다. 리다이렉트 URL에
          토큰을 실어 보내던 암묵적 승인(implicit grant)과, 사용자 비밀번호를 클라이언트에게 넘기던 비밀번호 승인입니다. 클라이언트가 받은 액세스
          토큰으로 무엇을 하는지는 <Link to="/learn/flow">로그인, Bearer, 검증</Link> 강의에 있습니다.
        </p>
      </section>
    </>
  );
}

export const jwtVsOauthLesson: LessonContent = { en: English, ko: Korean };
