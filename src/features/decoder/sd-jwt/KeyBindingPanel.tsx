import type { JsonValue } from '../../../core/json/json-value';
import type { KeyBindingReading } from '../../../core/sd-jwt/read-key-binding';
import { useT } from '../../../i18n/use-t';
import { VisibleText } from '../../../widgets/VisibleText';
import { useKeyBindingVerdict } from './use-key-binding-verdict';
import { writeClaimValue } from './write-claim-value';

/** The key-binding JWT's verdict (`kb-status`) with its reasons, and what it says: `typ`, `nonce`, `aud`, `iat`, `sd_hash`. */
export function KeyBindingPanel({ reading }: { reading: KeyBindingReading | null }) {
  const t = useT();
  const verdict = useKeyBindingVerdict(reading);
  const facts: [string, JsonValue | undefined][] = reading
    ? [
        ['typ', reading.typ],
        ['nonce', reading.nonce],
        ['aud', reading.aud],
        ['iat', reading.iat],
        ['sd_hash', reading.sdHash],
      ]
    : [];
  return (
    <section className="sd-jwt-kb" aria-label={t('sdJwt.kb.title')}>
      <h3>{t('sdJwt.kb.title')}</h3>
      {verdict ? (
        <div className={`sd-jwt-kb-status sd-jwt-kb-${verdict.status}`} data-testid="kb-status" data-status={verdict.status}>
          <p>
            <strong>{t('sdJwt.kb.status', { status: verdict.status })}</strong>
          </p>
          {verdict.reasons.length > 0 && (
            <ul>
              {verdict.reasons.map((reason) => (
                <li key={reason} data-reason={reason}>
                  {t(`sdJwt.kb.reason.${reason}`)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="pane-hint" role="status">
          {t('sdJwt.kb.checking')}
        </p>
      )}
      {facts.length > 0 && (
        <dl className="sd-jwt-facts">
          {facts.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd data-testid={`kb-${name.replace('_', '-')}`}>
                <VisibleText text={writeClaimValue(value)} />
              </dd>
            </div>
          ))}
          {reading?.expectedSdHash && reading.sdHash !== reading.expectedSdHash && (
            <div>
              <dt>{t('sdJwt.kb.expectedSdHash')}</dt>
              <dd>{reading.expectedSdHash}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
