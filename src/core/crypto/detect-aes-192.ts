let detection: Promise<boolean> | undefined;

async function importAes192(name: 'AES-GCM' | 'AES-CBC' | 'AES-KW'): Promise<unknown> {
  return crypto.subtle.importKey('raw', new Uint8Array(24), { name }, false, name === 'AES-KW' ? ['unwrapKey'] : ['decrypt']);
}

/**
 * Resolves to whether this engine's WebCrypto takes 192-bit AES keys for AES-GCM, AES-CBC and AES-KW
 * (Chromium takes none); detected once. Does not run any cipher.
 */
export function detectAes192(): Promise<boolean> {
  // A failed 192-bit key unwrap inside jose looks exactly like a wrong key, so the gap is found up front.
  detection ??= Promise.all([importAes192('AES-GCM'), importAes192('AES-CBC'), importAes192('AES-KW')]).then(
    () => true,
    () => false,
  );
  return detection;
}
