import type { TokenPart } from '../../../core/token/decoded-token';
import { encodeHex } from '../../../core/encoding/hex';
import { useT } from '../../../i18n/use-t';

const DISPLAY_BYTES = 512;

/** Raw bytes of a part as base64url and hex, with the length: for the signature and JWE parts. */
export function BytesView({ part }: { part: TokenPart }) {
  const t = useT();
  // Bytes decoded only up to a bad character are not the part's: show none rather than a wrong length.
  const bytes = part.decoding.ok || !part.decoding.partial ? part.decoding.bytes : undefined;
  if (!bytes) return null;
  const shownBytes = bytes.length > DISPLAY_BYTES ? bytes.subarray(0, DISPLAY_BYTES) : bytes;
  const more = bytes.length - shownBytes.length;
  return (
    <dl className="bytes-view">
      <dt>{t('signature.length')}</dt>
      <dd>{t('signature.byteCount', { count: bytes.length, bits: bytes.length * 8 })}</dd>
      {bytes.length > 0 && (
        <>
          <dt>{t('signature.base64url')}</dt>
          <dd>
            <code className="wrap-anywhere">{part.segment.length > DISPLAY_BYTES * 2 ? `${part.segment.slice(0, DISPLAY_BYTES * 2)}…` : part.segment}</code>
          </dd>
          <dt>{t('signature.hex')}</dt>
          <dd>
            <code className="wrap-anywhere">
              {encodeHex(shownBytes)}
              {more > 0 && `… ${t('pane.moreBytes', { count: more })}`}
            </code>
          </dd>
        </>
      )}
    </dl>
  );
}

export function SignaturePane({ part }: { part: TokenPart<'signature'> }) {
  const t = useT();
  const empty = part.decoding.ok && part.decoding.bytes.length === 0;
  return (
    <section className="pane pane-signature" aria-label={t('part.signature')}>
      <div className="pane-heading">
        <h2 className="pane-title part-label part-signature">{t('pane.signatureTitle')}</h2>
      </div>
      {empty ? <p className="notice notice-warning">{t('signature.empty')}</p> : <BytesView part={part} />}
      <p className="pane-hint">{t('signature.notVerified')}</p>
    </section>
  );
}
