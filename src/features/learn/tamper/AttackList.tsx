import { useEffect, useId, useRef, useState } from 'react';
import { detectKeyFormat } from '../../../core/keys/detect-key-format';
import { forgeHmacToken } from '../../../core/learn/tamper/forge-hmac-token';
import { forgeUnsignedToken } from '../../../core/learn/tamper/forge-unsigned-token';
import { forgeZeroEcdsaToken } from '../../../core/learn/tamper/forge-zero-ecdsa-token';
import { TAMPER_ATTACKS, type ForgedToken, type TamperAttackId } from '../../../core/learn/tamper/tamper-attack';
import { useT } from '../../../i18n/use-t';
import type { SandboxEdit } from './sandbox-edit';
import { encodeUtf8 } from '../../../core/encoding/utf8';

// What an attacker takes as "the public key": the file as published, which is what the key box holds.
const PUBLIC_KEY_FORMATS = new Set(['pem-spki', 'pem-pkcs1', 'pem-x509']);

interface Props {
  token: string;
  keyText: string;
  onEdit: (edit: SandboxEdit) => void;
}

async function forge(attack: TamperAttackId, token: string, keyText: string): Promise<ForgedToken> {
  switch (attack) {
    case 'alg-none':
      return forgeUnsignedToken(token);
    case 'embedded-jwk':
      // Key generation and signing bring jose's signing code: loaded when first asked for.
      return (await import('../../../core/learn/tamper/forge-embedded-jwk-token')).forgeEmbeddedJwkToken(token);
    case 'alg-confusion':
      return forgeHmacToken(token, encodeUtf8(keyText));
    case 'empty-key':
      return forgeHmacToken(token, new Uint8Array(0));
    case 'psychic-signature':
      return forgeZeroEcdsaToken(token);
  }
}

/** The guided attacks: each makes its token from the sandbox token, says what a broken verifier does with it, and links the rule that catches it. */
export function AttackList({ token, keyText, onEdit }: Props) {
  const t = useT();
  const baseId = useId();
  const [busy, setBusy] = useState<TamperAttackId | null>(null);
  const [failed, setFailed] = useState<TamperAttackId | null>(null);
  const hasPublicKey = PUBLIC_KEY_FORMATS.has(detectKeyFormat(keyText));
  // The sandbox token as it is now, for an attack that finishes later (the embedded JWK loads code and
  // makes a key): made from a token the learner has since edited or reset, its result is dropped.
  const currentToken = useRef(token);
  useEffect(() => {
    currentToken.current = token;
  }, [token]);
  const run = async (attack: TamperAttackId) => {
    setBusy(attack);
    setFailed(null);
    const from = token;
    const result = await forge(attack, from, keyText);
    setBusy(null);
    if (currentToken.current !== from) return;
    if (result.ok) onEdit({ kind: 'attack', token: result.token, attack });
    else setFailed(attack);
  };
  return (
    <ul className="tamper-attacks">
      {TAMPER_ATTACKS.map(({ id, ruleId }) => {
        const blocked = id === 'alg-confusion' && !hasPublicKey;
        return (
          <li key={id} className="tamper-attack-card" data-testid="tamper-attack-card" data-attack={id}>
            <h4 id={`${baseId}-${id}`}>{t(`learnTamper.attack.${id}.title`)}</h4>
            <p>{t(`learnTamper.attack.${id}.broken`)}</p>
            {blocked && (
              <p className="tamper-edit-hint" data-testid="tamper-attack-note">
                {t('learnTamper.attack.alg-confusion.noPublicKey')}
              </p>
            )}
            <div className="tamper-buttons">
              <button className="button" type="button" data-testid="tamper-attack" data-attack={id} aria-describedby={`${baseId}-${id}`} disabled={blocked || busy !== null} onClick={() => void run(id)}>
                {busy === id ? t('learnTamper.attack.busy') : t('learnTamper.attack.apply')}
              </button>
              <a href={`#/rules/${ruleId}`} data-testid="tamper-attack-rule" data-rule={ruleId}>
                {t('learnTamper.attack.rule', { rule: ruleId })}
              </a>
            </div>
            {failed === id && (
              <p className="tamper-edit-error" role="alert">
                {t('learnTamper.attack.failed')}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
