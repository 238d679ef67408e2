import { useLocation } from 'react-router';
import { findTokensInText } from '../core/token/find-tokens-in-text';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { COMPARE_WITH_DECODER } from '../features/decoder/token/CompareWithLink';
import { DiffPage } from '../features/diff/DiffPage';

/** The token the decoder shows: the one chosen among those found in a pasted header, curl line or log, else the whole text. */
function readDecoderToken(): string {
  const { tokenText, chosenCandidate } = useDecoderStore.getState();
  const search = findTokensInText(tokenText);
  return search.kind === 'text' ? (search.candidates[chosenCandidate]?.token ?? tokenText) : tokenText;
}

/**
 * `#/diff`, loaded on first visit. Opened by "Compare with…", it starts with the decoder's token on
 * the left, read from the decoder's memory: the history entry records only where it was opened
 * from, never the token.
 */
export function DiffRoute() {
  const location = useLocation();
  const initialLeft = location.state === COMPARE_WITH_DECODER ? readDecoderToken() : '';
  return <DiffPage key={location.key} initialLeft={initialLeft} />;
}
