import { useState, type ComponentType, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { openSealedToken } from '../core/share/seal-token';
import { isShareFragment, parseShareFragment, type SealedToken } from '../core/share/share-link';
import { findFragmentTokens, findQueryTokens, joinUrlTokens } from '../core/share/url-tokens';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { loadArea } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useHandoffStore } from '../stores/handoff-store';

/** What the address held besides a query token, once read: what the notice above the page says or asks. */
type Incoming = { kind: 'listed'; names: string[] } | { kind: 'refused'; code: string } | { kind: 'sealed'; sealed: SealedToken };

function handToDecoder(token: string): void {
  useHandoffStore.getState().send({ target: 'decoder', token, keyText: '', secretEncoding: 'utf8' });
}

/** Reads the fragment: hands its token to the decoder, and says what the notice shows (null: nothing). */
function readFragment(hash: string): { handed: boolean; incoming: Incoming | null } {
  if (isShareFragment(hash)) {
    const parsed = parseShareFragment(hash);
    if (!parsed.ok) return { handed: false, incoming: { kind: 'refused', code: parsed.error.code } };
    if (parsed.link.mode === 'encrypted') return { handed: false, incoming: { kind: 'sealed', sealed: parsed.link.sealed } };
    if (parsed.link.mode === 'view') return { handed: false, incoming: null };
    handToDecoder(parsed.link.token);
    return { handed: true, incoming: null };
  }
  const tokens = findFragmentTokens(hash);
  if (tokens.length === 0) return { handed: false, incoming: null };
  handToDecoder(joinUrlTokens(tokens));
  return { handed: true, incoming: { kind: 'listed', names: tokens.map((found) => found.name) } };
}

/**
 * Reads a token from the address (share link, OAuth fragment, query string), removes it from the
 * address bar at once and hands it to the decoder in memory; returns the notice to show, or null.
 */
export async function readIncomingLink(): Promise<ComponentType | null> {
  const { hash, search, pathname } = window.location;
  const queryTokens = findQueryTokens(search);
  if (!isShareFragment(hash) && queryTokens.length === 0 && findFragmentTokens(hash).length === 0) return null;
  const { handed, incoming } = readFragment(hash);
  const queryWarning = queryTokens.length > 0;
  if (queryWarning && !handed && incoming?.kind !== 'sealed') handToDecoder(joinUrlTokens(queryTokens));
  // The query goes whole: a token in it has reached the server already, and it must not linger in history.
  window.history.replaceState(window.history.state, '', `${pathname}${hash.startsWith('#/') ? hash : '#/'}`);
  if (incoming === null && !queryWarning) return null;
  await loadArea('share').catch(() => undefined);
  return function IncomingLinkNotice() {
    return <IncomingNotice incoming={incoming} queryWarning={queryWarning} />;
  };
}

function IncomingNotice({ incoming, queryWarning }: { incoming: Incoming | null; queryWarning: boolean }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <>
      {incoming?.kind === 'sealed' && <UnlockForm sealed={incoming.sealed} onDone={() => setDismissed(true)} />}
      {(queryWarning || incoming?.kind === 'listed' || incoming?.kind === 'refused') && (
        <aside className={`notice ${queryWarning || incoming?.kind === 'refused' ? 'notice-warning' : 'notice-info'} incoming-link`}>
          {queryWarning && <p data-testid="query-token-warning">{t('share.queryWarning')}</p>}
          {incoming?.kind === 'listed' && <p>{t('share.oauthTokens', { names: incoming.names.join(', ') })}</p>}
          {incoming?.kind === 'refused' && <p>{t('share.refused', { code: incoming.code })}</p>}
          {incoming?.kind !== 'sealed' && (
            <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
              {t('share.dismiss')}
            </button>
          )}
        </aside>
      )}
    </>
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
