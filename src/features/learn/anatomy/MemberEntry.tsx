import type { ClaimLocation } from '../../../core/claims/glossary-entry';
import type { PartName } from '../../../core/token/decoded-token';
import { sayPosition } from '../../../i18n/format';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { ReferenceList } from '../../../widgets/ReferenceList';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { anchorTargetProps } from './anatomy-anchor';
import { AnchorLink } from './AnchorLink';
import { ExcerptText } from './ExcerptText';
import type { AnatomyMember } from './read-anatomy';

/** What is said of a name the glossary does not list, in the header and in the payload. */
const UNLISTED: Record<ClaimLocation, readonly [MessageKey, MessageKey]> = {
  header: ['learnAnatomy.member.unknownParam.title', 'learnAnatomy.member.unknownParam.text'],
  payload: ['learnAnatomy.member.private.title', 'learnAnatomy.member.private.text'],
};

function formatUtcDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The member's characters, a first or last one that also carries a neighbour's bits hatched. */
function MemberCharacters({ member }: { member: AnatomyMember }) {
  const { text, omitted } = member.characters;
  if (omitted > 0 || text.length < 2) return <ExcerptText excerpt={member.characters} />;
  const first = member.partialStart ? 1 : 0;
  const last = member.partialEnd ? text.length - 1 : text.length;
  return (
    <>
      {first > 0 && <span className="anatomy-partial">{text.slice(0, first)}</span>}
      {text.slice(first, last)}
      {last < text.length && <span className="anatomy-partial">{text.slice(last)}</span>}
    </>
  );
}

/** One top-level member of a JSON part: where its characters and bytes are, its decoded text, and the glossary's explanation. */
export function MemberEntry({ member, part, targeted }: { member: AnatomyMember; part: PartName; targeted: boolean }) {
  const t = useT();
  const where: ClaimLocation = part === 'header' ? 'header' : 'payload';
  const entry = member.glossary.match === 'unknown' ? null : member.glossary.entry;
  const [titleKey, textKey] = entry ? [entry.titleKey, entry.messageKey] : UNLISTED[where];
  const title = t(titleKey);
  const date = member.seconds === null ? null : formatUtcDate(member.seconds);
  return (
    <li {...anchorTargetProps(member.anchor, targeted)} className="anatomy-member" data-testid="anatomy-member" data-part={part} data-member={member.anchor.slice(part.length + 1)}>
      <h4 className="anatomy-member-title">
        <code className="anatomy-member-name" translate="no">
          {showHiddenCharacters(member.name)}
        </code>
        <span>{title}</span>
      </h4>
      <dl className="anatomy-facts">
        <div>
          <dt>{t('learnAnatomy.member.characters')}</dt>
          <dd>
            <code className={`anatomy-chars token-part part-${part}`} translate="no">
              <MemberCharacters member={member} />
            </code>{' '}
            <span className="anatomy-range">
              {t('learnAnatomy.member.charactersRange', { first: sayPosition(member.chars.start), last: member.chars.end })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('learnAnatomy.member.bytes')}</dt>
          <dd className="anatomy-range">
            {t('learnAnatomy.member.bytesRange', { first: sayPosition(member.bytes.start), last: member.bytes.end, count: member.bytes.end - member.bytes.start })}
          </dd>
        </div>
        <div>
          <dt>{t('learnAnatomy.member.json')}</dt>
          <dd>
            <code className="anatomy-json" translate="no">
              <ExcerptText excerpt={member.json} visible />
            </code>
          </dd>
        </div>
        {date && (
          <div>
            <dt>{t('learnAnatomy.member.date')}</dt>
            <dd>
              <time dateTime={date}>{date}</time>
            </dd>
          </div>
        )}
      </dl>
      <p className="anatomy-explanation">{t(textKey)}</p>
      {entry && (
        <div className="anatomy-sources">
          {t('learnAnatomy.member.sources')}:
          <ReferenceList references={entry.sources} />
        </div>
      )}
      <AnchorLink anchor={member.anchor} place={title} />
    </li>
  );
}
