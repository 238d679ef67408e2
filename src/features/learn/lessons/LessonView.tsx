import { useEffect, useRef } from 'react';
import { Link, NavigationType, useNavigationType } from 'react-router';
import { useLocale, useT } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule, type ModuleLoader } from '../../../platform/use-loaded-module';
import type { LearnSubject } from '../learn-subject';
import type { LessonContent } from './lesson-content';
import { LESSON_CONTENTS } from './lesson-contents';
import { LESSON_IDS, type LessonId } from './lesson-ids';
import './lessons.css';

// One loader per lesson, kept for the page's life: a lesson opened again renders at once.
const LOADERS = Object.fromEntries(LESSON_IDS.map((id) => [id, createModuleLoader(LESSON_CONTENTS[id])])) as Record<
  LessonId,
  ModuleLoader<LessonContent>
>;

/** One lesson at `#/learn/<id>`, in the active language, using the learner's token where it can. */
export function LessonView({ id, subject }: { id: LessonId; subject: LearnSubject }) {
  const t = useT();
  const locale = useLocale();
  const content = useLoadedModule(LOADERS[id]);
  const Body = content?.[locale];
  const index = LESSON_IDS.indexOf(id);
  const previous = LESSON_IDS[index - 1];
  const next = LESSON_IDS[index + 1];
  const heading = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  // Opening a lesson by a link (from the index or the previous lesson) would leave the page scrolled
  // where the link was: the title takes the focus (and the scroll), so a screen reader starts reading
  // the lesson and a sighted reader sees its top. An address typed or a step back in history moves nothing.
  useEffect(() => {
    if (navigationType === NavigationType.Push) heading.current?.focus();
  }, [id, navigationType]);
  return (
    <article className="lesson" aria-labelledby="lesson-title" aria-busy={Body ? undefined : true}>
      <p>
        <Link to="/learn">{t('learn.backToOverview')}</Link>
      </p>
      <h2 id="lesson-title" ref={heading} tabIndex={-1}>
        {t(`learnLessons.${id}.title`)}
      </h2>
      {Body ? (
        <div className="lesson-body">
          <Body subject={subject} />
        </div>
      ) : null}
      <nav className="lesson-nav" aria-label={t('learnLessons.nav.label')}>
        {previous ? (
          <Link to={`/learn/${previous}`} rel="prev">
            {t('learnLessons.nav.previous', { title: t(`learnLessons.${previous}.title`) })}
          </Link>
        ) : null}
        {next ? (
          <Link className="lesson-nav-next" to={`/learn/${next}`} rel="next">
            {t('learnLessons.nav.next', { title: t(`learnLessons.${next}.title`) })}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
