import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeTextArea } from './CodeTextArea';

describe('CodeTextArea', () => {
  it('turns off spell check, capitalisation, completion and correction, and passes the rest through', () => {
    render(<CodeTextArea data-testid="box" defaultValue="eyJ" placeholder="token" />);
    const box = screen.getByTestId('box');
    expect(box).toHaveAttribute('spellcheck', 'false');
    expect(box).toHaveAttribute('autocapitalize', 'off');
    expect(box).toHaveAttribute('autocomplete', 'off');
    expect(box).toHaveAttribute('autocorrect', 'off');
    expect(box).toHaveValue('eyJ');
    expect(box).toHaveAttribute('placeholder', 'token');
  });
});
