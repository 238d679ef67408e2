import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('a broken token, pointed at', () => {
  it('the decode error and the finding name the same character, counted from 1', async () => {
    const payload = b64({ sub: '1234567890', name: 'someone' });
    // A character base64url does not use, at index 20 of the payload segment.
    const broken = `${payload.slice(0, 20)}*${payload.slice(21)}`;
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${b64({ alg: 'HS256' })}.${broken}.c2ln` } });
    const problem = await screen.findByTestId('decode-problem');
    expect(problem).toHaveTextContent(/character 21 is “\*”/);
    const finding = await screen.findByText(/Character 21 of the payload is “\*”/);
    await waitFor(() => expect(finding.closest('[data-testid="finding"]')).toHaveAttribute('data-rule', 'non-canonical-base64url'));
    // The payload pane shows what decoded before the bad character, and says so.
    expect(screen.getByTestId('payload-json')).toHaveTextContent('{"sub":"1234567');
    expect(screen.getByText(/Decoded only up to the character/)).toBeInTheDocument();
  });
});
