import { useT } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import type { Excerpt } from './read-anatomy';

/** A shown excerpt, its left-out characters counted after it; `visible` marks hidden characters in decoded text. */
export function ExcerptText({ excerpt, visible = false }: { excerpt: Excerpt; visible?: boolean }) {
  const t = useT();
  return (
    <>
      {visible ? showHiddenCharacters(excerpt.text) : excerpt.text}
      {excerpt.omitted > 0 && <span className="anatomy-more">{t('learnAnatomy.member.more', { count: excerpt.omitted })}</span>}
    </>
  );
}
