import type { ReactNode } from 'react';
import type { PartName } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { JsonBlock } from '../../../widgets/JsonBlock';

interface Props {
  part: PartName;
  title: string;
  /** The text to show and copy; null when the part has nothing readable (the error panel says why). */
  text: string | null;
  json: boolean;
  testId: string;
  children?: ReactNode;
}

/** A pane for one decoded part: title in the part's colour, the text, a copy button. */
export function PartPane({ part, title, text, json, testId, children }: Props) {
  const t = useT();
  return (
    <section className={`pane pane-${part}`} aria-label={title}>
      <div className="pane-heading">
        <h2 className={`pane-title part-label part-${part}`}>{title}</h2>
        {text !== null && (
          <CopyButton
            onCopy={() => copyText(text)}
            label={t('action.copy')}
            copiedLabel={t('action.copied')}
            failedLabel={t('action.copyFailed')}
          />
        )}
      </div>
      {text !== null && (
        <JsonBlock
          text={text}
          json={json}
          testId={testId}
          label={title}
          moreLabel={(remaining) => t('pane.moreCharacters', { count: remaining })}
          showMoreLabel={t('pane.showMore')}
        />
      )}
      {children}
    </section>
  );
}
