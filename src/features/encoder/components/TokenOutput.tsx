import { useNavigate } from 'react-router';
import type { SignError } from '../../../core/crypto/sign-token';
import { useLocale, useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { useHandoffStore } from '../../../stores/handoff-store';
import { ColouredToken } from '../../../ui/ColouredToken';
import { CopyButton } from '../../../ui/CopyButton';
import { describeSignError, describeSignWarning, type SignedTexts } from '../describe-sign-error';
import { downloadText } from '../download-text';
import { useEncoderStore } from '../encoder-store';
import type { SigningView } from '../use-signed-token';

const PART_NAMES = ['header', 'payload', 'signature'] as const;
/** Characters of each part drawn before eliding the rest: laying out megabytes freezes the page; copy and download carry the whole token. */
const PART_DISPLAY_CHARS = 2_000;

interface Props {
  signing: SigningView;
  texts: SignedTexts;
  /** What the decoder needs to verify the token: the public key PEM, or the secret. */
  verifierKey: string;
}

function ErrorMessage({ error, texts }: { error: SignError; texts: SignedTexts }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="encoder-error" data-testid="encoder-error" data-code={error.code} data-field={error.field}>
      {describeSignError(error, t, locale, texts)}
    </p>
  );
}

/** The signed token, live and colour-coded, with why there is none, warnings and what to do with it. */
export function TokenOutput({ signing, texts, verifierKey }: Props) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const send = useHandoffStore((state) => state.send);
  const secretEncoding = useEncoderStore((state) => state.secretEncoding);
  const { result, pending } = signing;
  const token = result?.ok ? result.token : '';
  const parts = token === '' ? [] : token.split('.').map((segment, index) => ({ name: PART_NAMES[index] ?? 'signature', segment }));

  const openInDecoder = () => {
    send({ target: 'decoder', token, keyText: verifierKey, secretEncoding });
    void navigate('/');
  };

  return (
    <section className="pane token-output" aria-labelledby="encoder-token-title" aria-busy={pending}>
      <div className="pane-heading">
        <h2 id="encoder-token-title" className="pane-title-plain">
          {t('encoder.tokenTitle')}
        </h2>
        <div className="toolbar">
          {token !== '' && (
            <CopyButton onCopy={() => copyText(token)} label={t('action.copy')} copiedLabel={t('action.copied')} failedLabel={t('action.copyFailed')} testId="encoder-copy-token" />
          )}
          <button type="button" className="button button-small" data-testid="encoder-download-token" disabled={token === ''} onClick={() => downloadText(token, 'token.jwt', 'application/jwt')}>
            {t('encoder.download')}
          </button>
        </div>
      </div>
      <div className={pending ? 'token-output-body token-output-pending' : 'token-output-body'}>
        {parts.length > 0 ? (
          <ColouredToken
            parts={parts}
            labelOf={(name) => t(`part.${name}`)}
            testId="encoder-token"
            maxSegmentChars={PART_DISPLAY_CHARS}
            elidedLabel={(count) => t('token.segmentElided', { count })}
          />
        ) : (
          <p className="coloured-token-text" data-testid="encoder-token" translate="no" />
        )}
      </div>
      {pending && (
        <p className="visually-hidden" role="status">
          {t('encoder.signing')}
        </p>
      )}
      {result && !result.ok && <ErrorMessage error={result.error} texts={texts} />}
      {result?.ok && result.warnings.length > 0 && (
        <ul className="encoder-warnings">
          {result.warnings.map((warning, index) => (
            <li key={index} className={warning.code === 'unsigned' ? 'notice notice-danger' : 'notice notice-warning'} data-testid="encoder-warning" data-warning={warning.code}>
              {describeSignWarning(warning, t, locale)}
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar token-actions">
        <button type="button" className="button" data-testid="encoder-open-in-decoder" disabled={token === '' || pending} onClick={openInDecoder}>
          {t('encoder.openInDecoder')}
        </button>
      </div>
    </section>
  );
}
