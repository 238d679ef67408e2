import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../core/json/json-value';
import { readNumberLexemes } from '../../../core/json/read-number-lexemes';
import { activateLocale, loadArea } from '../../../i18n/i18n';
import { ClaimsTable } from './ClaimsTable';
import { TokenSummary } from './TokenSummary';

function row(name: string): HTMLElement {
  const found = screen.getAllByTestId('claim-row').find((element) => element.dataset.claim === name);
  if (!found) throw new Error(`no claim-row for ${name}`);
  return found;
}

function codepointsIn(element: HTMLElement): string[] {
  return within(element)
    .queryAllByTestId('hidden-char')
    .map((mark) => mark.dataset.codepoint ?? '');
}

/** The payload as JSON.parse reads it, and its numbers as the report lists them. */
function readPayload(text: string) {
  return { payload: JSON.parse(text) as JsonObject, numbers: readNumberLexemes(text).numbers };
}

async function renderTable(text: string) {
  await activateLocale('en');
  await Promise.all([loadArea('claims'), loadArea('glossary')]);
  const { payload, numbers } = readPayload(text);
  return render(<ClaimsTable payload={payload} numbers={numbers} />);
}

describe('ClaimsTable with hidden characters and numbers', () => {
  it.each([
    { value: 'adm\u200Bin', codepoints: ['200b'] },
    { value: 'admin\u200B', codepoints: ['200b'] },
    { value: 'ad\u2060mi\uFEFFn', codepoints: ['2060', 'feff'] },
    { value: '\u202Enimda', codepoints: ['202e'] },
    { value: 'admin\u{E0061}\u{E0064}\u{E007F}', codepoints: ['e0061', 'e0064', 'e007f'] },
  ])('marks the hidden characters of $codepoints in a value', async ({ value, codepoints }) => {
    await renderTable(JSON.stringify({ role: value }));
    expect(codepointsIn(row('role'))).toEqual(codepoints);
  });

  it('marks a hidden character in a claim name', async () => {
    await renderTable(JSON.stringify({ 'rol\u200Be': 'user' }));
    expect(codepointsIn(row('rol\u200Be'))).toEqual(['200b']);
  });

  it('shows numbers as written, with a note where JavaScript reads another value', async () => {
    await renderTable('{"id": 9007199254740993, "big": [1e400, 1.0], "zero": -0, "plain": 42}');
    expect(within(row('id')).getByText('9007199254740993')).toBeInTheDocument();
    expect(within(row('id')).getByTestId('number-note')).toHaveTextContent('Beyond 2^53: JavaScript reads 9007199254740992. Shown as written.');
    expect(within(row('big')).getByText('[1e400,1.0]')).toBeInTheDocument();
    expect(within(row('zero')).getByText('-0')).toBeInTheDocument();
    expect(within(row('zero')).getByTestId('number-note')).toHaveTextContent('A negative zero');
    expect(within(row('plain')).getByText('42')).toBeInTheDocument();
    expect(within(row('plain')).queryByTestId('number-note')).toBeNull();
  });
});

describe('TokenSummary with hidden characters', () => {
  it('marks them in the issuer and subject', async () => {
    await activateLocale('en');
    await loadArea('claims');
    render(<TokenSummary header={{ alg: 'RS256' }} payload={{ iss: 'https://issuer\u200B.example', sub: '\u202Enimda' }} />);
    expect(codepointsIn(screen.getByTestId('token-summary'))).toEqual(['200b', '202e']);
  });
});
