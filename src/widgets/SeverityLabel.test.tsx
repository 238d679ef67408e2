import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Severity } from '../core/findings/finding';
import { activateLocale, loadArea, translate } from '../i18n/i18n';
import { SeverityLabel } from './SeverityLabel';

describe('SeverityLabel', () => {
  beforeAll(async () => {
    await activateLocale('en');
    await loadArea('findings');
  });

  it.each<[Severity, string, string]>([
    ['critical', '⬢', 'Critical'],
    ['high', '▲', 'High'],
    ['medium', '◆', 'Medium'],
    ['low', '●', 'Low'],
    ['info', 'ℹ', 'Info'],
  ])('%s: a shape hidden from screen readers and a word', (severity, symbol, word) => {
    const { container } = render(<SeverityLabel severity={severity} t={translate} />);
    const label = container.firstElementChild;
    expect(label).toHaveAttribute('data-severity', severity);
    expect(label?.querySelector('[aria-hidden="true"]')).toHaveTextContent(symbol);
    expect(label).toHaveTextContent(`${symbol}${word}`);
  });
});
