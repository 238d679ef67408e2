import type { TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { BytesView } from './SignaturePane';

/** The four opaque parts of a JWE: only their sizes and bytes can be shown without the key. */
export function JweSegments({ parts }: { parts: readonly TokenPart[] }) {
  const t = useT();
  return (
    <section className="pane pane-jwe" aria-label={t('jwe.title')}>
      <div className="pane-heading">
        <h2 className="pane-title">{t('jwe.title')}</h2>
      </div>
      <p className="pane-hint">{t('jwe.explanation')}</p>
      {parts.map((part) => (
        <div key={part.name} className="jwe-segment">
          <h3 className={`part-label part-${part.name}`}>{t(`part.${part.name}`)}</h3>
          <BytesView part={part} />
        </div>
      ))}
    </section>
  );
}
