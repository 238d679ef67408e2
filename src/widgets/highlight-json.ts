import { createJsonLexer, type JsonLexemeKind } from '../core/json/lex-json';

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'plain';

export interface JsonSpan {
  kind: JsonTokenKind;
  text: string;
}

/** One object member as written, from its name's opening quote to the end of its value, around its spans. */
export interface JsonMemberNode {
  kind: 'member';
  /** Its place among all members of the text, in the order their names occur (at any depth). */
  index: number;
  /** RFC 6901 pointer of the member. */
  pointer: string;
  children: JsonNode[];
}

export type JsonNode = JsonSpan | JsonMemberNode;

const TOKEN_KIND: Record<JsonLexemeKind, JsonTokenKind> = {
  whitespace: 'plain',
  'begin-object': 'punctuation',
  'end-object': 'punctuation',
  'begin-array': 'punctuation',
  'end-array': 'punctuation',
  'name-separator': 'punctuation',
  'value-separator': 'punctuation',
  'member-name': 'key',
  string: 'string',
  number: 'number',
  literal: 'literal',
};

interface JsonSink {
  span(kind: JsonTokenKind, text: string): void;
  openMember(index: number, pointer: string): void;
  closeMember(): void;
}

/** Lexemes that end the value they belong to (a scalar, or a container's closing bracket). */
function endsValue(kind: JsonLexemeKind): boolean {
  return kind === 'string' || kind === 'number' || kind === 'literal' || kind === 'end-object' || kind === 'end-array';
}

/**
 * Reads `text` into coloured spans, and around the first `maxMembers` members (in name order) opens
 * and closes a member. Members still open where the text stops being JSON are left open. After
 * `maxLexemes` lexemes the rest of the text is one plain span; returns whether it was cut there.
 */
function walkJson(text: string, maxMembers: number, sink: JsonSink, maxLexemes = Infinity): boolean {
  // No depth limit: colouring keeps nothing per level, members one number each.
  const lexer = createJsonLexer(text, { maxDepth: Infinity });
  const openDepths: number[] = [];
  let memberCount = 0;
  const plain = (from: number, to: number) => {
    if (to > from) sink.span('plain', text.slice(from, to));
  };
  // Whitespace waits: before a colon it is part of the colon's span (`"a" :`), elsewhere plain.
  let plainFrom = 0;
  let lexemes = 0;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind === 'whitespace') continue;
    if (lexemes++ === maxLexemes) {
      plain(plainFrom, text.length);
      return true;
    }
    const { start, end, depth } = lexer;
    if (kind === 'name-separator') {
      sink.span('punctuation', text.slice(plainFrom, end));
    } else {
      plain(plainFrom, start);
      if (kind === 'member-name' && memberCount < maxMembers) {
        sink.openMember(memberCount, lexer.pointer());
        openDepths.push(depth);
      }
      if (kind === 'member-name') memberCount++;
      sink.span(TOKEN_KIND[kind], text.slice(start, end));
      if (endsValue(kind) && openDepths.at(-1) === depth) {
        openDepths.pop();
        sink.closeMember();
      }
    }
    plainFrom = end;
  }
  plain(plainFrom, text.length);
  return false;
}

/**
 * Splits JSON text into coloured spans by the JSON lexer's lexemes. Colouring stops where the text
 * stops being JSON; the rest stays plain, so a slice cut short (a view highlighting only what it
 * shows) keeps its colours up to the cut.
 */
export function highlightJson(text: string): JsonSpan[] {
  return highlightJsonPrefix(text, Infinity).spans;
}

/**
 * highlightJson's spans for the first `maxLexemes` lexemes, the rest of the text as one plain span
 * (`cut` says it was), so the work and the elements for a long text stay bounded.
 */
export function highlightJsonPrefix(text: string, maxLexemes: number): { spans: JsonSpan[]; cut: boolean } {
  const spans: JsonSpan[] = [];
  const cut = walkJson(
    text,
    0,
    {
      span: (kind, piece) => spans.push({ kind, text: piece }),
      openMember: () => {},
      closeMember: () => {},
    },
    maxLexemes,
  );
  return { spans, cut };
}

/** Puts `items` where `list[at]` was, in place (an array may be too long to spread into `splice`). */
function replaceInPlace(list: JsonNode[], at: number, items: readonly JsonNode[]): void {
  const tail = list.splice(at);
  tail.shift();
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}

/**
 * Returns highlightJson's spans with the first `maxMembers` object members (at any depth, in the
 * order their names occur) as nodes around their spans, nested as in the text. A member that does
 * not end within the text (a prefix cut short, or text that stops being JSON) gets no node: its
 * spans stay where they are. After `maxLexemes` lexemes the rest is one plain span at the end. Does
 * not check that the text is JSON beyond what the colours show.
 */
export function highlightJsonMembers(text: string, maxMembers: number, maxLexemes = Infinity): JsonNode[] {
  const root: JsonNode[] = [];
  const open: { member: JsonMemberNode; parent: JsonNode[] }[] = [];
  let into = root;
  const cut = walkJson(text, maxMembers, {
    span: (kind, piece) => into.push({ kind, text: piece }),
    openMember: (index, pointer) => {
      const member: JsonMemberNode = { kind: 'member', index, pointer, children: [] };
      into.push(member);
      open.push({ member, parent: into });
      into = member.children;
    },
    closeMember: () => {
      into = open.pop()?.parent ?? root;
    },
  }, maxLexemes);
  // The plain rest of a text cut short belongs to no member: it goes after all of them.
  const rest = cut ? into.pop() : undefined;
  for (let unended = open.pop(); unended; unended = open.pop()) {
    replaceInPlace(unended.parent, unended.parent.lastIndexOf(unended.member), unended.member.children);
  }
  if (rest) root.push(rest);
  return root;
}
