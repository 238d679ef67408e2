import type { TamperAttackId } from '../../../core/learn/tamper/tamper-attack';
import type { JsonLayout } from '../../../core/learn/tamper/respace-json-segment';
import type { JwsPartName } from '../../../core/token/decoded-token';

/** The kinds of hand edit, each asked about once before its result shows. */
export type EditKind = 'claim' | 'bit' | 'whitespace';

/** One bit flipped: where, and the character before and after. */
export interface FlippedBit {
  part: JwsPartName;
  index: number;
  bit: number;
  before: string;
  after: string;
  beforeValue: number;
  afterValue: number;
  carriesData: boolean;
}

/** An edit of the sandbox token, with the token it makes. */
export type SandboxEdit =
  | { kind: 'claim'; token: string; name: string }
  | { kind: 'bit'; token: string; flip: FlippedBit }
  | { kind: 'whitespace'; token: string; part: 'header' | 'payload'; layout: JsonLayout; changed: boolean }
  | { kind: 'attack'; token: string; attack: TamperAttackId };

/** An edit once applied, with the learner's prediction when one was asked (true: "it will still match"). */
export type AppliedEdit = SandboxEdit & { guess: boolean | null };
