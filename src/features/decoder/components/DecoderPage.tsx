import { useT } from '../../../i18n/use-t';

export function DecoderPage() {
  const t = useT();
  return (
    <section>
      <h1>{t('decoder.title')}</h1>
      <textarea data-testid="token-input" aria-label={t('decoder.tokenLabel')} />
    </section>
  );
}
