/**
 * Something worth telling the user about a key that was still usable:
 * - `private-key-pasted`: a private key was given; only its public half is used (verification needs no more).
 * - `pem-extra-blocks`: the text holds more PEM blocks than the one used (the first key or certificate).
 * - `secret-surrounding-whitespace`: a UTF-8 secret starts or ends with whitespace, which is part of the key.
 * - `secret-non-canonical-encoding`: a base64/base64url secret had padding, the other alphabet or non-zero trailing bits.
 * - `jwks-private-members-ignored`: JWKS members held private parameters; only their public halves are used.
 * - `jwks-unreadable-members`: some JWKS members could not be read and were left out.
 */
export type KeyNote =
  | 'private-key-pasted'
  | 'pem-extra-blocks'
  | 'secret-surrounding-whitespace'
  | 'secret-non-canonical-encoding'
  | 'jwks-private-members-ignored'
  | 'jwks-unreadable-members';
