import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../core/findings/rule-ids';
import { renderRoute } from '../../testing/render-app';

describe('rule pages', () => {
  it('#/rules lists every rule, grouped by severity, each linking to its page', async () => {
    await renderRoute('/rules');
    expect(await screen.findByRole('heading', { level: 1, name: 'Security rules' })).toBeInTheDocument();
    const items = screen.getAllByTestId('rule-list-item');
    expect(items.map((item) => item.dataset.rule).sort()).toEqual([...RULE_IDS].sort());
    const first = items.find((item) => item.dataset.rule === 'alg-none');
    expect(first && within(first).getByRole('link')).toHaveAttribute('href', '#/rules/alg-none');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      expect.stringMatching(/^.Critical/),
      expect.stringMatching(/^.High/),
      expect.stringMatching(/^.Medium/),
      expect.stringMatching(/^.Low/),
      expect.stringMatching(/^.Info/),
    ]);
  });

  it('#/rules/alg-none has its title as h1, severity, needs, why, what to do and references', async () => {
    await renderRoute('/rules/alg-none');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unsigned token (alg “none”)' })).toBeInTheDocument();
    const page = screen.getByTestId('rule-page');
    expect(page).toHaveAttribute('data-rule', 'alg-none');
    expect(page).toHaveTextContent('Critical');
    expect(page).toHaveTextContent('The token');
    expect(within(page).getByRole('link', { name: /RFC 8725 §3\.1/ })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1');
  });

  it('an unknown rule id says so', async () => {
    await renderRoute('/rules/no-such-rule');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such rule' })).toBeInTheDocument();
  });

  it('the nav links to the rules', async () => {
    await renderRoute('/');
    expect(screen.getByRole('link', { name: 'Rules' })).toHaveAttribute('href', '/rules');
  });

  it('is translated', async () => {
    await renderRoute('/rules/hmac-weak-secret', { locale: 'ko' });
    expect(await screen.findByRole('heading', { level: 1, name: '공개되었거나 추측 가능한 비밀로 서명됨' })).toBeInTheDocument();
  });
});
