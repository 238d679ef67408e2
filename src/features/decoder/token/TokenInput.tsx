import { memo, useId } from 'react';
import { useT } from '../../../i18n/use-t';
import { useDecoderStore } from '../page/decoder-store';
import { ExamplesMenu } from '../examples/ExamplesMenu';
import { LARGE_TOKEN_CHARS, shortenForDisplay } from './large-token';
import { EditInEncoderButton } from './EditInEncoderButton';

/**
 * The token box. Ordinary tokens are edited as they are. A large one is kept in the store and the
 * box shows a shortened copy, so the browser never lays out megabytes of text; typing into that
 * copy (or selecting all and pasting) replaces the token.
 */
function TokenInputView() {
  const t = useT();
  const id = useId();
  const tokenText = useDecoderStore((state) => state.tokenText);
  const setTokenText = useDecoderStore((state) => state.setTokenText);
  const loadExample = useDecoderStore((state) => state.loadExample);
  const clearAll = useDecoderStore((state) => state.clearAll);
  const large = tokenText.length >= LARGE_TOKEN_CHARS;
  const shown = large
    ? shortenForDisplay(tokenText, (omitted) => t('input.omittedMarker', { count: omitted }))
    : tokenText;

  return (
    <div className="token-input">
      <div className="pane-heading">
        <label htmlFor={id}>{t('decoder.tokenLabel')}</label>
        <div className="toolbar">
          <ExamplesMenu />
          <button type="button" className="button button-small" data-testid="example-button" onClick={loadExample}>
            {t('input.example')}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="clear-button"
            onClick={clearAll}
            disabled={tokenText === ''}
          >
            {t('input.clear')}
          </button>
          <EditInEncoderButton />
        </div>
      </div>
      <textarea
        id={id}
        data-testid="token-input"
        className="token-textarea"
        value={shown}
        placeholder={t('input.placeholder')}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        aria-describedby={large ? `${id}-large` : undefined}
        onChange={(event) => setTokenText(event.target.value)}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          // A large paste goes to the store directly: putting it into the textarea first would cost
          // a second of layout before anything else could happen.
          if (pasted.length >= LARGE_TOKEN_CHARS) {
            event.preventDefault();
            setTokenText(pasted);
          }
        }}
      />
      {large && (
        <p id={`${id}-large`} className="notice notice-info" data-testid="large-token-notice" role="status">
          {t('input.largeNotice', { count: tokenText.length })}
        </p>
      )}
    </div>
  );
}

// It takes no props: a key change re-renders the page, never the token box.
export const TokenInput = memo(TokenInputView);
