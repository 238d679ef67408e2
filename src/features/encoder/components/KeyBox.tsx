import { useCallback } from 'react';
import { useT } from '../../../i18n/use-t';
import { CodeTextArea } from '../../../ui/CodeTextArea';
import { useShortenedBox } from '../../../ui/use-shortened-box';

interface Props {
  id: string;
  keyText: string;
  onEdit: (text: string) => void;
  /** `${testIdPrefix}-key` on the box, `${testIdPrefix}-key-large` on the note about a long key. */
  testIdPrefix: string;
  placeholder: string;
  disabled?: boolean;
}

/** The labelled key box; a key of megabytes is shown by its ends and a note says so. */
export function KeyBox({ id, keyText, onEdit, testIdPrefix, placeholder, disabled = false }: Props) {
  const t = useT();
  const marker = useCallback((omitted: number) => t('encoder.omittedMarker', { count: omitted }), [t]);
  const { copy, box } = useShortenedBox(keyText, onEdit, marker);
  return (
    <>
      <label htmlFor={id} className="field-label">
        {t('encoder.keyLabel')}
      </label>
      <CodeTextArea
        id={id}
        data-testid={`${testIdPrefix}-key`}
        className="key-textarea"
        {...box}
        disabled={disabled}
        placeholder={placeholder}
        aria-describedby={copy.marker > 0 ? `${id}-large` : undefined}
      />
      {copy.marker > 0 && (
        <p id={`${id}-large`} className="pane-hint" data-testid={`${testIdPrefix}-key-large`}>
          {t('encoder.largeText', { count: keyText.length })}
        </p>
      )}
    </>
  );
}
