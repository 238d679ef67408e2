import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { renderRoute } from '../../../testing/render-app';

const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

// A header that names Object.prototype members where the decoder looks values up: typ, alg, crit, a jwk's kty.
const token = `${b64({ alg: 'ES256', typ: '__proto__', kid: 'toString', crit: ['constructor'], jwk: { kty: 'constructor', d: 'AQAB' } })}.${b64({ sub: 'x', constructor: 1 })}.${encodeBase64Url(new Uint8Array(64).fill(1))}`;

describe('the decoder with Object.prototype names in the token and the key', () => {
  it.each(['{"kty":"constructor"}', '{"kty":"__proto__"}', '{"kty":"toString"}', '{"kty":"hasOwnProperty"}', '{"kty":"valueOf"}', '{"keys":[{"kty":"constructor"}]}'])(
    'shows the decoded token, a verdict and the findings with key %s, not the error page',
    async (key) => {
      const { user } = await renderRoute('/');
      await user.click(screen.getByTestId('token-input'));
      await user.paste(token);
      await user.click(screen.getByTestId('key-input'));
      await user.paste(key);
      await waitFor(() => expect(['invalid', 'error', 'unsupported']).toContain(screen.getByTestId('verify-status').dataset.status));
      expect(screen.queryByRole('alert', { name: /something broke/i })).toBeNull();
      expect(document.querySelector('.route-error')).toBeNull();
      expect(JSON.parse(screen.getByTestId('header-json').textContent ?? '')).toMatchObject({ typ: '__proto__', jwk: { kty: 'constructor' } });
      expect(screen.getByTestId('token-summary')).toHaveAttribute('data-kind', 'unknown');
      const exposed = await screen.findAllByText((_text, element) => element?.getAttribute('data-rule') === 'private-key-exposed' && element.getAttribute('data-severity') === 'critical');
      expect(exposed.length).toBeGreaterThan(0);
    },
  );
});
