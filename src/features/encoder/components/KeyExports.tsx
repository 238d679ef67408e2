import { useId, useMemo, useState } from 'react';
import type { GeneratedKey } from '../../../core/crypto/generate-key';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { downloadText } from '../download-text';
import { shortenText } from '../../../ui/large-text';

type ExportFormat = 'publicPem' | 'publicJwk' | 'jwks' | 'privatePem' | 'privateJwk' | 'secretJwk';

interface ExportItem {
  format: ExportFormat;
  text: string;
  fileName: string;
  type: string;
  isPrivate: boolean;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function exportsOf(key: GeneratedKey): ExportItem[] {
  if (key.kind === 'secret') {
    return [{ format: 'secretJwk', text: json(key.jwk), fileName: `${key.alg}-secret.jwk.json`, type: 'application/json', isPrivate: true }];
  }
  const base = `${key.alg}-${key.kid.slice(0, 8)}`;
  return [
    { format: 'publicPem', text: key.publicPem, fileName: `${base}-public.pem`, type: 'application/x-pem-file', isPrivate: false },
    { format: 'publicJwk', text: json(key.publicJwk), fileName: `${base}-public.jwk.json`, type: 'application/json', isPrivate: false },
    { format: 'jwks', text: json(key.jwks), fileName: `${base}-jwks.json`, type: 'application/json', isPrivate: false },
    { format: 'privatePem', text: key.privatePem, fileName: `${base}-private.pem`, type: 'application/x-pem-file', isPrivate: true },
    { format: 'privateJwk', text: json(key.privateJwk), fileName: `${base}-private.jwk.json`, type: 'application/json', isPrivate: true },
  ];
}

function ActionButtons({ text, fileName, type, testId }: { text: string; fileName: string; type: string; testId: string }) {
  const t = useT();
  return (
    <div className="toolbar">
      <CopyButton onCopy={() => copyText(text)} label={t('action.copy')} copiedLabel={t('action.copied')} failedLabel={t('action.copyFailed')} testId={`${testId}-copy`} />
      <button type="button" className="button button-small" data-testid={`${testId}-download`} onClick={() => downloadText(text, fileName, type)}>
        {t('encoder.download')}
      </button>
    </div>
  );
}

interface Props {
  /** The key shown and copied: what a verifier needs, or what decrypts. */
  shownKey: string;
  /** Its `data-testid` (`encoder-public-key`, `encoder-decryption-key`, …). */
  keyTestId: string;
  /** The prefix of the exports' `data-testid`s (`encoder` gives `encoder-export`, `encoder-kid`, …). */
  testIdPrefix: string;
  title: string;
  /** Says what the shown key is. */
  hint: string;
  /** The file name the shown key downloads as. */
  fileName: string;
  /** The generated key whose every form can be exported, or null. */
  generated: GeneratedKey | null;
}

/** A key to hand on (what verifies or what decrypts), and for a generated key every export, to copy or download. */
export function KeyExports({ shownKey: keyText, keyTestId, testIdPrefix, title, hint, fileName, generated }: Props) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState<ExportFormat>('publicJwk');
  const items = generated ? exportsOf(generated) : [];
  const item = items.find((candidate) => candidate.format === chosen) ?? items[0];
  // A secret of megabytes is shown by its ends (laying it out would freeze the page); copy and download carry all of it.
  const shownKey = useMemo(() => shortenText(keyText, (omitted) => t('encoder.omittedMarker', { count: omitted })).shown, [keyText, t]);

  return (
    <div className="key-exports">
      <div className="pane-heading">
        <h3 className="subheading">{title}</h3>
        {keyText !== '' && <ActionButtons text={keyText} fileName={fileName} type="text/plain" testId={keyTestId} />}
      </div>
      <p className="pane-hint">{hint}</p>
      <pre className="key-export-pre" data-testid={keyTestId} tabIndex={0}>
        {shownKey}
      </pre>
      {generated && item && (
        <details className="key-export-details">
          <summary>{t('encoder.exportTitle')}</summary>
          {generated.kind === 'key-pair' && (
            <p className="key-kid">
              {t('encoder.kid')} <code data-testid={`${testIdPrefix}-kid`}>{generated.kid}</code>
            </p>
          )}
          <div className="pane-heading">
            <label className="setting" htmlFor={id}>
              <span className="setting-label">{t('encoder.exportFormat')}</span>
              <select id={id} data-testid={`${testIdPrefix}-export-format`} value={item.format} onChange={(event) => setChosen(event.target.value as ExportFormat)}>
                {items.map((candidate) => (
                  <option key={candidate.format} value={candidate.format}>
                    {t(`encoder.export.${candidate.format}`)}
                  </option>
                ))}
              </select>
            </label>
            <ActionButtons text={item.text} fileName={item.fileName} type={item.type} testId={`${testIdPrefix}-export`} />
          </div>
          {item.isPrivate && <p className="notice notice-warning">{t('encoder.privateWarning')}</p>}
          <pre className="key-export-pre" data-testid={`${testIdPrefix}-export`} tabIndex={0}>
            {item.text}
          </pre>
        </details>
      )}
    </div>
  );
}
