import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeList } from './CodeList';
import { SEGMENT_PREVIEW_CHARS, TokenSegments } from './TokenSegments';

describe('TokenSegments', () => {
  it('draws each segment in its part’s colour, joined by dots, and cuts a long one short', () => {
    const long = 'x'.repeat(SEGMENT_PREVIEW_CHARS + 10);
    const { container } = render(
      <TokenSegments
        segments={[
          { name: 'header', text: 'eyJh' },
          { name: 'payload', text: long },
          { name: 'signature', text: '' },
        ]}
      />,
    );
    const parts = [...container.querySelectorAll('[data-part]')];
    expect(parts.map((part) => part.className)).toEqual(['token-part part-header', 'token-part part-payload', 'token-part part-signature']);
    expect(parts[1]).toHaveTextContent(`${'x'.repeat(SEGMENT_PREVIEW_CHARS)}…`);
    expect(container).toHaveTextContent(`eyJh.${'x'.repeat(SEGMENT_PREVIEW_CHARS)}….`);
  });
});

describe('CodeList', () => {
  it('writes names as code, comma-separated', () => {
    const { container } = render(
      <p>
        <CodeList names={['iss', 'sub', 'exp']} />
      </p>,
    );
    expect(container).toHaveTextContent('iss, sub, exp');
    expect(container.querySelectorAll('code')).toHaveLength(3);
  });
});
