import { formatJson } from '../../../core/json/format-json';
import { decodeToken } from '../../../core/token/decode-token';
import type { DecodedToken, TokenPart } from '../../../core/token/decoded-token';

/** The decoded token plus the pretty-printed JSON the panes show, computed in one place. */
export interface DecoderView {
  decoded: DecodedToken;
  headerJson: string | null;
  payloadJson: string | null;
}

function prettyJsonOf(part: TokenPart | undefined): string | null {
  if (!part?.decoding.ok || part.decoding.content.type !== 'json') return null;
  return formatJson(part.decoding.content.text);
}

/** Pure and synchronous: runs on the main thread for small tokens and in a worker for large ones. */
export function inspectForView(text: string): DecoderView {
  const decoded = decodeToken(text);
  if (decoded.kind === 'empty') return { decoded, headerJson: null, payloadJson: null };
  const header = decoded.parts.find((part) => part.name === 'header');
  const payload = decoded.kind === 'jwe' ? undefined : decoded.parts.find((part) => part.name === 'payload');
  return { decoded, headerJson: prettyJsonOf(header), payloadJson: prettyJsonOf(payload) };
}
