import { useState } from 'react';
import type { InspectionReport } from '../../../core/inspect-token';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';

const dialogLoader = createModuleLoader(() => import('../share/ShareDialog'));

/** The control's label, also the label of its place kept before there is a token. */
export const SHARE_LABEL = 'share.button' satisfies MessageKey;

/** Opens the share dialog (fetched on first press) for the decoded token. */
export function ShareButton({ report }: { report: InspectionReport }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const module = useLoadedModule(dialogLoader, open);
  return (
    <>
      <button type="button" className="button button-small" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t(SHARE_LABEL)}
      </button>
      {open && module && <module.ShareDialog report={report} onClose={() => setOpen(false)} />}
    </>
  );
}
