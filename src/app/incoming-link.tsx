import { useState, type ComponentType, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { openSealedToken } from '../core/share/seal-token';
import { isShareFragment, parseShareFragment, type SealedToken } from '../core/share/share-link';
import { findFragmentTokens, findQueryTokens, joinUrlTokens } from '../core/share/url-tokens';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { loadArea } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useHandoffStore } from '../stores/handoff-store';

/** What the address held, once read: what the notice above the page says or asks. */
type Incoming =
  | { kind: 'decoded'; queryWarning: boolean; names: string[] }
  | { kind: 'refused'; code: string }
  | { kind: 'sealed'; sealed: SealedToken };

function handToDecoder(token: string): void {
  useHandoffStore.getState().send({ target: 'decoder', token, keyText: '', secretEncoding: 'utf8' });
}

/**
 * Reads a token from the address (share link, OAuth fragment, query string), removes it from the
 * address bar at once and hands it to the decoder in memory; returns the notice to show, or null.
 */
export async function readIncomingLink(): Promise<ComponentType | null> {
  const { hash, search, pathname } = window.location;
  let incoming: Incoming | null = null;
  const queryTokens = findQueryTokens(search);
  const fragmentTokens = findFragmentTokens(hash);
  const keepHash = hash.startsWith('#/') ? hash : '#/';
  if (!isShareFragment(hash) && queryTokens.length === 0 && fragmentTokens.length === 0) return null;
  if (isShareFragment(hash)) {
    const parsed = parseShareFragment(hash);
    if (!parsed.ok) incoming = { kind: 'refused', code: parsed.error.code };
    else if (parsed.link.mode === 'encrypted') incoming = { kind: 'sealed', sealed: parsed.link.sealed };
    else {
      if (parsed.link.mode !== 'view') handToDecoder(parsed.link.token);
      incoming = parsed.link.mode === 'view' ? null : { kind: 'decoded', queryWarning: false, names: [] };
    }
  } else if (fragmentTokens.length > 0) {
    handToDecoder(joinUrlTokens(fragmentTokens));
    incoming = { kind: 'decoded', queryWarning: false, names: fragmentTokens.map((found) => found.name) };
  }
  if (queryTokens.length > 0) {
    if (incoming === null || incoming.kind !== 'decoded' || incoming.names.length === 0) handToDecoder(joinUrlTokens(queryTokens));
    incoming = { kind: 'decoded', queryWarning: true, names: queryTokens.map((found) => found.name) };
  }
  // The query goes whole: a token in it has reached the server already, and it must not linger in history.
  window.history.replaceState(window.history.state, '', `${pathname}${keepHash}`);
  if (incoming === null) return null;
  await loadArea('share').catch(() => undefined);
  const shown = incoming;
  return function IncomingLinkNotice() {
    return <IncomingNotice incoming={shown} />;
  };
}

function IncomingNotice({ incoming }: { incoming: Incoming }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  if (incoming.kind === 'sealed') return <UnlockForm sealed={incoming.sealed} onDone={() => setDismissed(true)} />;
  if (incoming.kind === 'refused') {
    return (
      <aside className="notice notice-warning incoming-link" role="status">
        {t('share.refused', { code: incoming.code })}
      </aside>
    );
  }
  return (
    <aside className={`notice ${incoming.queryWarning ? 'notice-warning' : 'notice-info'} incoming-link`}>
      {incoming.queryWarning && <p data-testid="query-token-warning">{t('share.queryWarning')}</p>}
      {incoming.names.length > 0 && <p>{t('share.oauthTokens', { names: incoming.names.join(', ') })}</p>}
      <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
        {t('share.dismiss')}
      </button>
    </aside>
  );
}

function UnlockForm({ sealed, onDone }: { sealed: SealedToken; onDone: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'wrong' } | { kind: 'failed'; code: string }>({ kind: 'idle' });

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'working' });
    const opened = await openSealedToken(sealed, passphrase);
    if (!opened.ok) {
      setState(opened.error.code === 'wrong-passphrase' ? { kind: 'wrong' } : { kind: 'failed', code: opened.error.code });
      return;
    }
    setPassphrase('');
    useDecoderStore.getState().loadTokenAndKey(opened.token, '');
    void navigate('/');
    onDone();
  };

  return (
    <aside className="notice notice-info incoming-link" aria-labelledby="share-unlock-title">
      <form onSubmit={(event) => void unlock(event)}>
        <p id="share-unlock-title">{t('share.unlockTitle')}</p>
        <label>
          {t('share.unlockPassphrase')}{' '}
          <input
            type="password"
            data-testid="share-unlock-passphrase"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={state.kind === 'wrong'}
          />
        </label>{' '}
        <button type="submit" className="button button-small" data-testid="share-unlock" disabled={passphrase === '' || state.kind === 'working'}>
          {state.kind === 'working' ? t('share.unlocking') : t('share.unlock')}
        </button>{' '}
        <button type="button" className="button button-small" onClick={onDone}>
          {t('share.dismiss')}
        </button>
        <p role="status" data-testid="share-unlock-status">
          {state.kind === 'wrong' && t('share.unlockWrong')}
          {state.kind === 'failed' && t('share.unlockFailed', { code: state.code })}
        </p>
      </form>
    </aside>
  );
}
