import type { LiveResult } from './use-live-result';

/** The token made from the inputs, or why there is none, as sentences in the active language. */
export interface TokenView {
  /** The compact token; '' while none can be made. */
  token: string;
  /** The inputs changed and a new token is on its way. */
  pending: boolean;
  error: { code: string; field: string; message: string } | null;
  warnings: { code: string; message: string; danger: boolean }[];
}

/** What signToken and encryptJwe settle to. */
type Made<Failure, Warning> = { ok: true; token: string; warnings: Warning[] } | { ok: false; error: Failure };

/** Returns the pane's view of a signing or encryption result, each error and warning put into words. */
export function toTokenView<Failure extends { code: string; field: string }, Warning extends { code: string }>(
  { result, pending }: LiveResult<Made<Failure, Warning>>,
  describeError: (error: Failure) => string,
  describeWarning: (warning: Warning) => string,
  isDanger: (warning: Warning) => boolean = () => false,
): TokenView {
  if (result === null) return { token: '', pending, error: null, warnings: [] };
  if (!result.ok) return { token: '', pending, error: { code: result.error.code, field: result.error.field, message: describeError(result.error) }, warnings: [] };
  const warnings = result.warnings.map((warning) => ({ code: warning.code, message: describeWarning(warning), danger: isDanger(warning) }));
  return { token: result.token, pending, error: null, warnings };
}
