export interface HostileRow {
  id: string;
  label: string;
  view: 'decoder' | 'encoder';
  /** `data-testid` of the box the text goes into. */
  box: 'token-input' | 'key-input' | 'encoder-payload' | 'encoder-key';
  how: 'paste' | 'fill';
  /** The example token and secret are loaded first. */
  example?: boolean;
  /** Issue 11's figure for the longest task before the fix (ending in * when measured here, for a row issue 11 did not have). */
  before: string;
  input(): string;
}

export interface Settled {
  longest: number;
  lastEnd: number;
  count: number;
}

export const HOSTILE_ROWS: HostileRow[];
export function routeOf(view: HostileRow['view']): string;
export function observeLongTasks(): void;
export function pageHoldText(text: string): void;
export function pagePutIn(args: { testId: string; how: HostileRow['how'] }): void;
export function pageSettle(args: { since: number; quietMs: number }): Promise<Settled>;
export function pageReacted(args: { box: string }): boolean;
