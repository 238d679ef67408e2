import { useEffect, useState } from 'react';
import { useAsyncValue } from '../../../platform/use-async-value';
import { useDecoderStore } from '../page/decoder-store';
import type { DecryptTranslate } from './decrypt-texts';
import { estimatePbes2Milliseconds } from './pbes2-estimate';

const TICK_MS = 250;

function seconds(milliseconds: number): number {
  // Whole seconds from ten up; tenths below, so a short derivation does not read as zero.
  return milliseconds >= 10_000 ? Math.round(milliseconds / 1000) : Math.round(milliseconds / 100) / 10;
}

/** The estimate for `count` iterations of `alg`, once this browser's PBKDF2 has been timed. */
function usePbes2Estimate(alg: string, count: number): number | null {
  const estimate = useAsyncValue(() => estimatePbes2Milliseconds(alg, count), [alg, count]);
  return estimate.settled ? estimate.value : null;
}

/** A refused PBES2 count: how long it would take here, and the user's way to allow it for this token. */
export function Pbes2Refusal({ token, alg, count, td }: { token: string; alg: string; count: number; td: DecryptTranslate }) {
  const allow = useDecoderStore((state) => state.allowPbes2Count);
  const estimate = usePbes2Estimate(alg, count);
  return (
    <div className="decrypt-pbes2">
      {estimate !== null && (
        <p className="verify-reason" data-testid="pbes2-estimate" data-milliseconds={Math.round(estimate)}>
          {td('decrypt.pbes2.estimate', { seconds: seconds(estimate) })}
        </p>
      )}
      <button type="button" className="button button-small" data-testid="decrypt-anyway" onClick={() => allow(token, count)}>
        {td('decrypt.pbes2.allow')}
      </button>
    </div>
  );
}

/** An allowed PBES2 derivation running in its worker: time elapsed against the estimate, and Cancel. */
export function Pbes2Progress({ alg, count, td }: { alg: string; count: number; td: DecryptTranslate }) {
  const cancel = useDecoderStore((state) => state.cancelPbes2Count);
  const estimate = usePbes2Estimate(alg, count);
  const [started] = useState(() => performance.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const elapsed = now - started;
  return (
    <div className="decrypt-pbes2" data-testid="pbes2-progress">
      <p className="verify-reason">
        {estimate === null
          ? td('decrypt.pbes2.runningNoEstimate', { count, elapsed: seconds(elapsed) })
          : td('decrypt.pbes2.running', { count, elapsed: seconds(elapsed), estimate: seconds(estimate) })}
      </p>
      {/* Elapsed against an estimate, never past its end: the derivation reports no progress of its own. */}
      <progress aria-label={td('decrypt.pbes2.progress')} max={1} value={estimate === null ? undefined : Math.min(elapsed / estimate, 0.99)} />
      <button type="button" className="button button-small" data-testid="decrypt-cancel" onClick={cancel}>
        {td('decrypt.pbes2.cancel')}
      </button>
    </div>
  );
}
