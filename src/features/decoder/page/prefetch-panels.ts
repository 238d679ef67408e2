import { inspectToken } from '../../../core/inspect-token';
import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { highlightJsonMembers } from '../../../widgets/highlight-json';
import { claimsTableCode } from '../claims/LazyClaimsTable';
import { headerParametersCode } from '../claims/LazyHeaderParameters';
import { findingListCode } from '../findings/LazyFindingList';
import { settledPanesCode } from './DecodedPanes';
import { EXAMPLE_TOKEN } from './example-token';

/**
 * Reads the example token once and colours its JSON, nothing kept: the first paste of a page then
 * runs code the engine has already run (its first run is several times slower, most of all on a
 * slow phone), instead of paying for that in the paste's frame.
 */
function warmUpDecoding(): void {
  const report = inspectToken(EXAMPLE_TOKEN);
  for (const json of [report.headerJson, report.payloadJson]) if (json) highlightJsonMembers(json.pretty, json.members.length);
}

/**
 * Fetches the code of the panels every decoded token shows below its payload (validity, claims,
 * header parameters, findings), one per idle period once the page has loaded, so the first paste
 * neither waits for it nor pays for fetching it while painting; first it warms up the decoding
 * itself (warmUpDecoding). Skips the secret audit (only HMAC tokens) and the verifier (it loads
 * when a signed token is shown or the key box is focused). Returns a function that cancels the rest.
 */
export function prefetchPanelsWhenIdle(): () => void {
  return runEachWhenIdle([
    warmUpDecoding,
    ...[settledPanesCode, claimsTableCode, headerParametersCode, findingListCode].map((code) => () => {
      code.load().catch(() => {
        // Not fetched now: the panel fetches it when it is shown, and says so if it cannot.
      });
    }),
  ]);
}
