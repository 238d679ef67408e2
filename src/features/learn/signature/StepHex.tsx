import type { StepField } from '../../../core/learn/signature-walk';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { layoutHex, type HexSegment } from './hex-segments';

function Runs({ segments }: { segments: HexSegment[] }) {
  return segments.map((segment) =>
    segment.label === null ? (
      <span key={segment.start}>{segment.text}</span>
    ) : (
      <span key={segment.start} className={`sig-field sig-field-${segment.label}`}>
        {segment.text}
      </span>
    ),
  );
}

/** A step's value in hex, grouped by four bytes, wrapped, its labelled fields coloured and listed. */
export function StepHex({ bytes, fields = [] }: { bytes: Uint8Array; fields?: readonly StepField[] }) {
  const t = useT();
  const layout = layoutHex(bytes, fields);
  return (
    <>
      <p className="sig-hex">
        <Runs segments={layout.head} />
        {layout.elided > 0 && (
          <>
            {' '}
            <span className="sig-elided">{t('learnSignature.elided', { count: layout.elided })}</span>{' '}
            <Runs segments={layout.tail} />
          </>
        )}
      </p>
      {fields.length > 0 && (
        <ul className="sig-fields" aria-label={t('learnSignature.fieldsLabel')}>
          {fields.map((field) => (
            <li key={`${field.label}-${field.start}`}>
              <span className={`sig-swatch sig-field-${field.label}`} aria-hidden="true" />
              <span className={`sig-field-name sig-field-${field.label}`}>{t(`learnSignature.field.${field.label}` as MessageKey)}</span>{' '}
              <span className="sig-field-range">
                {field.end - field.start === 1
                  ? t('learnSignature.fieldByte', { start: field.start })
                  : t('learnSignature.fieldRange', { start: field.start, end: Math.max(field.start, field.end - 1) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
