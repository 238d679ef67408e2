import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const TAGS = [...'admin'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('');
const HEADER = '{"alg":"HS256","typ":"JWT","kid":"key\u202E1"}';
const PAYLOAD = `{"sub":"adm\u200Bin","role":"admin${TAGS}","id":9007199254740993,"big":1e400,"zero":-0,"nul":"a\\u0000b"}`;
const TOKEN = `${b64(HEADER)}.${b64(PAYLOAD)}.c2lnbmF0dXJl`;

async function pasteToken() {
  const rendered = await renderRoute('/');
  await rendered.user.click(screen.getByTestId('token-input'));
  await rendered.user.paste(TOKEN);
  return rendered;
}

function codepointsIn(testId: string): string[] {
  return within(screen.getByTestId(testId))
    .queryAllByTestId('hidden-char')
    .map((mark) => mark.dataset.codepoint ?? '');
}

describe('header and payload panes', () => {
  it('mark each invisible and direction-changing character and keep the text as decoded', async () => {
    await pasteToken();
    expect(codepointsIn('header-json')).toEqual(['202e']);
    expect(codepointsIn('payload-json')).toEqual(['200b', 'e0061', 'e0064', 'e006d', 'e0069', 'e006e']);
    // The marks hold the characters themselves: the pane's text is still the decoded JSON, pretty-printed.
    expect(JSON.parse(screen.getByTestId('payload-json').textContent ?? '')).toMatchObject({ sub: 'adm\u200Bin', role: `admin${TAGS}` });
  });

  it('show every number as written and say where JavaScript reads another value', async () => {
    await pasteToken();
    const pane = screen.getByTestId('payload-json');
    expect(pane).toHaveTextContent('"id": 9007199254740993');
    expect(pane).toHaveTextContent('"big": 1e400');
    expect(pane).toHaveTextContent('"zero": -0');
    // An escaped NUL is shown escaped, as written; the finding names it (invisible-characters).
    expect(pane).toHaveTextContent('"nul": "a\\u0000b"');
    const notes = screen.getAllByTestId('decode-note').map((note) => note.textContent);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/id is written 9007199254740993: beyond 2^53, where JavaScript numbers lose precision, so JavaScript reads 9007199254740992'),
        expect.stringContaining('/big is written 1e400: too large for a JavaScript number, so JavaScript reads Infinity'),
        expect.stringContaining('/zero is written -0, a negative zero'),
      ]),
    );
  });
});
