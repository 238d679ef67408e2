import { useEffect, useRef } from 'react';
import { findAttack } from '../../../core/crypto/attacks/attack-catalogue';
import type { AttackResult, BuiltAttack } from '../../../core/crypto/attacks/attack-result';
import { buildAttack, type AttackInput } from '../../../core/crypto/attacks/build-attack';
import { derivePublicKeyPem } from '../../../core/crypto/sign-token';
import { useLocale, useT } from '../../../i18n/use-t';
import { describeSignWarning } from '../describe-sign-error';
import { toTokenView, type TokenView } from '../token-view';
import { useLiveResult } from '../use-live-result';
import { describeAttackError } from './describe-attack-error';
import { useAttackStore } from './attack-store';

/** What the attack token is made from: the encoder's texts and the token it signed. */
export interface AttackSources {
  headerJson: string;
  payloadJson: string;
  keyText: string;
  /** The encoder's signed token, '' when there is none (an alg-none variant may keep its signature). */
  signedToken: string;
}

/** The attack token as the token pane shows it, or `active: false` when no attack is chosen. */
export interface AttackTokenView {
  active: boolean;
  view: TokenView;
  /** What "Open in decoder" carries to the key box with the attack token. */
  verifierKey: string;
  attack: BuiltAttack | null;
}

const INACTIVE: AttackTokenView = { active: false, view: { token: '', pending: false, error: null, warnings: [] }, verifierKey: '', attack: null };

async function makeAttack(input: AttackInput): Promise<AttackResult> {
  const result = await buildAttack(input);
  // The key box usually holds a private key: its public half is what a server would publish.
  if (result.ok || result.error.code !== 'attack-key-not-public' || result.error.params.format !== 'private-key') return result;
  const derived = await derivePublicKeyPem(input.publicKeyText);
  return derived.ok ? buildAttack({ ...input, publicKeyText: derived.publicKeyPem }) : result;
}

/** Builds the chosen attack token whenever its inputs change (nothing while none is chosen or `enabled` is false). */
export function useAttackToken({ headerJson, payloadJson, keyText, signedToken }: AttackSources, enabled: boolean): AttackTokenView {
  const t = useT();
  const locale = useLocale();
  const kind = useAttackStore((state) => state.kind);
  const variant = useAttackStore((state) => state.variant);
  const text = useAttackStore((state) => state.text);
  const active = enabled && kind !== 'none';
  // Only the inputs the chosen attack reads, so typing elsewhere does not make a fresh key pair.
  const usesKey = kind === 'alg-confusion';
  const usesText = kind !== 'none' && findAttack(kind).input !== 'none';
  const signatureSegment = kind === 'alg-none' ? (signedToken.split('.')[2] ?? '') : '';
  const publicKeyText = usesKey ? keyText : '';
  const attackText = usesText ? text : '';
  // The key pair of the last jku / x5u / embedded-jwk token: the key set a tester hosts stays valid while the payload changes.
  const signingKey = useRef<BuiltAttack['signingKey']>(null);
  const live = useLiveResult(
    active
      ? () => makeAttack({ kind, variant, headerJson, payloadJson, publicKeyText, text: attackText, signatureSegment, signingKey: signingKey.current })
      : null,
    (cause): AttackResult => ({ ok: false, error: { code: 'sign-failed', field: 'key', params: { alg: kind, errorName: 'unexpected' }, cause } }),
    [active, kind, variant, headerJson, payloadJson, publicKeyText, attackText, signatureSegment],
  );
  const attack = live.result?.ok === true ? live.result.attack : null;
  // Only a shown token's key is kept: a result dropped as stale must not replace it.
  useEffect(() => {
    if (attack?.signingKey) signingKey.current = attack.signingKey;
  }, [attack]);
  if (!active) return INACTIVE;
  const texts = { header: headerJson, payload: payloadJson };
  const made = live.result === null || !live.result.ok ? live.result : { ok: true as const, token: live.result.attack.token, warnings: live.result.attack.warnings };
  const view = toTokenView(
    { result: made, pending: live.pending },
    (error) => describeAttackError(error, t, locale, texts),
    (warning) => describeSignWarning(warning, t, locale),
  );
  return { active, view, verifierKey: attack?.verifierKey ?? '', attack };
}
