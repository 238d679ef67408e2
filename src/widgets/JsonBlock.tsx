import { Fragment, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { highlightJsonMembers, type JsonNode, type JsonSpan } from './highlight-json';
import { showHiddenCharacters } from './VisibleText';
import { MoreNotShown } from '../ui/MoreNotShown';

/**
 * Text up to this size is rendered whole; longer text starts with a screenful of PREVIEW_CHARS and
 * grows on request, because laying out and colouring large text is what costs (ADR 004): every
 * element of the preview is created on the large paste and removed on the next one.
 */
export const JSON_BLOCK_WHOLE_CHARS = 32 * 1024;
const PREVIEW_CHARS = 2 * 1024;
/**
 * Lexemes coloured at most (one element each): the rest of the text shown is plain, so "Show more"
 * on a dense array, or 32 KB of numbers, costs a text node rather than tens of thousands of spans.
 */
const MAX_COLOURED_LEXEMES = 5_000;
const STEP_CHARS = 256 * 1024;

/** What a member element is given: the member (its index among all members, in name order) and its text. */
export interface JsonMemberProps {
  index: number;
  pointer: string;
  children: ReactNode;
}

/** How object members are drawn: each by its own element, so one can change without redrawing the text. */
export interface JsonBlockMembers {
  /** Members beyond this many (in name order) get no element; their text is shown as it is. */
  max: number;
  Member: ComponentType<JsonMemberProps>;
  /** Drawn after a member and the comma that follows it, outside the member's element. */
  renderAfter?: (member: { index: number; pointer: string }) => ReactNode;
}

interface Props {
  text: string;
  testId: string;
  label: string;
  /** Whether to colour the text as JSON; plain text is shown as it is. */
  json: boolean;
  /** Renders "N more characters" and the button label, so ui/ stays free of translations. */
  moreLabel: (remaining: number) => string;
  showMoreLabel: string;
  /** When given, the members within the shown text are drawn by `members.Member`. */
  members?: JsonBlockMembers;
}

const JSON_WHITESPACE = /^[ \t\n\r]*$/;

/**
 * Whether a span is drawn as bare text in the block's own colour: punctuation, and the whitespace
 * between lexemes. Neither can hold a hidden character (JSON's whitespace is space, tab, LF and CR);
 * everything else needs an element: a colour of its own, or text past where the JSON stops.
 */
function isBare(span: JsonSpan): boolean {
  return span.kind === 'punctuation' || (span.kind === 'plain' && JSON_WHITESPACE.test(span.text));
}

function renderSpan(span: JsonSpan, key: number): ReactNode {
  return (
    <span key={key} className={`json-${span.kind}`}>
      {showHiddenCharacters(span.text)}
    </span>
  );
}

/**
 * The nodes as elements, with each run of punctuation and whitespace one text node: a payload's
 * preview holds hundreds of them, and every element is created on a paste and removed on the next
 * (a 4 KB preview: 673 elements with a span per punctuation mark, 370 without, its removal
 * 3.4 → 1.6 ms).
 */
function renderNodes(nodes: readonly JsonNode[], members: JsonBlockMembers | undefined): ReactNode[] {
  const rendered: ReactNode[] = [];
  let bare = '';
  const push = (node: ReactNode) => {
    if (bare !== '') rendered.push(bare);
    bare = '';
    rendered.push(node);
  };
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at]!;
    if (node.kind !== 'member') {
      if (isBare(node)) bare += node.text;
      else push(renderSpan(node, at));
      continue;
    }
    if (!members) {
      push(<Fragment key={at}>{renderNodes(node.children, members)}</Fragment>);
      continue;
    }
    const { Member, renderAfter } = members;
    const member = (
      <Member key={at} index={node.index} pointer={node.pointer}>
        {renderNodes(node.children, members)}
      </Member>
    );
    const after = renderAfter?.(node) ?? null;
    if (after === null) {
      push(member);
      continue;
    }
    const next = nodes[at + 1];
    // What follows a member goes after its comma, so the comma stays beside the value.
    const comma = next?.kind === 'punctuation' && next.text === ',' ? next.text : null;
    push(
      <Fragment key={at}>
        {member}
        {comma}
        {after}
      </Fragment>,
    );
    if (comma !== null) at++;
  }
  if (bare !== '') rendered.push(bare);
  return rendered;
}

/** Pretty text in a <pre>, syntax-coloured, showing a bounded prefix with a "show more" button. */
export function JsonBlock({ text, testId, label, json, moreLabel, showMoreLabel, members }: Props) {
  // The limit belongs to one text: a new token starts short again.
  const initialLimit = text.length <= JSON_BLOCK_WHOLE_CHARS ? JSON_BLOCK_WHOLE_CHARS : PREVIEW_CHARS;
  const [expansion, setExpansion] = useState({ text, limit: initialLimit });
  const limit = expansion.text === text ? expansion.limit : initialLimit;
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const maxMembers = members?.max ?? 0;
  const nodes = useMemo(() => (json ? highlightJsonMembers(shown, maxMembers, MAX_COLOURED_LEXEMES) : null), [shown, json, maxMembers]);
  const remaining = text.length - shown.length;
  return (
    <div className="json-block">
      <pre className={nodes ? 'json-block-pre json-coloured' : 'json-block-pre'} data-testid={testId} aria-label={label} tabIndex={0}>
        {nodes ? renderNodes(nodes, members) : showHiddenCharacters(shown)}
      </pre>
      {remaining > 0 && (
        <MoreNotShown className="json-block-more" notShown={moreLabel(remaining)} showMoreLabel={showMoreLabel} onShowMore={() => setExpansion({ text, limit: limit + STEP_CHARS })} />
      )}
    </div>
  );
}
