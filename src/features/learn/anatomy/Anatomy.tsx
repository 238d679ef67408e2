import { useEffect, useMemo, useRef, useState } from 'react';
import type { PartName } from '../../../core/token/decoded-token';
import { describeDecodeProblem } from '../../../i18n/describe-decode-problem';
import { useT } from '../../../i18n/use-t';
import type { LearnSubject } from '../learn-subject';
import { anchorElementId, readAnchorPath } from './anatomy-anchor';
import { PartRecord } from './PartRecord';
import { findAnchorTarget, readAnatomy } from './read-anatomy';
import './anatomy.css';

/** Part 1 of the learn view: one record per part of the token, opening into its annotated byte groups. */
export function Anatomy({ subject, anchor }: { subject: LearnSubject; anchor: string }) {
  const t = useT();
  const anatomy = useMemo(() => readAnatomy(subject.report), [subject.report]);
  const path = readAnchorPath(anchor);
  const target = findAnchorTarget(anatomy, path);
  const [open, setOpen] = useState<ReadonlySet<PartName>>(() => new Set(target ? [target.part] : []));
  // A link followed inside the view changes the anchor without mounting again: open its record too.
  const [openedFor, setOpenedFor] = useState(path);
  if (openedFor !== path) {
    setOpenedFor(path);
    if (target && !open.has(target.part)) setOpen(new Set([...open, target.part]));
  }
  const targetId = target ? anchorElementId(target.anchor) : null;
  // Once per anchor: editing the token must not pull the page (or the focus) back to it.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (scrolledFor.current === path) return;
    // A frame later, so the sections mounted below (which may bring their own content into view) go first.
    const frame = requestAnimationFrame(() => {
      scrolledFor.current = path;
      const element = targetId ? document.getElementById(targetId) : null;
      element?.focus({ preventScroll: true });
      element?.scrollIntoView?.({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [path, targetId]);

  const toggle = (part: PartName) => {
    const next = new Set(open);
    if (!next.delete(part)) next.add(part);
    setOpen(next);
  };
  const { kind } = anatomy;
  return (
    <section className="learn-section anatomy" id="learn-anatomy" aria-labelledby="learn-anatomy-title">
      <div className="anatomy-heading">
        <h2 id="learn-anatomy-title">{t('learnAnatomy.title')}</h2>
        {kind !== 'empty' && (
          <div className="anatomy-controls" role="group" aria-label={t('learnAnatomy.controlsLabel')}>
            <button type="button" className="button button-small" onClick={() => setOpen(new Set(anatomy.records.map((record) => record.part)))}>
              {t('learnAnatomy.openAll')}
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(new Set())}>
              {t('learnAnatomy.closeAll')}
            </button>
          </div>
        )}
      </div>
      <p className="anatomy-intro">{t(`learnAnatomy.intro.${kind}`)}</p>
      {anatomy.structure && (
        <p className="anatomy-problems notice notice-error">
          {(({ key, values }) => t(key, values))(describeDecodeProblem({ place: 'structure', error: anatomy.structure }))}
        </p>
      )}
      {kind !== 'empty' && (
        <ol className="anatomy-records" aria-label={t('learnAnatomy.recordsLabel')}>
          {anatomy.records.map((record) => (
            <PartRecord
              key={record.part}
              record={record}
              kind={kind}
              alg={anatomy.alg}
              open={open.has(record.part)}
              onToggle={toggle}
              target={target?.anchor ?? null}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
