import { useMemo, useState } from 'react';
import { JSON_LAYOUTS, respaceJsonSegment } from '../../../core/learn/tamper/respace-json-segment';
import { useT } from '../../../i18n/use-t';
import { EditFieldset, PartSelect } from './EditFieldset';
import type { SandboxEdit } from './sandbox-edit';

const JSON_PARTS = ['header', 'payload'] as const;

/** Writes the header's or payload's JSON again with other whitespace: the same meaning, other bytes. */
export function RespaceControls({ token, onEdit }: { token: string; onEdit: (edit: SandboxEdit) => void }) {
  const t = useT();
  const [part, setPart] = useState<'header' | 'payload'>('payload');
  const results = useMemo(() => JSON_LAYOUTS.map((layout) => ({ layout, result: respaceJsonSegment(token, part, layout) })), [token, part]);
  return (
    <EditFieldset kind="respace">
      <div className="tamper-edit-fields">
        <PartSelect testId="tamper-respace-part" parts={JSON_PARTS} value={part} onChange={setPart} />
      </div>
      <div className="tamper-buttons">
        {results.map(({ layout, result }) => {
          return (
            <button className="button"
              key={layout}
              type="button"
              data-testid="tamper-respace"
              data-layout={layout}
              disabled={!result.ok}
              onClick={() => {
                if (result.ok) onEdit({ kind: 'whitespace', token: result.token, part, layout, changed: result.changed });
              }}
            >
              {t(`learnTamper.respace.${layout}`)}
            </button>
          );
        })}
      </div>
    </EditFieldset>
  );
}
