import { Link } from 'react-router';
import type { PartName } from '../../../../core/token/decoded-token';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { TokenFact } from '../parts/TokenFact';
import { readStringMember } from '../parts/read-string-member';
import { LessonTable } from '../parts/LessonTable';

interface PartSize {
  name: PartName;
  /** Decoded length in bytes; null when the part did not decode. */
  bytes: number | null;
}

/** What the lesson says about the learner's token: a JWE's parameters and part sizes, or a JWS's readable claims. */
type EncryptionFacts =
  | { kind: 'jwe'; alg: string | null; enc: string | null; cty: string | null; zip: string | null; parts: PartSize[] }
  | { kind: 'jws'; claimNames: string[] };

function readEncryptionFacts(subject: LearnSubject): EncryptionFacts | null {
  const { decoded, header, payload } = subject.report;
  if (decoded.kind === 'jwe') {
    return {
      kind: 'jwe',
      alg: readStringMember(header, 'alg'),
      enc: readStringMember(header, 'enc'),
      cty: readStringMember(header, 'cty'),
      zip: readStringMember(header, 'zip'),
      parts: decoded.parts.map((part) => ({ name: part.name, bytes: part.decoding.ok || part.decoding.bytes ? (part.decoding.bytes?.length ?? null) : null })),
    };
  }
  if (decoded.kind === 'jws' && payload !== null) return { kind: 'jws', claimNames: Object.keys(payload) };
  return null;
}

/** The names in a sentence as code, separated by commas. */
function CodeList({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <span key={name}>
      {index > 0 ? ', ' : null}
      <code>{name}</code>
    </span>
  ));
}

const PART_LABELS: Record<'en' | 'ko', Record<PartName, string>> = {
  en: { header: 'header', 'encrypted-key': 'encrypted key', iv: 'IV', ciphertext: 'ciphertext', tag: 'tag', payload: 'payload', signature: 'signature' },
  ko: { header: '헤더', 'encrypted-key': '암호화된 키', iv: 'IV', ciphertext: '암호문', tag: '태그', payload: '페이로드', signature: '서명' },
};

/** Each part of the learner's JWE in its colour, with its size. */
function PartSizes({ parts, locale }: { parts: PartSize[]; locale: 'en' | 'ko' }) {
  const unit = locale === 'en' ? (bytes: number) => `${bytes} bytes` : (bytes: number) => `${bytes}바이트`;
  return parts.map(({ name, bytes }, index) => (
    <span key={name}>
      {index > 0 ? ' · ' : null}
      <span className={`part-${name}`}>{PART_LABELS[locale][name]}</span> {bytes === null ? '?' : unit(bytes)}
    </span>
  ));
}

function EnglishFact({ facts }: { facts: EncryptionFacts }) {
  if (facts.kind === 'jws')
    return (
      <>
        It is a JWS, signed but not encrypted: anyone who holds it can read {facts.claimNames.length === 0 ? 'its empty payload' : <>its claims (<CodeList names={facts.claimNames} />)</>}.
      </>
    );
  return (
    <>
      It is a JWE{facts.alg === null ? null : <> with <code>alg</code> <code>{facts.alg}</code></>}
      {facts.enc === null ? null : <> and <code>enc</code> <code>{facts.enc}</code></>}: <PartSizes parts={facts.parts} locale="en" />.
      {facts.parts[1]?.bytes === 0 ? <> The encrypted key is empty: the key agreed or shared is the content key itself.</> : null}
      {facts.cty?.toUpperCase() === 'JWT' ? <> Its <code>cty</code> says JWT: inside is another token, most likely a signed one.</> : null}
      {facts.zip === null ? null : <> It compresses before encrypting (<code>zip</code>), which can leak the plaintext’s length.</>}
    </>
  );
}

function KoreanFact({ facts }: { facts: EncryptionFacts }) {
  if (facts.kind === 'jws')
    return (
      <>
        서명만 하고 암호화하지 않은 JWS입니다. 토큰을 가진 사람은 누구나{' '}
        {facts.claimNames.length === 0 ? '빈 페이로드를' : <>클레임(<CodeList names={facts.claimNames} />)을</>} 읽을 수 있습니다.
      </>
    );
  return (
    <>
      JWE입니다{facts.alg === null ? null : <> (<code>alg</code> <code>{facts.alg}</code>{facts.enc === null ? null : <>, <code>enc</code> <code>{facts.enc}</code></>})</>}.{' '}
      <PartSizes parts={facts.parts} locale="ko" />.
      {facts.parts[1]?.bytes === 0 ? <> 암호화된 키가 비어 있습니다. 합의했거나 공유한 키가 곧 콘텐츠 키라는 뜻입니다.</> : null}
      {facts.cty?.toUpperCase() === 'JWT' ? <> <code>cty</code>가 JWT이니 안에 다른 토큰, 아마도 서명된 토큰이 들어 있습니다.</> : null}
      {facts.zip === null ? null : <> 암호화 전에 압축(<code>zip</code>)하므로 평문 길이가 드러날 수 있습니다.</>}
    </>
  );
}

function English({ subject }: LessonBodyProps) {
  const facts = readEncryptionFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            An API receives a JWE encrypted to its RSA public key (<code>alg</code> <code>RSA-OAEP</code>). It decrypts it with its private key and
            the authentication tag checks out. What has it learnt?
          </>
        }
        choices={[
          { label: 'That its own authorization server issued the token.' },
          { label: 'That nobody changed the token after it was encrypted, whoever encrypted it.', correct: true },
          { label: 'That the token has not expired.' },
        ]}
        explanation={
          <>
            Encrypting to a public key needs only the public key, which anyone may have. The tag proves the ciphertext and header arrived as they
            were sealed, not who sealed them or when. Who issued the token is the job of a signature inside, and the time claims still have to be
            checked after decrypting.
          </>
        }
      />
      <section className="lesson-section">
        <h3>Signed is not secret</h3>
        <p>
          A signed token (JWS) protects its content from change, not from reading: the payload is base64url, which anyone can decode. JSON Web
          Encryption (RFC 7516) is the other half of JOSE. It hides the content and detects any change to it, and it is worth the extra keys when
          the token carries something its holder or the systems it passes through should not see: personal data, internal identifiers, claims
          meant only for one back end. If the payload can be kept to an opaque user id and a few flags, signing alone is simpler.
        </p>
        <TokenFact value={facts}>{(known) => <EnglishFact facts={known} />}</TokenFact>
      </section>
      <section className="lesson-section">
        <h3>Five parts</h3>
        <p>A compact JWE has five base64url parts, separated by dots:</p>
        <ol>
          <li>
            <span className="part-header">the protected header</span>, readable JSON with <code>alg</code>, <code>enc</code> and perhaps{' '}
            <code>kid</code>, <code>cty</code> or <code>zip</code>;
          </li>
          <li>
            <span className="part-encrypted-key">the encrypted key</span>: the random content encryption key (CEK), wrapped for the recipient, or
            empty when the key is shared directly or agreed;
          </li>
          <li>
            <span className="part-iv">the initialisation vector</span>, fresh for every token (96 bits for AES-GCM);
          </li>
          <li>
            <span className="part-ciphertext">the ciphertext</span>, the encrypted payload;
          </li>
          <li>
            <span className="part-tag">the authentication tag</span>, which covers the ciphertext and the protected header: the header is not
            secret, but it cannot be changed.
          </li>
        </ol>
      </section>
      <section className="lesson-section">
        <h3>alg and enc</h3>
        <p>
          In a JWS, <code>alg</code> names the signature. In a JWE it names <em>key management</em>: how the recipient gets the content key.{' '}
          <code>enc</code> names the <em>content encryption</em> that key is used with (RFC 7518 §4 and §5).
        </p>
        <LessonTable
          caption="Common values of alg and enc"
          columns={['', 'Values', 'What it does']}
          rows={[
            [<code key="alg">alg</code>, 'RSA-OAEP-256, ECDH-ES+A256KW', 'wraps or agrees the content key with the recipient’s public key'],
            [<code key="alg">alg</code>, 'A256KW, dir', 'wraps the content key with a shared key, or uses the shared key directly'],
            [<code key="alg">alg</code>, 'PBES2-HS256+A128KW', 'derives a wrapping key from a password'],
            [<code key="enc">enc</code>, 'A256GCM, A128CBC-HS256', 'encrypts the payload and computes the tag'],
          ]}
        />
        <p>
          Refuse <code>RSA1_5</code>, whose padding has been attacked for decades (rule{' '}
          <Link to="/rules/jwe-weak-key-management">jwe-weak-key-management</Link>), cap the PBES2 iteration count a token may ask for (
          <Link to="/rules/pbes2-high-count">pbes2-high-count</Link>), and think twice about <code>zip</code>: compressing before encrypting lets
          the ciphertext’s length betray the content (<Link to="/rules/jwe-zip">jwe-zip</Link>).
        </p>
      </section>
      <section className="lesson-section">
        <h3>Sign, then encrypt</h3>
        <p>
          When a token needs both, the issuer signs a JWT and then encrypts the whole JWS as the JWE’s plaintext, with <code>cty</code> set to{' '}
          <code>JWT</code> (RFC 7519 §5.2 and §11.2). The signature proves who issued the claims; the encryption hides them, signature included.
          The recipient decrypts with its own key and then verifies the inner token with the issuer’s key, as for any JWS.
        </p>
      </section>
      <section className="lesson-section">
        <h3>What decrypting proves</h3>
        <p>
          A tag that checks proves the ciphertext and the header are the ones sealed with this content key. With a public-key <code>alg</code>{' '}
          anyone can seal a JWE for you, so it proves nothing about the sender: trusting the plaintext of an unsigned JWE is trusting a stranger (
          <Link to="/rules/jwe-unsigned-content">jwe-unsigned-content</Link>). With a shared key it proves that someone holding that key sealed
          it, which may be any party that shares it, the recipient included. Decrypting proves nothing about time either: the inner token’s{' '}
          <code>exp</code> and <code>aud</code> are checked as usual.
        </p>
      </section>
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readEncryptionFacts(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            API가 자기 RSA 공개 키로 암호화된 JWE(<code>alg</code> <code>RSA-OAEP</code>)를 받았습니다. 개인 키로 복호화했고 인증 태그도 맞습니다.
            API가 알게 된 것은 무엇일까요?
          </>
        }
        choices={[
          { label: '자기 인가 서버가 이 토큰을 발급했다는 것' },
          { label: '누가 암호화했든, 암호화된 뒤로 아무도 토큰을 바꾸지 않았다는 것', correct: true },
          { label: '토큰이 아직 만료되지 않았다는 것' },
        ]}
        explanation={
          <>
            공개 키로 암호화하는 데는 공개 키만 있으면 되고, 공개 키는 누구나 가질 수 있습니다. 태그는 암호문과 헤더가 봉인된 그대로 도착했다는
            것만 증명할 뿐, 누가 언제 봉인했는지는 알려 주지 않습니다. 발급자를 증명하는 것은 안에 든 서명의 몫이고, 시간 클레임도 복호화한 뒤 따로
            확인해야 합니다.
          </>
        }
      />
      <section className="lesson-section">
        <h3>서명했다고 비밀은 아니다</h3>
        <p>
          서명된 토큰(JWS)은 내용이 바뀌는 것을 막을 뿐 읽히는 것은 막지 못합니다. 페이로드는 누구나 디코딩할 수 있는 base64url이기 때문입니다.
          JSON 웹 암호화(JWE, RFC 7516)는 JOSE의 나머지 절반으로, 내용을 감추고 어떤 변경이든 잡아냅니다. 토큰을 가진 사람이나 토큰이 거쳐 가는
          시스템이 보면 안 되는 것, 예를 들어 개인정보나 내부 식별자, 특정 백엔드만 읽어야 할 클레임을 담는다면 키를 더 관리할 가치가 있습니다.
          페이로드를 불투명한 사용자 ID와 플래그 몇 개로 줄일 수 있다면 서명만으로 충분하고 더 단순합니다.
        </p>
        <TokenFact value={facts}>{(known) => <KoreanFact facts={known} />}</TokenFact>
      </section>
      <section className="lesson-section">
        <h3>다섯 부분</h3>
        <p>간결한(compact) JWE는 점으로 구분된 base64url 다섯 부분으로 이루어집니다.</p>
        <ol>
          <li>
            <span className="part-header">보호 헤더</span>: <code>alg</code>, <code>enc</code>, 그리고 경우에 따라 <code>kid</code>, <code>cty</code>,{' '}
            <code>zip</code>이 든 JSON으로, 누구나 읽을 수 있습니다.
          </li>
          <li>
            <span className="part-encrypted-key">암호화된 키</span>: 무작위로 만든 콘텐츠 암호화 키(CEK)를 받는 쪽을 위해 감싼 값입니다. 키를 직접
            공유하거나 합의로 얻는 방식이면 비어 있습니다.
          </li>
          <li>
            <span className="part-iv">초기화 벡터(IV)</span>: 토큰마다 새로 뽑습니다(AES-GCM이면 96비트).
          </li>
          <li>
            <span className="part-ciphertext">암호문</span>: 암호화된 페이로드입니다.
          </li>
          <li>
            <span className="part-tag">인증 태그</span>: 암호문과 보호 헤더를 함께 보호합니다. 헤더는 비밀이 아니지만 바꿀 수는 없습니다.
          </li>
        </ol>
      </section>
      <section className="lesson-section">
        <h3>alg와 enc</h3>
        <p>
          JWS에서 <code>alg</code>는 서명 방식을 가리킵니다. JWE에서는 <em>키 관리</em> 방식, 즉 받는 쪽이 콘텐츠 키를 얻는 방법을 가리키고,{' '}
          <code>enc</code>가 그 키로 수행할 <em>콘텐츠 암호화</em>를 가리킵니다(RFC 7518 §4, §5).
        </p>
        <LessonTable
          caption="자주 쓰는 alg와 enc 값"
          columns={['', '값', '하는 일']}
          rows={[
            [<code key="alg">alg</code>, 'RSA-OAEP-256, ECDH-ES+A256KW', '받는 쪽 공개 키로 콘텐츠 키를 감싸거나 합의'],
            [<code key="alg">alg</code>, 'A256KW, dir', '공유 키로 콘텐츠 키를 감싸거나, 공유 키를 그대로 사용'],
            [<code key="alg">alg</code>, 'PBES2-HS256+A128KW', '비밀번호에서 감쌀 키를 유도'],
            [<code key="enc">enc</code>, 'A256GCM, A128CBC-HS256', '페이로드를 암호화하고 태그를 계산'],
          ]}
        />
        <p>
          수십 년째 패딩 공격을 받아 온 <code>RSA1_5</code>는 거절하고(규칙 <Link to="/rules/jwe-weak-key-management">jwe-weak-key-management</Link>),
          토큰이 요구할 수 있는 PBES2 반복 횟수에 상한을 두고(<Link to="/rules/pbes2-high-count">pbes2-high-count</Link>), <code>zip</code>은 신중히
          쓰세요. 암호화 전에 압축하면 암호문 길이로 내용이 드러날 수 있습니다(<Link to="/rules/jwe-zip">jwe-zip</Link>).
        </p>
      </section>
      <section className="lesson-section">
        <h3>서명한 다음 암호화</h3>
        <p>
          둘 다 필요하다면 발급자는 JWT에 먼저 서명하고, 그 JWS 전체를 JWE의 평문으로 삼아 암호화하며 <code>cty</code>를 <code>JWT</code>로
          둡니다(RFC 7519 §5.2, §11.2). 서명은 누가 클레임을 발급했는지 증명하고, 암호화는 서명까지 포함해 모두 감춥니다. 받는 쪽은 자기 키로
          복호화한 다음, 여느 JWS처럼 발급자의 키로 안쪽 토큰을 검증합니다.
        </p>
      </section>
      <section className="lesson-section">
        <h3>복호화가 증명하는 것</h3>
        <p>
          태그가 맞았다면 암호문과 헤더가 이 콘텐츠 키로 봉인된 그대로라는 뜻입니다. 공개 키 방식의 <code>alg</code>라면 누구나 여러분에게 JWE를
          봉인해 보낼 수 있으니 보낸 사람에 대해서는 아무것도 증명하지 않습니다. 서명 없는 JWE의 평문을 믿는 것은 낯선 사람을 믿는 것과
          같습니다(<Link to="/rules/jwe-unsigned-content">jwe-unsigned-content</Link>). 공유 키 방식이라면 그 키를 가진 누군가가 봉인했다는 것까지는
          증명하지만, 받는 쪽 자신을 포함해 키를 나눠 가진 누구든 될 수 있습니다. 시간에 대해서도 증명하는 것이 없으니, 안쪽 토큰의{' '}
          <code>exp</code>와 <code>aud</code>는 평소처럼 확인해야 합니다.
        </p>
      </section>
    </>
  );
}

export const jweLesson: LessonContent = { en: English, ko: Korean };
