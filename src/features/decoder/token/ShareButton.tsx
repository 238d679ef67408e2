import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useTokenReportState } from '../page/decoder-context';
import { ReservedPlace } from '../../../ui/ReservedPlace';

const dialogLoader = createModuleLoader(() => import('../share/ShareDialog'));

/** Opens the share dialog (fetched on first press) for the token being decoded. */
export function ShareButton() {
  const t = useT();
  const { report } = useTokenReportState();
  const [open, setOpen] = useState(false);
  const module = useLoadedModule(dialogLoader, open);
  if (!report || report.decoded.kind === 'empty') return <ReservedPlace className="button button-small">{t('share.button')}</ReservedPlace>;
  return (
    <>
      <button type="button" className="button button-small" data-testid="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share.button')}
      </button>
      {open && module && <module.ShareDialog report={report} onClose={() => setOpen(false)} />}
    </>
  );
}
