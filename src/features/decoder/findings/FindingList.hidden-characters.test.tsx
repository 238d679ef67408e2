import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const token = (header: unknown, payload: unknown) => `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.c2ln`;

async function pasteToken(text: string, locale: 'en' | 'ko' = 'en') {
  const rendered = await renderRoute('/', { locale });
  await rendered.user.click(screen.getByTestId('token-input'));
  await rendered.user.paste(text);
  await screen.findAllByTestId('finding');
}

function findingsOf(rule: string) {
  return screen.queryAllByTestId('finding').filter((element) => element.dataset.rule === rule);
}

describe('findings about what the eye cannot tell apart', () => {
  it('say which claim holds invisible characters, with the characters marked in the message and the evidence', async () => {
    await pasteToken(token({ alg: 'HS256', typ: 'JWT' }, { sub: 'user-1', role: 'adm\u200Bin' }));
    const [finding] = findingsOf('invisible-characters');
    expect(finding).toHaveAttribute('data-severity', 'medium');
    expect(finding).toHaveTextContent('The value of “/role” in the payload holds 1 invisible or direction-changing character: U+200B ZERO WIDTH SPACE.');
    const evidence = finding!.querySelector('.finding-value') as HTMLElement;
    expect(within(evidence).getAllByTestId('hidden-char').map((mark) => mark.dataset.codepoint)).toEqual(['200b']);
    expect(within(finding!).getByRole('link', { name: /invisible-characters/ })).toHaveAttribute('href', '#/rules/invisible-characters');
  });

  it('mark a hidden character in a claim name, in the pointer too', async () => {
    await pasteToken(token({ alg: 'HS256', typ: 'JWT' }, { 'rol\u200Be': 'admin' }));
    const [finding] = findingsOf('invisible-characters');
    expect(finding).toHaveAttribute('data-severity', 'high');
    const pointer = finding!.querySelector('.finding-pointer') as HTMLElement;
    expect(within(pointer).getAllByTestId('hidden-char').map((mark) => mark.dataset.codepoint)).toEqual(['200b']);
  });

  it('say when an identifier mixes Latin and Cyrillic letters, in Korean too', async () => {
    await pasteToken(token({ alg: 'HS256', typ: 'JWT' }, { role: '\u0430dmin' }), 'ko');
    const [finding] = findingsOf('mixed-script-identifier');
    expect(finding).toHaveAttribute('data-severity', 'medium');
    expect(finding).toHaveTextContent('키릴 문자와 라틴 문자를 섞어 써서 “admin”처럼 읽힙니다');
  });
});
