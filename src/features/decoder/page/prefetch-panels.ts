import { inspectToken } from '../../../core/inspect-token';
import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { createModuleLoader } from '../../../platform/use-loaded-module';
import { highlightJsonMembers } from '../../../widgets/highlight-json';
import { claimsTableCode } from '../claims/LazyClaimsTable';
import { headerParametersCode } from '../claims/LazyHeaderParameters';
import { findingListCode } from '../findings/LazyFindingList';
import { settledPanesCode } from './DecodedPanes';
import { EXAMPLE_TOKEN } from './example-token';

/** Makes the Intl formatters a token's times use, in idle periods of their own, once fetched. */
const timeFormatsWarmUp = createModuleLoader(() =>
  import('../../../widgets/warm-time-formats').then(({ warmTimeFormatsWhenIdle }) => {
    warmTimeFormatsWhenIdle();
  }),
);

/**
 * Reads the example token once and colours its JSON, nothing kept: the first paste of a page then
 * runs code the engine has already run (its first run is several times slower, most of all on a
 * slow phone), instead of paying for that in the paste's frame. (Drawing its panes too, into an
 * element never on the page, was tried: their hooks share the page's stores, so removing them could
 * clear the reader's highlight.)
 */
function warmUpDecoding(): void {
  const report = inspectToken(EXAMPLE_TOKEN);
  for (const json of [report.headerJson, report.payloadJson]) if (json) highlightJsonMembers(json.pretty, json.members.length);
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
