import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { claimsTableCode } from '../claims/LazyClaimsTable';
import { headerParametersCode } from '../claims/LazyHeaderParameters';
import { findingListCode } from '../findings/LazyFindingList';
import { settledPanesCode } from './DecodedPanes';

/**
 * Fetches the code of the panels every decoded token shows below its payload (validity, claims,
 * header parameters, findings), one per idle period once the page has loaded, so the first paste
 * neither waits for it nor pays for fetching it while painting. Skips the secret audit (only HMAC tokens) and the verifier (it loads
 * when a signed token is shown or the key box is focused). Returns a function that cancels the rest.
 */
export function prefetchPanelsWhenIdle(): () => void {
  return runEachWhenIdle(
    [settledPanesCode, claimsTableCode, headerParametersCode, findingListCode].map((code) => () => {
      code.load().catch(() => {
        // Not fetched now: the panel fetches it when it is shown, and says so if it cannot.
      });
    }),
  );
}
