import type { SignatureWalk } from '../../../core/learn/signature-walk';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { encodeHex } from '../../../core/encoding/hex';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';

type Walked = Extract<SignatureWalk, { ok: true }>;

function Characters({ text, other }: { text: string; other: string }) {
  return [...text].map((char, index) =>
    char === other[index] ? (
      <span key={index}>{char}</span>
    ) : (
      <mark key={index} className="sig-diff">
        {char}
      </mark>
    ),
  );
}

/** The computed value against the token's own, character by character (base64url for HMAC, hex for the others), with the walk's verdict. */
export function SignatureCompare({ walk }: { walk: Walked }) {
  const t = useT();
  const encode = walk.family === 'hmac' ? encodeBase64Url : encodeHex;
  const computed = encode(walk.compared.computed);
  const expected = encode(walk.compared.expected);
  const length = Math.max(computed.length, expected.length);
  let differing = 0;
  for (let i = 0; i < length; i += 1) if (computed[i] !== expected[i]) differing += 1;
  return (
    <section className={`sig-compare ${walk.match ? 'sig-compare-match' : 'sig-compare-mismatch'}`} data-testid="sig-compare" data-match={String(walk.match)} aria-labelledby="sig-compare-title">
      <h3 id="sig-compare-title">{t('learnSignature.compare.title')}</h3>
      <p>{t(`learnSignature.compare.${walk.family}` as MessageKey)}</p>
      <dl className="sig-compare-values">
        <dt>{t('learnSignature.compare.computed')}</dt>
        <dd className="sig-hex">
          <Characters text={computed} other={expected} />
        </dd>
        <dt>{t('learnSignature.compare.expected')}</dt>
        <dd className="sig-hex">
          <Characters text={expected} other={computed} />
        </dd>
      </dl>
      <p className="sig-verdict" role="status">
        {walk.match ? t('learnSignature.compare.match') : t('learnSignature.compare.mismatch')}
        {!walk.match && differing > 0 && <> ({t('learnSignature.compare.differing', { count: differing })})</>}
      </p>
      {!walk.match && differing === 0 && <p>{t('learnSignature.compare.sameButMismatch')}</p>}
    </section>
  );
}
