import { useId, useState } from 'react';
import { BITS_PER_CHARACTER, flipTokenBit } from '../../../core/learn/tamper/flip-token-bit';
import { JWS_PART_NAMES, splitJwsSegments } from '../../../core/token/jws-segments';
import type { JwsPartName } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { EditFieldset, PartSelect } from './EditFieldset';
import type { SandboxEdit } from './sandbox-edit';

const BITS = Array.from({ length: BITS_PER_CHARACTER }, (_, bit) => bit);

/** A character's 6-bit value with one bit drawn apart (bold, underlined), so colour is not the cue. */
export function SextetBits({ value, bit }: { value: number; bit: number }) {
  const digits = value.toString(2).padStart(BITS_PER_CHARACTER, '0');
  return (
    <code className="tamper-bits">
      {[...digits].map((digit, at) =>
        at === bit ? (
          <b key={at} className="tamper-bit-chosen">
            {digit}
          </b>
        ) : (
          <span key={at}>{digit}</span>
        ),
      )}
    </code>
  );
}

/** Picks a character of any part and one of its six bits, shows the character before and after, and flips it. */
export function BitFlipper({ token, onEdit }: { token: string; onEdit: (edit: SandboxEdit) => void }) {
  const t = useT();
  const id = useId();
  const [part, setPart] = useState<JwsPartName>('payload');
  const [position, setPosition] = useState('5');
  const [bit, setBit] = useState(4);
  const length = splitJwsSegments(token)?.[part].length ?? 0;
  const index = Math.min(Math.max(Math.trunc(Number(position)) || 1, 1), Math.max(length, 1)) - 1;
  const flip = flipTokenBit(token, part, index, bit);
  return (
    <EditFieldset kind="bit">
      <div className="tamper-edit-fields">
        <PartSelect testId="tamper-bit-part" parts={JWS_PART_NAMES} value={part} onChange={setPart} />
        <label>
          <span className="setting-label">{t('learnTamper.bit.positionLabel', { length })}</span>
          <input data-testid="tamper-bit-index" type="number" inputMode="numeric" min={1} max={Math.max(length, 1)} value={position} onChange={(event) => setPosition(event.target.value)} />
        </label>
        <label>
          <span className="setting-label">{t('learnTamper.bit.bitLabel')}</span>
          <select data-testid="tamper-bit-bit" value={bit} onChange={(event) => setBit(Number(event.target.value))}>
            {BITS.map((value) => (
              <option key={value} value={value}>
                {t('learnTamper.bit.bitOption', { bit: value + 1, weight: 2 ** (BITS_PER_CHARACTER - 1 - value) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {flip.ok ? (
        <p className="tamper-bit-preview" data-testid="tamper-bit-preview" id={`${id}-preview`}>
          {t('learnTamper.bit.before')} <code className="tamper-char">{flip.before}</code> <SextetBits value={flip.beforeValue} bit={bit} /> → {t('learnTamper.bit.after')}{' '}
          <code className="tamper-char">{flip.after}</code> <SextetBits value={flip.afterValue} bit={bit} />
          {!flip.carriesData && <span className="tamper-edit-hint"> {t('learnTamper.bit.unusedBit')}</span>}
        </p>
      ) : (
        <p className="tamper-edit-hint">{t('learnTamper.bit.emptyPart')}</p>
      )}
      <button className="button"
        type="button"
        data-testid="tamper-flip"
        disabled={!flip.ok}
        aria-describedby={flip.ok ? `${id}-preview` : undefined}
        onClick={() => {
          if (flip.ok) onEdit({ kind: 'bit', token: flip.token, flip: { part, index, bit, before: flip.before, after: flip.after, beforeValue: flip.beforeValue, afterValue: flip.afterValue, carriesData: flip.carriesData } });
        }}
      >
        {t('learnTamper.bit.apply')}
      </button>
    </EditFieldset>
  );
}
