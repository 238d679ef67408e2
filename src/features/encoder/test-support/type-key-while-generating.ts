import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * Asks the encoder for a 4096-bit RSA key (seconds of work), puts `keyText` into the key box while it
 * is being made, and returns once the generation is over, so the caller can see which key stayed.
 */
export async function typeKeyWhileRsaKeyIsMade(user: UserEvent, keyText: string): Promise<void> {
  await user.selectOptions(screen.getByTestId('encoder-rsa-bits'), '4096');
  await user.click(screen.getByTestId('encoder-generate-key'));
  expect(screen.getByTestId('encoder-generate-key')).toBeDisabled();
  fireEvent.change(screen.getByTestId('encoder-key'), { target: { value: keyText } });
  await waitFor(() => expect(screen.getByTestId('encoder-generate-key')).toBeEnabled());
}
