import type { AuditResult } from '../audit/audit-hit';
import type { UnixSeconds } from '../claims/unix-seconds';
import type { JweDecryption } from '../crypto/jwe-decryption';
import type { VerificationResult } from '../crypto/verification-result';
import type { JsonObject, JsonValue } from '../json/json-value';
import type { KeyParsing } from '../keys/parse-key-input';
import type { DecodedToken } from '../token/decoded-token';
import { readIssuerJwt } from '../token/decode-token';
import { findTokenParts, readJsonObject } from '../token/find-token-parts';
import { readTopLevelMembers } from './read-top-level-members';
import { encodeUtf8 } from '../encoding/utf8';
import type { RuleNeed } from './finding';

export type { AuditEncoding, AuditHit, AuditResult } from '../audit/audit-hit';

/** The moment the token is judged at and the clock skew tolerated; time is always an argument in core. */
export interface ClockInput {
  nowSeconds: UnixSeconds;
  leewaySeconds: number;
}

/** The key input as typed and as read (with the user's secret encoding). */
export interface KeyInput {
  text: string;
  parsed: KeyParsing;
}

/** Everything the rules may look at; only `decoded` is required. */
export interface RuleInput {
  decoded: DecodedToken;
  clock?: ClockInput;
  key?: KeyInput;
  verification?: VerificationResult;
  audit?: AuditResult;
  /** What decrypting this JWE with the key gave, once it has settled (never while pending or without a key). */
  decryption?: JweDecryption;
}

/** What the rules share, computed once from the input. */
export interface RuleContext extends RuleInput {
  /** The token as decoded: normalised, no inner whitespace, no `Bearer`. */
  tokenText: string;
  /** What the signature covers: `tokenText`, or of an SD-JWT its issuer-signed JWT. */
  signedText: string;
  kind: DecodedToken['kind'];
  header: JsonObject | null;
  payload: JsonObject | null;
  /** `alg` as JSON.parse sees it (the last copy), undefined when absent. */
  alg: JsonValue | undefined;
  /** Every copy of `alg`, in order (more than one only when the name is repeated). */
  algCandidates: readonly JsonValue[];
  /** The JWS signature bytes, when the token is a JWS whose signature decoded. */
  signature: Uint8Array | null;
  /** The JWS signature segment as written ('' when empty). */
  signatureSegment: string | null;
  signingInput: string | null;
  /**
   * The signing input's bytes, for the pure-JS HMAC checks; null for a JWS whose signing input is
   * longer than MAX_HMAC_INPUT_CHARS (those checks would stall the page; the audit worker still runs).
   */
  signingInputBytes: Uint8Array | null;
  /** The header is not a JSON object, or the part count is wrong: only parsing findings are meaningful. */
  fatal: boolean;
}

/** The decoder's large-token threshold: above it the synchronous HMAC checks are skipped. */
export const MAX_HMAC_INPUT_CHARS = 256 * 1024;

/** What the rules read of the token alone: the fields of RuleContext that depend on nothing else. */
type TokenView = Omit<RuleContext, keyof RuleInput>;

// One view per decoded token: the findings run again for each new key, verdict, audit step or clock
// phase, and the view (the signing input's bytes among it) would be built anew each time.
const tokenViews = new WeakMap<DecodedToken, TokenView>();

const EMPTY_VIEW: TokenView = {
  tokenText: '',
  signedText: '',
  kind: 'empty',
  header: null,
  payload: null,
  alg: undefined,
  algCandidates: [],
  signature: null,
  signatureSegment: null,
  signingInput: null,
  signingInputBytes: null,
  fatal: true,
};

function readTokenView(decoded: DecodedToken): TokenView {
  if (decoded.kind === 'empty') return EMPTY_VIEW;
  const { header: headerPart, payload: payloadPart } = findTokenParts(decoded);
  const header = readJsonObject(headerPart);
  const payload = readJsonObject(payloadPart);
  const headerJson = headerPart?.decoding.ok && headerPart.decoding.content.type === 'json' ? headerPart.decoding.content : null;
  // The header text is read again only when the decoder saw `alg` repeated (or stopped listing
  // repeats): a header of 60,000 members is then not scanned a second time on the main thread.
  const algRepeated = headerJson !== null && (headerJson.omittedDuplicates !== undefined || headerJson.duplicates.some((duplicate) => duplicate.pointer === '' && duplicate.name === 'alg'));
  const algCandidates = header === null ? [] : algRepeated ? readTopLevelMembers(headerJson.text, 'alg').map((member) => member.value) : Object.hasOwn(header, 'alg') ? [header.alg as JsonValue] : [];
  const signaturePart = decoded.kind === 'jws' ? decoded.parts[2] : undefined;
  return {
    tokenText: decoded.normalisation.text,
    signedText: readIssuerJwt(decoded.normalisation.text),
    kind: decoded.kind,
    header,
    payload,
    alg: header !== null && Object.hasOwn(header, 'alg') ? header.alg : undefined,
    algCandidates,
    signature: signaturePart?.decoding.ok ? signaturePart.decoding.bytes : null,
    signatureSegment: signaturePart ? signaturePart.segment : null,
    signingInput: decoded.kind === 'jws' ? decoded.signingInput : null,
    signingInputBytes: decoded.kind === 'jws' && decoded.signingInput.length <= MAX_HMAC_INPUT_CHARS ? encodeUtf8(decoded.signingInput) : null,
    fatal: decoded.kind === 'malformed' || header === null,
  };
}

/** Returns the shared view of the token the rules read (the token's part made once per decoded token); does not judge anything. */
export function createRuleContext(input: RuleInput): RuleContext {
  let view = tokenViews.get(input.decoded);
  if (view === undefined) {
    view = readTokenView(input.decoded);
    tokenViews.set(input.decoded, view);
  }
  return { ...input, ...view };
}

interface NeedInputs {
  /** The inputs a rule with this need is given (besides the token). */
  inputs: readonly (keyof RuleInput)[];
  /** The values that tell whether those inputs changed, compared with `Object.is`. */
  reads: (input: RuleInput) => readonly unknown[];
}

/**
 * What each need stands for. The clock is told by its two values, not its object: a new clock
 * object for the same moment must not judge the clock rules again.
 */
const NEED_INPUTS: Record<RuleNeed, NeedInputs> = {
  // Findings are remembered per decoded token, so the token itself is never compared.
  token: { inputs: ['decoded'], reads: () => [] },
  clock: { inputs: ['clock'], reads: (input) => [input.clock?.nowSeconds, input.clock?.leewaySeconds] },
  key: { inputs: ['key', 'verification', 'decryption'], reads: (input) => [input.key, input.verification, input.decryption] },
  dictionary: { inputs: ['audit'], reads: (input) => [input.audit] },
};

/** Returns the part of the input a rule with these needs may read: the token, plus the clock, the key (its verdict and decryption) or the audit as declared. */
export function narrowRuleInput(input: RuleInput, needs: readonly RuleNeed[]): RuleInput {
  const narrowed: RuleInput = { decoded: input.decoded };
  for (const need of needs) for (const name of NEED_INPUTS[need].inputs) if (input[name] !== undefined) Object.assign(narrowed, { [name]: input[name] });
  return narrowed;
}

/** Returns the values of the input a rule with these needs reads besides the token, to tell whether judging it again could change anything. */
export function readNeededValues(input: RuleInput, needs: readonly RuleNeed[]): unknown[] {
  return needs.flatMap((need) => NEED_INPUTS[need].reads(input));
}
