import { useEffect, useState } from 'react';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { KeyDetails } from './inspect-key';

/** The pasted key's details, computed off the first paint (they load with jose); stale ones dropped. */
export function useKeyDetails(keyText: string, secretEncoding: SecretEncoding): KeyDetails | null {
  const hasKey = keyText.trim() !== '';
  const [settled, setSettled] = useState<{ keyText: string; secretEncoding: SecretEncoding; details: KeyDetails } | null>(null);
  useEffect(() => {
    if (!hasKey) return;
    let current = true;
    void import('./inspect-key')
      .then(({ inspectKey }) => inspectKey(keyText, secretEncoding))
      .then((details) => {
        if (current) setSettled({ keyText, secretEncoding, details });
      })
      .catch(() => {
        // Details are a courtesy beside the verdict: without them the verify status still says what happened.
      });
    return () => {
      current = false;
    };
  }, [keyText, secretEncoding, hasKey]);
  if (!hasKey || !settled || settled.keyText !== keyText || settled.secretEncoding !== secretEncoding) return null;
  return settled.details;
}
