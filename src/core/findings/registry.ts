import type { Rule } from './finding';
import { rule as algNone } from './rules/alg-none';
import { rule as algInvalid } from './rules/alg-invalid';
import { rule as emptySignature } from './rules/empty-signature';
import { rule as signatureLengthMismatch } from './rules/signature-length-mismatch';
import { rule as ecdsaZeroSignature } from './rules/ecdsa-zero-signature';
import { rule as rsaKeyTooSmall } from './rules/rsa-key-too-small';
import { rule as hmacEmptySecret } from './rules/hmac-empty-secret';
import { rule as hmacWeakSecret } from './rules/hmac-weak-secret';
import { rule as hmacShortSecret } from './rules/hmac-short-secret';
import { rule as algConfusionPublicKeyAsHmacSecret } from './rules/alg-confusion-public-key-as-hmac-secret';
import { rule as symmetricAlgWithPublicIssuer } from './rules/symmetric-alg-with-public-issuer';
import { rule as algKeyMismatch } from './rules/alg-key-mismatch';
import { rule as signatureInvalid } from './rules/signature-invalid';
import { rule as embeddedJwkHeader } from './rules/embedded-jwk-header';
import { rule as privateKeyExposed } from './rules/private-key-exposed';
import { rule as x5cHeader } from './rules/x5c-header';
import { rule as jkuHeader } from './rules/jku-header';
import { rule as x5uHeader } from './rules/x5u-header';
import { rule as kidPathTraversal } from './rules/kid-path-traversal';
import { rule as kidSqlInjection } from './rules/kid-sql-injection';
import { rule as kidOtherInjection } from './rules/kid-other-injection';
import { rule as critUnknown } from './rules/crit-unknown';
import { rule as b64False } from './rules/b64-false';
import { rule as typMismatch } from './rules/typ-mismatch';
import { rule as ctyHeader } from './rules/cty-header';
import { rule as nonCanonicalBase64url } from './rules/non-canonical-base64url';
import { rule as notCompactSerialization } from './rules/not-compact-serialization';
import { rule as duplicateJsonKeys } from './rules/duplicate-json-keys';
import { rule as jsonParsingAnomaly } from './rules/json-parsing-anomaly';
import { rule as missingExp } from './rules/missing-exp';
import { rule as expired } from './rules/expired';
import { rule as notYetValid } from './rules/not-yet-valid';
import { rule as iatInFuture } from './rules/iat-in-future';
import { rule as timeClaimInvalid } from './rules/time-claim-invalid';
import { rule as excessiveLifetime } from './rules/excessive-lifetime';
import { rule as missingIss } from './rules/missing-iss';
import { rule as missingAud } from './rules/missing-aud';
import { rule as sensitiveDataInPayload } from './rules/sensitive-data-in-payload';
import { rule as piiInPayload } from './rules/pii-in-payload';
import { rule as largeToken } from './rules/large-token';
import { rule as jweUnsignedContent } from './rules/jwe-unsigned-content';
import { rule as jweZip } from './rules/jwe-zip';
import { rule as pbes2HighCount } from './rules/pbes2-high-count';
import { rule as ecdhEsInvalidEpk } from './rules/ecdh-es-invalid-epk';
import { rule as jweWeakKeyManagement } from './rules/jwe-weak-key-management';
import { rule as jwePartLengthMismatch } from './rules/jwe-part-length-mismatch';
import { rule as jweKeyMismatch } from './rules/jwe-key-mismatch';
import { rule as jweDirShortKey } from './rules/jwe-dir-short-key';
import { rule as jweZipRatio } from './rules/jwe-zip-ratio';
import { rule as invisibleCharacters } from './rules/invisible-characters';
import { rule as mixedScriptIdentifier } from './rules/mixed-script-identifier';
import { rule as sdJwtUnmatchedDisclosure } from './rules/sd-jwt-unmatched-disclosure';
import { rule as sdJwtRepeatedDigest } from './rules/sd-jwt-repeated-digest';
import { rule as sdJwtHashAlg } from './rules/sd-jwt-hash-alg';
import { rule as sdJwtKbSdHashMismatch } from './rules/sd-jwt-kb-sd-hash-mismatch';

/** Every rule, in catalog order (docs/security-rules.md); a rule file missing here fails the meta-test. */
export const RULES: readonly Rule[] = [
  algNone,
  algInvalid,
  emptySignature,
  signatureLengthMismatch,
  ecdsaZeroSignature,
  rsaKeyTooSmall,
  hmacEmptySecret,
  hmacWeakSecret,
  hmacShortSecret,
  algConfusionPublicKeyAsHmacSecret,
  symmetricAlgWithPublicIssuer,
  algKeyMismatch,
  signatureInvalid,
  embeddedJwkHeader,
  privateKeyExposed,
  x5cHeader,
  jkuHeader,
  x5uHeader,
  kidPathTraversal,
  kidSqlInjection,
  kidOtherInjection,
  critUnknown,
  b64False,
  typMismatch,
  ctyHeader,
  nonCanonicalBase64url,
  notCompactSerialization,
  duplicateJsonKeys,
  jsonParsingAnomaly,
  missingExp,
  expired,
  notYetValid,
  iatInFuture,
  timeClaimInvalid,
  excessiveLifetime,
  missingIss,
  missingAud,
  sensitiveDataInPayload,
  piiInPayload,
  largeToken,
  jweUnsignedContent,
  jweZip,
  pbes2HighCount,
  ecdhEsInvalidEpk,
  jweWeakKeyManagement,
  jwePartLengthMismatch,
  jweKeyMismatch,
  jweDirShortKey,
  jweZipRatio,
  invisibleCharacters,
  mixedScriptIdentifier,
  sdJwtUnmatchedDisclosure,
  sdJwtRepeatedDigest,
  sdJwtHashAlg,
  sdJwtKbSdHashMismatch,
];
