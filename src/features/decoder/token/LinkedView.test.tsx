import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';
import { layOutTextInside } from '../../../ui/test-support/stand-in-text-layout';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const EXP = 4_102_444_800; // 2100-01-01T00:00:00Z
const PAYLOAD = `{"sub":"1234567890","name":"Ada Lovelace","address":{"country":"KR","locality":"Seoul"},"exp":${EXP}}`;
const TOKEN = `${b64(HEADER)}.${b64(PAYLOAD)}.c2lnbmF0dXJl`;

/** The segment characters that carry a member written as `text` in the part's JSON (the contract's formula). */
function expectedChars(json: string, text: string) {
  const start = new TextEncoder().encode(json.slice(0, json.indexOf(text))).length;
  const end = start + new TextEncoder().encode(text).length;
  return { start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3), partial: Number(start % 3 !== 0) + Number(end % 3 !== 0) };
}

async function pasteToken() {
  const rendered = await renderRoute('/');
  await rendered.user.click(screen.getByTestId('token-input'));
  await rendered.user.paste(TOKEN);
  return rendered;
}

function member(pointer: string): HTMLElement {
  const found = screen.getAllByTestId('json-member').filter((element) => element.dataset.pointer === pointer);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function highlightOf() {
  const highlight = screen.getByTestId('token-highlight');
  return { part: highlight.dataset.part, start: Number(highlight.dataset.start), end: Number(highlight.dataset.end), element: highlight };
}

function expectHighlightOf(json: string, text: string, part: string) {
  const expected = expectedChars(json, text);
  const highlight = highlightOf();
  expect(highlight).toMatchObject({ part, start: expected.start, end: expected.end });
  expect(highlight.element.querySelectorAll('.token-highlight-partial')).toHaveLength(expected.partial);
  const segment = part === 'header' ? b64(HEADER) : b64(PAYLOAD);
  expect(highlight.element.textContent).toBe(segment.slice(expected.start, expected.end));
}

/**
 * Points at character `offset` of a coloured part, as the box forwards a pointer move to the mirror.
 * The test DOM lays nothing out, so the part's drawn characters are given boxes on one line, 10 px each.
 */
function pointAt(part: string, offset: number) {
  const coloured = screen.getAllByTestId('token-part').find((element) => element.dataset.part === part)!;
  const layout = layOutTextInside(coloured, { width: 10, perLine: Infinity, lineHeight: 20, inset: 0 });
  fireEvent.mouseMove(coloured, { clientX: offset * 10 + 5, clientY: 10 });
  layout.mockRestore();
}

describe('linked view', () => {
  it('wraps every member at any depth without changing the panes’ text', async () => {
    await pasteToken();
    expect(screen.getByTestId('header-json').textContent).toBe(JSON.stringify(JSON.parse(HEADER), null, 2));
    expect(screen.getByTestId('payload-json').textContent).toBe(JSON.stringify(JSON.parse(PAYLOAD), null, 2));
    expect(within(screen.getByTestId('payload-json')).getAllByTestId('json-member').map((element) => element.dataset.pointer)).toEqual([
      '/sub',
      '/name',
      '/address',
      '/address/country',
      '/address/locality',
      '/exp',
    ]);
    expect(member('/address/country').textContent).toBe('"country": "KR"');
    expect(member('/address/country').closest('[data-pointer="/address"]')).not.toBeNull();
    expect(member('/sub')).toHaveAttribute('tabindex', '0');
    expect(screen.queryByTestId('token-highlight')).toBeNull();
  });

  it('hovering /sub highlights its characters in the token, and leaving it removes the highlight', async () => {
    await pasteToken();
    fireEvent.mouseOver(member('/sub').firstElementChild!);
    expect(member('/sub')).toHaveAttribute('data-active', 'true');
    expectHighlightOf(PAYLOAD, '"sub":"1234567890"', 'payload');
    fireEvent.mouseLeave(member('/sub'));
    expect(member('/sub')).not.toHaveAttribute('data-active');
    expect(screen.queryByTestId('token-highlight')).toBeNull();
  });

  it('hovering a nested member highlights it, not the member around it', async () => {
    await pasteToken();
    fireEvent.mouseOver(member('/address/country').firstElementChild!);
    expect(member('/address/country')).toHaveAttribute('data-active', 'true');
    expect(member('/address')).not.toHaveAttribute('data-active');
    expectHighlightOf(PAYLOAD, '"country":"KR"', 'payload');
    fireEvent.mouseLeave(member('/address/country'));
    fireEvent.mouseOver(member('/address').firstElementChild!);
    expectHighlightOf(PAYLOAD, '"address":{"country":"KR","locality":"Seoul"}', 'payload');
  });

  it('a header member highlights header characters', async () => {
    await pasteToken();
    fireEvent.mouseOver(member('/typ').firstElementChild!);
    expectHighlightOf(HEADER, '"typ":"JWT"', 'header');
  });

  it('keyboard focus moves the highlight from member to member', async () => {
    const { user } = await pasteToken();
    act(() => screen.getByTestId('payload-json').focus());
    await user.tab();
    expect(document.activeElement).toBe(member('/sub'));
    expect(member('/sub')).toHaveAttribute('data-active', 'true');
    expectHighlightOf(PAYLOAD, '"sub":"1234567890"', 'payload');
    await user.tab();
    expect(document.activeElement).toBe(member('/name'));
    expect(member('/sub')).not.toHaveAttribute('data-active');
    expectHighlightOf(PAYLOAD, '"name":"Ada Lovelace"', 'payload');
  });

  it('hovering a character of the token highlights the innermost member that holds it', async () => {
    await pasteToken();
    const country = expectedChars(PAYLOAD, '"country":"KR"');
    pointAt('payload', country.start + 2);
    expect(member('/address/country')).toHaveAttribute('data-active', 'true');
    expect(member('/address')).not.toHaveAttribute('data-active');
    expectHighlightOf(PAYLOAD, '"country":"KR"', 'payload');

    const address = expectedChars(PAYLOAD, '"address":');
    pointAt('payload', address.start + 2);
    expect(member('/address')).toHaveAttribute('data-active', 'true');
    expect(member('/address/country')).not.toHaveAttribute('data-active');

    fireEvent.mouseLeave(screen.getAllByTestId('token-part')[0]!.parentElement!);
    expect(screen.queryByTestId('token-highlight')).toBeNull();
    expect(screen.queryAllByTestId('json-member').filter((element) => element.dataset.active)).toEqual([]);
  });

  it('keeps the coloured parts’ text the token', async () => {
    await pasteToken();
    fireEvent.mouseOver(member('/address').firstElementChild!);
    expect(screen.getAllByTestId('token-part').map((part) => part.textContent).join('.')).toBe(TOKEN);
  });

  it('notes a time claim’s date and relative time outside the pane’s text', async () => {
    await pasteToken();
    // Drawn once the payload is painted, with the panes below it.
    const notes = await screen.findAllByTestId('json-time-note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveAttribute('aria-hidden', 'true');
    expect(notes[0]!.textContent).toBe('');
    expect(notes[0]!.dataset.note).toMatch(/2100.*· in \d+ yr/);
    expect(member('/exp').contains(notes[0]!)).toBe(false);
  });
});
