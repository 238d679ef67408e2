import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TOKEN } from '../testing/fixtures/tokens';
import { renderRoute } from '../testing/render-app';

describe('the tab title names the view', () => {
  it('names the decoder, then the token kind and algorithm once one is decoded', async () => {
    await renderRoute('/');
    await waitFor(() => expect(document.title).toBe('Decode a JSON Web Token · JWT Inspector'));
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: EXAMPLE_TOKEN } });
    await waitFor(() => expect(document.title).toBe('Signed token HS256 · JWT Inspector'));
  });

  it.each([
    ['/encode', 'Build and sign a JSON Web Token · JWT Inspector'],
    ['/rules', 'Security rules · JWT Inspector'],
    ['/rules/alg-none', 'alg-none · JWT Inspector'],
  ])('names %s', async (path, title) => {
    await renderRoute(path);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
