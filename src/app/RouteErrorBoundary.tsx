import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ErrorBoundary } from '../ui/ErrorBoundary';

function RouteErrorFallback({ error, reset }: { error: unknown; reset: () => void }) {
  const t = useT();
  return (
    <section role="alert" className="route-error">
      <h1>{t('error.boundaryTitle')}</h1>
      <p>{t('error.boundaryBody')}</p>
      <pre className="route-error-detail">{error instanceof Error ? error.message : String(error)}</pre>
      <button type="button" onClick={reset}>
        {t('error.boundaryReset')}
      </button>
    </section>
  );
}

/** One boundary per view, for bugs only: bad input is data and never reaches here. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(error, reset) => <RouteErrorFallback error={error} reset={reset} />}>{children}</ErrorBoundary>;
}
