import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import type { RefusedEditReason } from './large-token-edit';

interface Props {
  reason: RefusedEditReason;
  /** The whole token, which the copy button copies. */
  tokenText: string;
  onClear: () => void;
}

/** Says why an edit of a large token's shortened copy was not applied, and offers what can be done instead. */
export function RefusedEditNotice({ reason, tokenText, onClear }: Props) {
  const t = useT();
  return (
    <div className="notice notice-warning" role="alert" data-testid="token-edit-refused" data-reason={reason}>
      {t(`input.editRefused.${reason}`)}
      <div className="toolbar">
        <CopyButton
          onCopy={() => copyText(tokenText)}
          label={t('input.copyWholeToken')}
          copiedLabel={t('action.copied')}
          failedLabel={t('action.copyFailed')}
          testId="token-edit-copy"
        />
        <button type="button" className="button button-small" data-testid="token-edit-clear" onClick={onClear}>
          {t('input.clearToken')}
        </button>
      </div>
    </div>
  );
}
