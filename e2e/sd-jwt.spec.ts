import { RFC9901, rfc9901Example } from '../src/testing/rfc9901-examples';
import { expect, test } from './fixtures';

// SD-JWT (RFC 9901, issue 15) through the decoder: the RFC's examples pasted as a user would, judged
// by the UI contract's hooks (sd-disclosure, kb-status, verify-status) and the findings. The examples
// are the project's test data (src/testing/rfc9901-examples).

const ISSUER_KEY = JSON.stringify(RFC9901.issuerKey.jwk);

test.describe('SD-JWT', () => {
  for (const { id, section, token, claims, keyBinding } of RFC9901.examples) {
    test(`RFC 9901 ${section} ${id}: every disclosure matched, the issuer signature valid`, async ({ decoder, page }) => {
      await decoder.goto();
      await decoder.fillToken(token);
      await decoder.fillKey(ISSUER_KEY);
      const disclosures = page.getByTestId('sd-disclosure');
      await expect(disclosures).toHaveCount(claims.length);
      expect(await disclosures.evaluateAll((items) => items.map((item) => item.getAttribute('data-claim')))).toEqual(claims);
      expect(await disclosures.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(claims.map(() => 'matched'));
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', keyBinding ? 'valid' : 'no-key');
    });
  }

  test('the §5.2 presentation shows the key-binding JWT’s nonce, aud and iat, and the claims that stay hidden', async ({ decoder, page }) => {
    await decoder.goto();
    await decoder.fillToken(rfc9901Example('simple-presentation').token);
    await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('kb-nonce')).toHaveText('1234567890');
    await expect(page.getByTestId('kb-aud')).toHaveText('https://verifier.example.org');
    await expect(page.getByTestId('kb-iat')).toHaveText('1748537243');
    await expect(page.getByTestId('sd-hidden-count')).toHaveAttribute('data-count', '6');
    await expect(page.getByTestId('sd-processed-payload')).toContainText('"given_name": "John"');
  });

  test('a presentation inside a JSON body is found with its disclosures and key-binding JWT', async ({ decoder, page }) => {
    await decoder.goto();
    await decoder.fillToken(`{"vp_token": "${rfc9901Example('simple-presentation').token}", "state": "af0ifjsldkj"}`);
    await expect(page.getByTestId('token-source')).toHaveAttribute('data-source', 'json');
    await expect(page.getByTestId('sd-disclosure').and(page.locator('[data-status="matched"]'))).toHaveCount(4);
    await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'valid');
  });

  test('a tampered disclosure reads unmatched, with its finding, and breaks the key binding', async ({ decoder, findings, page }) => {
    const presented = rfc9901Example('simple-presentation').token;
    const tampered = presented.replace(
      'WyJlbHVWNU9nM2dTTklJOEVZbnN4QV9BIiwgImZhbWlseV9uYW1lIiwgIkRvZSJd',
      Buffer.from('["eluV5Og3gSNII8EYnsxA_A", "family_name", "Roe"]').toString('base64url'),
    );
    await decoder.goto();
    await decoder.fillToken(tampered);
    const item = page.getByTestId('sd-disclosure').and(page.locator('[data-claim="family_name"]'));
    await expect(item).toHaveAttribute('data-status', 'unmatched');
    await expect(findings.rule('sd-jwt-unmatched-disclosure')).toHaveCount(1);
    await expect(findings.rule('sd-jwt-kb-sd-hash-mismatch')).toHaveCount(1);
    await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'invalid');
  });

  test('the issuer signature reads invalid with another key, and the section follows the language', async ({ decoder, page }) => {
    await decoder.goto();
    await decoder.fillToken(rfc9901Example('simple-issuance').token);
    await decoder.fillKey(JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc', y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ' }));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'no-key');
    await decoder.chooseLanguage('ko');
    await expect(page.getByTestId('kb-status')).toContainText('키 바인딩 JWT를 보내지 않았습니다');
  });
});
