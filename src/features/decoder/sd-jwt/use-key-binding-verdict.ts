import { verifyKeyBinding } from '../../../core/crypto/verify-key-binding';
import { judgeKeyBinding, type KeyBindingVerdict } from '../../../core/sd-jwt/judge-key-binding';
import type { KeyBindingReading } from '../../../core/sd-jwt/read-key-binding';
import { useAsyncValue } from '../../../platform/use-async-value';

/** The key-binding verdict once the KB-JWT's signature under `cnf.jwk` is checked; null while it is. */
export function useKeyBindingVerdict(reading: KeyBindingReading | null): KeyBindingVerdict | null {
  const holderKey = reading?.holderKey ?? null;
  const signature = useAsyncValue(reading && holderKey ? () => verifyKeyBinding(reading.text, holderKey) : null, [reading, holderKey]);
  if (reading === null || holderKey === null) return judgeKeyBinding(reading, 'no-key');
  return signature.settled ? judgeKeyBinding(reading, signature.value.status) : null;
}
