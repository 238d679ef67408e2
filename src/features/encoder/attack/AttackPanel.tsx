import { useId } from 'react';
import { ATTACK_CATALOGUE, findAttack, findAttackVariant, KEEP_SIGNATURE_SUFFIX, type AttackKind } from '../../../core/crypto/attacks/attack-catalogue';
import type { BuiltAttack } from '../../../core/crypto/attacks/attack-result';
import { defaultKidOf } from '../../../core/crypto/attacks/build-kid-injection-attack';
import { ruleTextKey } from '../../../i18n/finding-keys';
import { useCatalogueArea, useT, type Translate } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { useAttackStore } from './attack-store';
import './attack.css';

const URL_PLACEHOLDER = 'https://attacker.example/.well-known/jwks.json';

function variantLabel(kind: AttackKind, variant: string, t: Translate): string {
  if (kind === 'alg-none') {
    const spelling = variant.replace(KEEP_SIGNATURE_SUFFIX, '');
    return t('encoder.attack.variant.alg-none', { spelling, keep: variant.endsWith(KEEP_SIGNATURE_SUFFIX) ? 'yes' : 'no' });
  }
  return t(variant === 'sql' ? 'encoder.attack.variant.sql' : 'encoder.attack.variant.path-traversal');
}

function AttackInputField({ kind, variant }: { kind: AttackKind; variant: string }) {
  const t = useT();
  const id = useId();
  const text = useAttackStore((state) => state.text);
  const editText = useAttackStore((state) => state.editText);
  const input = findAttack(kind).input;
  if (input === 'none') return null;
  return (
    <div className="attack-field">
      <label className="field-label" htmlFor={id}>
        {t(input === 'url' ? 'encoder.attack.inputLabel.url' : 'encoder.attack.inputLabel.kid', { member: kind })}
      </label>
      <input
        id={id}
        type={input === 'url' ? 'url' : 'text'}
        className="attack-input"
        data-testid="encoder-attack-input"
        value={text}
        placeholder={input === 'url' ? URL_PLACEHOLDER : defaultKidOf(variant)}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => editText(event.target.value)}
      />
    </div>
  );
}

function HostedKeyBlock({ attack }: { attack: BuiltAttack }) {
  const t = useT();
  const { hosted } = attack;
  if (hosted === null) return null;
  return (
    <div className="attack-hosted">
      <div className="pane-heading">
        <p className="field-label">{t(hosted.kind === 'jwks' ? 'encoder.attack.hosted.jwks' : 'encoder.attack.hosted.jwk')}</p>
        <CopyButton onCopy={() => copyText(hosted.text)} label={t('action.copy')} copiedLabel={t('action.copied')} failedLabel={t('action.copyFailed')} testId="encoder-attack-hosted-copy" />
      </div>
      <pre className="key-export-pre" data-testid="encoder-attack-hosted" data-kind={hosted.kind} translate="no" tabIndex={0}>
        {hosted.text}
      </pre>
    </div>
  );
}

/**
 * The attack menu: which attack token replaces the signed one, its variant and input, what it
 * demonstrates, the rule that catches it and, for jku / x5u, the key to host. Builds nothing itself.
 */
export function AttackPanel({ attack }: { attack: BuiltAttack | null }) {
  const t = useT();
  const id = useId();
  const kind = useAttackStore((state) => state.kind);
  const variant = useAttackStore((state) => state.variant);
  const chooseKind = useAttackStore((state) => state.chooseKind);
  const chooseVariant = useAttackStore((state) => state.chooseVariant);
  // The link names the rule by its title, which lives with the findings' texts.
  const findingsReady = useCatalogueArea('findings', kind !== 'none');
  const entry = kind === 'none' ? null : findAttack(kind);
  const ruleId = kind === 'none' ? null : findAttackVariant(kind, variant).ruleId;
  return (
    <section className="pane attack-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pane-title-plain">
        {t('encoder.attack.title')}
      </h2>
      <label className="setting" htmlFor={`${id}-kind`}>
        <span className="field-label-inline">{t('encoder.attack.label')}</span>
        <select id={`${id}-kind`} data-testid="encoder-attack" value={kind} onChange={(event) => chooseKind(event.target.value)}>
          <option value="none">{t('encoder.attack.kind.none')}</option>
          {ATTACK_CATALOGUE.map((candidate) => (
            <option key={candidate.kind} value={candidate.kind}>
              {t(`encoder.attack.kind.${candidate.kind}`)}
            </option>
          ))}
        </select>
      </label>
      {entry !== null && ruleId !== null && (
        <>
          {entry.variants.length > 1 && (
            <label className="setting" htmlFor={`${id}-variant`}>
              <span className="field-label-inline">{t('encoder.attack.variantLabel')}</span>
              <select id={`${id}-variant`} data-testid="encoder-attack-variant" value={variant} onChange={(event) => chooseVariant(event.target.value)}>
                {entry.variants.map((option) => (
                  <option key={option.id} value={option.id}>
                    {variantLabel(entry.kind, option.id, t)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <AttackInputField kind={entry.kind} variant={variant} />
          <div className="attack-explanation" data-testid="encoder-attack-explanation" role="note" aria-label={t('encoder.attack.demoLabel')}>
            <p>
              <strong>{t('encoder.attack.demoLabel')}</strong> {t(`encoder.attack.explain.${entry.kind}`)}
            </p>
            <p>
              {t('encoder.attack.detectedBy')}{' '}
              <a href={`#/rules/${ruleId}`} data-testid="encoder-attack-rule" data-rule={ruleId}>
                {findingsReady ? t(ruleTextKey(ruleId, 'title')) : ruleId}
              </a>
            </p>
          </div>
          {attack !== null && attack.kind === entry.kind && <HostedKeyBlock attack={attack} />}
        </>
      )}
    </section>
  );
}
