import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, loadArea } from '../../../../i18n/i18n';
import { TokenFact } from './TokenFact';

describe('TokenFact', () => {
  beforeAll(async () => {
    await activateLocale('en');
    await loadArea('learn');
  });

  it('says the sentence about the learner’s token, marked as theirs', () => {
    render(<TokenFact value="HS256">{(alg) => <>It is signed with {alg}.</>}</TokenFact>);
    expect(screen.getByText(/It is signed with HS256\./)).toHaveTextContent('Your token It is signed with HS256.');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('falls back to the general sentence when the value is %s', (_name, value) => {
    render(
      <TokenFact<string> value={value} fallback="Tokens name their algorithm in alg.">
        {(alg) => <>It is signed with {alg}.</>}
      </TokenFact>,
    );
    expect(screen.getByText('Tokens name their algorithm in alg.')).not.toHaveTextContent('Your token');
    expect(screen.queryByText(/It is signed/)).toBeNull();
  });

  it('puts blocks under the sentence, outside its paragraph', () => {
    const { container } = render(
      <TokenFact value="{}" detail={(json) => <pre>{json}</pre>}>
        {() => <>Its payload is empty.</>}
      </TokenFact>,
    );
    expect(container.querySelector('p.token-fact-sentence')).toHaveTextContent('Your token Its payload is empty.');
    expect(container.querySelector('.token-fact > pre')).toHaveTextContent('{}');
  });

  it('says nothing without a value or a fallback, and keeps 0 as a value', () => {
    const { container } = render(<TokenFact<number> value={null}>{(n) => <>{n} seconds</>}</TokenFact>);
    expect(container).toBeEmptyDOMElement();
    render(<TokenFact value={0}>{(n) => <>{n} seconds</>}</TokenFact>);
    expect(screen.getByText(/0 seconds/)).toBeInTheDocument();
  });
});
