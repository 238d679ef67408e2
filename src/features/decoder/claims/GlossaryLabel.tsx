import type { ClaimLocation } from '../../../core/claims/glossary-entry';
import { findGlossaryEntry } from '../../../core/claims/glossary';
import { useT } from '../../../i18n/use-t';
import { Popover } from '../../../ui/Popover';
import { showHiddenCharacters } from '../../../widgets/VisibleText';

/** A claim or header parameter's name, its title in a few words, and an "i" popover with the full explanation and sources. */
export function GlossaryLabel({ name, where }: { name: string; where: ClaimLocation }) {
  const t = useT();
  const match = findGlossaryEntry(name, where);
  const entry = match.match === 'unknown' ? null : match.entry;
  const title = entry ? t(entry.titleKey) : t(where === 'payload' ? 'claims.private.title' : 'claims.unknownParam.title');
  const text = entry ? t(entry.messageKey) : t(where === 'payload' ? 'claims.private.text' : 'claims.unknownParam.text');
  return (
    <span className="glossary-label">
      <code className="claim-name">{showHiddenCharacters(name)}</code>
      <span className="claim-title">
        {title}
        <Popover label={t('claims.explain', { name })}>
          <span className="popover-text">{text}</span>
          {entry && (
            <span className="popover-sources">
              {t('claims.sources')}:{' '}
              {entry.sources.map((source, index) => (
                <span key={source.url}>
                  {index > 0 && ', '}
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.label}
                  </a>
                </span>
              ))}
            </span>
          )}
        </Popover>
      </span>
    </span>
  );
}
