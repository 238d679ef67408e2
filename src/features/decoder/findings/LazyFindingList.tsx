import { useCallback, useMemo, useState } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { JsonObject } from '../../../core/json/json-value';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { loadArea } from '../../../i18n/i18n';
import { useCatalogueArea } from '../../../i18n/use-t';
import { useEvaluationClock } from '../claims/use-evaluation-clock';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { useKeyVerdictState, useTokenReportState } from '../page/decoder-context';
import { useTimeStore } from '../page/time-store';
import { isSamePhase, readClockPhase } from '../../../core/claims/clock-phase';

// The rules engine, the list and its texts load on first use, outside the first-load bundle. The
// stores and the clock are read here, in the main bundle, and handed down as plain values: a lazy
// chunk that imports the stores makes the bundler move React out of the entry into a shared chunk.
export const findingListCode = createModuleLoader(() => Promise.all([import('./FindingList'), loadArea('findings')]).then(([module]) => module));

/**
 * The key verdict for `decoded`, held at the last settled one while a new key is being checked, and
 * while the page already shows a newer token than `decoded` (for the frame before these findings
 * follow it): that token's verdict is not this one's, and judging a large token again with it would
 * delay the new token's paint.
 */
function useSettledVerdict(decoded: DecodedToken) {
  const verdict = useKeyVerdictState();
  const shown = useTokenReportState().report?.decoded;
  const [settled, setSettled] = useState(verdict);
  const hold = verdict.verification?.status === 'pending' || verdict.decryption?.state === 'pending' || shown !== decoded;
  if (!hold && verdict !== settled) setSettled(verdict);
  return hold ? settled : verdict;
}

/** `FindingList` for the decoded token (its list in `listSlot` when given), fetched on first render; nothing is shown for the moment it takes. */
export function LazyFindingList({ decoded, payload, listSlot }: { decoded: DecodedToken; payload: JsonObject | null; listSlot?: Element | null }) {
  const module = useLoadedModule(findingListCode);
  // A later language switch loads the area again for the new locale.
  const texts = useCatalogueArea('findings');
  // The verdict paints first; the findings that depend on it follow once it is painted, and not for
  // the moment a new key is being checked (they would be judged twice in a few milliseconds). A new
  // token takes its own verdict at once: the one painted before was another token's.
  const settledVerdict = useSettledVerdict(decoded);
  const judged = useMemo(() => ({ decoded, verdict: settledVerdict }), [decoded, settledVerdict]);
  const painted = useValueAfterPaint(judged);
  const { key, verification, audit, decryption } = painted?.decoded === decoded ? painted.verdict : settledVerdict;
  const leewaySeconds = useTimeStore((state) => state.leewaySeconds);
  const timeZone = useTimeStore((state) => state.timeZone);
  const clock = useEvaluationClock(
    useCallback((nowSeconds: UnixSeconds) => readClockPhase(payload, nowSeconds, leewaySeconds), [payload, leewaySeconds]),
    isSamePhase,
  );
  const settledDecryption = decryption?.state === 'decrypted' || decryption?.state === 'failed' ? decryption.result : undefined;
  const { nowSeconds } = clock;
  // The same inputs object while nothing in it changed, so the (memoised) list skips a re-render of the page.
  const inputs = useMemo(
    () => ({ decoded, key, verification, leewaySeconds, nowSeconds, ...(audit ? { audit } : {}), ...(settledDecryption ? { decryption: settledDecryption } : {}) }),
    [decoded, key, verification, leewaySeconds, nowSeconds, audit, settledDecryption],
  );
  if (!module || !texts) return null;
  return <module.FindingList inputs={inputs} timeZone={timeZone} listSlot={listSlot} />;
}
