import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';
import { useDecoderStore } from '../page/decoder-store';
import { LARGE_TOKEN_CHARS } from './large-token';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const BIG = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(JSON.stringify({ data: 'x'.repeat(LARGE_TOKEN_CHARS), marker: 'END' }))}.c2ln`;
const SMALL = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"small"}')}.c2ln`;

const box = () => screen.getByTestId<HTMLTextAreaElement>('token-input');
const tokenText = () => useDecoderStore.getState().tokenText;
/** Whether the store holds `expected` (a failure prints lengths, not 90 K characters). */
const holds = (expected: string) => ({ length: tokenText().length, same: tokenText() === expected });

async function pasteBig() {
  const rendered = await renderRoute('/');
  await rendered.user.click(box());
  await rendered.user.paste(BIG);
  expect(screen.getByTestId('large-token-notice')).toBeInTheDocument();
  return rendered;
}

/** Puts the box's caret at `at` (the way a click or an arrow key would). */
function caretAt(at: number) {
  box().focus();
  box().setSelectionRange(at, at);
}

describe('editing a large token in its shortened box', () => {
  it('types and deletes at the end of the whole token, not of the shortened copy', async () => {
    const { user } = await pasteBig();
    caretAt(box().value.length);
    await user.keyboard('Q');
    expect(holds(`${BIG}Q`)).toEqual({ length: BIG.length + 1, same: true });
    expect(box().value.endsWith('c2lnQ')).toBe(true);
    expect(box().value.length).toBeLessThan(3_000);
    expect(box().selectionStart).toBe(box().value.length);
    await user.keyboard('{Backspace}');
    expect(holds(BIG)).toEqual({ length: BIG.length, same: true });
    expect(screen.queryByTestId('token-edit-refused')).toBeNull();
  });

  it('types at the start of the whole token, and the caret stays after what was typed', async () => {
    const { user } = await pasteBig();
    caretAt(0);
    await user.keyboard('Z');
    expect(holds(`Z${BIG}`)).toEqual({ length: BIG.length + 1, same: true });
    expect(box().selectionStart).toBe(1);
  });

  it('keeps what is typed at the end of the shown start in view, caret after it', async () => {
    const { user } = await pasteBig();
    const marker = box().value.indexOf('\n[…');
    caretAt(marker);
    await user.keyboard('QR');
    expect(holds(`${BIG.slice(0, marker)}QR${BIG.slice(marker)}`)).toEqual({ length: BIG.length + 2, same: true });
    expect(box().value.slice(marker, marker + 4)).toBe('QR\n[');
    expect(box().selectionStart).toBe(marker + 2);
  });

  it('refuses an edit inside the marker, says why, and offers to copy or clear the token', async () => {
    const { user } = await pasteBig();
    const shown = box().value;
    const marker = shown.indexOf('[…');
    expect(marker).toBeGreaterThan(0);
    caretAt(marker + 3);
    await user.keyboard('Q');
    expect(holds(BIG)).toEqual({ length: BIG.length, same: true });
    expect(box().value).toBe(shown);
    expect(box().selectionStart).toBe(marker + 3);
    const notice = screen.getByTestId('token-edit-refused');
    expect(notice).toHaveAttribute('data-reason', 'inside-marker');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent(/cannot be edited there/);
    expect(screen.getByTestId('token-edit-copy')).toHaveTextContent('Copy the whole token');
    await user.click(screen.getByTestId('token-edit-clear'));
    expect(tokenText()).toBe('');
    expect(screen.queryByTestId('token-edit-refused')).toBeNull();
    // Undo brings the token back, whole.
    box().focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(holds(BIG)).toEqual({ length: BIG.length, same: true });
  });

  it('replaces the whole token when all is selected and a small token pasted; undo brings the large one back, redo the small', async () => {
    const { user } = await pasteBig();
    box().focus();
    box().select();
    await user.paste(SMALL);
    expect(tokenText()).toBe(SMALL);
    expect(box().value).toBe(SMALL);
    await waitFor(() => expect(screen.getByTestId('payload-json')).toHaveTextContent('"small"'));
    await user.keyboard('{Control>}z{/Control}');
    expect(holds(BIG)).toEqual({ length: BIG.length, same: true });
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(tokenText()).toBe(SMALL);
  });

  it('undoes a run of typing as one step', async () => {
    const { user } = await pasteBig();
    caretAt(box().value.length);
    await user.keyboard('abc');
    expect(holds(`${BIG}abc`)).toEqual({ length: BIG.length + 3, same: true });
    await user.keyboard('{Control>}z{/Control}');
    expect(holds(BIG)).toEqual({ length: BIG.length, same: true });
  });

  it('copies the token’s own characters, not the marker', async () => {
    await pasteBig();
    box().focus();
    box().select();
    const copied: string[] = [];
    fireEvent.copy(box(), { clipboardData: { setData: (_type: string, text: string) => copied.push(text) } });
    expect(copied.map((text) => text.length)).toEqual([BIG.length]);
    expect(copied[0] === BIG).toBe(true);
  });

  it('undoes and redoes typing in an ordinary token too (the box’s own undo would step through shortened copies)', async () => {
    const rendered = await renderRoute('/');
    await rendered.user.click(box());
    await rendered.user.paste(SMALL);
    await rendered.user.keyboard('{End}xy');
    expect(tokenText()).toBe(`${SMALL}xy`);
    await rendered.user.keyboard('{Control>}z{/Control}');
    expect(tokenText()).toBe(SMALL);
    expect(box().value).toBe(SMALL);
    await rendered.user.keyboard('{Control>}y{/Control}');
    expect(tokenText()).toBe(`${SMALL}xy`);
  });
});
