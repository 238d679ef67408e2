import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-app';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// Issue 11 item 2: what is drawn for a token is bounded by what is shown, not by what was pasted.
describe('the decoder, for a token with many of something', () => {
  it('lists the first 100 header parameters and counts the rest', async () => {
    const header: Record<string, unknown> = { alg: 'HS256', ...Object.fromEntries(Array.from({ length: 149 }, (_, i) => [`p${i}`, i])) };
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${b64(header)}.${b64({ sub: 'many' })}.c2ln` } });
    expect(await screen.findByTestId('header-params-omitted')).toHaveTextContent('And 50 more parameters');
    // The list itself is a lazy chunk: it may arrive after the count below it.
    expect(await screen.findAllByTestId('header-param')).toHaveLength(100);
  });

  it('decodes the first parts of a text of many dots and says how many more there are', async () => {
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: 'a.'.repeat(1_000) } });
    expect(await screen.findByTestId('decode-parts-omitted')).toHaveTextContent('And 985 more parts, not decoded: only the first 16 are.');
    expect(screen.getAllByTestId('decode-problem').length).toBeLessThanOrEqual(17);
  });

  it('notes the first repeated names one by one and counts the rest in one note', async () => {
    const payload = Buffer.from(`{${Array.from({ length: 1_000 }, () => '"a":1').join(',')}}`).toString('base64url');
    await renderRoute('/');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${b64({ alg: 'HS256' })}.${payload}.c2ln` } });
    const notes = await screen.findAllByTestId('decode-note');
    expect(notes).toHaveLength(6);
    expect(notes.at(-1)).toHaveTextContent(/repeats member names 994 more times, not listed one by one/);
  });
});
