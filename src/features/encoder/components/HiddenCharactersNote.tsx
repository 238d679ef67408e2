import { Fragment, useMemo } from 'react';
import { findHiddenCharacters } from '../../../core/text/find-hidden-characters';
import { useT } from '../../../i18n/use-t';
import { HiddenCharacterMark } from '../../../widgets/VisibleText';
import { locatePosition } from '../locate-position';

/** Characters listed by place at most; the rest are counted. */
const MAX_LISTED = 10;
/** Characters counted at most, so a text full of them costs a bounded search. */
const MAX_COUNTED = 1000;

/**
 * Under a JSON editor: each character of the text nobody would see (zero-width, bidi, tag, control…),
 * as a mark with its name on hover and its line and column, since the editor's own marks sit under
 * the text box where no pointer reaches them. Nothing when there is none.
 */
export function HiddenCharactersNote({ text, testId }: { text: string; testId: string }) {
  const t = useT();
  const found = useMemo(() => findHiddenCharacters(text, MAX_COUNTED), [text]);
  if (found.length === 0) return null;
  const listed = found.slice(0, MAX_LISTED);
  return (
    <p className="notice notice-warning hidden-characters-note" data-testid={`${testId}-hidden`}>
      {t('encoder.hiddenCharacters', { count: found.length })}{' '}
      {listed.map((character, index) => (
        <Fragment key={character.start}>
          {index > 0 && ', '}
          <HiddenCharacterMark found={character} character={text.slice(character.start, character.end)} /> {t('encoder.hiddenAt', locatePosition(text, character.start))}
        </Fragment>
      ))}
      {found.length > listed.length && ` ${t('encoder.hiddenMore', { count: found.length - listed.length })}`}
    </p>
  );
}
