import { useMemo } from 'react';
import { diffTokenCharacters, type PartChange } from '../../../core/learn/tamper/diff-token-characters';
import { JWS_PART_NAMES, splitJwsSegments } from '../../../core/token/jws-segments';
import type { JwsPartName } from '../../../core/token/decoded-token';
import { useT, type Translate } from '../../../i18n/use-t';
import { ColouredToken, type ColouredSegment, type SegmentMark } from '../../../ui/ColouredToken';

// A changed run longer than this is marked by its first characters only: each mark is an element.
const MAX_MARKS_PER_PART = 256;
// A long part is drawn up to here, so a large token does not make thousands of lines.
const MAX_SHOWN_CHARS = 4096;

function marksOf(change: PartChange, t: Translate): SegmentMark[] {
  const marks: SegmentMark[] = [];
  for (let index = change.start; index < Math.min(change.end, change.start + MAX_MARKS_PER_PART); index++) {
    const was = change.removed.charAt(index - change.start);
    marks.push({ index, label: was === '' ? t('learnTamper.changedNew') : t('learnTamper.changedWas', { was }) });
  }
  return marks;
}

/** The sandbox token coloured by part, each character that differs from the learner's token marked, and what changed where. */
export function SandboxToken({ original, token }: { original: string; token: string }) {
  const t = useT();
  const changes = useMemo(() => diffTokenCharacters(original, token), [original, token]);
  const parts = useMemo((): ColouredSegment<JwsPartName>[] => {
    const segments = splitJwsSegments(token);
    return JWS_PART_NAMES.map((name) => {
      const change = changes.find((candidate) => candidate.part === name);
      return { name, segment: segments?.[name] ?? '', marks: change ? marksOf(change, t) : undefined };
    });
  }, [token, changes, t]);
  return (
    <div className="tamper-sandbox">
      <ColouredToken
        parts={parts}
        labelOf={(name) => t(`part.${name}`)}
        maxSegmentChars={MAX_SHOWN_CHARS}
        elidedLabel={(count) => t('learnTamper.elided', { count })}
        testId="tamper-token"
        markTestId="tamper-changed-char"
        markKind="changed"
      />
      {changes.length === 0 ? (
        <p className="tamper-changes" data-testid="tamper-changes" data-count="0">
          {t('learnTamper.unchanged')}
        </p>
      ) : (
        <ul className="tamper-changes" data-testid="tamper-changes" data-count={changes.length}>
          {changes.map((change) => (
            <li key={change.part} data-part={change.part}>
              {t(change.end > change.start ? 'learnTamper.change' : 'learnTamper.changeRemoved', {
                part: t(`part.${change.part}`),
                position: change.start + 1,
                changed: change.end - change.start,
                removed: change.removed.length,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
