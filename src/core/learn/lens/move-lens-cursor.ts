import { countLensCells, findLayerCells, LENS_LAYERS, resolveLensSpan, type LensCursor, type LensLayer } from './lens-cursor';
import type { LensPart } from './lens-part';

/** A keyboard move: one cell back or forward, to the first or last cell, or to the layer above or below. */
export type LensMove = 'previous' | 'next' | 'first' | 'last' | 'up' | 'down';

/** Returns the cursor on `layer` covering the cells of that layer the current span touches, or null when it touches none. */
function carryToLayer(cursor: LensCursor, layer: LensLayer, part: LensPart): LensCursor | null {
  const cells = findLayerCells(resolveLensSpan(cursor, part), layer, part);
  if (cells.end <= cells.start) return null;
  return { layer, anchor: cells.start, focus: cells.end - 1 };
}

function moveAcrossLayers(cursor: LensCursor, step: -1 | 1, part: LensPart): LensCursor {
  for (let index = LENS_LAYERS.indexOf(cursor.layer) + step; index >= 0 && index < LENS_LAYERS.length; index += step) {
    const layer = LENS_LAYERS[index];
    const carried = layer === undefined ? null : carryToLayer(cursor, layer, part);
    if (carried) return carried;
  }
  return cursor;
}

/**
 * Returns the cursor after a keyboard move: along its layer the focus moves (and the anchor with it
 * unless `extend`), staying inside the cells shown; up and down carry the span to the nearest layer
 * holding cells under it. Does not scroll or announce.
 */
export function moveLensCursor(cursor: LensCursor, move: LensMove, extend: boolean, part: LensPart): LensCursor {
  if (move === 'up') return moveAcrossLayers(cursor, -1, part);
  if (move === 'down') return moveAcrossLayers(cursor, 1, part);
  const count = countLensCells(part, cursor.layer);
  if (count === 0) return cursor;
  const targets: Record<typeof move, number> = { previous: cursor.focus - 1, next: cursor.focus + 1, first: 0, last: count - 1 };
  const focus = Math.max(0, Math.min(count - 1, targets[move]));
  return { layer: cursor.layer, anchor: extend ? cursor.anchor : focus, focus };
}

/**
 * Returns the cursor extended to `cell` of `layer` (a shift-click): from its anchor in the same
 * layer, or from the span's far end carried to the other layer.
 */
export function extendLensCursor(cursor: LensCursor, layer: LensLayer, cell: number, part: LensPart): LensCursor {
  if (layer === cursor.layer) return { layer, anchor: cursor.anchor, focus: cell };
  const carried = carryToLayer(cursor, layer, part);
  if (!carried) return { layer, anchor: cell, focus: cell };
  return { layer, anchor: cell < carried.anchor ? carried.focus : carried.anchor, focus: cell };
}
