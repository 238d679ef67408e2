import { Link } from 'react-router';
import { formatNumber } from '../../../../i18n/format';
import type { LearnSubject } from '../../learn-subject';
import type { LessonBodyProps, LessonContent } from '../lesson-content';
import { PredictQuestion } from '../parts/PredictQuestion';
import { formatLifetime } from '../parts/token-facts';
import { TokenFact } from '../parts/TokenFact';
import { LessonTable } from '../parts/LessonTable';
import { useExpiry } from '../parts/use-expiry';
import './lessons-b.css';

/** The size every browser must allow a cookie (name, value and attributes together): RFC 6265 §6.1. */
const COOKIE_BYTES = 4096;

/** The token's length in bytes as it would travel (compact serialisation is ASCII); null without a token. */
function readTokenBytes(subject: LearnSubject): number | null {
  const { decoded } = subject.report;
  return decoded.kind === 'empty' ? null : decoded.normalisation.text.length;
}

function English({ subject }: LessonBodyProps) {
  const expiry = useExpiry(subject);
  const bytes = readTokenBytes(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            An attacker finds an XSS hole and runs a script in your page. Your access token sits in an <code>HttpOnly</code> cookie. Can the
            script call your API as the user?
          </>
        }
        choices={[
          { label: 'No: HttpOnly hides the cookie from scripts, so the request goes out without it.' },
          { label: 'Yes: the browser attaches the cookie to the script’s requests; the script just cannot read it.', correct: true },
          { label: 'Only if the cookie lacks the Secure flag.' },
        ]}
        explanation={
          <>
            <code>HttpOnly</code> keeps the value out of <code>document.cookie</code>, so the script cannot carry the token away and use it
            elsewhere. It can still send requests from the page while the user has it open, and the browser adds the cookie to each of them. No
            storage choice survives XSS; the cookie only limits what the attacker takes home.
          </>
        }
      />
      <section className="lesson-section">
        <h3>Three places, three trade-offs</h3>
        <p>
          A browser app has to keep its token somewhere between requests. The usual candidates are a JavaScript variable, Web Storage (
          <code>localStorage</code> or <code>sessionStorage</code>) and a cookie set by the server with <code>HttpOnly</code>. Each one trades
          an attack for another.
        </p>
        <LessonTable
          caption="Where a browser app can keep a token"
          columns={['Place', 'A script in the page can read it', 'Sent without being asked (CSRF)', 'Survives a reload']}
          rows={[
            ['Memory', 'Only while the page is open', 'No', 'No'],
            [<code key="place">localStorage</code>, 'Yes', 'No', 'Yes, until removed'],
            [<><code>HttpOnly</code> cookie</>, 'No', 'Yes, unless SameSite stops it', 'Yes, until it expires'],
          ]}
        />
      </section>
      <section className="lesson-section">
        <h3>Memory</h3>
        <p>
          Kept in a variable, the token is never written to disk and disappears with the tab. An injected script still runs in the same page, so
          it can use the token or wrap <code>fetch</code> to catch it; memory makes theft harder, not impossible. The price is a reload: the app
          forgets the token and has to get a new one, usually with a refresh token that lives in an <code>HttpOnly</code> cookie.
        </p>
      </section>
      <section className="lesson-section">
        <h3>localStorage and sessionStorage</h3>
        <p>
          Any script on the origin reads Web Storage in one line, and a copy taken from there works from anywhere. On the other hand nothing
          sends it by itself, so a forged cross-site request arrives without it. <code>localStorage</code> keeps the token across restarts;{' '}
          <code>sessionStorage</code> forgets it when the tab closes.
        </p>
        <TokenFact value={expiry.kind === 'unreadable' ? null : expiry}>
          {(known) =>
            known.kind === 'expires' ? (
              <>A copy read from storage right now would keep working for {formatLifetime('en', known.inSeconds)}.</>
            ) : known.kind === 'no-exp' ? (
              <>
                It has no <code>exp</code>: a copy read from storage would keep working until the issuer changes its key.
              </>
            ) : (
              <>It has already expired, so a copy read from storage now would be refused by any verifier that checks the time.</>
            )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>HttpOnly cookies and SameSite</h3>
        <p>
          A cookie set with <code>HttpOnly</code> is invisible to the page’s scripts, one with <code>Secure</code> travels only over HTTPS, and
          the <code>__Host-</code> name prefix pins it to one host. The catch is that the browser attaches the cookie to every request for the
          site, including requests another site causes: that is cross-site request forgery (CSRF).
        </p>
        <p>
          The <code>SameSite</code> attribute decides which cross-site requests carry the cookie. <code>Strict</code>: none of them.{' '}
          <code>Lax</code>: only top-level navigations with a safe method such as GET, which is what Chromium-based browsers assume when the
          attribute is missing. <code>None</code>: all of them, and only together with <code>Secure</code>. SameSite counts sibling subdomains as the
          same site, so state-changing requests still deserve a CSRF token or a check of the <code>Origin</code> header.
        </p>
        <TokenFact value={bytes}>
          {(size) => (
            <>
              It is {formatNumber('en', size)} bytes long. Browsers promise at least {formatNumber('en', COOKIE_BYTES)} bytes per cookie, name
              and attributes included (RFC 6265 §6.1),{' '}
              {size + 100 <= COOKIE_BYTES ? 'so it fits in one cookie with room to spare.' : 'so it would not fit in one cookie: it would have to be split or slimmed down.'}
            </>
          )}
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>What to choose</h3>
        <ul>
          <li>
            Fix XSS first, with output encoding and a Content Security Policy: a script running in your page defeats every place above while
            the user has it open.
          </li>
          <li>
            When the API is on your own site, an <code>HttpOnly</code>, <code>Secure</code>, <code>SameSite</code> cookie keeps the token out of
            reach of scripts; add CSRF protection for requests that change state.
          </li>
          <li>
            For OAuth in the browser, a small backend for the front end can hold the tokens and give the page only a session cookie, so no
            token reaches the browser at all.
          </li>
          <li>
            Keep access tokens short-lived (see <Link to="/learn/revocation">taking a token back</Link>), and never put one in a URL: RFC 6750
            §5.3 warns that URLs end up in history, logs and <code>Referer</code> headers.
          </li>
        </ul>
      </section>
    </>
  );
}

function Korean({ subject }: LessonBodyProps) {
  const expiry = useExpiry(subject);
  const bytes = readTokenBytes(subject);
  return (
    <>
      <PredictQuestion
        prompt={
          <>
            공격자가 XSS 취약점을 찾아 페이지 안에서 스크립트를 실행했습니다. 액세스 토큰은 <code>HttpOnly</code> 쿠키에 들어 있습니다. 이
            스크립트가 사용자 행세를 하며 API를 호출할 수 있을까요?
          </>
        }
        choices={[
          { label: '아니요. HttpOnly가 스크립트에게 쿠키를 숨기므로 요청에 쿠키가 빠집니다.' },
          { label: '예. 스크립트가 보낸 요청에도 브라우저가 쿠키를 붙입니다. 읽지 못할 뿐입니다.', correct: true },
          { label: 'Secure 속성이 없을 때만 가능합니다.' },
        ]}
        explanation={
          <>
            <code>HttpOnly</code>는 <code>document.cookie</code>에서 값을 감출 뿐이라, 스크립트가 토큰을 빼돌려 다른 곳에서 쓰지는 못합니다.
            하지만 사용자가 페이지를 열어 둔 동안 그 페이지에서 요청을 보내는 것은 막지 못하고, 브라우저는 그 요청마다 쿠키를 붙입니다. XSS
            앞에서는 어떤 저장 위치도 안전하지 않습니다. 쿠키는 공격자가 가져갈 수 있는 것을 줄여 줄 뿐입니다.
          </>
        }
      />
      <section className="lesson-section">
        <h3>세 곳, 세 가지 맞바꿈</h3>
        <p>
          브라우저 앱은 요청과 요청 사이에 토큰을 어딘가에 두어야 합니다. 흔히 고르는 곳은 자바스크립트 변수(메모리), 웹 스토리지(
          <code>localStorage</code>, <code>sessionStorage</code>), 그리고 서버가 <code>HttpOnly</code>로 심는 쿠키입니다. 어느 곳을 고르든 한
          가지 공격을 막는 대신 다른 공격에 문을 엽니다.
        </p>
        <LessonTable
          caption="브라우저 앱이 토큰을 두는 곳"
          columns={['위치', '페이지의 스크립트가 읽을 수 있나', '요청에 저절로 실리나 (CSRF)', '새로고침 뒤에도 남나']}
          rows={[
            ['메모리', '페이지가 열려 있는 동안만', '아니요', '아니요'],
            [<code key="place">localStorage</code>, '예', '아니요', '지울 때까지 남음'],
            [<><code>HttpOnly</code> 쿠키</>, '아니요', '예 (SameSite로 막지 않으면)', '만료될 때까지 남음'],
          ]}
        />
      </section>
      <section className="lesson-section">
        <h3>메모리</h3>
        <p>
          변수에 담은 토큰은 디스크에 쓰이지 않고 탭을 닫으면 사라집니다. 다만 주입된 스크립트도 같은 페이지에서 돌기 때문에 토큰을 그대로
          쓰거나 <code>fetch</code>를 가로채 빼낼 수 있습니다. 메모리는 탈취를 어렵게 할 뿐 막지는 못합니다. 새로고침하면 앱이 토큰을 잊으므로,
          보통 <code>HttpOnly</code> 쿠키에 든 리프레시 토큰으로 새 토큰을 받아 와야 합니다.
        </p>
      </section>
      <section className="lesson-section">
        <h3>localStorage와 sessionStorage</h3>
        <p>
          같은 출처의 스크립트라면 무엇이든 한 줄로 웹 스토리지를 읽을 수 있고, 거기서 복사한 토큰은 어디서든 통합니다. 반대로 무엇도 토큰을
          저절로 보내지 않으니, 다른 사이트가 꾸민 요청에는 토큰이 실리지 않습니다. <code>localStorage</code>는 브라우저를 다시 켜도 토큰을
          간직하고, <code>sessionStorage</code>는 탭을 닫으면 잊습니다.
        </p>
        <TokenFact value={expiry.kind === 'unreadable' ? null : expiry}>
          {(known) =>
            known.kind === 'expires' ? (
              <>지금 스토리지에서 복사해 간다면 앞으로 {formatLifetime('ko', known.inSeconds)} 동안 통합니다.</>
            ) : known.kind === 'no-exp' ? (
              <>
                <code>exp</code>가 없어서, 스토리지에서 복사해 간 사본은 발급자가 키를 바꿀 때까지 통합니다.
              </>
            ) : (
              <>이미 만료되었으니, 지금 복사해 가도 시각을 확인하는 검증 서버라면 거절합니다.</>
            )
          }
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>HttpOnly 쿠키와 SameSite</h3>
        <p>
          <code>HttpOnly</code>로 심은 쿠키는 페이지의 스크립트에게 보이지 않고, <code>Secure</code> 쿠키는 HTTPS로만 오가며,{' '}
          <code>__Host-</code> 접두사를 붙이면 한 호스트에 묶입니다. 문제는 브라우저가 그 사이트로 가는 모든 요청에 쿠키를 붙인다는 점입니다.
          다른 사이트가 일으킨 요청도 예외가 아니며, 이것이 사이트 간 요청 위조(CSRF)입니다.
        </p>
        <p>
          <code>SameSite</code> 속성은 어떤 교차 사이트 요청에 쿠키를 실을지 정합니다. <code>Strict</code>는 하나도 싣지 않고,{' '}
          <code>Lax</code>는 GET처럼 안전한 메서드로 최상위 페이지를 이동할 때만 싣습니다. 속성을 빠뜨리면 크롬 계열 브라우저는{' '}
          <code>Lax</code>로 여깁니다. <code>None</code>은 모두 싣되 <code>Secure</code>와 함께여야 합니다. SameSite는 형제 서브도메인을 같은 사이트로 보므로, 상태를
          바꾸는 요청에는 여전히 CSRF 토큰이나 <code>Origin</code> 헤더 확인이 필요합니다.
        </p>
        <TokenFact value={bytes}>
          {(size) => (
            <>
              길이가 {formatNumber('ko', size)}바이트입니다. 브라우저는 쿠키 하나에 이름과 속성까지 합쳐 적어도 {formatNumber('ko', COOKIE_BYTES)}
              바이트를 보장하므로(RFC 6265 §6.1),{' '}
              {size + 100 <= COOKIE_BYTES ? '쿠키 하나에 넉넉히 들어갑니다.' : '쿠키 하나에 들어가지 않습니다. 나누거나 줄여야 합니다.'}
            </>
          )}
        </TokenFact>
      </section>
      <section className="lesson-section">
        <h3>무엇을 고를까</h3>
        <ul>
          <li>
            XSS부터 막으세요. 출력 인코딩과 콘텐츠 보안 정책(CSP)이 기본입니다. 페이지 안에서 스크립트가 돌면 사용자가 페이지를 열어 둔 동안
            위의 어느 곳도 지켜 주지 못합니다.
          </li>
          <li>
            API가 같은 사이트에 있다면 <code>HttpOnly</code>, <code>Secure</code>, <code>SameSite</code>를 갖춘 쿠키가 토큰을 스크립트 손이 닿지
            않는 곳에 둡니다. 상태를 바꾸는 요청에는 CSRF 방어를 더하세요.
          </li>
          <li>
            브라우저에서 OAuth를 쓴다면 프런트엔드 전용 백엔드(BFF)가 토큰을 쥐고 페이지에는 세션 쿠키만 주는 방법이 있습니다. 그러면 토큰이
            브라우저에 아예 오지 않습니다.
          </li>
          <li>
            액세스 토큰은 수명을 짧게 두고(<Link to="/learn/revocation">토큰을 되돌리는 방법</Link> 참고), URL에는 절대 넣지 마세요. RFC 6750 §5.3이
            경고하듯 URL은 방문 기록, 로그, <code>Referer</code> 헤더에 남습니다.
          </li>
        </ul>
      </section>
    </>
  );
}

export const storageLesson: LessonContent = { en: English, ko: Korean };
