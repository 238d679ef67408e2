import { Link } from 'react-router';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { TokenFact } from '../parts/TokenFact';
import { readTokenFacts } from '../parts/token-facts';
import { TokenSegments } from '../parts/TokenSegments';

type AlgFamily = 'hmac' | 'rsa' | 'pss' | 'ecdsa' | 'eddsa' | 'none' | 'other';

/** The family of a JWS `alg` (RFC 7518 §3.1, RFC 8037), which decides what the signature is. */
function algFamily(alg: string): AlgFamily {
  if (/^HS(256|384|512)$/.test(alg)) return 'hmac';
  if (/^RS(256|384|512)$/.test(alg)) return 'rsa';
  if (/^PS(256|384|512)$/.test(alg)) return 'pss';
  if (/^ES(256|384|512|256K)$/.test(alg)) return 'ecdsa';
  if (alg === 'EdDSA' || alg === 'Ed25519' || alg === 'Ed448') return 'eddsa';
  if (alg.toLowerCase() === 'none') return 'none';
  return 'other';
}

const EN_FAMILY: Record<AlgFamily, string> = {
  hmac: 'an HMAC, made and checked with the same shared secret.',
  rsa: 'an RSA signature (PKCS#1 v1.5): the issuer signs with its private key, anyone with the public key can check.',
  pss: 'an RSA-PSS signature: a private key signs, the public key checks, and a random salt makes each signature different.',
  ecdsa: 'an ECDSA signature, the two numbers r and s side by side: a private key signs, the public key checks.',
  eddsa: 'an EdDSA signature, R and S side by side: a private key signs, the public key checks.',
  none: 'nothing at all: alg none means the token is unsigned, and a verifier must refuse it.',
  other: 'an algorithm this lesson does not cover.',
};

const KO_FAMILY: Record<AlgFamily, string> = {
  hmac: '같은 공유 비밀키로 만들고 검증하는 HMAC입니다.',
  rsa: 'RSA 서명(PKCS#1 v1.5)입니다. 발급자가 개인키로 서명하고, 공개키가 있으면 누구나 검증할 수 있습니다.',
  pss: 'RSA-PSS 서명입니다. 개인키로 서명하고 공개키로 검증하며, 무작위 솔트 때문에 서명할 때마다 값이 달라집니다.',
  ecdsa: '두 수 r과 s를 나란히 붙인 ECDSA 서명입니다. 개인키로 서명하고 공개키로 검증합니다.',
  eddsa: 'R과 S를 나란히 붙인 EdDSA 서명입니다. 개인키로 서명하고 공개키로 검증합니다.',
  none: '서명이 아예 없다는 뜻입니다. alg none은 서명하지 않은 토큰이므로 검증하는 쪽에서 거부해야 합니다.',
  other: '이 강의에서 다루지 않는 알고리즘입니다.',
};

function English({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const signed = facts.kind === 'jws' ? facts.segments.slice(0, 2) : null;
  return (
    <>
      <h3>What exactly is signed</h3>
      <p>
        A signature does not cover the JSON objects; it covers characters. RFC 7515 (§5.1) calls them the signing input: the header
        segment, a dot and the payload segment, exactly as they appear in the token. Re-indent the JSON or reorder its members and the
        meaning stays, but the input changes, and so does the signature.
      </p>
      <TokenFact value={signed} detail={(segments) => <TokenSegments segments={segments} />}>
        {(segments) => <>Its signing input is these {segments[0]!.text.length + 1 + segments[1]!.text.length} characters:</>}
      </TokenFact>

      <h3>Making the signature</h3>
      <p>
        The issuer feeds the signing input and its key to the algorithm named in <code>alg</code>, and base64url-encodes the bytes
        that come out as the third part. With <code>HS256</code> that is HMAC-SHA-256 under a shared secret: 32 bytes, 43 characters.
        With <code>RS256</code> the SHA-256 hash of the input is signed with an RSA private key; with <code>ES256</code> an elliptic-curve
        private key produces two 32-byte numbers.
      </p>
      <TokenFact value={facts.alg} fallback="The header's alg names the algorithm; paste a token above to see which one yours uses.">
        {(alg) => (
          <>
            It is signed with <code>{alg}</code>, {EN_FAMILY[algFamily(alg)]}
          </>
        )}
      </TokenFact>

      <h3>Checking it</h3>
      <p>
        The verifier does the same work from its side. With HMAC it computes the MAC again with its copy of the secret and compares the
        two byte by byte. With a key pair it asks the public key whether this signature fits this input. Only when the answer is yes
        does it go on to the claims: <code>exp</code>, <code>nbf</code>, <code>iss</code>, <code>aud</code>.
      </p>
      <p>
        Which algorithms to accept is the verifier&apos;s decision, fixed in its configuration. Taking <code>alg</code> from the token
        itself lets an attacker choose, which is how several well-known <Link to="/learn/attacks">attacks</Link> work.
      </p>
      <p>
        To watch every intermediate value for your own token, with the key you type, open{' '}
        <Link to={{ pathname: '/learn', hash: 'learn-signature' }}>Signature, step by step</Link> on the overview: it starts from the bytes of the signing input and ends at
        the comparison with the token&apos;s own signature.
      </p>

      <PredictQuestion
        prompt="Someone changes &quot;role&quot;: &quot;user&quot; to &quot;admin&quot; in the payload and keeps the old signature. What does the server do?"
        choices={[
          { label: 'Accepts it: the signature was genuine' },
          { label: 'Rejects it: the signature no longer fits the input', correct: true },
          { label: 'Accepts it, but only until the token expires' },
        ]}
        explanation="The old signature was made over the old payload segment. The new segment is different input, and without the key nobody can make a signature that fits it."
      />
      <PredictQuestion
        prompt="Two tokens have the same header and payload and are signed with HS256 and the same secret. Are their signatures equal?"
        choices={[
          { label: 'Yes, to the last character', correct: true },
          { label: 'No: a random value is mixed in every time' },
        ]}
        explanation="HMAC has no randomness: same key and same input give the same MAC. ECDSA and RSA-PSS do use fresh random values, so two ES256 or PS256 signatures over the same input differ, and both still verify."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const signed = facts.kind === 'jws' ? facts.segments.slice(0, 2) : null;
  return (
    <>
      <h3>정확히 무엇에 서명하나</h3>
      <p>
        서명 대상은 JSON 객체가 아니라 문자열입니다. RFC 7515 §5.1은 이것을 서명 입력이라고 부르는데, 토큰에 적힌 그대로의 헤더 조각,
        점, 페이로드 조각을 이은 것입니다. JSON의 들여쓰기나 멤버 순서를 바꾸면 뜻은 같아도 입력이 달라지고, 서명도 달라집니다.
      </p>
      <TokenFact value={signed} detail={(segments) => <TokenSegments segments={segments} />}>
        {(segments) => <>서명 입력은 다음 {segments[0]!.text.length + 1 + segments[1]!.text.length}글자입니다.</>}
      </TokenFact>

      <h3>서명 만들기</h3>
      <p>
        발급자는 서명 입력과 키를 <code>alg</code>에 적힌 알고리즘에 넣고, 나온 바이트를 base64url로 인코딩해 세 번째 부분으로
        붙입니다. <code>HS256</code>이라면 공유 비밀키로 계산한 HMAC-SHA-256이라 32바이트, 43글자가 됩니다. <code>RS256</code>은
        입력의 SHA-256 해시를 RSA 개인키로 서명하고, <code>ES256</code>은 타원곡선 개인키로 32바이트짜리 수 두 개를 만듭니다.
      </p>
      <TokenFact value={facts.alg} fallback="어떤 알고리즘을 썼는지는 헤더의 alg에 적혀 있습니다. 위에 토큰을 붙여 넣으면 내 토큰의 알고리즘을 알려 드립니다.">
        {(alg) => (
          <>
            서명 알고리즘은 <code>{alg}</code>입니다. {KO_FAMILY[algFamily(alg)]}
          </>
        )}
      </TokenFact>

      <h3>검증하기</h3>
      <p>
        검증하는 쪽도 같은 일을 반대편에서 합니다. HMAC이라면 자기가 가진 비밀키로 MAC을 다시 계산해 두 값을 바이트 단위로
        비교합니다. 키 쌍을 쓰는 알고리즘이라면 공개키로 이 서명이 이 입력에 맞는지 확인합니다. 맞다는 답이 나와야 비로소{' '}
        <code>exp</code>, <code>nbf</code>, <code>iss</code>, <code>aud</code> 같은 클레임을 살펴봅니다.
      </p>
      <p>
        어떤 알고리즘을 받아들일지는 검증하는 쪽이 설정으로 정해 두어야 합니다. 토큰의 <code>alg</code>를 그대로 믿으면 공격자가
        알고리즘을 고르게 되고, 잘 알려진 <Link to="/learn/attacks">공격</Link> 여럿이 바로 이 틈을 노립니다.
      </p>
      <p>
        내 토큰의 중간값을 하나하나 보고 싶다면 개요 화면의 <Link to={{ pathname: '/learn', hash: 'learn-signature' }}>서명 단계별 풀이</Link>를 열어 보세요. 입력한 키로
        서명 입력의 바이트에서 시작해 토큰의 서명과 비교하는 데까지 차례로 계산해 보여 줍니다.
      </p>

      <PredictQuestion
        prompt="누군가 페이로드의 &quot;role&quot;: &quot;user&quot;를 &quot;admin&quot;으로 바꾸고 원래 서명은 그대로 두었습니다. 서버는 어떻게 할까요?"
        choices={[
          { label: '받아들인다. 서명은 진짜였으니까' },
          { label: '거부한다. 서명이 바뀐 입력과 맞지 않는다', correct: true },
          { label: '받아들이지만 만료될 때까지만' },
        ]}
        explanation="원래 서명은 원래 페이로드 조각으로 만든 것입니다. 바뀐 조각은 다른 입력이고, 키 없이는 여기에 맞는 서명을 아무도 만들 수 없습니다."
      />
      <PredictQuestion
        prompt="헤더와 페이로드가 똑같은 토큰 두 개를 같은 비밀키와 HS256으로 서명했습니다. 두 서명은 같을까요?"
        choices={[{ label: '마지막 글자까지 똑같다', correct: true }, { label: '다르다. 매번 무작위 값이 섞인다' }]}
        explanation="HMAC에는 무작위성이 없어서 키와 입력이 같으면 MAC도 같습니다. 반면 ECDSA와 RSA-PSS는 매번 새 무작위 값을 쓰기 때문에, 같은 입력이라도 ES256이나 PS256 서명은 서로 다르고 둘 다 검증을 통과합니다."
      />
    </>
  );
}

export const signatureLesson: LessonContent = { en: English, ko: Korean };
