import { useMemo } from 'react';
import type { JsonObject } from '../../../core/json/json-value';
import { useT } from '../../../i18n/use-t';
import { GlossaryLabel } from './GlossaryLabel';
import { previewJson } from './preview-json';
import './claims.css';

/** The header's parameters, each with its meaning and source, below the header JSON. */
export function HeaderParameters({ header }: { header: JsonObject }) {
  const t = useT();
  const entries = useMemo(() => Object.entries(header).map(([name, value]) => [name, previewJson(value)] as const), [header]);
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
              <code className="claim-value">{preview}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
