import { detectAes192 } from '../../core/crypto/detect-aes-192';
import { useAsyncValue } from '../../platform/use-async-value';

/** Whether this browser runs 192-bit AES (Chromium does not); true until known, so nothing is marked too early. */
export function useAes192(): boolean {
  const detected = useAsyncValue(() => detectAes192(), []);
  return detected.settled ? detected.value : true;
}
