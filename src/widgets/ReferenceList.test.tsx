import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReferenceList } from './ReferenceList';

describe('ReferenceList', () => {
  it('links a reference whose address is known, in a new tab, and names the others as text', () => {
    render(<ReferenceList references={[{ label: 'RFC 8725 §3.1', url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1' }, { label: 'A printed book' }]} />);
    const link = screen.getByRole('link', { name: 'RFC 8725 §3.1' });
    expect(link).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['RFC 8725 §3.1', 'A printed book']);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
