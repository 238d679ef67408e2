import { createHmac } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function hs256(payload: unknown, secret: string): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const ACCESS_SECRET = 'access-token-secret-0123456789-abcdef';
const ID_SECRET = 'id-token-secret-0123456789-abcdefghij';
const ACCESS = hs256({ sub: 'access-subject', scope: 'read' }, ACCESS_SECRET);
const ID = hs256({ sub: 'id-subject', nonce: 'n-0S6_WzA2Mj' }, ID_SECRET);
const TOKEN_RESPONSE = JSON.stringify({ access_token: ACCESS, token_type: 'Bearer', id_token: ID }, null, 2);

async function pasteInto(user: UserEvent, testId: string, text: string) {
  await user.click(screen.getByTestId(testId));
  await user.keyboard('{Control>}a{/Control}');
  await user.paste(text);
}

const payloadJson = () => JSON.parse(screen.getByTestId('payload-json').textContent ?? '') as unknown;
const colouredToken = () => screen.getAllByTestId('token-part').map((part) => part.textContent).join('.');
const candidates = () => screen.queryAllByTestId('token-candidate');

describe('a token pasted inside a larger text', () => {
  it('decodes the token of an Authorization header and says where it was found', async () => {
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', `Authorization: Bearer ${ACCESS}`);
    expect(screen.getByTestId('token-source')).toHaveAttribute('data-source', 'authorization-header');
    expect(screen.getByTestId('token-source')).toHaveTextContent('Authorization header');
    expect(colouredToken()).toBe(ACCESS);
    expect(payloadJson()).toEqual({ sub: 'access-subject', scope: 'read' });
    expect(screen.queryByTestId('decode-error')).toBeNull();
    // One mention per fact: the source says where the token came from, no note repeats "Bearer".
    expect(screen.queryAllByTestId('decode-note')).toEqual([]);
    expect(candidates()).toEqual([]);
  });

  it('lists every token of a JSON body, decodes and verifies the chosen one, and starts again for a new text', async () => {
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', TOKEN_RESPONSE);
    await pasteInto(user, 'key-input', ID_SECRET);

    expect(candidates().map((button) => [button.dataset.index, button.dataset.kind, button.getAttribute('aria-pressed')])).toEqual([
      ['0', 'jws', 'true'],
      ['1', 'jws', 'false'],
    ]);
    expect(candidates()[1]).toHaveTextContent('id_token');
    expect(screen.getByTestId('token-source')).toHaveAttribute('data-source', 'json');
    expect(payloadJson()).toMatchObject({ sub: 'access-subject' });
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'invalid'));

    const second = candidates()[1];
    if (!second) throw new Error('the second candidate is missing');
    await user.click(second);
    expect(payloadJson()).toEqual({ sub: 'id-subject', nonce: 'n-0S6_WzA2Mj' });
    expect(colouredToken()).toBe(ID);
    expect(candidates().map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid'));

    await pasteInto(user, 'token-input', `{"id_token":"${ID}","access_token":"${ACCESS}"}`);
    expect(candidates().map((button) => button.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    expect(payloadJson()).toMatchObject({ sub: 'id-subject' });
  });

  it('leaves a bare token and a malformed one as they were: no source, the same errors', async () => {
    const { user } = await renderRoute('/');
    await pasteInto(user, 'token-input', ACCESS);
    expect(screen.queryByTestId('token-source')).toBeNull();
    expect(colouredToken()).toBe(ACCESS);

    const [header, payload, signature] = ACCESS.split('.');
    await pasteInto(user, 'token-input', `${header}.${payload?.slice(0, 8)}*${payload?.slice(8)}.${signature}`);
    expect(screen.queryByTestId('token-source')).toBeNull();
    expect(screen.getByTestId('decode-error')).toHaveAttribute('data-part', 'payload');
    expect(screen.getByTestId('decode-error')).toHaveTextContent('character 9 is “*”');
  });

  it('says where the token was found in Korean', async () => {
    const { user } = await renderRoute('/', { locale: 'ko' });
    await pasteInto(user, 'token-input', `curl -H "Authorization: Bearer ${ACCESS}" https://api.example.com/v1/me`);
    expect(screen.getByTestId('token-source')).toHaveAttribute('data-source', 'curl');
    expect(screen.getByTestId('token-source')).toHaveTextContent('curl 명령에서 꺼낸 토큰입니다');
    expect(colouredToken()).toBe(ACCESS);
  });
});
