import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { LENS_LAYERS, type LensCursor, type LensLayer } from '../../../core/learn/lens/lens-cursor';
import type { LensPart } from '../../../core/learn/lens/lens-part';
import type { LensMove } from '../../../core/learn/lens/move-lens-cursor';

/** Which cells of one layer are selected, which edge cells carry only part of the selection, and the keyboard's cell. */
export interface LayerMarks {
  /** The selected cells `[start, end)`. */
  start: number;
  end: number;
  partialStart: boolean;
  partialEnd: boolean;
  /** The cursor's focus cell when the cursor is in this layer, else -1. */
  focus: number;
  /** The span's bytes `[byteStart, byteEnd)`: a JSON token reaching past them is partial. */
  byteStart: number;
  byteEnd: number;
}

interface Props {
  part: LensPart;
  marks: Record<LensLayer, LayerMarks>;
  cursor: LensCursor | null;
  label: string;
  describedBy: string;
  layerLabel: (layer: LensLayer) => string;
  noJsonLabel: string;
  onPick: (layer: LensLayer, cell: number, extend: boolean) => void;
  onHover: (layer: LensLayer, cell: number) => void;
  onLeave: () => void;
  onMove: (move: LensMove, extend: boolean) => void;
}

const KEY_MOVES: ReadonlyMap<string, LensMove> = new Map([
  ['ArrowLeft', 'previous'],
  ['ArrowRight', 'next'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
  ['Home', 'first'],
  ['End', 'last'],
]);

function cellOf(target: EventTarget): { layer: LensLayer; cell: number } | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('[data-cell]');
  const layer = cell?.closest('[data-layer]')?.getAttribute('data-layer');
  if (!cell || !LENS_LAYERS.includes(layer as LensLayer)) return null;
  return { layer: layer as LensLayer, cell: Number(cell.getAttribute('data-cell')) };
}

function cellClass(base: string, index: number, marks: LayerMarks, partial?: boolean): string {
  const selected = index >= marks.start && index < marks.end;
  const edgePartial = partial ?? ((index === marks.start && marks.partialStart) || (index === marks.end - 1 && marks.partialEnd));
  return `${base}${selected ? ' lens-selected' : ''}${selected && edgePartial ? ' lens-partial' : ''}${index === marks.focus ? ' lens-focus' : ''}`;
}

const toBits = (value: number, width: number) => value.toString(2).padStart(width, '0');
const toHex = (value: number) => value.toString(16).padStart(2, '0');
const bytesWide = (count: number) => ({ width: `calc(var(--lens-byte) * ${count})` });

const CharsRow = memo(function CharsRow({ part, ...marks }: { part: LensPart } & LayerMarks) {
  return Array.from(part.segment, (character, i) => (
    <span key={i} className={cellClass('lens-cell lens-char', i, marks)} data-cell={i}>
      {character}
    </span>
  ));
});

const SextetsRow = memo(function SextetsRow({ part, ...marks }: { part: LensPart } & LayerMarks) {
  return part.sextets.map((value, i) => (
    <span key={i} className={cellClass('lens-cell lens-char', i, marks)} data-cell={i}>
      <span className="lens-value">{value ?? '?'}</span>
      <span className="lens-bits">{value === null ? '······' : toBits(value, 6)}</span>
    </span>
  ));
});

function ByteCell({ part, index, marks }: { part: LensPart; index: number; marks: LayerMarks }) {
  const value = part.bytes[index] ?? 0;
  return (
    <span className={cellClass('lens-cell lens-byte', index, marks)} data-cell={index}>
      <span className="lens-bits">{toBits(value, 8)}</span>
      <span className="lens-hex">{toHex(value)}</span>
    </span>
  );
}

const BytesRow = memo(function BytesRow({ part, ...marks }: { part: LensPart } & LayerMarks) {
  if (!part.characters) return Array.from(part.bytes, (_, i) => <ByteCell key={i} part={part} index={i} marks={marks} />);
  return part.characters.map((character) => {
    const cells: ReactNode[] = [];
    for (let i = character.start; i < character.end; i++) cells.push(<ByteCell key={i} part={part} index={i} marks={marks} />);
    if (character.end - character.start === 1 && character.complete) return cells;
    const codePoint = character.codePoint;
    const name = codePoint === null ? '' : `${String.fromCodePoint(codePoint)} U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    return (
      <span key={`c${character.start}`} className={codePoint === null ? 'lens-utf8 lens-utf8-bad' : 'lens-utf8'} title={name} data-glyph={codePoint === null ? '' : String.fromCodePoint(codePoint)}>
        {cells}
      </span>
    );
  });
});

const JsonRow = memo(function JsonRow({ part, noJsonLabel, ...marks }: { part: LensPart; noJsonLabel: string } & LayerMarks) {
  if (!part.json) return <span className="lens-no-json">{noJsonLabel}</span>;
  const cells: ReactNode[] = [];
  let at = 0;
  part.json.tokens.forEach((token, i) => {
    if (token.bytes.start > at) cells.push(<span key={`g${at}`} className="lens-gap" style={bytesWide(token.bytes.start - at)} />);
    const end = Math.min(token.bytes.end, part.size.bytes);
    const partial = token.bytes.start < marks.byteStart || end > marks.byteEnd;
    cells.push(
      <span key={i} className={cellClass(`lens-cell lens-token lens-token-${token.kind}`, i, marks, partial)} style={bytesWide(end - token.bytes.start)} data-cell={i} title={token.text.length > 64 ? `${token.text.slice(0, 64)}…` : token.text}>
        {token.text.slice(0, 200)}
      </span>,
    );
    at = end;
  });
  if (part.size.bytes > at) cells.push(<span key={`g${at}`} className="lens-gap" style={bytesWide(part.size.bytes - at)} />);
  return cells;
});

/** The four aligned layers of one part, one row each; the whole is one focus stop driven by the arrow keys. */
export function LensLayers({ part, marks, cursor, label, describedBy, layerLabel, noJsonLabel, onPick, onHover, onLeave, onMove }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The cell last previewed: moving inside one cell (over its inner spans) previews nothing new.
  const hovered = useRef('');
  // Keeps the cursor's cell in sight by scrolling the lens alone: scrollIntoView would move the page too.
  useEffect(() => {
    const box = scroller.current;
    if (!box || !cursor) return;
    const cell = box.querySelector<HTMLElement>(`[data-layer="${cursor.layer}"] [data-cell="${cursor.focus}"]`);
    if (!cell) return;
    const labelWidth = box.querySelector<HTMLElement>('.lens-layer-label')?.offsetWidth ?? 0;
    const end = cell.offsetLeft + cell.offsetWidth;
    if (cell.offsetLeft < box.scrollLeft + labelWidth) box.scrollLeft = cell.offsetLeft - labelWidth;
    else if (end > box.scrollLeft + box.clientWidth) box.scrollLeft = end - box.clientWidth;
  }, [cursor]);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = KEY_MOVES.get(event.key);
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onMove(move, event.shiftKey);
  };
  const onClick = (event: MouseEvent) => {
    const hit = cellOf(event.target);
    if (hit) onPick(hit.layer, hit.cell, event.shiftKey);
  };
  const onMouseOver = (event: MouseEvent) => {
    const hit = cellOf(event.target);
    const key = hit ? `${hit.layer}:${hit.cell}` : '';
    if (!hit || key === hovered.current) return;
    hovered.current = key;
    onHover(hit.layer, hit.cell);
  };
  const rows: Record<LensLayer, ReactNode> = {
    chars: <CharsRow part={part} {...marks.chars} />,
    sextets: <SextetsRow part={part} {...marks.sextets} />,
    bytes: <BytesRow part={part} {...marks.bytes} />,
    json: <JsonRow part={part} noJsonLabel={noJsonLabel} {...marks.json} />,
  };
  return (
    <div
      ref={scroller}
      className="lens-layers"
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onMouseOver={onMouseOver}
      onMouseLeave={() => {
        hovered.current = '';
        onLeave();
      }}
    >
      {LENS_LAYERS.map((layer) => (
        <div key={layer} className={layer === 'chars' ? `lens-layer lens-layer-chars part-${part.name}` : `lens-layer lens-layer-${layer}`} data-testid="lens-layer" data-layer={layer}>
          <span className="lens-layer-label">{layerLabel(layer)}</span>
          {rows[layer]}
        </div>
      ))}
    </div>
  );
}
