import { Link } from 'react-router';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { readTokenFacts } from '../parts/token-facts';
import { TokenFact } from '../parts/TokenFact';
import { readStringMember } from '../parts/read-string-member';
import { LessonTable } from '../parts/LessonTable';

/** How a JWS `alg` signs: one shared secret, a key pair (by family), no signature, or something else. */
type SigningKind = 'hmac' | 'rsa' | 'ecdsa' | 'eddsa' | 'none' | 'other';

function readSigningKind(alg: string): SigningKind {
  if (/^HS(256|384|512)$/.test(alg)) return 'hmac';
  if (/^[RP]S(256|384|512)$/.test(alg)) return 'rsa';
  if (/^ES(256|384|512)$/.test(alg)) return 'ecdsa';
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'eddsa';
  return alg.toLowerCase() === 'none' ? 'none' : 'other';
}

interface SigningFacts {
  alg: string;
  kind: SigningKind;
  jwe: boolean;
  /** The signature's length in bytes, when it decoded. */
  signatureBytes: number | null;
}

function readSigningFacts(subject: LearnSubject): SigningFacts | null {
  const { alg, kind } = readTokenFacts(subject.report);
  if (alg === null) return null;
  const { decoded } = subject.report;
  const signature = decoded.kind === 'jws' ? decoded.parts[2].decoding : null;
  return { alg, kind: readSigningKind(alg), jwe: kind === 'jwe', signatureBytes: signature?.ok ? signature.bytes.length : null };
}

function EnglishAlgFact({ facts }: { facts: SigningFacts }) {
  const { alg, kind, signatureBytes } = facts;
  const algCode = <code>{alg}</code>;
  if (facts.jwe)
    return (
      <>
        It is a JWE: its {algCode} names how the content key is delivered, not a signature. The <Link to="/learn/jwe">JWE lesson</Link> explains it.
      </>
    );
  const size = signatureBytes === null ? null : <> Its signature is {signatureBytes} bytes</>;
  switch (kind) {
    case 'hmac':
      return (
        <>
          It uses {algCode}: whoever can verify it can also mint one.
          {size === null ? null : signatureBytes === Number(alg.slice(2)) / 8 ? <>{size}, one SHA-{alg.slice(2)} output.</> : <>{size}, where SHA-{alg.slice(2)} gives {Number(alg.slice(2)) / 8}: it cannot be a valid one.</>}
        </>
      );
    case 'rsa':
      return (
        <>
          It uses {algCode}: only the holder of the private key can mint it, and anyone with the public key can check it.
          {size}
          {signatureBytes === null ? null : <>, the length of the RSA modulus: a {signatureBytes * 8}-bit key.</>}
        </>
      );
    case 'ecdsa':
    case 'eddsa':
      return (
        <>
          It uses {algCode}: only the holder of the private key can mint it, and anyone with the public key can check it.
          {size}
          {signatureBytes === null ? null : kind === 'ecdsa' ? <>: the numbers r and s side by side.</> : <>: the values R and S side by side.</>}
        </>
      );
    case 'none':
      return (
        <>
          It uses {algCode}: there is no signature at all, so anyone can mint one. A verifier must refuse it (see the{' '}
          <Link to="/learn/attacks">attacks</Link>).
        </>
      );
    default:
      return <>Its header names {algCode}, which is not one of the signing algorithms this lesson compares.</>;
  }
}

function KoreanAlgFact({ facts }: { facts: SigningFacts }) {
  const { alg, kind, signatureBytes } = facts;
  const algCode = <code>{alg}</code>;
  if (facts.jwe)
    return (
      <>
        JWE입니다. 여기서 {algCode} 값은 서명이 아니라 콘텐츠 키를 전달하는 방식을 가리킵니다. 자세한 내용은 <Link to="/learn/jwe">JWE 강의</Link>에
        있습니다.
      </>
    );
  const size = signatureBytes === null ? null : <> 서명은 {signatureBytes}바이트</>;
  switch (kind) {
    case 'hmac':
      return (
        <>
          {algCode} 알고리즘입니다. 이 토큰을 검증할 수 있는 사람은 누구나 이런 토큰을 발급할 수도 있습니다.
          {size === null ? null : signatureBytes === Number(alg.slice(2)) / 8 ? <>{size}로, SHA-{alg.slice(2)} 출력 하나 크기입니다.</> : <>{size}인데 SHA-{alg.slice(2)} 출력은 {Number(alg.slice(2)) / 8}바이트이니 올바른 서명일 수 없습니다.</>}
        </>
      );
    case 'rsa':
      return (
        <>
          {algCode} 알고리즘입니다. 개인 키를 가진 쪽만 발급할 수 있고, 공개 키만 있으면 누구나 검증할 수 있습니다.
          {size === null ? null : <>{size}로, RSA 모듈러스 길이와 같으니 {signatureBytes === null ? null : signatureBytes * 8}비트 키입니다.</>}
        </>
      );
    case 'ecdsa':
    case 'eddsa':
      return (
        <>
          {algCode} 알고리즘입니다. 개인 키를 가진 쪽만 발급할 수 있고, 공개 키만 있으면 누구나 검증할 수 있습니다.
          {size === null ? null : kind === 'ecdsa' ? <>{size}이며, 두 수 r과 s를 나란히 붙인 값입니다.</> : <>{size}이며, R과 S를 나란히 붙인 값입니다.</>}
        </>
      );
    case 'none':
      return (
        <>
          {algCode}입니다. 서명이 아예 없으니 누구나 이런 토큰을 만들 수 있습니다. 검증 서버는 반드시 거절해야 합니다(
          <Link to="/learn/attacks">JWT 공격</Link> 참고).
        </>
      );
    default:
      return <>헤더에 적힌 {algCode} 알고리즘은 이 강의에서 비교하는 서명 알고리즘이 아닙니다.</>;
  }
}

function English({ subject }: LessonBodyProps) {
  const facts = readSigningFacts(subject);
  const header = subject.report.header;
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            Five services check tokens signed with HS256 and one shared secret. One service is breached and its copy of the secret is stolen. What
            can the attacker do now?
          </>
        }
        choices={[
          { label: 'Read the tokens meant for the other four services.' },
          { label: 'Mint tokens for any user that all five services accept.', correct: true },
          { label: 'Nothing much: the issuer’s own secret is still safe.' },
        ]}
        explanation={
          <>
            With HMAC the key that checks a signature is the key that makes one. A secret stolen from any verifier is the issuer’s secret. Had the
            services verified RS256 tokens, the breach would have given away a public key, which was never a secret.
          </>
        }
      />
      <section className="lesson-section">
        <h3>One secret or a key pair</h3>
        <p>
          HS256 is HMAC with SHA-256 (RFC 7518 §3.2): a keyed hash of the signing input. The verifier computes the same HMAC with the same secret
          and compares the two, so it needs exactly the secret the issuer used. RS256 is RSASSA-PKCS1-v1_5 with SHA-256 (§3.3): the issuer signs
          with a private key and verifiers check with the matching public key, which cannot make signatures. ES256 (ECDSA on P-256) and EdDSA
          (Ed25519, RFC 8037) are key pairs too, with much smaller keys and signatures.
        </p>
        <TokenFact value={facts}>{(known) => <EnglishAlgFact facts={known} />}</TokenFact>
        <LessonTable
          caption="Three ways to sign a JWT"
          columns={['', 'HS256', 'RS256', 'ES256']}
          rows={[
            ['Signs with', 'the shared secret', 'the private key', 'the private key'],
            ['Verifies with', 'the same secret', 'the public key', 'the public key'],
            ['Who can mint', 'every verifier', 'the issuer only', 'the issuer only'],
            ['Key size', '256 random bits or more', '2048-bit modulus or more', 'a 256-bit curve'],
            ['Signature', '32 bytes', '256 bytes with a 2048-bit key', '64 bytes'],
          ]}
        />
      </section>
      <section className="lesson-section">
        <h3>Who can mint tokens</h3>
        <p>
          With HS256, every party that can verify can also issue. That is fine when the issuer and the verifier are the same service. Once tokens
          cross into other services, teams or companies, each new verifier is one more place the secret can leak from, and a valid token no longer
          tells you which of them made it. With a key pair only the private-key holder can mint, and handing out the public key costs nothing.
          This is why OpenID providers sign ID tokens with RS256 unless agreed otherwise.
        </p>
        <p>
          An HMAC secret has to be as long as the hash output or longer (RFC 7518 §3.2) and random. A word someone chose can be found offline by
          trying candidates against a single captured token, with no request to the server: see the{' '}
          <Link to="/learn/attacks">attacks</Link>. RSA keys must be at least 2048 bits (§3.3).
        </p>
      </section>
      <section className="lesson-section">
        <h3>JWKS and kid</h3>
        <p>
          A verifier of RS256 needs the issuer’s public key. Issuers publish it in a JSON Web Key Set (RFC 7517 §5): a JSON object whose{' '}
          <code>keys</code> array holds one JWK per key, each with its own <code>kid</code>. An OpenID provider names the set’s address as{' '}
          <code>jwks_uri</code> in its discovery document. The token’s <code>kid</code> header (RFC 7515 §4.1.4) says which key in the set
          signed it.
        </p>
        <p>
          The verifier looks the <code>kid</code> up in a set it was configured to trust. It never fetches a key from a URL the token supplies (
          <code>jku</code>, <code>x5u</code>) or uses a key the token carries (<code>jwk</code>), and it binds each key to one algorithm: a key
          meant for RS256 must never check an HS256 token (RFC 8725 §3.1). Skipping either step leads straight to the attacks of the last lesson.
        </p>
        <TokenFact value={header}>
          {(known) => {
            const kid = readStringMember(known, 'kid');
            return kid === null ? (
              <>
                Its header has no <code>kid</code>: a verifier holding several keys would have to try each.
              </>
            ) : (
              <>
                Its header says <code>kid</code> <code>{kid}</code>: a verifier picks that key from its trusted set.
              </>
            );
          }}
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>Rotating keys</h3>
        <p>
          A key set makes rotation routine. The issuer adds a new key with a new <code>kid</code>, waits until verifiers have refreshed their
          cached copy of the set, then signs with the new key. The old key stays published until every token it signed has expired, and then it
          goes. A verifier that meets an unknown <code>kid</code> may fetch the set again, but only now and then, so a stream of made-up ids
          cannot turn it into a flood of requests.
        </p>
        <p>
          With HS256 there is nothing to publish: the new secret has to reach every verifier before the issuer starts using it, a deployment in
          lockstep. What rotation does to tokens already issued is in <Link to="/learn/revocation">taking a token back</Link>.
        </p>
      </section>
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readSigningFacts(subject);
  const header = subject.report.header;
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            서비스 다섯 곳이 비밀 하나를 나눠 쓰며 HS256 토큰을 검증합니다. 그중 한 서비스가 뚫려 비밀이 새어 나갔습니다. 공격자는 이제 무엇을 할
            수 있을까요?
          </>
        }
        choices={[
          { label: '다른 네 서비스로 가는 토큰의 내용을 읽을 수 있습니다.' },
          { label: '다섯 서비스가 모두 받아 주는 토큰을 어떤 사용자로든 발급할 수 있습니다.', correct: true },
          { label: '별일 없습니다. 발급자의 비밀은 여전히 안전합니다.' },
        ]}
        explanation={
          <>
            HMAC에서는 서명을 확인하는 키가 곧 서명을 만드는 키입니다. 어느 검증 서버에서 훔친 비밀이든 발급자의 비밀과 같습니다. 서비스들이
            RS256 토큰을 검증했다면, 뚫린 곳에서 나간 것은 애초에 비밀이 아닌 공개 키뿐이었을 것입니다.
          </>
        }
      />
      <section className="lesson-section">
        <h3>비밀 하나냐, 키 쌍이냐</h3>
        <p>
          HS256은 SHA-256을 쓰는 HMAC(RFC 7518 §3.2), 즉 서명 입력에 비밀을 섞어 구한 해시입니다. 검증 서버는 같은 비밀로 같은 HMAC을 계산해
          비교하므로, 발급자가 쓴 바로 그 비밀이 있어야 합니다. RS256은 SHA-256을 쓰는 RSASSA-PKCS1-v1_5(§3.3)입니다. 발급자는 개인 키로
          서명하고, 검증 서버는 짝이 되는 공개 키로 확인하는데, 공개 키로는 서명을 만들 수 없습니다. ES256(P-256 곡선의 ECDSA)과 EdDSA(Ed25519,
          RFC 8037)도 키 쌍 방식이며, 키와 서명이 훨씬 작습니다.
        </p>
        <TokenFact value={facts}>{(known) => <KoreanAlgFact facts={known} />}</TokenFact>
        <LessonTable
          caption="JWT에 서명하는 세 가지 방법"
          columns={['', 'HS256', 'RS256', 'ES256']}
          rows={[
            ['서명할 때', '공유 비밀', '개인 키', '개인 키'],
            ['검증할 때', '같은 비밀', '공개 키', '공개 키'],
            ['발급할 수 있는 쪽', '검증하는 모든 곳', '발급자만', '발급자만'],
            ['키 크기', '무작위 256비트 이상', '모듈러스 2048비트 이상', '256비트 곡선'],
            ['서명 길이', '32바이트', '2048비트 키라면 256바이트', '64바이트'],
          ]}
        />
      </section>
      <section className="lesson-section">
        <h3>누가 토큰을 발급할 수 있나</h3>
        <p>
          HS256에서는 검증할 수 있는 곳이라면 어디든 발급도 할 수 있습니다. 발급하는 서비스와 검증하는 서비스가 같다면 문제없습니다. 하지만 토큰이
          다른 서비스나 다른 팀, 다른 회사로 넘어가기 시작하면 검증 서버가 늘 때마다 비밀이 샐 곳도 늘고, 올바른 토큰을 받아도 누가 만들었는지
          알 수 없게 됩니다. 키 쌍을 쓰면 개인 키를 가진 쪽만 발급할 수 있고, 공개 키는 얼마든지 나눠 줘도 됩니다. OpenID 제공자가 따로 합의하지
          않는 한 ID 토큰을 RS256으로 서명하는 것도 이 때문입니다.
        </p>
        <p>
          HMAC 비밀은 해시 출력 길이 이상이어야 하고(RFC 7518 §3.2) 무작위여야 합니다. 사람이 고른 단어라면, 토큰 하나만 손에 넣어도 서버에
          요청 한 번 보내지 않고 후보를 대입해 찾아낼 수 있습니다(<Link to="/learn/attacks">JWT 공격</Link> 참고). RSA 키는 2048비트 이상이어야
          합니다(§3.3).
        </p>
      </section>
      <section className="lesson-section">
        <h3>JWKS와 kid</h3>
        <p>
          RS256 토큰을 검증하려면 발급자의 공개 키가 필요합니다. 발급자는 이를 JSON 웹 키 세트(JWKS, RFC 7517 §5)로 공개합니다. JWKS는{' '}
          <code>keys</code> 배열에 키마다 JWK 하나씩을 담은 JSON 객체이고, 각 키에는 고유한 <code>kid</code>가 붙습니다. OpenID 제공자는 디스커버리
          문서의 <code>jwks_uri</code>로 이 세트의 주소를 알려 줍니다. 토큰 헤더의 <code>kid</code>(RFC 7515 §4.1.4)는 세트 안의 어느 키로
          서명했는지 가리킵니다.
        </p>
        <p>
          검증 서버는 미리 신뢰하도록 설정해 둔 세트에서 <code>kid</code>를 찾습니다. 토큰이 알려 주는 URL(<code>jku</code>, <code>x5u</code>
          )에서 키를 내려받거나 토큰에 실려 온 키(<code>jwk</code>)를 쓰는 일은 없어야 하고, 키마다 알고리즘 하나만 허용해야 합니다. RS256용 키로
          HS256 토큰을 확인해서는 안 됩니다(RFC 8725 §3.1). 둘 중 하나라도 빠뜨리면 마지막 강의의 공격으로 곧장 이어집니다.
        </p>
        <TokenFact value={header}>
          {(known) => {
            const kid = readStringMember(known, 'kid');
            return kid === null ? (
              <>
                헤더에 <code>kid</code>가 없습니다. 키를 여러 개 가진 검증 서버라면 하나씩 대 보아야 합니다.
              </>
            ) : (
              <>
                헤더의 <code>kid</code>는 <code>{kid}</code>입니다. 검증 서버는 신뢰하는 세트에서 이 키를 꺼내 씁니다.
              </>
            );
          }}
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>키 교체</h3>
        <p>
          키 세트가 있으면 키 교체가 일상 업무가 됩니다. 발급자는 새 <code>kid</code>로 새 키를 추가하고, 검증 서버들이 캐시해 둔 세트를 새로
          받아 갈 때까지 기다린 다음 새 키로 서명을 시작합니다. 이전 키는 그 키로 서명한 토큰이 모두 만료될 때까지 세트에 남겨 두었다가
          내립니다. 모르는 <code>kid</code>를 만난 검증 서버는 세트를 다시 받아 올 수 있지만, 지어낸 id를 연달아 보내는 것만으로 요청 폭주가
          일어나지 않도록 가끔씩만 그래야 합니다.
        </p>
        <p>
          HS256에는 공개할 것이 없습니다. 발급자가 새 비밀을 쓰기 전에 모든 검증 서버에 그 비밀이 먼저 가 있어야 하니, 배포를 한 몸처럼 맞춰야
          합니다. 이미 발급된 토큰이 키 교체로 어떻게 되는지는 <Link to="/learn/revocation">토큰을 되돌리는 방법</Link>에서 다룹니다.
        </p>
      </section>
    </>
  );
}

export const hsVsRsLesson: LessonContent = { en: English, ko: Korean };
