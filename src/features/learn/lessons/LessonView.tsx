import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import type { LearnSubject } from '../learn-subject';
import type { LessonId } from './lesson-ids';

/** One lesson at `#/learn/<id>`, using the learner's token where it can. */
export function LessonView({ id, subject }: { id: LessonId; subject: LearnSubject }) {
  const t = useT();
  void subject;
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p>
        <Link to="/learn">{t('learn.backToOverview')}</Link>
      </p>
      <h2 id="lesson-title">{t(`learnLessons.${id}.title`)}</h2>
    </article>
  );
}
