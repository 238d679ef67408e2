import { Link } from 'react-router';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { CodeList } from '../parts/CodeList';
import { PredictQuestion } from '../parts/PredictQuestion';
import { TokenFact } from '../parts/TokenFact';
import { readTokenFacts } from '../parts/token-facts';
import { TokenSegments } from '../parts/TokenSegments';

function English({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const claimNames = facts.payload ? Object.keys(facts.payload) : [];
  return (
    <>
      <h3>Three strings and two dots</h3>
      <p>
        The JWT you meet in an <code>Authorization</code> header is written in the JWS Compact Serialization (RFC 7515, §7.1): three
        base64url strings joined by dots. The first is the <strong>header</strong>, the second the <strong>payload</strong>, the third
        the <strong>signature</strong>. No spaces, no line breaks, nothing else.
      </p>
      {facts.kind === 'jws' ? (
        <TokenFact value={facts.segments} detail={(segments) => <TokenSegments segments={segments} />}>
          {(segments) => <>It has the three parts, {segments.map((segment) => segment.text.length).join(', ')} characters long:</>}
        </TokenFact>
      ) : (
        <TokenFact
          value={facts.kind === 'jwe' ? facts.segments : null}
          detail={(segments) => <TokenSegments segments={segments} />}
          fallback="Paste a token in the box above and its own three parts appear here, each in its colour."
        >
          {() => (
            <>
              It has five parts, not three: it is an encrypted token (JWE), covered in <Link to="/learn/jwe">its own lesson</Link>.
            </>
          )}
        </TokenFact>
      )}

      <h3>The header says how to check the token</h3>
      <p>
        Decoded, the header is a small JSON object. Its one required member is <code>alg</code>, the algorithm that made the signature
        (<code>HS256</code>, <code>RS256</code>, <code>ES256</code>…). <code>typ</code> is often <code>&quot;JWT&quot;</code>, and{' '}
        <code>kid</code> names which of the issuer&apos;s keys was used.
      </p>
      <TokenFact value={facts.headerText}>
        {(header) => (
          <>
            Its header decodes to <code>{header}</code>.
          </>
        )}
      </TokenFact>

      <h3>The payload carries the claims</h3>
      <p>
        The payload is another JSON object, and its members are called <em>claims</em>. RFC 7519 registers a handful of short names:{' '}
        <code>iss</code> (who issued it), <code>sub</code> (who it is about), <code>aud</code> (who it is for), <code>exp</code>,{' '}
        <code>nbf</code> and <code>iat</code> (expiry, not-before and issue time, in seconds since 1970) and <code>jti</code> (a unique
        id). Anything else is up to the application: a role, a name, a tenant.
      </p>
      <TokenFact value={claimNames.length > 0 ? claimNames : null}>
        {(names) => (
          <>
            Its payload holds {names.length === 1 ? 'one claim' : `${names.length} claims`}:{' '}
            <CodeList names={names} />
            .
          </>
        )}
      </TokenFact>

      <h3>The signature seals the first two parts</h3>
      <p>
        The signature is computed over the header and payload exactly as they are written, dot included, with a key only the issuer
        (and, for a shared secret, the verifier) holds. Change a single character in front of the second dot and the signature no
        longer matches. <Link to="/learn/signature">How the signature is made and checked</Link> goes through it step by step.
      </p>

      <PredictQuestion
        prompt="An attacker edits the header, changing alg from HS256 to HS512, and leaves the rest alone. Does the old signature still match?"
        choices={[
          { label: 'Yes: the signature only protects the payload' },
          { label: 'No: the header is part of what is signed', correct: true },
          { label: 'Yes: alg is only a hint, so it is not signed' },
        ]}
        explanation="The signing input is the header segment, a dot and the payload segment. Any change to either part, alg included, gives different input, so the old signature fails."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const claimNames = facts.payload ? Object.keys(facts.payload) : [];
  return (
    <>
      <h3>문자열 셋, 점 둘</h3>
      <p>
        <code>Authorization</code> 헤더에서 흔히 보는 JWT는 JWS 압축 직렬화(RFC 7515 §7.1) 형식입니다. base64url 문자열 세 개를 점으로
        이어 붙인 모양이지요. 첫 번째가 <strong>헤더</strong>, 두 번째가 <strong>페이로드</strong>, 세 번째가 <strong>서명</strong>
        입니다. 공백이나 줄바꿈은 들어가지 않습니다.
      </p>
      {facts.kind === 'jws' ? (
        <TokenFact value={facts.segments} detail={(segments) => <TokenSegments segments={segments} />}>
          {(segments) => <>세 부분의 길이는 각각 {segments.map((segment) => segment.text.length).join(', ')}자입니다.</>}
        </TokenFact>
      ) : (
        <TokenFact
          value={facts.kind === 'jwe' ? facts.segments : null}
          detail={(segments) => <TokenSegments segments={segments} />}
          fallback="위 입력란에 토큰을 붙여 넣으면 그 토큰의 세 부분이 색깔별로 여기에 나타납니다."
        >
          {() => (
            <>
              세 부분이 아니라 다섯 부분으로 되어 있습니다. 암호화된 토큰(JWE)이라는 뜻이고, <Link to="/learn/jwe">따로 강의</Link>가
              있습니다.
            </>
          )}
        </TokenFact>
      )}

      <h3>헤더: 이 토큰을 어떻게 검증할지 알려 준다</h3>
      <p>
        헤더를 디코딩하면 작은 JSON 객체가 나옵니다. 꼭 있어야 하는 멤버는 서명에 쓴 알고리즘을 가리키는 <code>alg</code> 하나뿐입니다(
        <code>HS256</code>, <code>RS256</code>, <code>ES256</code> 등). <code>typ</code>에는 보통 <code>&quot;JWT&quot;</code>가
        들어가고, <code>kid</code>는 발급자가 가진 여러 키 가운데 어느 것을 썼는지 알려 줍니다.
      </p>
      <TokenFact value={facts.headerText}>
        {(header) => (
          <>
            헤더를 디코딩하면 <code>{header}</code>입니다.
          </>
        )}
      </TokenFact>

      <h3>페이로드: 클레임을 담는다</h3>
      <p>
        페이로드도 JSON 객체이고, 그 안의 멤버 하나하나를 <em>클레임</em>이라고 부릅니다. RFC 7519에는 짧은 이름 몇 개가 등록되어
        있습니다. 발급자 <code>iss</code>, 토큰의 주인공 <code>sub</code>, 받을 대상 <code>aud</code>, 만료·유효 시작·발급 시각인{' '}
        <code>exp</code>, <code>nbf</code>, <code>iat</code>(1970년부터 센 초), 그리고 고유 식별자 <code>jti</code>입니다. 역할, 이름,
        테넌트처럼 그 밖의 클레임은 애플리케이션이 정하기 나름입니다.
      </p>
      <TokenFact value={claimNames.length > 0 ? claimNames : null}>
        {(names) => (
          <>
            페이로드에 클레임이 {names.length}개 있습니다:{' '}
            <CodeList names={names} />
            .
          </>
        )}
      </TokenFact>

      <h3>서명: 앞의 두 부분을 봉인한다</h3>
      <p>
        서명은 헤더와 페이로드를 적힌 그대로, 가운데 점까지 포함해서 계산합니다. 이때 쓰는 키는 발급자만 가지고 있습니다(공유
        비밀키라면 검증하는 쪽도 함께 가집니다). 두 번째 점 앞의 글자를 하나만 바꿔도 서명은 더 이상 맞지 않습니다. 자세한 과정은{' '}
        <Link to="/learn/signature">서명은 어떻게 만들고 검증하나</Link>에서 차근차근 살펴봅니다.
      </p>

      <PredictQuestion
        prompt="공격자가 헤더의 alg를 HS256에서 HS512로 바꾸고 나머지는 그대로 두었습니다. 원래 서명이 여전히 맞을까요?"
        choices={[
          { label: '맞는다. 서명은 페이로드만 보호한다' },
          { label: '맞지 않는다. 헤더도 서명 대상에 들어간다', correct: true },
          { label: '맞는다. alg는 참고용이라 서명하지 않는다' },
        ]}
        explanation="서명 입력은 헤더 조각, 점, 페이로드 조각을 이은 문자열입니다. 어느 쪽이든 alg 한 글자라도 바뀌면 입력이 달라지니 원래 서명은 통과하지 못합니다."
      />
    </>
  );
}

export const structureLesson: LessonContent = { en: English, ko: Korean };
