import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { RULES } from '../../../core/findings/registry';
import { renderRoute } from '../../../testing/render-app';

const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

function breakRule(id: string) {
  const rule = RULES.find((candidate) => candidate.meta.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  vi.spyOn(rule, 'check').mockImplementation(() => {
    throw new TypeError('members.some is not a function');
  });
}

describe('FindingList when a check throws', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['en', /This check failed, so its result is unknown.*TypeError: members\.some is not a function/],
    ['ko', /이 검사는 실패해서 결과를 알 수 없습니다.*TypeError: members\.some is not a function/],
  ] as const)('shows a visible "this check failed" entry under the title of its rule (%s)', async (locale, text) => {
    breakRule('missing-exp');
    const { user } = await renderRoute('/', { locale });
    await user.click(screen.getByTestId('token-input'));
    await user.paste(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'x' })}.c2ln`);
    await screen.findAllByTestId('finding');
    const failed = screen.getAllByTestId('finding').filter((element) => element.dataset.rule === 'missing-exp');
    expect(failed).toHaveLength(1);
    const [entry] = failed;
    if (entry === undefined) return;
    expect(entry).toHaveTextContent(text);
    expect(within(entry).getAllByRole('link').map((link) => link.getAttribute('href'))).toContain('#/rules/missing-exp');
    expect(screen.getAllByTestId('finding').some((element) => element.dataset.rule === 'missing-aud')).toBe(true);
  });
});
