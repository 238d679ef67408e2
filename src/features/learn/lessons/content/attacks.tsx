import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ownMember } from '../../../../core/json/json-value';
import type { RuleId } from '../../../../core/findings/rule-ids';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { readTokenFacts } from '../parts/token-facts';
import { TokenFact } from '../parts/TokenFact';
import { readStringMember } from '../parts/read-string-member';
import './lessons-b.css';

type AttackId = 'alg-none' | 'alg-confusion' | 'token-keys' | 'kid-injection' | 'weak-secret' | 'psychic-signature' | 'unchecked-claims' | 'sidejacking';

interface Attack {
  id: AttackId;
  /** The rule pages that explain what the findings view reports for a token made this way. */
  rules: readonly RuleId[];
  /** Whether the tamper bench of `#/learn` builds this attack's token. */
  onBench: boolean;
}

const ATTACKS: readonly Attack[] = [
  { id: 'alg-none', rules: ['alg-none'], onBench: true },
  { id: 'alg-confusion', rules: ['alg-confusion-public-key-as-hmac-secret', 'symmetric-alg-with-public-issuer'], onBench: true },
  { id: 'token-keys', rules: ['embedded-jwk-header', 'jku-header', 'x5u-header', 'x5c-header'], onBench: true },
  { id: 'kid-injection', rules: ['kid-path-traversal', 'kid-sql-injection', 'kid-other-injection'], onBench: false },
  { id: 'weak-secret', rules: ['hmac-weak-secret', 'hmac-short-secret', 'hmac-empty-secret'], onBench: true },
  { id: 'psychic-signature', rules: ['ecdsa-zero-signature'], onBench: true },
  { id: 'unchecked-claims', rules: ['missing-exp', 'missing-aud', 'expired'], onBench: false },
  { id: 'sidejacking', rules: ['excessive-lifetime'], onBench: false },
];

/** One thing in the learner's token that a listed attack uses, as the summary names it. */
interface Invitation {
  attack: AttackId;
  /** The header member that invites it, as written, or the claim whose absence does. */
  evidence: { member: string } | { missing: string };
}

const KEY_PARAMETERS = ['jwk', 'jku', 'x5u', 'x5c'];

/** Which attacks the learner's token's header and claims invite, each with the member that does; null without a header. */
function readInvitations(subject: LearnSubject): Invitation[] | null {
  const { header, payload } = subject.report;
  if (header === null) return null;
  const { alg, kind } = readTokenFacts(subject.report);
  const invitations: Invitation[] = [];
  if (alg?.toLowerCase() === 'none') invitations.push({ attack: 'alg-none', evidence: { member: `alg: ${alg}` } });
  for (const name of KEY_PARAMETERS) if (ownMember(header, name) !== undefined) invitations.push({ attack: 'token-keys', evidence: { member: name } });
  if (ownMember(header, 'kid') !== undefined) invitations.push({ attack: 'kid-injection', evidence: { member: `kid: ${readStringMember(header, 'kid') ?? JSON.stringify(ownMember(header, 'kid'))}` } });
  if (alg !== null && /^HS\d+$/.test(alg)) invitations.push({ attack: 'weak-secret', evidence: { member: `alg: ${alg}` } });
  if (alg !== null && /^ES\d+$/.test(alg)) invitations.push({ attack: 'psychic-signature', evidence: { member: `alg: ${alg}` } });
  if (kind === 'jws' && payload !== null) {
    for (const claim of ['exp', 'aud']) if (ownMember(payload, claim) === undefined) invitations.push({ attack: 'unchecked-claims', evidence: { missing: claim } });
  }
  return invitations;
}

interface LessonWords {
  titles: Record<AttackId, string>;
  bodies: Record<AttackId, ReactNode>;
  rulePages: string;
  bench: string;
  /** The summary of what the learner's token invites. */
  invites: (list: ReactNode) => ReactNode;
  invitesNothing: ReactNode;
  /** A claim the token lacks, as the summary names it. */
  missing: (claim: ReactNode) => ReactNode;
}

/** Each attack as a section: its explanation, its rule pages, and the tamper bench when it builds it. */
function AttackSections({ words }: { words: LessonWords }) {
  return ATTACKS.map(({ id, rules, onBench }) => (
    <section key={id} className="lesson-section">
      <h3>{words.titles[id]}</h3>
      {words.bodies[id]}
      <p className="lessons-b-links">
        <span>
          {words.rulePages}{' '}
          {rules.map((rule, index) => (
            <span key={rule}>
              {index > 0 ? ', ' : null}
              <Link to={`/rules/${rule}`}>
                <code>{rule}</code>
              </Link>
            </span>
          ))}
        </span>
        {onBench ? <Link to={{ pathname: '/learn', hash: 'learn-tamper' }}>{words.bench}</Link> : null}
      </p>
    </section>
  ));
}

/** The summary sentence: what in the learner's token each attack would use. */
function InvitationFact({ subject, words }: { subject: LearnSubject; words: LessonWords }) {
  return (
    <TokenFact value={readInvitations(subject)}>
      {(invitations) =>
        invitations.length === 0
          ? words.invitesNothing
          : words.invites(
              invitations.map(({ attack, evidence }, index) => (
                <span key={'member' in evidence ? evidence.member : evidence.missing}>
                  {index > 0 ? '; ' : null}
                  {'member' in evidence ? <code>{evidence.member}</code> : words.missing(<code>{evidence.missing}</code>)} → {words.titles[attack]}
                </span>
              )),
            )
      }
    </TokenFact>
  );
}

const ENGLISH: LessonWords = {
  rulePages: 'Rule pages:',
  bench: 'Try it on the tamper bench',
  invites: (list) => <>The attacks below would find in it: {list}.</>,
  missing: (claim) => <>no {claim}</>,
  invitesNothing: <>Its header carries none of <code>jwk</code>, <code>jku</code>, <code>x5u</code>, <code>x5c</code> or <code>kid</code>, and it has both <code>exp</code> and <code>aud</code>.</>,
  titles: {
    'alg-none': 'alg: none',
    'alg-confusion': 'Algorithm confusion: RS256 becomes HS256',
    'token-keys': 'Keys the token brings: jwk, jku, x5u',
    'kid-injection': 'kid injection',
    'weak-secret': 'Weak HMAC secrets and offline guessing',
    'psychic-signature': 'Psychic signatures (CVE-2022-21449)',
    'unchecked-claims': 'Unchecked exp and aud',
    sidejacking: 'Token sidejacking',
  },
  bodies: {
    'alg-none': (
      <p>
        RFC 7519 §6 defines the unsecured JWT: <code>alg</code> <code>none</code> and an empty signature. A library that lets the header choose
        the algorithm accepts a token anyone can write: edit the claims, set <code>alg</code> to <code>none</code>, drop the signature. Spellings
        such as <code>None</code> and <code>NONE</code> once slipped past deny lists that compared case-sensitively. The fix is for the verifier to
        decide: an allow-list of algorithms for each key, never the token’s word (RFC 8725 §3.1).
      </p>
    ),
    'alg-confusion': (
      <p>
        A server checks RS256 tokens with its public key. If its library takes the algorithm from the header and the key as plain bytes, the
        attacker sets <code>alg</code> to <code>HS256</code> and computes an HMAC with the public key, PEM text and all, as the secret. The server
        computes the same HMAC over the same bytes, and it matches. The public key is public, so nothing had to be stolen. Keys must be typed
        (an RSA key cannot be an HMAC secret) and bound to one algorithm (RFC 8725 §2.1, §3.1).
      </p>
    ),
    'token-keys': (
      <p>
        A header may carry a key (<code>jwk</code>), a certificate chain (<code>x5c</code>) or a URL to fetch keys from (<code>jku</code>,{' '}
        <code>x5u</code>). A verifier that uses them lets the attacker choose the key that checks the attacker’s own signature: make a key pair,
        sign, put the public half in the header. The URLs add server-side request forgery, since the verifier fetches an address the attacker
        wrote, possibly an internal one. Keys belong in the verifier’s configuration; a <code>jku</code> is tolerable only against an exact
        allow-list (RFC 8725 §3.10).
      </p>
    ),
    'kid-injection': (
      <p>
        <code>kid</code> is a string the verifier uses to find a key, and whatever the lookup is built from, the attacker writes. A file path
        built from <code>../../../../dev/null</code> reads an empty file, so the attacker signs with an empty secret. A query built from{' '}
        <code>x' UNION SELECT 'k</code> returns a key the attacker picked. Shell, LDAP and NoSQL payloads follow the same pattern. Treat{' '}
        <code>kid</code> as an opaque name matched against a fixed table of known keys, never pasted into a path or a query.
      </p>
    ),
    'weak-secret': (
      <p>
        An HS256 token is its own test case: the signing input and the MAC that a correct secret must reproduce. With one captured token, finding
        the secret is an offline search, with no login attempts, rate limits or logs on the server’s side. Cracking tools try hundreds of
        millions of candidates a second on one GPU, so dictionary words, <code>secret</code> and a framework’s sample value fall at once. Use at least 256
        bits from a secure random generator (RFC 7518 §3.2, RFC 8725 §3.5), or a key pair. The empty key on the bench is the extreme case: it
        also answers a <code>kid</code> that points at <code>/dev/null</code>.
      </p>
    ),
    'psychic-signature': (
      <p>
        ECDSA verification must refuse r or s equal to zero. The verifier rewritten for Java 15 did not, and until the April 2022 updates Java 15
        to 18 accepted a signature of all zero bytes for any message and any public key. For ES256 that is 64 zero bytes: a signature segment of
        86 <code>A</code> characters. The defence is a patched runtime and libraries that check that r and s lie between 1 and n − 1.
      </p>
    ),
    'unchecked-claims': (
      <p>
        A valid signature says who issued the claims, not that they still hold or that they are meant for you. A token without <code>exp</code>{' '}
        never expires, and a verifier that skips the check makes every token immortal. A verifier that skips <code>aud</code> accepts a token the
        same issuer minted for another service: substitution (RFC 8725 §2.7, §3.9). Require <code>exp</code> and check it with a small leeway,
        require an <code>aud</code> that names this service, and check <code>iss</code>.
      </p>
    ),
    sidejacking: (
      <p>
        A bearer token works for whoever holds it. Copied by a script, a log, a proxy or a browser extension, it is replayed from the attacker’s
        machine and nothing in it looks wrong, so no rule can see it in the token. What helps: short lifetimes (the rule below flags long ones),{' '}
        <Link to="/learn/storage">storage</Link> out of scripts’ reach, and binding the token to its holder, either with a random fingerprint in a
        hardened cookie whose hash the token carries, or with a proof-of-possession key (DPoP, RFC 9449; mutual TLS, RFC 8705) as the OAuth
        security BCP recommends (RFC 9700 §2.2).
      </p>
    ),
  },
};

const KOREAN: LessonWords = {
  rulePages: '규칙 페이지:',
  bench: '변조 실험대에서 해 보기',
  invites: (list) => <>아래 공격이 노릴 만한 곳: {list}.</>,
  missing: (claim) => <>{claim} 없음</>,
  invitesNothing: (
    <>
      헤더에 <code>jwk</code>, <code>jku</code>, <code>x5u</code>, <code>x5c</code>, <code>kid</code>가 하나도 없고, <code>exp</code>와{' '}
      <code>aud</code>도 모두 있습니다.
    </>
  ),
  titles: {
    'alg-none': 'alg: none',
    'alg-confusion': '알고리즘 혼동: RS256이 HS256으로',
    'token-keys': '토큰이 가져온 키: jwk, jku, x5u',
    'kid-injection': 'kid 인젝션',
    'weak-secret': '약한 HMAC 비밀과 오프라인 대입',
    'psychic-signature': '사이킥 서명(CVE-2022-21449)',
    'unchecked-claims': '확인하지 않은 exp와 aud',
    sidejacking: '토큰 사이드재킹',
  },
  bodies: {
    'alg-none': (
      <p>
        RFC 7519 §6은 보호되지 않은 JWT, 곧 <code>alg</code>가 <code>none</code>이고 서명이 빈 토큰을 정의합니다. 헤더가 알고리즘을 고르게 두는
        라이브러리는 누구나 쓸 수 있는 토큰을 받아 줍니다. 클레임을 고치고 <code>alg</code>를 <code>none</code>으로 바꾼 뒤 서명을 떼어 내면
        끝입니다. 대소문자를 가려 비교하던 거부 목록은 <code>None</code>, <code>NONE</code> 같은 표기에 뚫리기도 했습니다. 알고리즘은 토큰이 아니라
        검증하는 쪽이 정해야 합니다. 키마다 허용 알고리즘 목록을 두세요(RFC 8725 §3.1).
      </p>
    ),
    'alg-confusion': (
      <p>
        서버가 공개 키로 RS256 토큰을 검증합니다. 라이브러리가 알고리즘을 헤더에서 읽고 키를 그저 바이트로 다룬다면, 공격자는 <code>alg</code>를{' '}
        <code>HS256</code>으로 바꾸고 PEM 텍스트 그대로의 공개 키를 비밀 삼아 HMAC을 계산합니다. 서버도 같은 바이트로 같은 HMAC을 계산하니 값이
        일치합니다. 공개 키는 말 그대로 공개되어 있으니 훔칠 것도 없습니다. 키에는 종류가 있어야 하고(RSA 키는 HMAC 비밀이 될 수 없음), 키마다
        알고리즘 하나에 묶여야 합니다(RFC 8725 §2.1, §3.1).
      </p>
    ),
    'token-keys': (
      <p>
        헤더에는 키(<code>jwk</code>), 인증서 체인(<code>x5c</code>), 키를 내려받을 URL(<code>jku</code>, <code>x5u</code>)이 들어갈 수 있습니다.
        검증 서버가 이것을 쓰면, 공격자 자신의 서명을 확인할 키를 공격자가 고르게 됩니다. 키 쌍을 만들어 서명하고 공개 키 절반을 헤더에 넣으면
        됩니다. URL은 서버 측 요청 위조(SSRF)까지 더합니다. 공격자가 적은 주소, 어쩌면 내부 주소를 검증 서버가 직접 요청하기 때문입니다. 키는 검증
        서버의 설정에 있어야 하며, <code>jku</code>는 정확히 일치하는 허용 목록이 있을 때에만 봐줄 수 있습니다(RFC 8725 §3.10).
      </p>
    ),
    'kid-injection': (
      <p>
        <code>kid</code>는 검증 서버가 키를 찾을 때 쓰는 문자열이고, 조회를 무엇으로 만들든 그 재료는 공격자가 씁니다. <code>../../../../dev/null</code>
        로 파일 경로를 만들면 빈 파일을 읽게 되어 공격자는 빈 비밀로 서명합니다. <code>x' UNION SELECT 'k</code>로 쿼리를 만들면 공격자가 고른 키가
        돌아옵니다. 셸, LDAP, NoSQL 페이로드도 같은 식입니다. <code>kid</code>는 알려진 키의 고정된 표와 맞춰 보는 불투명한 이름으로만 다루고,
        경로나 쿼리에 이어 붙이지 마세요.
      </p>
    ),
    'weak-secret': (
      <p>
        HS256 토큰은 그 자체로 시험 문제입니다. 서명 입력과, 올바른 비밀이라면 다시 만들어 내야 할 MAC이 함께 들어 있습니다. 토큰 하나만 손에
        넣으면 비밀 찾기는 오프라인 탐색이 되고, 서버 쪽에는 로그인 시도도, 횟수 제한도, 로그도 남지 않습니다. 크래킹 도구는 GPU 하나로 초당 수억
        개의 후보를 시험하니 사전 단어, <code>secret</code>, 프레임워크 예제 값은 바로 무너집니다. 안전한 난수 생성기에서 뽑은 256비트 이상을
        쓰거나(RFC 7518 §3.2, RFC 8725 §3.5) 키 쌍을 쓰세요. 실험대의 빈 키는 그 극단이며, <code>/dev/null</code>을 가리키는 <code>kid</code>가
        만들어 내는 키이기도 합니다.
      </p>
    ),
    'psychic-signature': (
      <p>
        ECDSA 검증은 r이나 s가 0이면 거절해야 합니다. Java 15에서 새로 작성된 검증 코드는 그러지 않았고, 2022년 4월 업데이트 전까지 Java 15~18은
        모든 바이트가 0인 서명을 어떤 메시지, 어떤 공개 키에 대해서든 받아 주었습니다. ES256이라면 0바이트 64개, 즉 <code>A</code> 86개로 된 서명
        부분입니다. 방어책은 패치된 런타임, 그리고 r과 s가 1 이상 n − 1 이하인지 확인하는 라이브러리입니다.
      </p>
    ),
    'unchecked-claims': (
      <p>
        올바른 서명은 누가 클레임을 발급했는지 말해 줄 뿐, 그 클레임이 아직 유효한지, 여러분을 위한 것인지는 말해 주지 않습니다. <code>exp</code>가
        없는 토큰은 만료되지 않고, 확인을 건너뛰는 검증 서버는 모든 토큰을 불멸로 만듭니다. <code>aud</code>를 건너뛰는 검증 서버는 같은 발급자가
        다른 서비스에 발급한 토큰도 받아 줍니다. 이른바 치환 공격입니다(RFC 8725 §2.7, §3.9). <code>exp</code>를 요구하고 약간의 여유를 두고
        확인하며, 이 서비스를 가리키는 <code>aud</code>를 요구하고, <code>iss</code>도 확인하세요.
      </p>
    ),
    sidejacking: (
      <p>
        Bearer 토큰은 가진 사람 누구에게나 통합니다. 스크립트, 로그, 프록시, 브라우저 확장 프로그램으로 복사된 토큰은 공격자의 컴퓨터에서 재전송되고,
        토큰 안에는 이상한 점이 하나도 없으니 어떤 규칙도 토큰만 보고 알아챌 수 없습니다. 도움이 되는 것은 짧은 수명(아래 규칙이 긴 수명을
        짚어 줍니다), 스크립트 손이 닿지 않는 <Link to="/learn/storage">보관 위치</Link>, 그리고 토큰을 가진 쪽에 묶는 방법입니다. 강화된 쿠키에
        무작위 지문을 두고 토큰에는 그 해시를 담거나, OAuth 보안 BCP(RFC 9700 §2.2)가 권하는 소유 증명 키(DPoP, RFC 9449; 상호 TLS, RFC 8705)를
        쓰는 것입니다.
      </p>
    ),
  },
};

function AttacksBody({ subject, words, predict }: { subject: LearnSubject; words: LessonWords; predict: ReactNode }) {
  return (
    <>
      {predict}
      <InvitationFact subject={subject} words={words} />
      <AttackSections words={words} />
    </>
  );
}

function English({ subject }: LessonBodyProps) {
  return (
    <AttacksBody
      subject={subject}
      words={ENGLISH}
      predict={
        <PredictQuestion
          prompt={
            <>
              A server checks RS256 tokens with its public key, and its library reads the algorithm from the header. An attacker who has only the
              public key sends a token with <code>alg</code> <code>HS256</code>. What does the attacker use as the HMAC secret?
            </>
          }
          choices={[
            { label: 'The server’s private key, stolen first.' },
            { label: 'The public key itself, byte for byte.', correct: true },
            { label: 'An empty string.' },
          ]}
          explanation={
            <>
              The library hands “the key” to HMAC because the header says HS256, and the key it holds is the public key. Whoever signs with those
              same bytes produces a MAC the server reproduces. That is algorithm confusion, the second attack below.
            </>
          }
        />
      }
    />
  );
}

function Korean({ subject }: LessonBodyProps) {
  return (
    <AttacksBody
      subject={subject}
      words={KOREAN}
      predict={
        <PredictQuestion
          prompt={
            <>
              서버가 공개 키로 RS256 토큰을 검증하는데, 라이브러리가 알고리즘을 헤더에서 읽습니다. 공개 키만 가진 공격자가 <code>alg</code>를{' '}
              <code>HS256</code>으로 바꾼 토큰을 보냅니다. 공격자는 무엇을 HMAC 비밀로 쓸까요?
            </>
          }
          choices={[
            { label: '먼저 훔쳐 낸 서버의 개인 키' },
            { label: '공개 키 그 자체, 바이트 하나 다르지 않게', correct: true },
            { label: '빈 문자열' },
          ]}
          explanation={
            <>
              헤더가 HS256이라고 하니 라이브러리는 가지고 있는 “키”를 HMAC에 넘기는데, 그 키가 바로 공개 키입니다. 같은 바이트로 서명하면 서버가 똑같이
              계산해 내는 MAC이 나옵니다. 아래 두 번째 공격인 알고리즘 혼동입니다.
            </>
          }
        />
      }
    />
  );
}

export const attacksLesson: LessonContent = { en: English, ko: Korean };
