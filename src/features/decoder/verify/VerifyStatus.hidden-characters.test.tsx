import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VerificationResult } from '../../../core/crypto/verification-result';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { VerifyStatus } from './VerifyStatus';

describe('VerifyStatus with hidden characters', () => {
  it('marks them in the kid a reason quotes', async () => {
    await activateLocale('en');
    await loadArea('verify-details');
    const result = { status: 'invalid', reason: 'kid-not-found', params: { alg: 'RS256', kid: 'key\u200B1', kids: ['key1'] } } as VerificationResult;
    render(<VerifyStatus result={result} withReason />);
    const reason = screen.getByTestId('verify-reason');
    expect(reason).toHaveTextContent('kid “key\u200B1”');
    expect(within(reason).getAllByTestId('hidden-char').map((mark) => mark.dataset.codepoint)).toEqual(['200b']);
  });
});
