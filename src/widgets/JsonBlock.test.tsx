import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { JsonBlock, type JsonMemberProps } from './JsonBlock';

function Member({ index, pointer, children }: JsonMemberProps) {
  return (
    <span data-testid="member" data-index={index} data-pointer={pointer}>
      {children}
    </span>
  );
}

function renderBlock(text: string, members?: { renderAfter?: (member: { index: number; pointer: string }) => string | null }) {
  render(
    <JsonBlock
      text={text}
      testId="block"
      label="Payload"
      json
      moreLabel={(remaining) => `${remaining} more`}
      showMoreLabel="Show more"
      {...(members ? { members: { max: 10, Member, ...(members.renderAfter ? { renderAfter: members.renderAfter } : {}) } } : {})}
    />,
  );
  return screen.getByTestId('block');
}

/** The coloured runs: each element's class and text, in order. */
function colouredRuns(block: HTMLElement) {
  return [...block.querySelectorAll('[class^="json-"]')].map((element) => [element.className, element.textContent]);
}

beforeAll(async () => {
  await activateLocale('en');
});

describe('JsonBlock', () => {
  it('colours names, strings, numbers and literals; punctuation takes the muted colour of the block itself', () => {
    const text = '{\n  "a": 1,\n  "b": [true, "x"]\n}';
    const block = renderBlock(text);
    expect(block).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(block).toHaveClass('json-coloured');
    expect(colouredRuns(block)).toEqual([
      ['json-key', '"a"'],
      ['json-number', '1'],
      ['json-key', '"b"'],
      ['json-literal', 'true'],
      ['json-string', '"x"'],
    ]);
  });

  it('gives text past where the JSON stops the text colour, not the punctuation colour', () => {
    const block = renderBlock('{"a": 1,} 2');
    expect(block).toHaveTextContent('{"a": 1,} 2', { normalizeWhitespace: false });
    expect(colouredRuns(block)).toEqual([
      ['json-key', '"a"'],
      ['json-number', '1'],
      ['json-plain', '} 2'],
    ]);
  });

  it("draws each member by its element, and what follows a member after the member's comma", () => {
    const block = renderBlock('{"a": 1, "b": 2}', { renderAfter: ({ pointer }) => (pointer === '/a' ? '[after a]' : null) });
    expect(screen.getAllByTestId('member').map((member) => [member.dataset.pointer, member.textContent])).toEqual([
      ['/a', '"a": 1'],
      ['/b', '"b": 2'],
    ]);
    expect(block).toHaveTextContent('{"a": 1,[after a] "b": 2}', { normalizeWhitespace: false });
  });

  it('still makes a hidden character visible where it stops the JSON', () => {
    const block = renderBlock('{"a":\u200B1}');
    expect(screen.getByTestId('hidden-char')).toBeInTheDocument();
    expect(block.textContent).toBe('{"a":\u200B1}');
  });
});
