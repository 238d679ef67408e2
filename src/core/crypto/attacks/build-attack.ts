import type { AttackKind } from './attack-catalogue';
import { readAttackParts } from './attack-parts';
import type { AttackResult, BuiltAttack } from './attack-result';
import { buildAlgConfusionAttack } from './build-alg-confusion-attack';
import { buildAlgNoneAttack } from './build-alg-none-attack';
import { buildEmbeddedJwkAttack } from './build-embedded-jwk-attack';
import { buildEmptyKeyAttack } from './build-empty-key-attack';
import { buildEmptySignatureAttack } from './build-empty-signature-attack';
import { buildKeyUrlAttack } from './build-key-url-attack';
import { buildKidInjectionAttack } from './build-kid-injection-attack';
import { buildPsychicSignatureAttack } from './build-psychic-signature-attack';

/** What an attack is built from: the encoder's texts and the attack's own choices. */
export interface AttackInput {
  kind: AttackKind;
  /** A variant id of the catalogue; an unknown one means the default. */
  variant: string;
  headerJson: string;
  payloadJson: string;
  /** The public key whose text becomes the HMAC secret (alg-confusion). */
  publicKeyText: string;
  /** The attack's free-text input: the URL (jku, x5u) or a custom kid (kid-injection); '' when empty. */
  text: string;
  /** The signature segment an alg-none `+signature` variant keeps; '' when there is none. */
  signatureSegment: string;
  /** A key pair an earlier attack token was signed with (BuiltAttack.signingKey), reused when made for the same alg. */
  signingKey?: BuiltAttack['signingKey'];
}

/**
 * Returns the attack token of the chosen kind made from the header and payload, the rule that
 * reports it and what goes with it (verifier key, what to host), or why none could be made: errors
 * as data, never thrown. Sends nothing anywhere; does not judge whether any server is vulnerable.
 */
export async function buildAttack(input: AttackInput): Promise<AttackResult> {
  const reading = readAttackParts(input.headerJson, input.payloadJson);
  if (!reading.ok) return reading;
  const { parts } = reading;
  const reuse = input.signingKey ?? null;
  switch (input.kind) {
    case 'alg-confusion':
      return buildAlgConfusionAttack(parts, input.publicKeyText);
    case 'alg-none':
      return buildAlgNoneAttack(parts, input.variant, input.signatureSegment);
    case 'embedded-jwk':
      return buildEmbeddedJwkAttack(parts, reuse);
    case 'jku':
    case 'x5u':
      return buildKeyUrlAttack(parts, input.kind, input.text, reuse);
    case 'kid-injection':
      return buildKidInjectionAttack(parts, input.variant, input.text);
    case 'empty-signature':
      return buildEmptySignatureAttack(parts);
    case 'psychic-signature':
      return buildPsychicSignatureAttack(parts);
    case 'empty-key':
      return buildEmptyKeyAttack(parts);
  }
}
