import { useId, useState } from 'react';
import { findGlossaryEntry } from '../../../core/claims/glossary';
import type { JsonValue } from '../../../core/json/json-value';
import { useT } from '../../../i18n/use-t';
import { COMMON_CLAIMS, createClaimValue, EXPIRY_PRESETS } from '../claim-presets';
import { readJsonObject, setJsonMember } from '../edit-json-member';
import { useEncoderStore } from '../encoder-store';

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Buttons that write claims into the payload's JSON text, where they stay visible and editable. */
export function ClaimHelpers() {
  const t = useT();
  const id = useId();
  const payloadText = useEncoderStore((state) => state.payloadText);
  const editPayload = useEncoderStore((state) => state.editPayload);
  const [customExpiry, setCustomExpiry] = useState('');
  const payload = readJsonObject(payloadText);
  const disabled = payload === null;

  const set = (name: string, value: JsonValue) => {
    const edited = setJsonMember(useEncoderStore.getState().payloadText, name, value);
    if (edited !== null) editPayload(edited);
  };
  const customSeconds = customExpiry === '' ? NaN : Math.floor(new Date(customExpiry).getTime() / 1000);

  return (
    <div className="claim-helpers" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="claim-helpers-title">
        {t('encoder.claims.title')}
      </p>
      {disabled && <p className="pane-hint">{t('encoder.claims.notObject')}</p>}
      <div className="claim-helpers-row">
        <button type="button" className="button button-small" data-testid="claim-iat-now" disabled={disabled} onClick={() => set('iat', nowSeconds())}>
          {t('encoder.claims.iatNow')}
        </button>
        <button type="button" className="button button-small" data-testid="claim-nbf-now" disabled={disabled} onClick={() => set('nbf', nowSeconds())}>
          {t('encoder.claims.nbfNow')}
        </button>
        <button type="button" className="button button-small" data-testid="claim-jti" disabled={disabled} onClick={() => set('jti', crypto.randomUUID())}>
          {t('encoder.claims.jti')}
        </button>
      </div>
      <div className="claim-helpers-row">
        <span className="setting-label">{t('encoder.claims.expLabel')}</span>
        {EXPIRY_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="button button-small"
            data-testid={`claim-exp-${preset.id}`}
            disabled={disabled}
            onClick={() => set('exp', nowSeconds() + preset.seconds)}
          >
            {t(`encoder.claims.exp.${preset.id}`)}
          </button>
        ))}
      </div>
      <div className="claim-helpers-row">
        <label className="setting" htmlFor={`${id}-custom`}>
          <span className="setting-label">{t('encoder.claims.expCustom')}</span>
          <input id={`${id}-custom`} type="datetime-local" data-testid="claim-exp-custom" value={customExpiry} onChange={(event) => setCustomExpiry(event.target.value)} />
        </label>
        <button type="button" className="button button-small" data-testid="claim-exp-custom-set" disabled={disabled || Number.isNaN(customSeconds)} onClick={() => set('exp', customSeconds)}>
          {t('encoder.claims.setExpiry')}
        </button>
      </div>
      <div className="claim-helpers-row">
        <label className="setting" htmlFor={`${id}-add`}>
          <span className="visually-hidden">{t('encoder.claims.addLabel')}</span>
          <select
            id={`${id}-add`}
            data-testid="claim-add"
            value=""
            disabled={disabled}
            onChange={(event) => {
              const name = event.target.value;
              const found = findGlossaryEntry(name, 'payload');
              // An existing claim keeps its value: adding never overwrites what was typed.
              if (found.match === 'unknown' || payload === null || Object.hasOwn(payload, name)) return;
              set(name, createClaimValue(name, found.entry.kind, nowSeconds()));
            }}
          >
            <option value="">{t('encoder.claims.addLabel')}</option>
            {COMMON_CLAIMS.map(({ group, names }) => (
              <optgroup key={group} label={t(`encoder.claims.group.${group}`)}>
                {names.map((name) => {
                  const found = findGlossaryEntry(name, 'payload');
                  if (found.match === 'unknown') return null;
                  return (
                    <option key={name} value={name} disabled={payload !== null && Object.hasOwn(payload, name)}>
                      {`${name} — ${t(found.entry.titleKey)}`}
                    </option>
                  );
                })}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
