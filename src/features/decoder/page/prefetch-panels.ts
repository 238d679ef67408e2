import { loadArea } from '../../../i18n/i18n';
import { runEachWhenIdle } from '../../../platform/run-each-when-idle';
import { createModuleLoader } from '../../../platform/use-loaded-module';
import { claimsTableCode } from '../claims/LazyClaimsTable';
import { headerParametersCode } from '../claims/LazyHeaderParameters';
import { findingListCode } from '../findings/LazyFindingList';
import { settledPanesCode } from './DecodedPanes';
import { createFirstPasteRehearsal } from './rehearse-first-paste';

/** Makes the Intl formatters a token's times use, in idle periods of their own, once fetched. */
const timeFormatsWarmUp = createModuleLoader(() =>
  import('../../../widgets/warm-time-formats').then(({ warmTimeFormatsWhenIdle }) => {
    warmTimeFormatsWhenIdle();
  }),
);

/**
 * How often a page load rehearses its first paste: the first paste gained with each run up to about
 * a dozen, and a run after the first few takes ~7 ms of an idle period (~30 ms under a 4× CPU
 * throttle); docs/decisions/012 has the figures.
 */
const FIRST_PASTE_REHEARSALS = 12;

/**
 * The secret audit's texts, for any HS256/384/512 token: fetched with the panels, because a message
 * area that arrives once a token is drawn re-renders every translated component on the page.
 */
const auditTexts = createModuleLoader(() => loadArea('audit'));

/** Per page load: later visits to the decoder run code the engine has run and optimised. */
const rehearseFirstPaste = createFirstPasteRehearsal(FIRST_PASTE_REHEARSALS);

/**
 * Once the page has loaded, while it is idle: first fetches, all at once, the code of the panels
 * every decoded token shows below its payload (validity, claims, header parameters, findings) and
 * the time formatters' warm-up; then, one per idle period from the next, rehearses the first paste
 * (rehearseFirstPaste) while those arrive. So the first paste neither waits for that code nor shares
 * its frame with its fetching and evaluation: fetched one per idle period, it was still arriving
 * 0.7 s later under a 4× CPU throttle, where a first paste met it. Of the secret audit, only its
 * texts (its code waits for an HMAC token); not the verifier (it loads when a signed token is shown
 * or the key box is focused).
 * Returns a function that cancels what has not started.
 */
export function prefetchPanelsWhenIdle(): () => void {
  return runEachWhenIdle([
    () => {
      for (const code of [settledPanesCode, claimsTableCode, headerParametersCode, findingListCode, auditTexts, timeFormatsWarmUp])
        code.load().catch(() => {
          // Not fetched now: the panel fetches it when it is shown, and says so if it cannot.
        });
    },
    ...Array.from({ length: FIRST_PASTE_REHEARSALS }, () => rehearseFirstPaste),
  ]);
}
