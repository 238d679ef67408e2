import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { PartPane } from '../token/PartPane';
import type { DecryptionVerdict } from './decryption-verdict';
import { useDecryptT } from './decrypt-texts';
import { MAX_HEX_BYTES, MAX_PRETTY_CHARS } from './read-plaintext';

// The inner token's view (and its stylesheet) is a chunk of its own, fetched only when a plaintext is a token.
const nestedTokenCode = createModuleLoader(() => import('../nested/NestedToken'));

type Decrypted = Extract<DecryptionVerdict, { state: 'decrypted' }>;

/** Ratios are shown to one decimal, or whole from ten up. */
function roundRatio(ratio: number): number {
  return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
}

/**
 * The decrypted plaintext where a JWS shows its payload: pretty JSON when it is JSON (hidden
 * characters made visible), hex with a note when it is not UTF-8, its size and the `zip` ratio; a
 * JWS inside it (or `cty: JWT`) is shown below as a token of its own.
 */
export function PlaintextPane({ verdict }: { verdict: Decrypted }) {
  const td = useDecryptT();
  const { plaintext, result } = verdict;
  const text = plaintext.kind === 'text' ? plaintext.shown : plaintext.hex;
  const zip = result.zip;
  const nested = plaintext.kind === 'text' ? plaintext.nested : null;
  const nestedView = useLoadedModule(nestedTokenCode, nested !== null);
  return (
    <>
      <PartPane part="payload" title={td('decrypt.plaintextTitle')} text={text} json={plaintext.kind === 'text' && plaintext.json} testId="plaintext">
        <p className="pane-hint" data-testid="plaintext-size" data-bytes={plaintext.bytes}>
          {td('decrypt.plaintext.size', { bytes: plaintext.bytes })}
        </p>
        {zip && (
          <p className="pane-hint" data-testid="plaintext-zip" data-ratio={zip.ratio}>
            {td('decrypt.plaintext.zip', { compressed: zip.compressedBytes, inflated: zip.inflatedBytes, ratio: roundRatio(zip.ratio) })}
          </p>
        )}
        {plaintext.kind === 'binary' && (
          <p className="pane-hint" data-testid="plaintext-binary">
            {td('decrypt.plaintext.binary', { position: plaintext.invalidAt + 1 })}
            {plaintext.hexTruncated && <> {td('decrypt.plaintext.hexTruncated', { shown: MAX_HEX_BYTES })}</>}
          </p>
        )}
        {plaintext.kind === 'text' && plaintext.nested !== null && <p className="pane-hint">{td('decrypt.plaintext.nested')}</p>}
        {plaintext.kind === 'text' && plaintext.large && plaintext.nested === null && <p className="pane-hint">{td('decrypt.plaintext.large', { chars: MAX_PRETTY_CHARS })}</p>}
        {plaintext.kind === 'text' && !plaintext.json && !plaintext.large && plaintext.nested === null && <p className="pane-hint">{td('decrypt.plaintext.notJson')}</p>}
      </PartPane>
      {nested !== null && nestedView && <nestedView.NestedToken token={nested} />}
    </>
  );
}
