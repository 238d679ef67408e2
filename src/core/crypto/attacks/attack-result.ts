import type { RuleId } from '../../findings/rule-ids';
import type { GeneratedKey } from '../generate-key';
import type { SignError, SignWarning } from '../sign-token';
import type { ReasonParams } from '../verification-result';
import type { AttackKind } from './attack-catalogue';

/**
 * Why an attack token could not be made, beyond the signer's own errors: attack-key-missing and
 * attack-key-not-public (alg-confusion needs a public key, params: format), attack-input-missing
 * (the URL of jku / x5u), attack-signature-missing (an alg-none variant that keeps a signature,
 * when no signed token is there to take it from).
 */
export type AttackErrorCode = 'attack-key-missing' | 'attack-key-not-public' | 'attack-input-missing' | 'attack-signature-missing';

/** Why no attack token was made: a signer's error (JSON, key generation, signing) or one of the attack's own. */
export type AttackError = SignError | { code: AttackErrorCode; field: 'key' | 'attack-input'; params: ReasonParams };

/** What the tester would host at the `jku` or `x5u` URL, as JSON text. */
export interface HostedKey {
  /** A JWK Set for `jku`; for `x5u` the public JWK (a certificate for it is the tester's to make). */
  kind: 'jwks' | 'jwk';
  text: string;
}

/** An attack token and what goes with it. */
export interface BuiltAttack {
  kind: AttackKind;
  variant: string;
  /** The security rule that reports this token. */
  ruleId: RuleId;
  token: string;
  /** The key that verifies the token as text for a key box; '' when it is the empty key or there is none. */
  verifierKey: string;
  hosted: HostedKey | null;
  /** The key pair made to sign it (embedded-jwk, jku, x5u), to sign the next version with; memory only. */
  signingKey: Extract<GeneratedKey, { kind: 'key-pair' }> | null;
  /** Warnings about the header and payload (a payload that is not an object, repeated names). */
  warnings: SignWarning[];
}

/** The attack token, or why there is none. */
export type AttackResult = { ok: true; attack: BuiltAttack } | { ok: false; error: AttackError };
