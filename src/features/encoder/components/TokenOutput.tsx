import { useNavigate } from 'react-router';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { useHandoffStore } from '../../../stores/handoff-store';
import { ColouredToken } from '../../../ui/ColouredToken';
import { CopyButton } from '../../../ui/CopyButton';
import { downloadText } from '../download-text';
import type { TokenView } from '../token-view';

const JWS_PART_NAMES = ['header', 'payload', 'signature'] as const;
const JWE_PART_NAMES = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'] as const;
/** Characters of each part drawn before eliding the rest: laying out megabytes freezes the page; copy and download carry the whole token. */
const PART_DISPLAY_CHARS = 2_000;

interface Props {
  view: TokenView;
  /** The pane's title and the words said while a token is being made. */
  title: string;
  busyLabel: string;
  /** What "Open in decoder" carries besides the token: the key that verifies or decrypts it (kept in memory only). */
  handoffKey: string;
  handoffEncoding: SecretEncoding;
}

/** The token, live and colour-coded (three JWS or five JWE parts), with why there is none, warnings and what to do with it. */
export function TokenOutput({ view, title, busyLabel, handoffKey, handoffEncoding }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const send = useHandoffStore((state) => state.send);
  const { token, pending, error, warnings } = view;
  const segments = token === '' ? [] : token.split('.');
  const names: readonly ((typeof JWS_PART_NAMES)[number] | (typeof JWE_PART_NAMES)[number])[] = segments.length === JWE_PART_NAMES.length ? JWE_PART_NAMES : JWS_PART_NAMES;
  const parts = segments.map((segment, index) => ({ name: names[index] ?? 'signature', segment }));

  const openInDecoder = () => {
    send({ target: 'decoder', token, keyText: handoffKey, secretEncoding: handoffEncoding });
    void navigate('/');
  };

  return (
    <section className="pane token-output" aria-labelledby="encoder-token-title" aria-busy={pending}>
      <div className="pane-heading">
        <h2 id="encoder-token-title" className="pane-title-plain">
          {title}
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
          {busyLabel}
        </p>
      )}
      {error && (
        <p className="encoder-error" data-testid="encoder-error" data-code={error.code} data-field={error.field}>
          {error.message}
        </p>
      )}
      {token !== '' && warnings.length > 0 && (
        <ul className="encoder-warnings">
          {warnings.map((warning, index) => (
            <li key={index} className={warning.danger ? 'notice notice-danger' : 'notice notice-warning'} data-testid="encoder-warning" data-warning={warning.code}>
              {warning.message}
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
