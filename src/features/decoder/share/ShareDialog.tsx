import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { InspectionReport } from '../../../core/inspect-token';
import { ownMember } from '../../../core/json/json-value';
import { sealToken } from '../../../core/share/seal-token';
import { formatShareFragment, SHARE_MODES, type ShareFragmentResult, type ShareMode } from '../../../core/share/share-link';
import { stripSignature } from '../../../core/share/unsigned-token';
import { useCatalogueArea, useLocale, useT, type Translate } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { useAsyncValue } from '../../../platform/use-async-value';
import { useNow } from '../../../platform/use-now';
import './share-dialog.css';

/** Shorter passphrases are too easy to guess offline against a link that anyone may forward. */
export const MIN_PASSPHRASE_CHARS = 10;
/** Waits for typing to pause before the (deliberately slow) key derivation. */
const SEAL_DELAY_MS = 300;

type LinkState = { kind: 'none' } | { kind: 'working' } | { kind: 'done'; result: ShareFragmentResult | { ok: false; error: { code: 'not-a-jws' | 'payload-not-json' } } };

function errorText(t: Translate, error: { code: string; length?: number; limit?: number }): string {
  if (error.code === 'too-large') return t('share.error.too-large', { length: error.length ?? 0, limit: error.limit ?? 0 });
  if (error.code === 'not-a-jws') return t('share.error.not-a-jws');
  return error.code === 'payload-not-json' ? t('share.error.payload-not-json') : t('share.error.malformed');
}

function ExpiryConfirm({ report, checked, onChange }: { report: InspectionReport; checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(1_000);
  const exp = report.payload ? ownMember(report.payload, 'exp') : undefined;
  let text: string;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) text = t('share.confirmNoExp');
  else {
    const date = new Date(exp * 1000).toLocaleString(locale);
    const minutes = Math.round((exp * 1000 - now) / 60_000);
    text = minutes < 0 ? t('share.confirmExpired', { date }) : t('share.confirmExp', { date, minutes });
  }
  return (
    <label className="share-confirm">
      <input type="checkbox" data-testid="share-confirm" checked={checked} onChange={(event) => onChange(event.target.checked)} /> {text}
    </label>
  );
}

/**
 * Builds a link to this token in one of four modes. It reads only the token: the key box, a secret
 * or a private key never reach it, and the passphrase is used to derive a key and kept nowhere else.
 */
export function ShareDialog({ report, onClose }: { report: InspectionReport; onClose: () => void }) {
  const t = useT();
  const ready = useCatalogueArea('share');
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<ShareMode>('unsigned');
  const [redact, setRedact] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [copiedFragment, setCopiedFragment] = useState<string | null>(null);
  const token = report.decoded.kind === 'empty' ? '' : report.decoded.normalisation.text;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const sealing = mode === 'encrypted' && passphrase.length >= MIN_PASSPHRASE_CHARS;
  const sealed = useAsyncValue(
    sealing
      ? () => new Promise((resolve) => setTimeout(resolve, SEAL_DELAY_MS)).then(() => sealToken(token, passphrase)).then((value) => formatShareFragment({ mode: 'encrypted', sealed: value }))
      : null,
    [token, passphrase],
  );
  const link = useMemo((): LinkState => {
    if (mode === 'view') return { kind: 'done', result: formatShareFragment({ mode }) };
    if (mode === 'exact') return confirmed ? { kind: 'done', result: formatShareFragment({ mode, token }) } : { kind: 'none' };
    if (mode === 'unsigned') {
      const stripped = stripSignature(token, redact);
      return { kind: 'done', result: stripped.ok ? formatShareFragment({ mode, token: stripped.token }) : stripped };
    }
    return { kind: 'none' };
  }, [mode, confirmed, redact, token]);
  const shown: LinkState = !sealing ? link : sealed.settled ? { kind: 'done', result: sealed.value } : { kind: 'working' };

  const base = `${window.location.origin}${window.location.pathname}#`;
  const fragment = shown.kind === 'done' && shown.result.ok ? shown.result.fragment : null;

  return (
    <dialog ref={dialogRef} className="share-dialog" data-testid="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      {ready && (
        <form method="dialog" onSubmit={(event) => event.preventDefault()}>
          <h2 id={`${id}-title`}>{t('share.title')}</h2>
          <p>
            <label htmlFor={`${id}-mode`}>{t('share.modeLabel')}</label>
            <select id={`${id}-mode`} data-testid="share-mode" value={mode} onChange={(event) => setMode(event.target.value as ShareMode)}>
              {SHARE_MODES.map((each) => (
                <option key={each} value={each}>
                  {t(`share.mode.${each}`)}
                </option>
              ))}
            </select>
          </p>
          {mode === 'unsigned' && (
            <label>
              <input type="checkbox" data-testid="share-redact" checked={redact} onChange={(event) => setRedact(event.target.checked)} /> {t('share.redact')}
            </label>
          )}
          {mode === 'exact' && <ExpiryConfirm report={report} checked={confirmed} onChange={setConfirmed} />}
          {mode === 'encrypted' && (
            <p>
              <label htmlFor={`${id}-passphrase`}>{t('share.passphraseLabel')}</label>
              <input
                id={`${id}-passphrase`}
                type="password"
                data-testid="share-passphrase"
                autoComplete="new-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
              {passphrase.length < MIN_PASSPHRASE_CHARS && <span className="share-note"> {t('share.passphraseShort', { count: MIN_PASSPHRASE_CHARS })}</span>}
            </p>
          )}
          <p role="status">
            {shown.kind === 'working' && t('share.sealing')}
            {shown.kind === 'done' && !shown.result.ok && errorText(t, shown.result.error)}
          </p>
          {fragment !== null && (
            <p className="share-link-row">
              <span>{t('share.linkLabel')}</span>{' '}
              <code translate="no" className="share-link">
                {base}
                <span data-testid="share-link">{fragment}</span>
              </code>{' '}
              <button type="button" className="button button-small" data-testid="share-copy" onClick={() => void copyText(`${base}${fragment}`).then((done) => setCopiedFragment(done ? fragment : null))}>
                {copiedFragment === fragment ? t('share.copied') : t('share.copy')}
              </button>
            </p>
          )}
          <p className="share-note">{t('share.noSecrets')}</p>
          <button type="button" className="button button-small" onClick={() => dialogRef.current?.close()}>
            {t('share.close')}
          </button>
        </form>
      )}
    </dialog>
  );
}
