import { useCallback, useMemo, useState } from 'react';
import type { SecretAuditResult } from '../../../core/audit/audit-hit';
import type { TokenPart } from '../../../core/token/decoded-token';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { useT } from '../../../i18n/use-t';
import { collectNotes } from '../token/collect-notes';
import { describeProblems } from '../token/describe-problems';
import type { DecoderView } from './inspect-for-view';
import { LazySecretAudit } from '../audit/LazySecretAudit';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { LazyHeaderParameters } from '../claims/LazyHeaderParameters';
import { readTokenClaims } from '../claims/read-claims';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { ColouredToken } from '../token/ColouredToken';
import { DecodeErrorPanel } from '../token/DecodeErrorPanel';
import { JweSegments } from '../token/JweSegments';
import { PartPane } from '../token/PartPane';
import { SignaturePane } from '../token/SignaturePane';
import { TokenNotes } from '../token/TokenNotes';

/** The payload as shown: pretty JSON, or the text as it is when it is not JSON. */
function payloadText(part: TokenPart | undefined, prettyJson: string | null): { text: string | null; json: boolean } {
  if (prettyJson !== null) return { text: prettyJson, json: true };
  if (part?.decoding.ok && part.decoding.content.type === 'text') return { text: part.decoding.content.text, json: false };
  return { text: null, json: false };
}

/** Everything shown for a non-empty input: the coloured token, problems, notes and one pane per part. */
export function DecodedPanes({ view }: { view: DecoderView }) {
  const t = useT();
  const { decoded } = view;
  const problems = useMemo(() => describeProblems(decoded), [decoded]);
  const notes = useMemo(() => collectNotes(decoded, (part) => t(`part.${part}`)), [decoded, t]);
  // Findings and the secret audit start after the decoded panes are painted, so they never delay
  // what the user just pasted (bench: run in the same frame they cost a typical paste ~100 ms).
  const settled = useValueAfterPaint(decoded);
  // The audit panel reports its result here so the findings can show a found secret; a result
  // belongs to the token it was computed for and is dropped when the token changes.
  const [audited, setAudited] = useState<{ decoded: DecoderView['decoded']; result: SecretAuditResult } | null>(null);
  const onAuditResult = useCallback((result: SecretAuditResult) => setAudited({ decoded: settled ?? decoded, result }), [settled, decoded]);
  const audit = settled && audited?.decoded === settled ? audited.result : undefined;
  if (decoded.kind === 'empty') return null;

  const header = decoded.parts.find((part) => part.name === 'header');
  const payloadPart = decoded.kind === 'jwe' ? undefined : decoded.parts.find((part) => part.name === 'payload');
  const payload = payloadText(payloadPart, view.payloadJson);
  const signature = decoded.kind === 'jws' ? decoded.parts[2] : undefined;
  const claims = readTokenClaims(decoded);

  return (
    <div className="decoded">
      <ColouredToken parts={decoded.parts} />
      <DecodeErrorPanel problems={problems} />
      <TokenNotes notes={notes} />
      {claims.payload && <TokenSummary header={claims.header} payload={claims.payload} />}
      {claims.payload && <TimeStatus payload={claims.payload} />}
      {settled && settled.kind !== 'empty' && <LazyFindingList decoded={settled} {...(audit ? { audit } : {})} />}
      <div className="panes">
        {header && (
          <PartPane part="header" title={t('pane.headerTitle')} text={view.headerJson} json testId="header-json">
            {claims.header && <LazyHeaderParameters header={claims.header} />}
          </PartPane>
        )}
        {decoded.kind === 'jwe' ? (
          <JweSegments parts={decoded.parts.slice(1)} />
        ) : (
          payloadPart && (
            <PartPane part="payload" title={t('pane.payloadTitle')} text={payload.text} json={payload.json} testId="payload-json">
              {!payload.json && payload.text !== null && <p className="pane-hint">{t('pane.payloadNotJson')}</p>}
            </PartPane>
          )
        )}
        {claims.payload && <LazyClaimsTable payload={claims.payload} />}
        {signature && <SignaturePane part={signature} />}
        {settled?.kind === 'jws' && <LazySecretAudit decoded={settled} onResult={onAuditResult} />}
      </div>
    </div>
  );
}
