import type { TokenExtraction } from '../../../core/inspect-token';
import { useT } from '../../../i18n/use-t';
import { useDecoderStore } from '../page/decoder-store';
import './token-source.css';

/** Characters of a candidate shown on its button: enough to tell tokens apart by their start. */
const PREVIEW_CHARS = 24;

/**
 * Where the decoded token was found in the pasted text and, when the text held several, one button
 * per token; pressing one decodes that token everywhere (panes, verdict, findings).
 */
export function TokenSource({ extraction }: { extraction: TokenExtraction }) {
  const t = useT();
  const chooseCandidate = useDecoderStore((state) => state.chooseCandidate);
  const { source, candidates, chosen } = extraction;
  const name = candidates[chosen]?.name ?? null;
  return (
    <div className="token-source">
      <p className="notice notice-info" data-testid="token-source" data-source={source}>
        {t(`source.found.${source}`)}
        {name !== null && <> {t('source.name', { name })}</>}
      </p>
      {candidates.length > 1 && (
        <fieldset className="token-candidates">
          <legend>{t('source.candidatesTitle', { count: candidates.length })}</legend>
          <ul>
            {candidates.map((candidate) => (
              <li key={candidate.index}>
                <button
                  type="button"
                  className="button button-small token-candidate"
                  data-testid="token-candidate"
                  data-index={candidate.index}
                  data-kind={candidate.kind}
                  aria-pressed={candidate.index === chosen}
                  onClick={() => chooseCandidate(candidate.index)}
                >
                  <span className="token-candidate-title">{t('source.candidate', { number: candidate.index + 1, kind: candidate.kind.toUpperCase() })}</span>
                  <span className="token-candidate-place">{candidate.name ?? t(`source.place.${candidate.source}`)}</span>
                  <code className="token-candidate-preview" translate="no">
                    {candidate.token.length > PREVIEW_CHARS ? `${candidate.token.slice(0, PREVIEW_CHARS)}…` : candidate.token}
                  </code>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
