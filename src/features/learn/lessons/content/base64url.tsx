import { Link } from 'react-router';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { TokenFact } from '../parts/TokenFact';
import { readTokenFacts, type TokenFacts } from '../parts/token-facts';
import { encodeUtf8 } from '../../../../core/encoding/utf8';

/** The header segment beside what it decodes to, when the token has both. */
function readDecodedHeader(facts: TokenFacts): { segment: string; json: string; bytes: number } | null {
  const segment = facts.segments[0]?.text;
  if (segment === undefined || facts.headerText === null) return null;
  return { segment, json: facts.headerText, bytes: encodeUtf8(facts.headerText).length };
}

function English({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const header = readDecodedHeader(facts);
  const payload = subject.report.payloadJson?.pretty ?? null;
  return (
    <>
      <h3>Decode it yourself</h3>
      <p>
        Base64url turns bytes into text made of 64 safe characters: <code>A–Z</code>, <code>a–z</code>, <code>0–9</code>, <code>-</code>{' '}
        and <code>_</code>. Every character stands for 6 bits, so 3 bytes become 4 characters. There is no key and no secret in it:
        the same rule, run backwards, gives back the bytes.
      </p>
      <TokenFact value={header} fallback="With a token in the box above, its header would be decoded right here.">
        {({ segment, json, bytes }) => (
          <>
            Its first segment, <code>{segment}</code>, is {segment.length} characters. Read backwards, they are these {bytes} bytes of
            JSON: <code>{json}</code>
          </>
        )}
      </TokenFact>

      <h3>So anyone can read the payload</h3>
      <p>
        The payload is encoded by the very same rule. Whoever sees the token (a proxy log, a browser extension, a colleague reading
        over your shoulder) can read every claim in it without knowing any key. The signature stops people from <em>changing</em> the
        claims unnoticed; it does nothing to stop them <em>reading</em> them.
      </p>
      <TokenFact value={payload} detail={(text) => <pre>{text}</pre>}>
        {() => <>Here is its payload, decoded in your browser with no key at all:</>}
      </TokenFact>
      <p>
        So a payload is no place for a password, an API key or personal data you would not print on a postcard. When the contents
        themselves must stay secret, the token has to be encrypted: that is what <Link to="/learn/jwe">JWE</Link> is for.
      </p>

      <PredictQuestion
        prompt="A service puts the user's email address in the payload of a signed JWT. Who can read that address?"
        choices={[
          { label: 'Only servers that hold the signing key' },
          { label: 'Anyone who gets hold of the token', correct: true },
          { label: 'Nobody: the signature hides it' },
        ]}
        explanation="Signing is not encrypting. The payload is base64url text, and decoding it needs no key, so the address is as readable as if it were written in plain JSON."
      />

      <h3>Why not plain base64?</h3>
      <p>
        Standard base64 uses <code>+</code> and <code>/</code>, and pads with <code>=</code>. In a URL a <code>+</code> can turn into a
        space, <code>/</code> separates path segments and <code>=</code> separates a query name from its value. The URL-safe alphabet
        of RFC 4648 (§5) swaps in <code>-</code> and <code>_</code>, and RFC 7515 (§2) leaves the padding off. A token can then travel
        in a URL, a header or a cookie without being escaped.
      </p>
      <PredictQuestion
        prompt="A Korean syllable such as 김 takes 3 bytes in UTF-8. How many base64url characters does it take when it lines up with a 3-byte group?"
        choices={[{ label: '3' }, { label: '4', correct: true }, { label: '6' }]}
        explanation="Three bytes are 24 bits, and each base64url character carries 6 of them: 24 ÷ 6 = 4. The byte lens on the overview shows this on your own token."
      />
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const facts = readTokenFacts(subject.report);
  const header = readDecodedHeader(facts);
  const payload = subject.report.payloadJson?.pretty ?? null;
  return (
    <>
      <h3>직접 디코딩해 보기</h3>
      <p>
        Base64url은 바이트를 안전한 문자 64개(<code>A–Z</code>, <code>a–z</code>, <code>0–9</code>, <code>-</code>, <code>_</code>)로
        적는 방법입니다. 문자 하나가 6비트를 나타내니 3바이트가 4글자가 됩니다. 키도 비밀도 없습니다. 같은 규칙을 거꾸로 적용하면
        원래 바이트가 그대로 나옵니다.
      </p>
      <TokenFact value={header} fallback="위 입력란에 토큰이 있으면 그 헤더를 바로 여기서 디코딩해 보여 드립니다.">
        {({ segment, json, bytes }) => (
          <>
            첫 번째 조각 {segment.length}글자(<code>{segment}</code>)를 거꾸로 읽으면 다음 JSON {bytes}바이트가 됩니다:{' '}
            <code>{json}</code>
          </>
        )}
      </TokenFact>

      <h3>그러니 페이로드는 누구나 읽을 수 있다</h3>
      <p>
        페이로드도 똑같은 규칙으로 인코딩됩니다. 프록시 로그든 브라우저 확장 프로그램이든 어깨 너머로 보는 동료든, 토큰을 본 사람은
        키 없이도 클레임을 전부 읽을 수 있습니다. 서명은 클레임을 몰래 <em>바꾸는</em> 것을 막을 뿐, <em>읽는</em> 것까지 막지는
        못합니다.
      </p>
      <TokenFact value={payload} detail={(text) => <pre>{text}</pre>}>
        {() => <>아래는 지금 브라우저에서 키 없이 디코딩한 페이로드입니다.</>}
      </TokenFact>
      <p>
        그래서 비밀번호, API 키, 엽서에 적기 곤란한 개인정보는 페이로드에 넣으면 안 됩니다. 내용 자체를 숨겨야 한다면 토큰을
        암호화해야 하고, 그 일을 하는 것이 <Link to="/learn/jwe">JWE</Link>입니다.
      </p>

      <PredictQuestion
        prompt="어떤 서비스가 서명된 JWT의 페이로드에 사용자 이메일 주소를 넣었습니다. 이 주소는 누가 볼 수 있을까요?"
        choices={[
          { label: '서명 키를 가진 서버만' },
          { label: '토큰을 손에 넣은 누구나', correct: true },
          { label: '아무도 못 본다. 서명이 가려 준다' },
        ]}
        explanation="서명은 암호화가 아닙니다. 페이로드는 base64url 문자열일 뿐이고 디코딩에 키가 필요 없으니, 이메일 주소는 JSON을 그냥 적어 둔 것만큼이나 잘 보입니다."
      />

      <h3>왜 그냥 base64를 쓰지 않을까</h3>
      <p>
        표준 base64는 <code>+</code>와 <code>/</code>를 쓰고 끝을 <code>=</code>로 채웁니다. 그런데 URL 안에서 <code>+</code>는 공백으로
        바뀔 수 있고, <code>/</code>는 경로를 나누며, <code>=</code>는 쿼리의 이름과 값을 가릅니다. RFC 4648 §5의 URL 안전 문자 집합은
        이 자리에 <code>-</code>와 <code>_</code>를 쓰고, RFC 7515 §2는 패딩을 아예 뺍니다. 덕분에 토큰을 URL, 헤더, 쿠키 어디에
        넣어도 따로 이스케이프할 필요가 없습니다.
      </p>
      <PredictQuestion
        prompt="‘김’ 같은 한글 한 글자는 UTF-8로 3바이트입니다. 3바이트 묶음에 딱 맞게 놓이면 base64url로 몇 글자가 될까요?"
        choices={[{ label: '3글자' }, { label: '4글자', correct: true }, { label: '6글자' }]}
        explanation="3바이트는 24비트이고 base64url 한 글자가 6비트를 담으니 24 ÷ 6 = 4글자입니다. 개요 화면의 바이트 렌즈에서 내 토큰으로 직접 확인할 수 있습니다."
      />
    </>
  );
}

export const base64urlLesson: LessonContent = { en: English, ko: Korean };
