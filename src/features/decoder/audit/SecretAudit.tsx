import { memo, useEffect, useId } from 'react';
import type { AuditHit } from '../../../core/audit/audit-hit';
import { AUDIT_MAX_SIGNING_INPUT } from '../../../core/audit/audit-target';
import { isHmacAlg, MAC_BYTES } from '../../../core/audit/hmac-alg';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { useCatalogueArea, useLocale, useT, type Translate } from '../../../i18n/use-t';
import { SettledAnnouncement } from '../../../ui/SettledAnnouncement';
import './audit.css';
import { useAuditResultStore } from './audit-result-store';
import { useSecretAudit, type SecretAudit as SecretAuditState } from './use-secret-audit';

/** RFC 7518 §3.2: an HMAC key at least as long as the hash output. */
const recommendedBytes = (alg: string | undefined): number => (isHmacAlg(alg) ? MAC_BYTES[alg] : 32);

/** Select option names cannot hold '-' in ICU: `famous-defaults` → `famous_defaults`. */
const icuOption = (value: string) => value.replace(/-/g, '_');

const byteFormats = new Map<string, Intl.NumberFormat>();

function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  const key = `${locale} ${unit}`;
  let format = byteFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 });
    byteFormats.set(key, format);
  }
  return format.format(value);
}

/** The secret as text, with invisible characters (a trailing newline, say) written as escapes. */
function visibleSecret(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\u0000-\u001f\u007f]/.test(text) ? JSON.stringify(text) : text;
}

/** Puts a secret into the decoder's key box, as text read with `secretEncoding`. */
export type UseSecret = (keyText: string, secretEncoding: SecretEncoding) => void;

/**
 * The found secret as the key box takes it: the wordlist text with the encoding it was read with
 * (the audit's encodings are the verifier's), or its bytes as hex when no text was kept; null for
 * the empty secret, which an empty key box cannot stand for.
 */
function keyInputOf(hit: AuditHit): { keyText: string; secretEncoding: SecretEncoding } | null {
  if (hit.secretHex === '') return null;
  return hit.secretText === undefined ? { keyText: hit.secretHex, secretEncoding: 'hex' } : { keyText: hit.secretText, secretEncoding: hit.encoding };
}

function HitDetails({ hit, t, onUseSecret }: { hit: AuditHit; t: Translate; onUseSecret: UseSecret }) {
  const bytes = recommendedBytes(hit.alg);
  const keyInput = keyInputOf(hit);
  return (
    <div className="notice secret-audit-hit" data-testid="secret-audit-hit" data-source={hit.source} data-encoding={hit.encoding} data-alg={hit.alg}>
      <p className="secret-audit-hit-title">{t('audit.hit.title')}</p>
      <p>{t('audit.hit.lead', { source: icuOption(hit.source) })}</p>
      <dl className="secret-audit-facts">
        <dt>{t('audit.hit.secret')}</dt>
        <dd>
          {hit.secretText ? <code className="wrap-anywhere" data-testid="secret-audit-secret">{visibleSecret(hit.secretText)}</code> : t('audit.hit.emptySecret')}
        </dd>
        <dt>{t('audit.hit.encoding')}</dt>
        <dd>{t('audit.hit.encodingValue', { encoding: hit.encoding })}</dd>
        {hit.encoding !== 'utf8' && (
          <>
            <dt>{t('audit.hit.keyHex')}</dt>
            <dd>
              <code className="wrap-anywhere">{hit.secretHex}</code>
            </dd>
          </>
        )}
        {hit.origin !== undefined && (
          <>
            <dt>{hit.source === 'user-wordlist' ? t('audit.hit.foundIn') : t('audit.hit.origin')}</dt>
            <dd>
              {hit.source === 'user-wordlist' ? t('audit.hit.wordlistOrigin', { name: hit.origin }) : hit.origin}
              {hit.reference && (
                <>
                  {' '}
                  <span className="secret-audit-reference">({hit.reference})</span>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <p>{t('audit.hit.fix', { bytes })}</p>
      {keyInput && (
        <p className="secret-audit-use">
          <button type="button" className="button button-small" data-testid="audit-use-secret" onClick={() => onUseSecret(keyInput.keyText, keyInput.secretEncoding)}>
            {t('audit.hit.use')}
          </button>{' '}
          <span className="secret-audit-use-hint">{t('audit.hit.useHint')}</span>
        </p>
      )}
    </div>
  );
}

/** The status line: progress or outcome; null when idle or for a hit, which says more below. */
function statusLine(audit: SecretAuditState, t: Translate, locale: string): string | null {
  switch (audit.status) {
    case 'running':
      return audit.wordlist
        ? t('audit.status.runningWordlist', {
            checked: audit.checked,
            read: formatBytes(audit.wordlist.bytesRead, locale),
            size: formatBytes(audit.wordlist.bytes, locale),
          })
        : t('audit.status.running', { checked: audit.checked, total: audit.total });
    case 'cancelled':
      return t('audit.status.cancelled', { checked: audit.checked, total: audit.total });
    case 'unavailable':
      return audit.unavailableReason === 'too-large'
        ? t('audit.status.tooLarge', { size: formatBytes(AUDIT_MAX_SIGNING_INPUT, locale) })
        : t('audit.status.unavailable', { alg: audit.alg ?? '' });
    case 'done':
      if (audit.hit) return null;
      return t('audit.status.clear', {
        checked: audit.checked,
        seconds: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format((audit.elapsedMs ?? 0) / 1000),
      });
    case 'idle':
      return null;
  }
}

/** What a screen reader hears: the outcome once, never the progress counting up. */
function announcementOf(audit: SecretAuditState, t: Translate, locale: string): string {
  if (audit.status === 'running') return '';
  if (audit.hit) return `${t('audit.hit.title')}. ${t('audit.hit.lead', { source: icuOption(audit.hit.source) })}`;
  return statusLine(audit, t, locale) ?? '';
}

function StatusText({ audit, t, locale }: { audit: SecretAuditState; t: Translate; locale: string }) {
  const line = statusLine(audit, t, locale);
  if (line === null) return null;
  return (
    <>
      <p className="secret-audit-status">{line}</p>
      {audit.status === 'done' && <p className="pane-hint">{t('audit.status.clearWhy', { bytes: recommendedBytes(audit.alg) })}</p>}
    </>
  );
}

// Memoised: React sets an input's name and type again whenever it updates it, and the audit's
// progress re-renders the pane a dozen times a second.
const WordlistInput = memo(function WordlistInput({ label, onChoose }: { label: string; onChoose: (file: File | null) => void }) {
  return (
    <label>
      <span className="secret-audit-wordlist-label">{label}</span>
      <input type="file" data-testid="secret-audit-wordlist" accept=".txt,.lst,.dic,.list,text/plain" onChange={(event) => onChoose(event.target.files?.[0] ?? null)} />
    </label>
  );
});

/**
 * The weak-secret audit of an HS256/384/512 token (contract: `secret-audit` with `data-status`,
 * `secret-audit-cancel`, `secret-audit-wordlist`, `secret-audit-hit`, `audit-use-secret`). Runs by
 * itself; nothing about it leaves the page. `onUseSecret` takes a found secret to the key box.
 */
export function SecretAudit({ decoded, onUseSecret }: { decoded: DecodedToken; onUseSecret: UseSecret }) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const ready = useCatalogueArea('audit');
  const audit = useSecretAudit(decoded);
  const { status, hit } = audit;
  // For the findings (hmac-weak-secret, hmac-empty-secret): the result whenever its status or hit changes.
  const publish = useAuditResultStore((state) => state.publish);
  const token = decoded.kind === 'empty' ? '' : decoded.normalisation.text;
  useEffect(() => {
    publish(token, hit ? { status, hit } : { status });
  }, [publish, token, status, hit]);
  if (audit.status === 'idle') return null;

  const progress = audit.wordlist && audit.wordlist.bytes > 0 ? { value: audit.wordlist.bytesRead, max: audit.wordlist.bytes } : { value: audit.checked, max: audit.total };

  return (
    <section
      className="pane secret-audit"
      data-testid="secret-audit"
      data-status={audit.status}
      // How it ran is for developers and the bench, not for the reader.
      data-engine={audit.engine}
      data-workers={audit.workers}
      aria-labelledby={titleId}
      aria-busy={audit.status === 'running'}
    >
      <div className="pane-heading">
        <h2 id={titleId} className="pane-title-plain">
          {ready ? t('audit.title') : ''}
        </h2>
        {/* One slot for both buttons: the same element turns from one into the other and keeps the keyboard focus. */}
        {audit.status === 'running' ? (
          <button type="button" className="button button-small" data-testid="secret-audit-cancel" onClick={audit.cancel}>
            {ready ? t('audit.cancel') : '×'}
          </button>
        ) : (
          audit.status === 'cancelled' && (
            <button type="button" className="button button-small" data-testid="secret-audit-restart" onClick={audit.restart}>
              {ready && t('audit.restart')}
            </button>
          )
        )}
      </div>
      {ready && (
        <>
          {audit.status !== 'unavailable' && <p className="pane-hint secret-audit-intro">{t('audit.intro', { alg: audit.alg ?? '' })}</p>}
          {audit.status === 'running' && (
            <progress
              className="secret-audit-progress"
              aria-label={t('audit.progress')}
              {...(progress.max > 0 ? { value: progress.value, max: progress.max } : {})}
            />
          )}
          <StatusText audit={audit} t={t} locale={locale} />
          {audit.hit && <HitDetails hit={audit.hit} t={t} onUseSecret={onUseSecret} />}
          <SettledAnnouncement message={announcementOf(audit, t, locale)} />
          {audit.status !== 'unavailable' && (
            <div className="secret-audit-wordlist">
              <WordlistInput label={t('audit.wordlist.label')} onChoose={audit.chooseWordlist} />
              <p className="pane-hint">{audit.wordlist ? t('audit.wordlist.current', { name: audit.wordlist.name }) : t('audit.wordlist.hint')}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
