import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSdJwt, disclose } from '../../../core/sd-jwt/test-support/build-sd-jwt';
import { rfc9901Example } from '../../../core/sd-jwt/test-support/rfc9901-examples';
import { decodeToken } from '../../../core/token/decode-token';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/locales';
import { DISCLOSURES_STEP, SdJwtSection } from './SdJwtSection';

async function renderSection(token: string, locale: Locale = 'en') {
  await activateLocale(locale);
  await loadArea('claims');
  return render(<SdJwtSection decoded={decodeToken(token)} />);
}

const disclosures = () => screen.getAllByTestId('sd-disclosure');

describe('SdJwtSection', () => {
  it('lists the RFC 9901 §5.2 disclosures as matched and verifies the key binding against cnf', async () => {
    await renderSection(rfc9901Example('simple-presentation').token);
    expect(disclosures().map((item) => [item.dataset.claim, item.dataset.status])).toEqual([
      ['family_name', 'matched'],
      ['address', 'matched'],
      ['given_name', 'matched'],
      ['[]', 'matched'],
    ]);
    expect(within(disclosures()[0]!).getByTestId('sd-salt')).toHaveTextContent('eluV5Og3gSNII8EYnsxA_A');
    expect(within(disclosures()[0]!).getByTestId('sd-value')).toHaveTextContent('Doe');
    expect(within(disclosures()[0]!).getByTestId('sd-digest')).toHaveTextContent('TGf4oLbgwd5JQaHyKVQZU9UdGE0w5rtDsrZzfUaomLo');
    expect(screen.getByTestId('sd-hidden-count')).toHaveAttribute('data-count', '6');
    expect(await screen.findByTestId('kb-status')).toHaveAttribute('data-status', 'valid');
    expect(screen.getByTestId('kb-nonce')).toHaveTextContent('1234567890');
    expect(screen.getByTestId('kb-aud')).toHaveTextContent('https://verifier.example.org');
  });

  it('says there is no key binding for an SD-JWT that ends with ~', async () => {
    await renderSection(rfc9901Example('simple-issuance').token);
    expect(disclosures()).toHaveLength(10);
    const kb = screen.getByTestId('kb-status');
    expect(kb).toHaveAttribute('data-status', 'no-key');
    expect(within(kb).getByText(/no key-binding JWT was sent/)).toBeInTheDocument();
  });

  it('reads a disclosure the issuer did not sign as unmatched, in Korean too', async () => {
    await renderSection(buildSdJwt({ _sd: [] }, [disclose('salt', 'role', 'admin')]), 'ko');
    expect(disclosures()[0]).toHaveAttribute('data-status', 'unmatched');
    expect(disclosures()[0]).toHaveTextContent('발급자 JWT에 없음');
    expect(screen.getByTestId('kb-status')).toHaveTextContent('확인할 키 바인딩이 없습니다');
  });

  it('explains no-key when the issuer JWT has no cnf', async () => {
    await renderSection(buildSdJwt({ _sd: [] }, [], { header: { alg: 'ES256', typ: 'kb+jwt' }, payload: () => ({ sd_hash: 'x' }) }));
    const kb = screen.getByTestId('kb-status');
    expect(kb).toHaveAttribute('data-status', 'no-key');
    expect(within(kb).getByText(/no “cnf.jwk”/)).toBeInTheDocument();
  });

  it('reads a tampered presentation’s key binding as invalid, with the sd_hash reason', async () => {
    const token = rfc9901Example('simple-presentation').token.replace(/~[^~]+~(?=[^~]*$)/, '~');
    await renderSection(token);
    const kb = await screen.findByTestId('kb-status');
    expect(kb).toHaveAttribute('data-status', 'invalid');
    expect(within(kb).getByText(/not the digest of this presentation/)).toBeInTheDocument();
  });

  it('draws many disclosures a step at a time, each "Show more" adding the next, and a new token starts again', async () => {
    const many = (prefix: string) => Array.from({ length: 2 * DISCLOSURES_STEP + 50 }, (_, index) => disclose(`salt${index}`, `${prefix}${index}`, index));
    const { rerender } = await renderSection(buildSdJwt({ _sd: [] }, many('claim')));
    expect(disclosures()).toHaveLength(DISCLOSURES_STEP);
    expect(screen.getByText(`${DISCLOSURES_STEP + 50} more disclosures not shown.`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(disclosures()).toHaveLength(2 * DISCLOSURES_STEP);
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(disclosures()).toHaveLength(2 * DISCLOSURES_STEP + 50);
    expect(disclosures().at(-1)).toHaveAttribute('data-claim', `claim${2 * DISCLOSURES_STEP + 49}`);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    rerender(<SdJwtSection decoded={decodeToken(buildSdJwt({ _sd: [] }, many('other')))} />);
    expect(disclosures()).toHaveLength(DISCLOSURES_STEP);
    expect(disclosures()[0]).toHaveAttribute('data-claim', 'other0');
  });
});
