import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, loadArea } from '../../../../i18n/i18n';
import { PredictQuestion } from './PredictQuestion';

function renderQuestion() {
  return render(
    <PredictQuestion
      prompt="Can anyone read the payload?"
      choices={[{ label: 'No, it is encrypted' }, { label: 'Yes, it is only encoded', correct: true }]}
      explanation="Base64url is an encoding."
    />,
  );
}

describe('PredictQuestion', () => {
  beforeAll(async () => {
    await activateLocale('en');
    await loadArea('learn');
  });

  it('hides the answer until the learner guesses, then says whether the guess was right and why', async () => {
    const user = userEvent.setup();
    renderQuestion();
    expect(screen.getByRole('region', { name: 'Can anyone read the payload?' })).toBeInTheDocument();
    expect(screen.queryByText(/Base64url is an encoding/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'No, it is encrypted' }));
    expect(screen.getByRole('button', { name: 'No, it is encrypted' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Base64url is an encoding/)).toHaveTextContent('Not quite. Base64url is an encoding.');
    expect(screen.getByRole('button', { name: /Yes, it is only encoded/ })).toHaveTextContent('✓ Answer');
    await user.click(screen.getByRole('button', { name: /Yes, it is only encoded/ }));
    expect(screen.getByText(/Base64url is an encoding/)).toHaveTextContent('Right. Base64url is an encoding.');
    expect(screen.getByRole('button', { name: 'No, it is encrypted' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('answers from the keyboard, and reveals without a guess when asked', async () => {
    const user = userEvent.setup();
    renderQuestion();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show the answer' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Show the answer' })).toBeNull();
    expect(screen.getByText(/Base64url is an encoding/).textContent).toBe('Base64url is an encoding.');
    expect(screen.getByText(/Base64url is an encoding/).closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  });
});
