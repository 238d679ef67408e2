import { useMemo } from 'react';
import { appendPointerToken } from '../../../core/json/json-pointer';
import type { JsonObject } from '../../../core/json/json-value';
import type { NumberLexeme } from '../../../core/json/read-number-lexemes';
import { useT } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { GlossaryLabel } from './GlossaryLabel';
import { previewJson, PREVIEW_CHARS } from './preview-json';
import { indexNumberLexemes } from './written-numbers';
import './claims.css';

/** The header's parameters, each with its meaning and source, below the header JSON; numbers as written, hidden characters made visible. */
export function HeaderParameters({ header, numbers }: { header: JsonObject; numbers?: readonly NumberLexeme[] | undefined }) {
  const t = useT();
  const entries = useMemo(() => {
    const { lexemes } = indexNumberLexemes(numbers);
    return Object.entries(header).map(([name, value]) => [name, previewJson(value, PREVIEW_CHARS, { lexemes, pointer: appendPointerToken('', name) })] as const);
  }, [header, numbers]);
  if (entries.length === 0) return null;
  return (
    <table className="claims-table header-params">
      <caption className="claims-caption">
        {t('claims.header.title')}
      </caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('claims.header.parameter')}</th>
          <th scope="col">{t('claims.table.value')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, preview]) => (
          <tr key={name} data-testid="header-param" data-param={name}>
            <th scope="row" className="claim-cell-name">
              <GlossaryLabel name={name} where="header" />
            </th>
            <td className="claim-cell-value">
              <code className="claim-value">{showHiddenCharacters(preview)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
