import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
