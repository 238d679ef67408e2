import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ATTACK_CATALOGUE } from '../../../core/crypto/attacks/attack-catalogue';
import { renderRoute } from '../../../testing/render-app';

const PUBLIC_PEM = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

const token = () => screen.getByTestId('encoder-token');
const attackSelect = () => screen.getByTestId<HTMLSelectElement>('encoder-attack');

async function renderEncoder(locale: 'en' | 'ko' = 'en') {
  const rendered = await renderRoute('/encode', { locale });
  await screen.findByTestId('encoder-attack');
  return rendered;
}

function choose(kind: string) {
  fireEvent.change(attackSelect(), { target: { value: kind } });
}

async function settledToken(pattern: RegExp): Promise<string> {
  await waitFor(() => expect(token().textContent).toMatch(pattern));
  await waitFor(() => expect(screen.getByRole('region', { name: 'Attack token' })).toHaveAttribute('aria-busy', 'false'));
  return token().textContent ?? '';
}

function headerOf(compact: string): unknown {
  return JSON.parse(Buffer.from(compact.split('.')[0] ?? '', 'base64url').toString('utf8'));
}

describe('AttackPanel', () => {
  it('offers no attack first, then every attack in the contract’s order, and shows no extra controls for none', async () => {
    await renderEncoder();
    // The catalogue's own order is the contract's (checked in core); `none` comes first.
    expect([...attackSelect().options].map((option) => option.value)).toEqual(['none', ...ATTACK_CATALOGUE.map((entry) => entry.kind)]);
    expect(attackSelect()).toHaveValue('none');
    expect(screen.queryByTestId('encoder-attack-input')).not.toBeInTheDocument();
    expect(screen.queryByTestId('encoder-attack-rule')).not.toBeInTheDocument();
  });

  it('replaces the token with the attack token, explains it and links the rule that reports it', async () => {
    await renderEncoder();
    choose('empty-signature');
    const compact = await settledToken(/^[\w-]+\.[\w-]+\.$/);
    expect(headerOf(compact)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(screen.queryByTestId('encoder-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('encoder-attack-explanation')).toHaveTextContent('A demonstration for testing your own systems.');
    const link = screen.getByTestId('encoder-attack-rule');
    expect(link).toHaveAttribute('href', '#/rules/empty-signature');
    expect(link).toHaveAttribute('data-rule', 'empty-signature');
    await waitFor(() => expect(link).not.toHaveTextContent('empty-signature'));
  });

  it('builds alg none in the chosen spelling, keeping the signed token’s signature when asked', async () => {
    await renderEncoder();
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: 'a-string-secret-at-least-256-bits-long' } });
    choose('alg-none');
    const variant = screen.getByTestId('encoder-attack-variant');
    expect(within(variant).getAllByRole('option')).toHaveLength(8);
    fireEvent.change(variant, { target: { value: 'nOnE' } });
    expect(headerOf(await settledToken(/^[\w-]+\.[\w-]+\.$/))).toMatchObject({ alg: 'nOnE' });
    fireEvent.change(variant, { target: { value: 'nOnE+signature' } });
    await settledToken(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
  });

  it('asks for the URL of jku, then shows the JWK Set to host with a copy button', async () => {
    await renderEncoder();
    choose('jku');
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'attack-input-missing'));
    expect(screen.getByTestId('encoder-error')).toHaveTextContent("Type the URL the header's jku should point at.");
    fireEvent.change(screen.getByTestId('encoder-attack-input'), { target: { value: 'https://attacker.example/jwks.json' } });
    const compact = await settledToken(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const header = headerOf(compact) as { jku: string; kid: string; alg: string };
    expect(header).toMatchObject({ alg: 'RS256', jku: 'https://attacker.example/jwks.json' });
    const hosted = JSON.parse(screen.getByTestId('encoder-attack-hosted').textContent ?? '') as { keys: { kid: string }[] };
    expect(hosted.keys.map((key) => key.kid)).toEqual([header.kid]);
    expect(screen.getByTestId('encoder-attack-hosted-copy')).toBeInTheDocument();
  });

  it('signs alg confusion with the public key in the key box and carries that key to the decoder, which flags it', async () => {
    const { user } = await renderEncoder();
    choose('alg-confusion');
    await waitFor(() => expect(screen.getByTestId('encoder-error')).toHaveAttribute('data-code', 'attack-key-missing'));
    fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: PUBLIC_PEM } });
    const compact = await settledToken(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
    await user.click(screen.getByTestId('encoder-open-in-decoder'));
    await waitFor(() => expect(screen.getByTestId('token-input')).toHaveValue(compact));
    expect(screen.getByTestId('key-input')).toHaveValue(PUBLIC_PEM);
    await waitFor(() => expect(screen.getAllByTestId('finding').map((finding) => finding.getAttribute('data-rule'))).toContain('alg-confusion-public-key-as-hmac-secret'));
  });

  it('keeps the jku key pair while the payload changes, so the hosted key set stays valid', async () => {
    await renderEncoder();
    choose('jku');
    fireEvent.change(screen.getByTestId('encoder-attack-input'), { target: { value: 'https://attacker.example/jwks.json' } });
    const first = await settledToken(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const hosted = screen.getByTestId('encoder-attack-hosted').textContent;
    fireEvent.change(screen.getByTestId('encoder-payload'), { target: { value: '{"sub":"someone else"}' } });
    const second = await settledToken(/^[\w-]+\.eyJzdWIiOiJzb21lb25lIGVsc2UifQ\.[\w-]+$/);
    expect(headerOf(second)).toEqual(headerOf(first));
    expect(screen.getByTestId('encoder-attack-hosted').textContent).toBe(hosted);
  });

  it('uses the public half of a private key in the key box for alg confusion', async () => {
    const { user } = await renderEncoder();
    await user.selectOptions(screen.getByTestId('encoder-alg'), 'ES256');
    await user.click(screen.getByTestId('encoder-generate-key'));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('encoder-key').value).toMatch(/^-----BEGIN PRIVATE KEY-----/));
    choose('alg-confusion');
    const compact = await settledToken(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
    expect(headerOf(compact)).toMatchObject({ alg: 'HS256' });
    await user.click(screen.getByTestId('encoder-open-in-decoder'));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('key-input').value).toMatch(/^-----BEGIN PUBLIC KEY-----/));
  });

  it('takes a custom kid for the injection', async () => {
    await renderEncoder();
    choose('kid-injection');
    fireEvent.change(screen.getByTestId('encoder-attack-variant'), { target: { value: 'sql' } });
    expect(screen.getByTestId('encoder-attack-input')).toHaveAttribute('placeholder', "' UNION SELECT 'key' --");
    expect(screen.getByTestId('encoder-attack-rule')).toHaveAttribute('data-rule', 'kid-sql-injection');
    fireEvent.change(screen.getByTestId('encoder-attack-input'), { target: { value: "x' OR 1=1 --" } });
    await waitFor(() => expect(headerOf(token().textContent ?? '')).toMatchObject({ kid: "x' OR 1=1 --" }));
  });

  it('speaks Korean', async () => {
    await renderEncoder('ko');
    choose('psychic-signature');
    expect(screen.getByTestId('encoder-attack-explanation')).toHaveTextContent('자신의 시스템을 시험하기 위한 시연입니다.');
    expect(attackSelect()).toHaveDisplayValue('사이킥 ECDSA 서명 (r = s = 0)');
  });
});
