import type { DisclosureReport } from '../../../core/sd-jwt/process-disclosures';
import { useT } from '../../../i18n/use-t';
import { VisibleText } from '../../../widgets/VisibleText';
import { writeClaimValue } from './write-claim-value';

/** One disclosure: whether its digest is in the issuer JWT, and its salt, claim name, value and digest. */
export function DisclosureItem({ report }: { report: DisclosureReport }) {
  const t = useT();
  const { decoding } = report;
  const claim = decoding.ok && decoding.kind === 'member' ? decoding.name : '[]';
  return (
    <li className={`sd-disclosure sd-disclosure-${report.status}`} data-testid="sd-disclosure" data-claim={claim} data-status={report.status}>
      <p className="sd-disclosure-head">
        <strong>{decoding.ok && decoding.kind === 'member' ? <VisibleText text={decoding.name} /> : t('sdJwt.element')}</strong>
        <span className="sd-disclosure-status">{t('sdJwt.status', { status: report.status })}</span>
      </p>
      <dl className="sd-jwt-facts">
        {decoding.ok ? (
          <>
            <div>
              <dt>{t('sdJwt.salt')}</dt>
              <dd data-testid="sd-salt">
                <VisibleText text={decoding.salt} />
              </dd>
            </div>
            <div>
              <dt>{t('sdJwt.value')}</dt>
              <dd data-testid="sd-value">
                <pre>
                  <VisibleText text={writeClaimValue(decoding.value, 2)} />
                </pre>
              </dd>
            </div>
          </>
        ) : (
          <div>
            <dt>{t('sdJwt.unreadable')}</dt>
            <dd>
              <code>{decoding.error}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('sdJwt.digest')}</dt>
          <dd data-testid="sd-digest">{report.digest ?? '—'}</dd>
        </div>
        {report.pointer !== null && (
          <div>
            <dt>{t('sdJwt.placedAt')}</dt>
            <dd>
              <code>
                <VisibleText text={report.pointer} />
              </code>
            </dd>
          </div>
        )}
      </dl>
      {report.problem && <p className="notice notice-warning">{t('sdJwt.problem', { problem: report.problem === 'misplaced' ? 'misplaced' : 'claimExists' })}</p>}
    </li>
  );
}
