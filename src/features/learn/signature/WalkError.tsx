import type { InspectionReport } from '../../../core/inspect-token';
import type { SignatureWalkError } from '../../../core/learn/signature-walk';
import { useT, type Translate } from '../../../i18n/use-t';

function derHint(report: InspectionReport): boolean {
  const { decoded } = report;
  if (decoded.kind !== 'jws') return false;
  const alg = report.header?.alg;
  const signature = decoded.parts[2].decoding;
  return typeof alg === 'string' && alg.startsWith('ES') && signature.ok && signature.bytes[0] === 0x30;
}

function describe(t: Translate, error: SignatureWalkError, report: InspectionReport): string[] {
  switch (error.code) {
    case 'not-jws':
      return [t('learnSignature.error.not-jws')];
    case 'unsupported-alg':
      if (report.decoded.kind === 'jwe') return [t('learnSignature.error.jwe')];
      if (error.alg.toLowerCase() === 'none') return [t('learnSignature.error.alg-none')];
      return [t('learnSignature.error.unsupported-alg', { alg: error.alg === '' ? '—' : error.alg })];
    case 'key-needed':
      return [error.family === 'hmac' ? t('learnSignature.error.key-needed.hmac') : t('learnSignature.error.key-needed.public')];
    case 'key-unreadable':
      return [t('learnSignature.error.key-unreadable', { detail: error.detail })];
    case 'key-mismatch':
      return [t('learnSignature.error.key-mismatch', { needs: t(`learnSignature.error.needs.${error.family}`), kind: error.keyKind, curve: error.curve ? ` (${error.curve})` : '' })];
    case 'signature-length': {
      const length = t('learnSignature.error.signature-length', { actual: error.actual, expected: error.expected });
      return derHint(report) ? [length, t('learnSignature.error.der')] : [length];
    }
    case 'signature-unreadable':
      return [t('learnSignature.error.signature-unreadable')];
    case 'jwks-no-match':
      return [t('learnSignature.error.jwks-no-match', { kid: error.kid ?? 'none' })];
  }
}

/** Why the walk cannot run for this token and key, and what to do about it. */
export function WalkError({ error, report }: { error: SignatureWalkError; report: InspectionReport }) {
  const t = useT();
  return (
    <div className="sig-error" data-testid="sig-error" data-code={error.code}>
      {describe(t, error, report).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
