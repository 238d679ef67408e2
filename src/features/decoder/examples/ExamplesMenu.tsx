import { memo, useId, useRef } from 'react';
import { useT } from '../../../i18n/use-t';
import { useDecoderStore } from '../page/decoder-store';
import { EXAMPLE_IDS, type ExampleId } from './decoder-example';
import { unchangedSince } from '../../../platform/unchanged-since';

async function loadExample(id: ExampleId) {
  const { EXAMPLES } = await import('./examples-data');
  return EXAMPLES.find((example) => example.id === id);
}

/** Fills token and key with one example per algorithm family and key format, good and bad. */
function ExamplesMenuView() {
  const t = useT();
  const id = useId();
  const loadTokenAndKey = useDecoderStore((state) => state.loadTokenAndKey);
  // Choices made while the examples load finish in no set order: only the last one made is shown, and
  // not over a token or key the user typed or pasted after making it.
  const lastChoice = useRef(0);
  return (
    <label className="setting examples-menu" htmlFor={id}>
      <span className="visually-hidden">{t('examples.label')}</span>
      <select
        id={id}
        data-testid="examples-select"
        value=""
        onChange={(event) => {
          const chosen = EXAMPLE_IDS.find((example) => example === event.target.value);
          if (!chosen) return;
          const choice = ++lastChoice.current;
          const boxesUnchanged = unchangedSince(useDecoderStore, ['tokenText', 'keyText']);
          void loadExample(chosen).then((example) => {
            if (example && choice === lastChoice.current && boxesUnchanged()) loadTokenAndKey(example.token, example.key, example.secretEncoding);
          });
        }}
      >
        <option value="">{t('examples.choose')}</option>
        {EXAMPLE_IDS.map((example) => (
          <option key={example} value={example}>
            {t(`examples.${example}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

// Nothing of it depends on the token: a paste does not draw its options again.
export const ExamplesMenu = memo(ExamplesMenuView);
