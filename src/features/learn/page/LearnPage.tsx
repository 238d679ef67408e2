import { useEffect, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { inspectToken } from '../../../core/inspect-token';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { useDocumentTitle } from '../../../platform/use-document-title';
import { CodeTextArea } from '../../../ui/CodeTextArea';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { Anatomy } from '../anatomy/Anatomy';
import { useLearnStore, type LearnInputs } from '../learn-store';
import type { LearnSubject } from '../learn-subject';
import { ByteLens } from '../lens/ByteLens';
import { isLessonId } from '../lessons/lesson-ids';
import { LessonIndex } from '../lessons/LessonIndex';
import { LessonView } from '../lessons/LessonView';
import { SignatureWalk } from '../signature/SignatureWalk';
import { TamperBench } from '../tamper/TamperBench';
import '../learn.css';

interface Props {
  /** The path after `#/learn/`: a lesson id, an anatomy anchor such as `payload/exp`, or empty. */
  path: string;
  /** The decoder's inputs at the moment the view opens, carried in memory. */
  decoderInputs: LearnInputs;
}

/** Moves focus and the view to one of the view's sections (`learn-lens`, `learn-tamper`…); false when there is none. */
function goToSection(section: string): boolean {
  const target = document.getElementById(section);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * A link to a section of this view. The hash router would read `#learn-lens` as a route (the
 * not-found page), so the link scrolls and moves focus instead of changing the URL.
 */
function SectionLink({ section, children }: { section: string; children: ReactNode }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goToSection(section);
  };
  return (
    <a href="#/learn" onClick={go}>
      {children}
    </a>
  );
}

/** The learn view (`#/learn`): the learner's own token explained, and the lessons. */
export function LearnPage({ path, decoderInputs }: Props) {
  const ready = useCatalogueArea('learn');
  const glossaryReady = useCatalogueArea('glossary');
  const seed = useLearnStore((state) => state.seed);
  // Once per opening: a later edit in the learn view is the learner's, not the decoder's.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the inputs as they were when the view opened
  useEffect(() => seed(decoderInputs), []);
  return ready && glossaryReady ? <LearnView path={path} /> : <div className="learn" aria-busy="true" />;
}

function LearnView({ path }: { path: string }) {
  const t = useT();
  const tokenText = useLearnStore((state) => state.tokenText);
  const keyText = useLearnStore((state) => state.keyText);
  const secretEncoding = useLearnStore((state) => state.secretEncoding);
  const setTokenText = useLearnStore((state) => state.setTokenText);
  const setKeyText = useLearnStore((state) => state.setKeyText);
  const setSecretEncoding = useLearnStore((state) => state.setSecretEncoding);
  const report = useMemo(() => inspectToken(tokenText), [tokenText]);
  const subject: LearnSubject = useMemo(() => ({ tokenText, report, keyText, secretEncoding }), [tokenText, report, keyText, secretEncoding]);
  const lesson = isLessonId(path) ? path : null;
  // A lesson links to a section of the overview as `#/learn#learn-tamper`: go there once it is drawn.
  const { hash } = useLocation();
  useEffect(() => {
    if (!lesson && hash.startsWith('#learn-')) goToSection(hash.slice(1));
  }, [lesson, hash]);
  useDocumentTitle(t('app.documentTitle', { view: lesson ? t(`learnLessons.${lesson}.title`) : t('learn.title') }));
  return (
    <div className="learn">
      <div className="view-header">
        <h1>{t('learn.title')}</h1>
        <p className="view-intro">{t('learn.intro')}</p>
      </div>
      <div className="learn-inputs">
        <label className="learn-input">
          <span className="setting-label">{t('learn.tokenLabel')}</span>
          <CodeTextArea data-testid="learn-token-input" rows={4} value={tokenText} onChange={(event) => setTokenText(event.target.value)} />
        </label>
        <div className="learn-input">
          <label>
            <span className="setting-label">{t('learn.keyLabel')}</span>
            <CodeTextArea data-testid="learn-key-input" rows={2} value={keyText} onChange={(event) => setKeyText(event.target.value)} />
          </label>
          <SecretEncodingSelect testId="learn-secret-encoding" value={secretEncoding} onChange={setSecretEncoding} />
        </div>
      </div>
      {lesson ? (
        <LessonView id={lesson} subject={subject} />
      ) : (
        <>
          <nav className="learn-toc" aria-label={t('learn.tocLabel')}>
            <SectionLink section="learn-anatomy">{t('learn.toc.anatomy')}</SectionLink>
            <SectionLink section="learn-lens">{t('learn.toc.lens')}</SectionLink>
            <SectionLink section="learn-signature">{t('learn.toc.signature')}</SectionLink>
            <SectionLink section="learn-tamper">{t('learn.toc.tamper')}</SectionLink>
            <SectionLink section="learn-lessons">{t('learn.toc.lessons')}</SectionLink>
          </nav>
          <Anatomy subject={subject} anchor={path} />
          <ByteLens subject={subject} />
          <SignatureWalk subject={subject} />
          <TamperBench subject={subject} />
          <LessonIndex />
        </>
      )}
    </div>
  );
}
