// Test-only: reads a walk's steps the way the view writes `data-hex`.
import { encodeHex } from '../../../encoding/hex';
import type { SignatureStepId, SignatureWalk } from '../../signature-walk';

/** Returns the lower-case hex of the walk's step `id`, or undefined when the walk failed or has no such step. */
export function stepHex(walk: SignatureWalk, id: SignatureStepId): string | undefined {
  if (!walk.ok) return undefined;
  const step = walk.steps.find((candidate) => candidate.id === id);
  return step === undefined ? undefined : encodeHex(step.bytes);
}

/** Returns the step ids in the walk's order, or the error code. */
export function stepIds(walk: SignatureWalk): string[] {
  return walk.ok ? walk.steps.map((step) => step.id) : [walk.error.code];
}
