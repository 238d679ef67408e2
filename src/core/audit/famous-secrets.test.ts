import { describe, expect, it } from 'vitest';
import { FAMOUS_SECRETS, famousSecretEntries, isOwnExampleSecret } from './famous-secrets';

describe('the famous default secrets (tier 0)', () => {
  it('include the catalogue secrets (docs/security-rules.md), each with an origin and a reference (the own example: its flag)', () => {
    const secrets = FAMOUS_SECRETS.map((s) => s.secret);
    for (const secret of ['', 'secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'shhhhh', 'keyboard cat', 'kiali']) {
      expect(secrets).toContain(secret);
    }
    for (const entry of FAMOUS_SECRETS) {
      expect(entry.origin.trim(), entry.secret).not.toBe('');
      expect(entry.ownExample === true || (entry.reference ?? '').trim() !== '', entry.secret).toBe(true);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(FAMOUS_SECRETS.filter((entry) => entry.ownExample).map((entry) => entry.secret)).toEqual(['jwt-inspector-example-secret']);
  });

  it('add the simple variants: trailing newline, quotes, case, once each', () => {
    const entries = famousSecretEntries();
    const texts = entries.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of ['secret\n', '"secret"', "'secret'", 'SECRET', 'Secret', 'YOUR-256-BIT-SECRET']) expect(texts).toContain(text);
    expect(entries.find((e) => e.text === 'SHHHHH')?.famous.secret).toBe('shhhhh');
    expect(entries.length).toBeGreaterThan(100);
  });
});

describe('isOwnExampleSecret', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('knows the example token’s secret byte for byte, and no variant of it', () => {
    expect(isOwnExampleSecret(bytes('jwt-inspector-example-secret'))).toBe(true);
    expect(isOwnExampleSecret(bytes('jwt-inspector-example-secret\n'))).toBe(false);
    expect(isOwnExampleSecret(bytes('Jwt-inspector-example-secret'))).toBe(false);
    expect(isOwnExampleSecret(bytes(''))).toBe(false);
  });
});
