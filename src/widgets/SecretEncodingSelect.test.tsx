import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretEncoding } from '../core/keys/decode-secret';
import { activateLocale } from '../i18n/i18n';
import { SecretEncodingSelect } from './SecretEncodingSelect';

describe('SecretEncodingSelect', () => {
  beforeAll(() => activateLocale('en'));

  it('carries the test id it is given and offers the four encodings', () => {
    render(<SecretEncodingSelect value="utf8" onChange={() => {}} testId="encoder-secret-encoding" disabled />);
    const select = screen.getByTestId('encoder-secret-encoding');
    expect(select).toBeDisabled();
    expect(select).toHaveValue('utf8');
    expect([...select.querySelectorAll('option')].map((option) => option.value)).toEqual(['utf8', 'base64url', 'base64', 'hex']);
  });

  it.each<SecretEncoding>(['base64url', 'base64', 'hex'])('reports %s when it is chosen', async (encoding) => {
    const onChange = vi.fn();
    render(<SecretEncodingSelect value="utf8" onChange={onChange} testId="secret-encoding" />);
    await userEvent.selectOptions(screen.getByTestId('secret-encoding'), encoding);
    expect(onChange).toHaveBeenCalledWith(encoding);
  });
});
