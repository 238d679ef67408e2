import type { PartName } from '../../../core/token/decoded-token';
import { describeDecodeProblem } from '../../../i18n/describe-decode-problem';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { anchorElementId, anchorTargetProps } from './anatomy-anchor';
import { AnchorLink } from './AnchorLink';
import { ExcerptText } from './ExcerptText';
import { MemberEntry } from './MemberEntry';
import type { AnatomyRecord } from './read-anatomy';
import { SignatureNote } from './SignatureNote';

interface Props {
  record: AnatomyRecord;
  kind: 'jws' | 'jwe' | 'malformed';
  alg: string | null;
  open: boolean;
  onToggle: (part: PartName) => void;
  /** The anchor path the URL names, to mark its record or member. */
  target: string | null;
}

function purposeKey(part: PartName, kind: Props['kind']): MessageKey {
  if (part === 'header') return kind === 'jwe' ? 'learnAnatomy.purpose.jweHeader' : 'learnAnatomy.purpose.header';
  return `learnAnatomy.purpose.${part}`;
}

/** One part of the token: its characters and what it is for, opening into its annotated byte groups. */
export function PartRecord({ record, kind, alg, open, onToggle, target }: Props) {
  const t = useT();
  const { part } = record;
  const label = part === 'header' && kind === 'jwe' ? t('learnAnatomy.protectedHeader') : t(`part.${part}`);
  const bodyId = `${anchorElementId(record.anchor)}-body`;
  const size =
    record.byteLength === null
      ? t('learnAnatomy.sizeUndecoded', { chars: record.charCount })
      : t('learnAnatomy.size', { chars: record.charCount, bytes: record.byteLength });
  return (
    <li {...anchorTargetProps(record.anchor, target === record.anchor)} className="anatomy-record" data-testid="anatomy-record" data-part={part} data-open={open}>
      <h3 className="anatomy-record-title">
        <button type="button" className="anatomy-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(part)}>
          <span className={`anatomy-part-name part-label part-${part}`}>{label}</span>
          <span className="anatomy-size">{size}</span>
        </button>
      </h3>
      {record.charCount > 0 && (
        <p className="anatomy-segment">
          <code className={`token-part part-${part}`} translate="no">
            <ExcerptText excerpt={record.segment} />
          </code>
        </p>
      )}
      <p className="anatomy-purpose">{t(purposeKey(part, kind))}</p>
      <AnchorLink anchor={record.anchor} place={label} />
      <div id={bodyId} className="anatomy-body" data-open={open}>
        {record.problems.length > 0 && (
          <ul className="anatomy-problems notice notice-error" aria-label={t('learnAnatomy.problemsLabel', { part: label })}>
            {record.problems.map((problem, index) => {
              const message = describeDecodeProblem(problem);
              return <li key={index}>{t(message.key, message.values)}</li>;
            })}
          </ul>
        )}
        <RecordBody record={record} alg={alg} label={label} target={target} />
      </div>
    </li>
  );
}

function RecordBody({ record, alg, label, target }: { record: AnatomyRecord; alg: string | null; label: string; target: string | null }) {
  const t = useT();
  const { part, byteLength } = record;
  if (byteLength === null) return null;
  if (part === 'signature') return <SignatureNote alg={alg} byteLength={byteLength} />;
  if (record.content === 'text' && record.text) {
    return (
      <>
        <p>{t('learnAnatomy.text')}</p>
        <pre className="anatomy-text">
          <ExcerptText excerpt={record.text} visible />
        </pre>
      </>
    );
  }
  if (record.content !== 'json') return <p>{t('learnAnatomy.bytes', { bytes: byteLength, bits: byteLength * 8 })}</p>;
  if (record.members.length === 0) return <p>{t('learnAnatomy.noMembers')}</p>;
  return (
    <>
      <p className="anatomy-note">{t('learnAnatomy.partialNote')}</p>
      <ol className="anatomy-members" aria-label={t('learnAnatomy.membersLabel', { part: label })}>
        {record.members.map((member) => (
          <MemberEntry key={member.anchor} member={member} part={part} targeted={target === member.anchor} />
        ))}
      </ol>
      {record.moreMembers && <p className="anatomy-note">{t('learnAnatomy.moreMembers')}</p>}
    </>
  );
}
