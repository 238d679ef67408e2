import { memo, useCallback, useId, useMemo, useRef, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import type { TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { PartLegend } from '../../../ui/ColouredToken';
import { useTokenReportState } from '../page/decoder-context';
import { useDecoderStore } from '../page/decoder-store';
import { ExamplesMenu } from '../examples/ExamplesMenu';
import { ColouredToken } from './ColouredToken';
import { LARGE_TOKEN_CHARS } from './large-token';
import { RefusedEditNotice } from './RefusedEditNotice';
import { useTokenBoxEditing } from './use-token-box-editing';
import { findBadCharacters } from './bad-characters';
import { isSegmentCharacterShown } from './token-mirror';
import { TokenActions } from './TokenActions';
import { CodeTextArea } from '../../../ui/CodeTextArea';

const NO_PARTS: readonly TokenPart[] = [];

/**
 * Tells the coloured mirror where the pointer is. The box lies on top of the mirror and takes the
 * pointer, so the mirror's own pointer handling is fed from here: the handlers go on the box,
 * `layers` is the element holding the mirror (its first child), and each move (once a frame)
 * reaches the innermost mirror element under the pointer, with the pointer's coordinates.
 */
function usePointerForwarding(layers: RefObject<HTMLDivElement | null>) {
  const frameRef = useRef(0);
  const forward = useCallback(
    (target: Element | null, clientX: number, clientY: number) => {
      const over = target ?? layers.current?.firstElementChild ?? null;
      over?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX, clientY }));
    },
    [layers],
  );
  const onMouseMove = useCallback(
    (event: ReactMouseEvent) => {
      const { clientX, clientY, currentTarget: box } = event;
      cancelAnimationFrame(frameRef.current);
      frameRef.current = requestAnimationFrame(() => {
        // Every element under the pointer, the mirror's (under the box) included, innermost first.
        const under = typeof document.elementsFromPoint === 'function' ? document.elementsFromPoint(clientX, clientY) : [];
        const mirror = layers.current?.firstElementChild;
        const inMirror = (element: Element) => mirror?.contains(element) === true;
        forward(under.find(inMirror) ?? null, clientX, clientY);
        // The box covers the mirror, so it shows the title of a marked character under the pointer.
        const badTitle = under.find((element) => element.classList.contains('token-bad-char') && inMirror(element))?.getAttribute('title');
        if (badTitle) box.setAttribute('title', badTitle);
        else box.removeAttribute('title');
      });
    },
    [forward, layers],
  );
  const onMouseLeave = useCallback(() => {
    cancelAnimationFrame(frameRef.current);
    // Off every character: the mirror hears of a pointer at no place.
    forward(null, -1, -1);
  }, [forward]);
  return { onMouseMove, onMouseLeave };
}

/**
 * The token box, which is also the coloured token: a textarea with transparent text over a mirror
 * that draws the same text, each part in its colour (and highlighted members). Ordinary tokens are
 * edited as they are. A large one is kept in the store and the box shows a shortened copy, so the
 * browser never lays out megabytes of text; edits of that copy apply to the whole token, and one
 * inside the marker for the left-out middle is refused with the reason (useTokenBoxEditing).
 */
function TokenInputView() {
  const t = useT();
  const id = useId();
  const tokenText = useDecoderStore((state) => state.tokenText);
  const setTokenText = useDecoderStore((state) => state.setTokenText);
  const loadExample = useDecoderStore((state) => state.loadExample);
  const clearAll = useDecoderStore((state) => state.clearAll);
  const { report } = useTokenReportState();
  const large = tokenText.length >= LARGE_TOKEN_CHARS;
  const marker = useCallback((omitted: number) => t('input.omittedMarker', { count: omitted }), [t]);
  const { mirror, boxProps, refused, clearToken } = useTokenBoxEditing(tokenText, setTokenText, marker);
  // A report of another text (a large one still being inspected) colours nothing.
  const decoded = report?.decoded;
  const parts = decoded && decoded.kind !== 'empty' && decoded.parts.every((part) => part.end <= tokenText.length) ? decoded.parts : NO_PARTS;
  const headerJson = report?.headerJson;
  const payloadJson = report?.payloadJson;
  const members = useMemo(() => ({ header: headerJson?.members, payload: payloadJson?.members }), [headerJson, payloadJson]);
  const badCharacters = useMemo(
    () =>
      findBadCharacters(parts).map((bad) => ({
        ...bad,
        label: t(bad.key, { ...bad.values, part: t(`part.${bad.part}`) }),
        shown: isSegmentCharacterShown(mirror.text, mirror.pieces, parts[bad.partIndex]!, bad.index),
      })),
    [parts, mirror, t],
  );
  const shownBadCharacters = useMemo(() => badCharacters.filter((bad) => bad.shown), [badCharacters]);
  const describedBy = [large && `${id}-large`, badCharacters.length > 0 && `${id}-bad`].filter(Boolean).join(' ');
  const layersRef = useRef<HTMLDivElement>(null);
  const { onMouseMove, onMouseLeave } = usePointerForwarding(layersRef);

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
          <TokenActions />
        </div>
      </div>
      <div className="token-field">
        <div className="token-field-layers" ref={layersRef}>
          <ColouredToken parts={parts} members={members} mirror={mirror} badCharacters={shownBadCharacters} />
          <CodeTextArea
            id={id}
            data-testid="token-input"
            className="token-textarea"
            {...boxProps}
            placeholder={t('input.placeholder')}
            aria-describedby={describedBy || undefined}
            aria-invalid={(report?.problems.length ?? 0) > 0 || undefined}
            onMouseMove={onMouseMove}
            onMouseLeave={onMouseLeave}
          />
        </div>
      </div>
      {parts.length > 0 && <PartLegend names={parts.map((part) => part.name)} labelOf={(name) => t(`part.${name}`)} />}
      {large && (
        <p id={`${id}-large`} className="notice notice-info" data-testid="large-token-notice" role="status">
          {t('input.largeNotice', { count: tokenText.length })}
        </p>
      )}
      {refused && <RefusedEditNotice reason={refused} tokenText={tokenText} onClear={clearToken} />}
      {badCharacters.length > 0 && (
        <div id={`${id}-bad`}>
          {badCharacters.map((bad) =>
            bad.shown ? (
              <span key={bad.partIndex} className="visually-hidden">
                {bad.label}
              </span>
            ) : (
              <p
                key={bad.partIndex}
                className="notice notice-warning"
                data-testid="token-bad-char-not-shown"
                data-part={bad.part}
                data-index={bad.index}
              >
                {t('token.badCharacterNotShown', { ...bad.values, part: t(`part.${bad.part}`) })}
              </p>
            ),
          )}
        </div>
      )}
    </div>
  );
}

// It takes no props: a key change re-renders the page, never the token box.
export const TokenInput = memo(TokenInputView);
