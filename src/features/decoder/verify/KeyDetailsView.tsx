import type { KeyInfo } from '../../../core/keys/key-info';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import { useLocale, useT, type Translate } from '../../../i18n/use-t';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import type { JwkSummary, KeyDetails } from './describe-key';

function describeKeyInfo(info: KeyInfo): { key: MessageKey; values: MessageValues } {
  switch (info.type) {
    case 'rsa':
    case 'rsa-pss':
      return { key: `key.${info.type}`, values: { bits: info.modulusBits } };
    case 'ec':
    case 'okp':
      return { key: `key.${info.type}`, values: { curve: info.curve } };
    case 'oct':
      return { key: 'key.oct', values: { bytes: info.byteLength, bits: info.byteLength * 8 } };
    case 'other':
      return { key: 'key.other', values: { algorithm: info.algorithm } };
  }
}

function KeyType({ info }: { info: KeyInfo }) {
  const t = useT();
  const { key, values } = describeKeyInfo(info);
  return (
    <>
      <dt>{t('key.type')}</dt>
      <dd>{t(key, values)}</dd>
    </>
  );
}

function JwkRows({ jwk, usedKid }: { jwk: JwkSummary; usedKid: string | undefined }) {
  const t = useT();
  return (
    <dl className="key-details-list" data-testid="jwk-summary" data-kid={jwk.kid}>
      <KeyType info={jwk.keyInfo} />
      {jwk.kid !== undefined && (
        <>
          <dt>{t('key.kid')}</dt>
          <dd>
            <code>{showHiddenCharacters(jwk.kid)}</code>
            {usedKid !== undefined && usedKid === jwk.kid && <strong className="key-used"> ✓ {t('key.usedForVerification')}</strong>}
          </dd>
        </>
      )}
      {jwk.alg !== undefined && (
        <>
          <dt>{t('key.alg')}</dt>
          <dd>
            <code>{showHiddenCharacters(jwk.alg)}</code>
          </dd>
        </>
      )}
      {jwk.use !== undefined && (
        <>
          <dt>{t('key.use')}</dt>
          <dd>
            <code>{showHiddenCharacters(jwk.use)}</code>
          </dd>
        </>
      )}
      {jwk.thumbprint !== null && (
        <>
          <dt>{t('key.thumbprint')}</dt>
          <dd>
            <code className="wrap-anywhere" data-testid="jwk-thumbprint">
              {jwk.thumbprint}
            </code>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Members listed at most: a set of hundreds stays readable and quick; the one that verified is always shown. */
const MAX_LISTED_MEMBERS = 12;

function shownMembers(members: JwkSummary[], usedKid: string | undefined): JwkSummary[] {
  if (members.length <= MAX_LISTED_MEMBERS) return members;
  const first = members.slice(0, MAX_LISTED_MEMBERS);
  const used = members.find((member) => usedKid !== undefined && member.kid === usedKid);
  return used && !first.includes(used) ? [...first, used] : first;
}

/** The key in a few words, for the folded details: its type and size, or how many keys a set holds. */
function sayKeyBriefly(details: Extract<KeyDetails, { ok: true }>, t: Translate): string {
  if (details.kind === 'jwks') return t('key.jwksMembers', { count: details.members.length });
  const info = details.kind === 'secret' ? { type: 'oct' as const, byteLength: details.byteLength } : details.kind === 'jwk' ? details.jwk.keyInfo : details.keyInfo;
  const { key, values } = describeKeyInfo(info);
  return t(key, values);
}

/**
 * What the pasted key is: type and size, a certificate's names and validity, each JWK's thumbprint.
 * Folded to its one-line summary, so the key box and the verdict above it keep the column short;
 * a certificate opens, since its names and validity are what a reader pasted it to see.
 */
export function KeyDetailsView({ details, usedKid }: { details: KeyDetails; usedKid: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  if (!details.ok) return null;
  const date = (seconds: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(seconds * 1000) + ' UTC';
  return (
    <details className="key-details" open={details.kind === 'certificate'}>
      <summary>
        {t('key.detailsTitle')} <span className="key-details-brief">· {sayKeyBriefly(details, t)}</span>
      </summary>
      {details.kind === 'secret' && (
        <dl className="key-details-list">
          <KeyType info={{ type: 'oct', byteLength: details.byteLength }} />
        </dl>
      )}
      {(details.kind === 'public-key' || details.kind === 'private-key') && (
        <dl className="key-details-list">
          <KeyType info={details.keyInfo} />
        </dl>
      )}
      {details.kind === 'certificate' && (
        <dl className="key-details-list" data-testid="certificate-details">
          <KeyType info={details.keyInfo} />
          <dt>{t('key.subject')}</dt>
          <dd className="wrap-anywhere">{showHiddenCharacters(details.subject)}</dd>
          <dt>{t('key.issuer')}</dt>
          <dd className="wrap-anywhere">{showHiddenCharacters(details.issuer)}</dd>
          <dt>{t('key.validity')}</dt>
          <dd>{t('key.validityRange', { from: date(details.notBeforeSeconds), to: date(details.notAfterSeconds) })}</dd>
          <dt>{t('key.serial')}</dt>
          <dd>
            <code className="wrap-anywhere">{details.serialNumberHex}</code>
          </dd>
        </dl>
      )}
      {details.kind === 'jwk' && <JwkRows jwk={details.jwk} usedKid={usedKid} />}
      {details.kind === 'jwks' && (
        <>
          <p>{t('key.jwksMembers', { count: details.members.length })}</p>
          {details.unreadable > 0 && <p>{t('key.jwksUnreadable', { count: details.unreadable })}</p>}
          <ol className="jwks-members">
            {shownMembers(details.members, usedKid).map((member) => (
              <li key={member.index}>
                <JwkRows jwk={member} usedKid={usedKid} />
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
