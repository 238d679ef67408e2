import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, loadArea } from '../../../../i18n/i18n';
import { SequenceDiagram, type SequenceMessage } from './SequenceDiagram';

const ACTORS = [
  { id: 'browser', label: 'Browser' },
  { id: 'server', label: 'Server' },
];

function renderDiagram(title: string, description: string, messages: SequenceMessage[]) {
  render(<SequenceDiagram title={title} description={description} actors={ACTORS} messages={messages} />);
  return screen.getByRole('img', { name: title });
}

describe('SequenceDiagram', () => {
  beforeAll(async () => {
    await activateLocale('en');
    await loadArea('learn');
  });

  it('is an image named by its title and described, with the same steps as a numbered list', () => {
    const image = renderDiagram('Logging in', 'The browser sends a password and receives a token.', [
      { from: 'browser', to: 'server', label: 'POST /login' },
      { from: 'server', to: 'server', label: 'sign' },
      { from: 'server', to: 'browser', label: '200 OK', detail: '{"token":"eyJ…"}', kind: 'response' },
    ]);
    expect(image).toHaveAccessibleDescription('The browser sends a password and receives a token.');
    expect(image.querySelectorAll('.seq-actor')).toHaveLength(2);
    expect([...image.querySelectorAll('.seq-label')].map((label) => label.textContent)).toEqual(['1. POST /login', '2. sign', '3. 200 OK']);
    expect(image.querySelector('.seq-response')).not.toBeNull();
    expect(screen.getByText('Logging in, as text')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Browser → Server: POST /login',
      'Server → Server: sign',
      'Server → Browser: 200 OK {"token":"eyJ…"}',
    ]);
  });

  it('keeps every arrow and label inside its view box', () => {
    const image = renderDiagram('Checks', 'The server checks, then refuses a stolen token.', [
      { from: 'server', to: 'server', label: 'check' },
      { from: 'browser', to: 'server', label: 'stolen', kind: 'danger' },
    ]);
    const [, , width] = (image.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const text of image.querySelectorAll('text')) {
      expect(Number(text.getAttribute('x'))).toBeGreaterThan(0);
      expect(Number(text.getAttribute('x'))).toBeLessThan(width ?? 0);
    }
    // The loop on the last lifeline turns left, its label ends at the lifeline.
    expect(image.querySelector('.seq-label')).toHaveAttribute('text-anchor', 'end');
    expect(image.querySelector('.seq-danger line')?.getAttribute('marker-end')).toMatch(/-danger\)$/);
  });
});
