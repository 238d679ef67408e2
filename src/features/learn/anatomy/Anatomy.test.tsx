import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { JWE_RFC7516_A1_TOKEN } from '../../../testing/fixtures/tokens';
import { LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';

function useToken(tokenText: string) {
  act(() => {
    useLearnStore.setState({ tokenText, seededFrom: '' });
  });
}

async function records() {
  await screen.findByRole('heading', { level: 2, name: /Anatomy|구조/ });
  return screen.getAllByTestId('anatomy-record');
}

const partsOf = (elements: HTMLElement[]) => elements.map((element) => element.dataset.part);
const openOf = (elements: HTMLElement[]) => elements.map((element) => element.dataset.open);

describe('Anatomy', () => {
  beforeEach(() => useToken(LEARN_EXAMPLE_TOKEN));

  it('has one record per part of a JWS, each opening into its members', async () => {
    const { user } = await renderRoute('/learn');
    const found = await records();
    expect(partsOf(found)).toEqual(['header', 'payload', 'signature']);
    expect(openOf(found)).toEqual(['false', 'false', 'false']);
    const payload = found[1]!;
    await user.click(within(payload).getByRole('button', { name: /Payload/ }));
    expect(payload).toHaveAttribute('data-open', 'true');
    expect(within(payload).getByRole('button', { name: /Payload/ })).toHaveAttribute('aria-expanded', 'true');
    const members = within(payload).getAllByTestId('anatomy-member');
    expect(members.map((member) => member.dataset.member)).toEqual(['sub', 'name', 'member-3', 'iat', 'exp']);
    expect(within(members[1]!).getByText('"name":"김하늘"')).toBeVisible();
    expect(within(found[2]!).getByText(/An HMAC tag computed with SHA-256: 32 bytes/)).toBeInTheDocument();
  });

  it('has the five parts of a JWE', async () => {
    useToken(JWE_RFC7516_A1_TOKEN);
    await renderRoute('/learn');
    const found = await records();
    expect(partsOf(found)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(within(found[0]!).getByRole('button', { name: /Protected header/ })).toBeInTheDocument();
    expect(within(found[2]!).getByText('12 bytes (96 bits) of binary data.')).toBeInTheDocument();
  });

  it('opens and closes every record at once', async () => {
    const { user } = await renderRoute('/learn');
    await records();
    await user.click(screen.getByRole('button', { name: 'Open all' }));
    expect(openOf(screen.getAllByTestId('anatomy-record'))).toEqual(['true', 'true', 'true']);
    await user.click(screen.getByRole('button', { name: 'Close all' }));
    expect(openOf(screen.getAllByTestId('anatomy-record'))).toEqual(['false', 'false', 'false']);
  });

  it('opens the record an anchor names, at its member, with the glossary and the date', async () => {
    await renderRoute('/learn/payload/exp');
    const found = await records();
    expect(openOf(found)).toEqual(['false', 'true', 'false']);
    const exp = document.getElementById('anatomy-payload-exp')!;
    expect(exp).toHaveAttribute('data-target', 'true');
    await waitFor(() => expect(exp).toHaveFocus());
    expect(within(exp).getByText('Expiration time')).toBeVisible();
    expect(within(exp).getByText('2100-01-01T00:00:00Z')).toBeVisible();
    expect(within(exp).getByRole('link', { name: '#/learn/payload/exp' })).toHaveAttribute('href', '#/learn/payload/exp');
  });

  it('links a private claim by its place, never by its name', async () => {
    useToken('eyJhbGciOiJub25lIn0.eyJwYXNzd29yZF9oaW50IjoieCJ9.');
    await renderRoute('/learn/payload');
    await records();
    const links = within(document.getElementById('anatomy-payload')!).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href')).filter((href) => href?.startsWith('#'))).toEqual(['#/learn/payload', '#/learn/payload/member-1']);
  });

  it('speaks Korean in ko', async () => {
    await renderRoute('/learn/header/alg', { locale: 'ko' });
    await records();
    expect(screen.getByRole('heading', { level: 2, name: '내 토큰의 구조' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '모두 펼치기' })).toBeInTheDocument();
    expect(within(document.getElementById('anatomy-header-alg')!).getByText('디코딩 결과')).toBeVisible();
  });

  it('shows which part of a broken token failed, and why', async () => {
    useToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4I!!.c2ln');
    const { user } = await renderRoute('/learn');
    const found = await records();
    expect(partsOf(found)).toEqual(['header', 'payload', 'signature']);
    await user.click(screen.getByRole('button', { name: 'Open all' }));
    const problems = within(found[1]!).getByRole('list', { name: 'What went wrong in the Payload' });
    expect(problems).toHaveTextContent('Not base64url: character 14 is “!”');
    expect(within(found[1]!).getByRole('button', { name: /Payload.*not decoded/ })).toBeInTheDocument();
  });
});
