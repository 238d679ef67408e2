import { useT } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import type { Note } from './describe-notes';

/** What the decoder stripped or tolerated, so nothing it did is silent. */
export function TokenNotes({ notes }: { notes: Note[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <ul className="token-notes" aria-label={t('note.listLabel')}>
      {notes.map((note, index) => (
        <li key={index} data-testid="decode-note" className={`notice notice-${note.level}`}>
          <span aria-hidden="true">{note.level === 'warning' ? '⚠ ' : 'ℹ '}</span>
          <span className="visually-hidden">{note.level === 'warning' ? t('note.warningPrefix') : t('note.infoPrefix')}</span>
          {showHiddenCharacters(t(note.key, note.values))}
        </li>
      ))}
    </ul>
  );
}
