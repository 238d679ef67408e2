// First: nothing below may reach the network or load code by itself (a <meta> CSP does not cover workers).
import '../../../platform/close-worker-network';
import { decryptJwe, type DecryptJweOptions } from '../../../core/crypto/decrypt-jwe';
import type { JweDecryption } from '../../../core/crypto/jwe-decryption';

export interface DecryptRequest {
  token: string;
  keyText: string;
  options: DecryptJweOptions;
}

/** Worker entry: one decryption per worker, for a PBES2 count the user allowed; the page terminates it to cancel. */
self.addEventListener('message', (event: MessageEvent<DecryptRequest>) => {
  const { token, keyText, options } = event.data;
  void decryptJwe(token, keyText, options).then((result) => {
    // The debugging `cause` is an exception, which need not survive the copy to the page.
    const { cause: _cause, ...plain } = result as JweDecryption & { cause?: unknown };
    self.postMessage(plain satisfies JweDecryption);
  });
});
