import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';

const PAYLOAD_SEGMENT = LEARN_EXAMPLE_TOKEN.split('.')[1] ?? '';
const PAYLOAD = Buffer.from(PAYLOAD_SEGMENT, 'base64url').toString('utf8');
const byteOf = (text: string) => Buffer.byteLength(PAYLOAD.slice(0, PAYLOAD.indexOf(text)));
// The decoder's formula: bytes [b0, b1) are carried by characters [floor(4·b0/3), ceil(4·b1/3)).
const charsOf = (start: number, end: number) => ({ start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3) });

function layer(name: string): HTMLElement {
  const found = screen.getAllByTestId('lens-layer').find((element) => element.getAttribute('data-layer') === name);
  if (!found) throw new Error(`no ${name} layer`);
  return found;
}

function cell(layerName: string, index: number): HTMLElement {
  const found = layer(layerName).querySelector<HTMLElement>(`[data-cell="${index}"]`);
  if (!found) throw new Error(`no cell ${index} in ${layerName}`);
  return found;
}

function selectionOf() {
  const selection = screen.getByTestId('lens-selection');
  const read = (name: string) => Number(selection.getAttribute(`data-${name}`));
  return {
    part: selection.getAttribute('data-part'),
    chars: { start: read('char-start'), end: read('char-end') },
    bytes: { start: read('byte-start'), end: read('byte-end') },
  };
}

/** The text of the selected cells of the characters layer, in order. */
function selectedChars(): string {
  return [...layer('chars').querySelectorAll('.lens-selected')].map((element) => element.textContent).join('');
}

/** The lens's live region (other parts of the view have their own). */
function lensStatus(): HTMLElement {
  return within(screen.getByRole('region', { name: /byte lens|바이트 렌즈/i })).getByRole('status');
}

async function openLens(locale: 'en' | 'ko' = 'en') {
  const rendered = await renderRoute('/learn', { locale });
  await screen.findAllByTestId('lens-layer');
  return rendered;
}

describe('ByteLens', () => {
  beforeEach(() => {
    act(() => {
      useLearnStore.setState({ tokenText: LEARN_EXAMPLE_TOKEN, seededFrom: '' });
    });
  });

  it('opens on the payload with its first Hangul syllable selected, and says why it is 4 characters of bits', async () => {
    await openLens();
    expect(screen.getAllByTestId('lens-layer').map((element) => element.getAttribute('data-layer'))).toEqual(['chars', 'sextets', 'bytes', 'json']);
    const start = byteOf('김');
    expect(selectionOf()).toEqual({ part: 'payload', chars: charsOf(start, start + 3), bytes: { start, end: start + 3 } });
    expect(selectedChars()).toBe(PAYLOAD_SEGMENT.slice(charsOf(start, start + 3).start, charsOf(start, start + 3).end));
    // The example's name starts on a 3-byte boundary: exactly 4 characters, none shared.
    expect(charsOf(start, start + 3).end - charsOf(start, start + 3).start).toBe(4);
    expect(layer('chars').querySelectorAll('.lens-partial')).toHaveLength(0);
    expect(screen.getByText(/김 \(U\+AE40\) is a Hangul syllable: 3 UTF-8 bytes, 24 bits, and 24 bits are exactly 4 base64url characters/)).toBeInTheDocument();
    expect(screen.getByText('Inside the member /name.')).toBeInTheDocument();
  });

  it('selects bytes and shows the same span in the characters layer (click, then shift+click)', async () => {
    await openLens();
    const start = byteOf('"exp"');
    fireEvent.click(cell('bytes', start));
    fireEvent.click(cell('bytes', start + 4), { shiftKey: true });
    const chars = charsOf(start, start + 5);
    expect(selectionOf()).toEqual({ part: 'payload', chars, bytes: { start, end: start + 5 } });
    expect(selectedChars()).toBe(PAYLOAD_SEGMENT.slice(chars.start, chars.end));
    expect(within(layer('json')).getByText('"exp"')).toHaveClass('lens-selected');
    expect(lensStatus()).toHaveTextContent(`Payload: bytes ${start} to ${start + 5}, characters ${chars.start} to ${chars.end}`);
  });

  it('selects a JSON token by its bytes, and a character by the bytes it carries', async () => {
    await openLens();
    fireEvent.click(within(layer('json')).getByText('"exp"'));
    const start = byteOf('"exp"');
    expect(selectionOf().bytes).toEqual({ start, end: start + 5 });
    expect(selectionOf().chars).toEqual(charsOf(start, start + 5));
    fireEvent.click(cell('sextets', 1));
    expect(selectionOf()).toEqual({ part: 'payload', chars: { start: 1, end: 2 }, bytes: { start: 0, end: 2 } });
    expect(layer('bytes').querySelectorAll('.lens-partial')).toHaveLength(2);
  });

  it('previews the span under the pointer and returns to the selection when it leaves', async () => {
    await openLens();
    const before = selectionOf();
    fireEvent.mouseOver(cell('bytes', 3));
    expect(selectionOf().bytes).toEqual({ start: 3, end: 4 });
    fireEvent.mouseLeave(screen.getByRole('group', { name: 'Byte lens of the Payload' }));
    expect(selectionOf()).toEqual(before);
    // Hovering is not announced.
    expect(lensStatus()).toHaveTextContent('');
  });

  it('moves and extends the selection from the keyboard', async () => {
    const { user } = await openLens();
    fireEvent.click(cell('bytes', 0));
    screen.getByRole('group', { name: 'Byte lens of the Payload' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectionOf().bytes).toEqual({ start: 2, end: 3 });
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(selectionOf().bytes).toEqual({ start: 2, end: 5 });
    await user.keyboard('{ArrowUp}');
    expect(selectionOf()).toMatchObject({ chars: charsOf(2, 5) });
    await user.keyboard('{Home}');
    expect(selectionOf()).toMatchObject({ chars: { start: 0, end: 1 }, bytes: { start: 0, end: 1 } });
    await user.keyboard('{End}');
    expect(selectionOf().chars).toEqual({ start: PAYLOAD_SEGMENT.length - 1, end: PAYLOAD_SEGMENT.length });
    expect(lensStatus()).toHaveTextContent(`characters ${PAYLOAD_SEGMENT.length - 1} to ${PAYLOAD_SEGMENT.length}`);
  });

  it('shows the signature as characters, values and bytes with no JSON', async () => {
    const { user } = await openLens();
    await user.click(screen.getByRole('radio', { name: 'Signature' }));
    expect(selectionOf()).toEqual({ part: 'signature', chars: { start: 0, end: 2 }, bytes: { start: 0, end: 1 } });
    expect(layer('json')).toHaveTextContent('No JSON here');
    expect(layer('bytes').querySelectorAll('[data-cell]')).toHaveLength(32);
  });

  it('speaks Korean', async () => {
    await openLens('ko');
    expect(screen.getByRole('heading', { level: 2, name: '바이트 렌즈' })).toBeInTheDocument();
    expect(within(layer('sextets')).getByText('6비트 값')).toBeInTheDocument();
    expect(screen.getByText(/김\(U\+AE40\)는 한글 음절이라 UTF-8로 3바이트/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '페이로드' })).toBeChecked();
  });
});
