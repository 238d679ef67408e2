import type { ComponentProps } from 'react';
import { MAX_TOKEN_PARTS } from '../../../core/token/decode-token';
import type { DecodeProblemMessage, DecodeProblemPlace } from '../../../i18n/describe-decode-problem';
import { useT, type Translate } from '../../../i18n/use-t';
import { SettledAnnouncement } from '../../../ui/SettledAnnouncement';

const CONTEXT_CHARS = 40;

/** The decoded text around a JSON error, with a caret under the offending character. */
function ErrorContext({ text, position }: { text: string; position: number }) {
  const start = Math.max(0, position - CONTEXT_CHARS);
  const before = text.slice(start, position).replace(/\s/g, ' ');
  const at = text.slice(position, position + 1).replace(/\s/g, ' ') || ' ';
  const after = text.slice(position + 1, position + 1 + CONTEXT_CHARS).replace(/\s/g, ' ');
  return (
    <pre className="error-context" aria-hidden="true">
      {start > 0 ? '…' : ''}
      {before}
      <mark>{at}</mark>
      {after}
      {'\n'}
      {' '.repeat(before.length + (start > 0 ? 1 : 0))}^
    </pre>
  );
}

interface Props {
  problems: DecodeProblemMessage[];
  /** Parts after the first `MAX_TOKEN_PARTS`, which were not decoded: summed up in one line. */
  omittedParts?: number;
}

const placeName = (t: Translate, place: DecodeProblemPlace) => (place === 'structure' ? t('part.structure') : t(`part.${place}`));

/**
 * One `decode-error` element whose `data-part` is the first place that failed (structure, then the
 * parts in order); every problem is listed inside it, each naming its part and position, and the
 * parts not decoded are counted.
 */
function DecodeErrorList({ problems, omittedParts = 0 }: Props) {
  const t = useT();
  const first = problems[0];
  if (!first) return null;
  return (
    <section className="decode-error" data-testid="decode-error" data-part={first.place}>
      <h2 className="decode-error-title">
        <span aria-hidden="true">⚠ </span>
        {t('problem.title', { count: problems.length })}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} data-testid="decode-problem" data-part={problem.place}>
            <strong className={`part-label part-${problem.place}`}>
              {placeName(t, problem.place)}
            </strong>{' '}
            {t(problem.key, problem.values)}
            {problem.context && <ErrorContext {...problem.context} />}
          </li>
        ))}
        {omittedParts > 0 && (
          <li data-testid="decode-parts-omitted">{t('problem.partsOmitted', { count: omittedParts, shown: MAX_TOKEN_PARTS })}</li>
        )}
      </ul>
    </section>
  );
}

/**
 * The problems, and for a screen reader the first of them said once the token stops changing (a
 * polite live region that stays while the panes do, not an alert on every keystroke).
 */
export function DecodeErrorPanel(props: ComponentProps<typeof DecodeErrorList>) {
  const t = useT();
  const first = props.problems[0];
  const announced = first ? `${t('problem.title', { count: props.problems.length })}. ${placeName(t, first.place)}: ${t(first.key, first.values)}` : '';
  return (
    <>
      <DecodeErrorList {...props} />
      <SettledAnnouncement message={announced} restartOn={props.problems} />
    </>
  );
}
