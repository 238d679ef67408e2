import type { JsonValue } from '../json/json-value';
import type { DuplicateMember } from '../json/parse-json';

/** Names of the dot-separated parts, equal to the UI contract's `data-part` values. */
export type JwsPartName = 'header' | 'payload' | 'signature';
export type JwePartName = 'header' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';
export type PartName = JwsPartName | JwePartName;

/**
 * Why a part could not be decoded. A base64 `position` is a character index within the part's
 * segment; a JSON `position` is a character index within the decoded `text`.
 */
export type PartError =
  | { code: 'empty' }
  | { code: 'base64-invalid-character'; position: number; character: string }
  | { code: 'base64-invalid-length'; length: number }
  | { code: 'utf8-invalid'; byteOffset: number }
  | { code: 'json-syntax'; position: number; found: string }
  | { code: 'json-unexpected-end'; position: number }
  | { code: 'json-too-deep'; position: number; maxDepth: number }
  | { code: 'json-not-object'; found: 'array' | 'string' | 'number' | 'boolean' | 'null' };

export type PartErrorCode = PartError['code'];

/** Ways a segment decoded but was not canonical base64url (RFC 7515 §2). */
export type EncodingNote = 'padding' | 'standard-alphabet' | 'non-zero-trailing-bits';

/** What a successfully decoded part holds. JSON keeps its source text so numbers print as written. */
export type PartContent =
  | {
      type: 'json';
      value: JsonValue;
      text: string;
      duplicates: DuplicateMember[];
      /** Repeated names after the first `MAX_DUPLICATE_MEMBERS`, counted only; absent when none were left out. */
      omittedDuplicates?: number;
    }
  | { type: 'text'; text: string }
  | { type: 'bytes' };

export type PartDecoding =
  | { ok: true; bytes: Uint8Array; content: PartContent }
  | {
      ok: false;
      error: PartError;
      bytes?: Uint8Array;
      text?: string;
      /** `bytes` and `text` are only what decoded before the bad character (base64 errors). */
      partial?: true;
    };

export interface TokenPart<Name extends PartName = PartName> {
  name: Name;
  /** The segment after normalisation (no whitespace or line breaks inside). */
  segment: string;
  /** `[start, end)` of the segment in the original input, line breaks inside it included. */
  start: number;
  end: number;
  encodingNotes: EncodingNote[];
  decoding: PartDecoding;
}

/** What was stripped from the input before splitting, so the view can say so. */
export interface Normalisation {
  /** The token as decoded: trimmed, prefix and quotes removed, inner whitespace removed. */
  text: string;
  removedBearerPrefix: boolean;
  removedQuotes: boolean;
  removedInnerWhitespace: number;
  /**
   * Of those, the ones that are not line breaks: a wrapped token only gained line breaks, but a space
   * or tab inside a segment means the text as pasted is not a compact serialization.
   */
  removedInnerSpaces: number;
}

export type StructureError =
  | { code: 'wrong-part-count'; found: number }
  | { code: 'unexpected-character'; position: number; character: string };

export type DecodedToken =
  | { kind: 'empty' }
  | {
      kind: 'jws';
      normalisation: Normalisation;
      parts: [TokenPart<'header'>, TokenPart<'payload'>, TokenPart<'signature'>];
      /** ASCII(BASE64URL(header) || '.' || BASE64URL(payload)), the bytes the signature covers. */
      signingInput: string;
    }
  | {
      kind: 'jwe';
      normalisation: Normalisation;
      parts: [TokenPart<'header'>, TokenPart<'encrypted-key'>, TokenPart<'iv'>, TokenPart<'ciphertext'>, TokenPart<'tag'>];
    }
  | {
      kind: 'malformed';
      normalisation: Normalisation;
      error: StructureError;
      /** Whatever could be decoded: the first part is read as a header, the second as a payload. */
      parts: TokenPart[];
      /** Parts after the first `MAX_TOKEN_PARTS`: counted in `error.found`, neither decoded nor listed. */
      omittedParts: number;
    };
