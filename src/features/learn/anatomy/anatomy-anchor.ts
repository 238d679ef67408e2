import type { PartName } from '../../../core/token/decoded-token';

/**
 * The JWS signature's record is `signature/bytes`, not `signature`: `#/learn/signature` is the
 * signature lesson's URL.
 */
const PART_ANCHORS: Record<PartName, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature/bytes',
  'encrypted-key': 'encrypted-key',
  iv: 'iv',
  ciphertext: 'ciphertext',
  tag: 'tag',
};

/** The path after `#/learn/` that opens a part's record. */
export function partAnchor(part: PartName): string {
  return PART_ANCHORS[part];
}

/** The path after `#/learn/` that opens a part's record at one of its members. */
export function memberAnchor(part: PartName, member: string): string {
  return `${part}/${member}`;
}

/** The URL fragment of an anchor path, as a link's `href` within the app. */
export function anchorHref(anchor: string): string {
  return `#/learn/${anchor.split('/').map(encodeURIComponent).join('/')}`;
}

/** The `id` of the element an anchor path points at. */
export function anchorElementId(anchor: string): string {
  return `anatomy-${anchor.replaceAll('/', '-')}`;
}

/** The anchor path as the router hands it over, with any percent-escapes undone (a malformed one is kept as written). */
export function readAnchorPath(path: string): string {
  try {
    return decodeURIComponent(path).replace(/\/+$/, '');
  } catch {
    return path;
  }
}

/** The attributes that make an element an anchor's target: its `id`, focusable by script only, and marked while the URL names it. */
export function anchorTargetProps(anchor: string, targeted: boolean) {
  return { id: anchorElementId(anchor), tabIndex: -1, 'data-target': targeted || undefined };
}
