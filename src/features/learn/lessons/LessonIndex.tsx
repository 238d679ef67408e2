import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { LESSON_IDS } from './lesson-ids';
import './lessons.css';

/** Part 5's index: every lesson, linked by its URL, with what it teaches in one line. */
export function LessonIndex() {
  const t = useT();
  return (
    <section className="learn-section" id="learn-lessons" aria-labelledby="learn-lessons-title">
      <h2 id="learn-lessons-title">{t('learn.lessons.title')}</h2>
      <ol className="lesson-index">
        {LESSON_IDS.map((id) => (
          <li key={id} data-testid="lesson" data-lesson={id}>
            <Link to={`/learn/${id}`} aria-describedby={`lesson-summary-${id}`}>
              {t(`learnLessons.${id}.title`)}
            </Link>
            <span className="lesson-summary" id={`lesson-summary-${id}`}>
              {t(`learnLessons.${id}.summary`)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
