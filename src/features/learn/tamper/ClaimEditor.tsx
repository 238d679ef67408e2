import { useId, useMemo, useState } from 'react';
import { listClaimNames, readClaimValueText, replaceClaimValue } from '../../../core/learn/tamper/replace-claim-value';
import { useT } from '../../../i18n/use-t';
import { EditFieldset } from './EditFieldset';
import type { SandboxEdit } from './sandbox-edit';

/** Picks a payload member and gives it a new JSON value; the signature is left as it was. */
export function ClaimEditor({ token, onEdit }: { token: string; onEdit: (edit: SandboxEdit) => void }) {
  const t = useT();
  const id = useId();
  const names = useMemo(() => [...new Set(listClaimNames(token))], [token]);
  const [chosen, setChosen] = useState<string | null>(null);
  const name = chosen !== null && names.includes(chosen) ? chosen : (names[0] ?? null);
  const [draft, setDraft] = useState<{ name: string; text: string } | null>(null);
  const [failed, setFailed] = useState(false);
  if (name === null) {
    return (
      <EditFieldset kind="claim">
        <p className="tamper-edit-hint">{t('learnTamper.claim.none')}</p>
      </EditFieldset>
    );
  }
  const value = draft?.name === name ? draft.text : (readClaimValueText(token, name) ?? '');
  const apply = () => {
    const result = replaceClaimValue(token, name, value);
    setFailed(!result.ok);
    if (result.ok) onEdit({ kind: 'claim', token: result.token, name });
  };
  return (
    <EditFieldset kind="claim">
      <div className="tamper-edit-fields">
        <label>
          <span className="setting-label">{t('learnTamper.claim.nameLabel')}</span>
          <select
            data-testid="tamper-claim-name"
            value={name}
            onChange={(event) => {
              setChosen(event.target.value);
              setFailed(false);
            }}
          >
            {names.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
        <label className="tamper-claim-value">
          <span className="setting-label">{t('learnTamper.claim.valueLabel')}</span>
          <input
            data-testid="tamper-claim-value"
            className="tamper-mono"
            spellCheck={false}
            autoComplete="off"
            value={value}
            aria-invalid={failed}
            aria-describedby={failed ? `${id}-error` : undefined}
            onChange={(event) => {
              setDraft({ name, text: event.target.value });
              setFailed(false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') apply();
            }}
          />
        </label>
      </div>
      {failed && (
        <p className="tamper-edit-error" id={`${id}-error`} data-testid="tamper-claim-error">
          {t('learnTamper.claim.notJson')}
        </p>
      )}
      <button className="button" type="button" data-testid="tamper-claim-apply" onClick={apply}>
        {t('learnTamper.claim.apply')}
      </button>
    </EditFieldset>
  );
}
