import { useT } from '../../../i18n/use-t';

/** What a first-time visitor sees: what a JWT looks like and what this page does with it. */
export function EmptyState() {
  const t = useT();
  return (
    <section className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>
        <span className="part-label part-header">{t('part.header')}</span>
        <span className="part-dot">.</span>
        <span className="part-label part-payload">{t('part.payload')}</span>
        <span className="part-dot">.</span>
        <span className="part-label part-signature">{t('part.signature')}</span>
      </p>
      <p>{t('empty.structure')}</p>
      <p>{t('empty.privacy')}</p>
    </section>
  );
}
