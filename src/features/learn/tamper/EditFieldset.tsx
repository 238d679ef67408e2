import type { ReactNode } from 'react';
import type { JwsPartName } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';

/** One hand edit's box: its title, a line on what it does, and its fields. */
export function EditFieldset({ kind, children }: { kind: 'claim' | 'bit' | 'respace'; children: ReactNode }) {
  const t = useT();
  return (
    <fieldset className="tamper-edit" data-testid={`tamper-${kind}-form`}>
      <legend>{t(`learnTamper.${kind}.title`)}</legend>
      <p className="tamper-edit-hint">{t(`learnTamper.${kind}.hint`)}</p>
      {children}
    </fieldset>
  );
}

interface PartSelectProps<Name extends JwsPartName> {
  testId: string;
  parts: readonly Name[];
  value: Name;
  onChange: (part: Name) => void;
}

/** Chooses the part of the token an edit works on. */
export function PartSelect<Name extends JwsPartName>({ testId, parts, value, onChange }: PartSelectProps<Name>) {
  const t = useT();
  return (
    <label>
      <span className="setting-label">{t('learnTamper.partLabel')}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value as Name)}>
        {parts.map((name) => (
          <option key={name} value={name}>
            {t(`part.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
