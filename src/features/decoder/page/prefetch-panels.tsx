import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { inspectToken } from '../../../core/inspect-token';
import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { createModuleLoader } from '../../../platform/use-loaded-module';
import { claimsTableCode } from '../claims/LazyClaimsTable';
import { headerParametersCode } from '../claims/LazyHeaderParameters';
import { findingListCode } from '../findings/LazyFindingList';
import { DecodedPanes, settledPanesCode } from './DecodedPanes';
import { EXAMPLE_TOKEN } from './example-token';

/** Makes the Intl formatters a token's times use, in idle periods of its own, once fetched. */
const timeFormatsWarmUp = createModuleLoader(() => import('../claims/warm-time-formats'));

/**
 * Reads the example token once and draws its first screen of panes (its JSON coloured) into an element
 * that is never on the page, nothing kept: the first paste of a page then runs code the engine has
 * already run (its first run is several times slower, most of all on a slow phone), instead of
 * paying for that in the paste's frame. The panes are removed in the same task, before any of their
 * after-paint work (the panels below the payload) could start.
 */
function warmUpDecoding(): void {
  const report = inspectToken(EXAMPLE_TOKEN);
  const root = createRoot(document.createElement('div'));
  flushSync(() => root.render(<DecodedPanes report={report} />));
  root.unmount();
}

/**
 * Fetches the code of the panels every decoded token shows below its payload (validity, claims,
 * header parameters, findings), one per idle period once the page has loaded, so the first paste
 * neither waits for it nor pays for fetching it while painting; first it warms up the decoding
 * itself (warmUpDecoding), and after the panes' code it fetches the time formatters' warm-up.
 * Skips the secret audit (only HMAC tokens) and the verifier (it loads when a signed token is shown
 * or the key box is focused). Returns a function that cancels the rest.
 */
export function prefetchPanelsWhenIdle(): () => void {
  return runEachWhenIdle([
    warmUpDecoding,
    ...[settledPanesCode, timeFormatsWarmUp, claimsTableCode, headerParametersCode, findingListCode].map((code) => () => {
      code.load().catch(() => {
        // Not fetched now: the panel fetches it when it is shown, and says so if it cannot.
      });
    }),
  ]);
}
