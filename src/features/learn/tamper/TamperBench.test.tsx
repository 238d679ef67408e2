import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';
import { LEARN_EXAMPLE_SECRET, LEARN_EXAMPLE_TOKEN } from '../example-token';
import { useLearnStore } from '../learn-store';

const PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9
q9UU8I5mEovUf86QZ7kOBIjJwqnzD1omageEHWwHdBO6B+dFabmdT9POxg==
-----END PUBLIC KEY-----`;

async function openBench(locale: 'en' | 'ko' = 'en') {
  const view = await renderRoute('/learn', { locale });
  const bench = await screen.findByTestId('tamper-token');
  return { ...view, bench };
}

async function verdictSettlesTo(valid: boolean) {
  const verdict = screen.getByTestId('tamper-verdict');
  await expect.poll(() => verdict.getAttribute('data-valid')).toBe(String(valid));
}

describe('TamperBench', () => {
  beforeEach(() => {
    act(() => {
      useLearnStore.setState({ tokenText: LEARN_EXAMPLE_TOKEN, keyText: LEARN_EXAMPLE_SECRET, secretEncoding: 'utf8', seededFrom: '' });
    });
  });

  it('starts from the learner’s token, whose signature matches the example key', async () => {
    const { bench } = await openBench();
    expect(bench).toHaveTextContent(LEARN_EXAMPLE_TOKEN);
    await verdictSettlesTo(true);
    expect(screen.queryAllByTestId('tamper-changed-char')).toHaveLength(0);
  });

  it('asks before a bit flip shows, then marks the one changed character and the verdict turns false', async () => {
    const { user, bench } = await openBench();
    await verdictSettlesTo(true);
    const preview = screen.getByTestId('tamper-bit-preview');
    const [before, after] = within(preview).getAllByText(/^.$/, { selector: '.tamper-char' }).map((element) => element.textContent);
    await user.click(screen.getByTestId('tamper-flip'));
    expect(screen.getByTestId('tamper-predict')).toHaveAttribute('data-kind', 'bit');
    expect(bench).toHaveTextContent(LEARN_EXAMPLE_TOKEN);
    await user.click(screen.getByTestId('tamper-predict-no'));
    await verdictSettlesTo(false);
    const changed = screen.getAllByTestId('tamper-changed-char');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toHaveTextContent(after ?? '');
    expect(changed[0]).toHaveAttribute('title', `changed: was “${before}”`);
    expect(changed[0]).toHaveClass('token-changed-char');
    expect(changed[0]).not.toHaveClass('token-bad-char');
    expect(screen.getByTestId('tamper-predict-answer')).toHaveAttribute('data-correct', 'true');
    expect(screen.getByTestId('tamper-verdict')).toHaveTextContent('The signature no longer matches');

    // One question per kind: the second flip shows at once.
    await user.click(screen.getByTestId('tamper-flip'));
    expect(screen.queryByTestId('tamper-predict')).not.toBeInTheDocument();
    await verdictSettlesTo(true);
  });

  it('says when the chosen bit is one no byte is made of', async () => {
    const { user } = await openBench();
    await user.selectOptions(screen.getByTestId('tamper-bit-part'), 'signature');
    const position = screen.getByTestId('tamper-bit-index');
    await user.clear(position);
    await user.type(position, '43');
    await user.selectOptions(screen.getByTestId('tamper-bit-bit'), '5');
    expect(screen.getByTestId('tamper-bit-preview')).toHaveTextContent('no byte is made of it');
    await user.selectOptions(screen.getByTestId('tamper-bit-bit'), '0');
    expect(screen.getByTestId('tamper-bit-preview')).not.toHaveTextContent('no byte is made of it');
  });

  it('changes a claim without touching the learner’s token, and resets to it', async () => {
    const { user, bench } = await openBench();
    await user.selectOptions(screen.getByTestId('tamper-claim-name'), 'role');
    const value = screen.getByTestId('tamper-claim-value');
    expect(value).toHaveValue('"learner"');
    await user.clear(value);
    await user.type(value, 'admin');
    await user.click(screen.getByTestId('tamper-claim-apply'));
    expect(screen.getByTestId('tamper-claim-error')).toBeInTheDocument();
    expect(value).toHaveAttribute('aria-invalid', 'true');
    await user.clear(value);
    await user.type(value, '"admin"');
    await user.click(screen.getByTestId('tamper-claim-apply'));
    await user.click(screen.getByTestId('tamper-predict-yes'));
    await verdictSettlesTo(false);
    expect(screen.getByTestId('tamper-predict-answer')).toHaveAttribute('data-correct', 'false');
    expect(screen.getAllByTestId('tamper-changed-char').every((mark) => mark.getAttribute('data-part') === 'payload')).toBe(true);
    expect(useLearnStore.getState().tokenText).toBe(LEARN_EXAMPLE_TOKEN);
    expect(screen.getByTestId('learn-token-input')).toHaveValue(LEARN_EXAMPLE_TOKEN);

    await user.click(screen.getByTestId('tamper-reset'));
    expect(bench).toHaveTextContent(LEARN_EXAMPLE_TOKEN);
    await verdictSettlesTo(true);
  });

  it('lays the payload out with other whitespace: other characters, the signature fails', async () => {
    const { user } = await openBench();
    await user.click(screen.getAllByTestId('tamper-respace').find((button) => button.getAttribute('data-layout') === 'indented')!);
    await user.click(screen.getByTestId('tamper-predict-no'));
    await verdictSettlesTo(false);
    expect(screen.getAllByTestId('tamper-changed-char').length).toBeGreaterThan(0);
    await user.click(screen.getAllByTestId('tamper-respace').find((button) => button.getAttribute('data-layout') === 'compact')!);
    await verdictSettlesTo(true);
  });

  it.each(['alg-none', 'embedded-jwk', 'empty-key', 'psychic-signature'])('the %s attack is rejected by the app’s verifier and links its rule', async (attack) => {
    const { user, bench } = await openBench();
    await verdictSettlesTo(true);
    const card = screen.getAllByTestId('tamper-attack-card').find((element) => element.getAttribute('data-attack') === attack)!;
    await user.click(within(card).getByTestId('tamper-attack'));
    await expect.poll(() => bench.textContent).not.toBe(LEARN_EXAMPLE_TOKEN);
    await verdictSettlesTo(false);
    expect(screen.getByTestId('tamper-outcome')).toHaveAttribute('data-kind', 'attack');
    const rule = within(card).getByTestId('tamper-attack-rule');
    expect(rule.getAttribute('href')).toBe(`#/rules/${rule.getAttribute('data-rule')}`);
  });

  it('an attack still being made when the learner resets the sandbox is dropped: the reset wins', async () => {
    const { user, bench } = await openBench();
    await verdictSettlesTo(true);
    await user.click(screen.getByTestId('tamper-flip'));
    await user.click(screen.getByTestId('tamper-predict-no'));
    await verdictSettlesTo(false);
    const card = screen.getAllByTestId('tamper-attack-card').find((element) => element.getAttribute('data-attack') === 'embedded-jwk')!;
    const attack = within(card).getByTestId('tamper-attack');
    // Both clicks in one task: the embedded-JWK token (code loaded, a key made) is not ready yet.
    act(() => {
      fireEvent.click(attack);
      fireEvent.click(screen.getByTestId('tamper-reset'));
    });
    expect(attack).toBeDisabled();
    await expect.poll(() => attack.hasAttribute('disabled')).toBe(false);
    expect(bench).toHaveTextContent(LEARN_EXAMPLE_TOKEN);
    expect(screen.queryByTestId('tamper-outcome')).not.toBeInTheDocument();
    await verdictSettlesTo(true);
  });

  it('makes the algorithm-confusion token only from a public key', async () => {
    const { user, bench } = await openBench();
    const card = () => screen.getAllByTestId('tamper-attack-card').find((element) => element.getAttribute('data-attack') === 'alg-confusion')!;
    expect(within(card()).getByTestId('tamper-attack')).toBeDisabled();
    expect(within(card()).getByTestId('tamper-attack-note')).toBeInTheDocument();
    act(() => useLearnStore.getState().setKeyText(PUBLIC_PEM));
    await user.click(within(card()).getByTestId('tamper-attack'));
    await expect.poll(() => bench.textContent?.startsWith('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.')).toBe(true);
    await verdictSettlesTo(false);
    expect(within(card()).getByTestId('tamper-attack-rule')).toHaveAttribute('data-rule', 'alg-confusion-public-key-as-hmac-secret');
  });

  it('speaks Korean', async () => {
    await openBench('ko');
    expect(screen.getByRole('heading', { level: 2, name: '변조 실험대' })).toBeInTheDocument();
    await verdictSettlesTo(true);
    expect(screen.getByTestId('tamper-verdict')).toHaveTextContent('서명이 맞습니다');
  });
});
