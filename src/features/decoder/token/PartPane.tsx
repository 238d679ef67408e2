import { useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import type { MemberSpan } from '../../../core/inspect-token';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { JsonObject } from '../../../core/json/json-value';
import type { PartName } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { useHeightHeld } from '../../../ui/use-height-held';
import { JSON_BLOCK_WHOLE_CHARS, JsonBlock, type JsonBlockMembers } from '../../../widgets/JsonBlock';
import { JSON_MEMBER, useMemberHighlightMarks } from './JsonMember';
import { readTimeClaimPointers } from './time-claims';

/** The time claims of `of`, each annotated by `Note` (loaded with the panes drawn after the paint). */
export interface TimeNotes {
  of: JsonObject;
  Note: ComponentType<{ seconds: UnixSeconds }>;
}

interface Props {
  part: PartName;
  title: string;
  /** The text to show and copy; null when the part has nothing readable (the error panel says why). */
  text: string | null;
  json: boolean;
  testId: string;
  /** The report's members of this part's JSON: each gets a json-member element linked to the token. */
  members?: readonly MemberSpan[];
  /** The payload whose time claims get `Note` (their date and relative time) after their value. */
  timeNotes?: TimeNotes | undefined;
  /** Keeps the pane as tall as it was (useHeightHeld): the sections below still show the token before. */
  holdHeight?: boolean;
  children?: ReactNode;
}

function useLinkedMembers(part: PartName, members: readonly MemberSpan[] | undefined, timeNotes: TimeNotes | undefined): JsonBlockMembers | undefined {
  return useMemo(() => {
    if (!members || (part !== 'header' && part !== 'payload')) return undefined;
    const dates = readTimeClaimPointers(timeNotes?.of ?? null);
    const Note = timeNotes?.Note;
    return {
      // The report locates at most MAX_JSON_MEMBERS members; past them the text is shown unlinked.
      max: members.length,
      Member: JSON_MEMBER[part],
      renderAfter: !Note || dates.size === 0 ? undefined : ({ pointer }) => {
        const seconds = dates.get(pointer);
        return seconds === undefined ? null : <Note seconds={seconds} />;
      },
    };
  }, [part, members, timeNotes]);
}

/** A pane for one decoded part: title in the part's colour, the text, a copy button. */
export function PartPane({ part, title, text, json, testId, members, timeNotes, holdHeight = false, children }: Props) {
  const t = useT();
  const linked = useLinkedMembers(part, members, timeNotes);
  const pane = useRef<HTMLElement>(null);
  useMemberHighlightMarks(part === 'header' || part === 'payload' ? part : null, pane, linked, text);
  useHeightHeld(pane, holdHeight);
  return (
    <section ref={pane} className={`pane pane-${part}`} aria-label={title}>
      <div className="pane-heading">
        <h2 className={`pane-title part-label part-${part}`}>{title}</h2>
        {text !== null && (
          <CopyButton
            onCopy={() => copyText(text)}
            label={t('action.copy')}
            copiedLabel={t('action.copied')}
            failedLabel={t('action.copyFailed')}
          />
        )}
      </div>
      {text !== null && (
        <JsonBlock
          // A text shown in part (a large token) and a whole one are drawn afresh rather than one
          // reconciled into the other: thousands of spans then go in one removal, not one by one.
          key={text.length > JSON_BLOCK_WHOLE_CHARS ? 'preview' : 'whole'}
          text={text}
          json={json}
          testId={testId}
          label={title}
          moreLabel={(remaining) => t('pane.moreCharacters', { count: remaining })}
          showMoreLabel={t('pane.showMore')}
          members={linked}
        />
      )}
      {children}
    </section>
  );
}
