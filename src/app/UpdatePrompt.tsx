import { useT } from '../i18n/use-t';
import { useAppUpdate } from '../platform/use-app-update';

/**
 * Says when a new version of the app is installed and waiting, with its build id, and switches to it
 * only when the user asks: a security tool does not change its code under the user silently. The
 * live region is always there so the announcement is read when it appears.
 */
export function UpdatePrompt() {
  const t = useT();
  const update = useAppUpdate();
  return (
    <div role="status">
      {update && (
        <p className="notice notice-info" data-testid="app-update" data-build-id={update.buildId} style={{ margin: '0.5rem 1rem 0' }}>
          {t('app.update.ready', { buildId: update.buildId })} {t('app.update.note')}{' '}
          <button type="button" className="button button-small" data-testid="app-update-apply" onClick={update.apply}>
            {t('app.update.apply')}
          </button>
        </p>
      )}
    </div>
  );
}
