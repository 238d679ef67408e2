import { useId, useMemo, useState } from 'react';
import type { InspectionReport, OffsetRange } from '../../../core/inspect-token';
import { findLayerCells, LENS_LAYERS, resolveLensSpan, type LensLayer } from '../../../core/learn/lens/lens-cursor';
import { createLensPart, MAX_LENS_BYTES, type LensPart } from '../../../core/learn/lens/lens-part';
import type { LensSpan } from '../../../core/learn/lens/lens-span';
import { extendLensCursor, moveLensCursor } from '../../../core/learn/lens/move-lens-cursor';
import { readCharacterFact } from '../../../core/learn/lens/read-character-fact';
import type { PartName, TokenPart } from '../../../core/token/decoded-token';
import { formatNumber } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import type { LearnSubject } from '../learn-subject';
import { LensLayers, type LayerMarks } from './LensLayers';
import { LensStatus } from './LensStatus';
import { useLensCursor } from './use-lens-cursor';
import './byte-lens.css';

/** Each part name once, in token order (a malformed token's extra parts all read as signatures). */
function listParts(report: InspectionReport): TokenPart[] {
  const { decoded } = report;
  if (decoded.kind === 'empty') return [];
  const seen = new Set<PartName>();
  return decoded.parts.filter((part) => !seen.has(part.name) && seen.add(part.name));
}

function markLayers(span: LensSpan, part: LensPart, focus: { layer: LensLayer; cell: number } | null): Record<LensLayer, LayerMarks> {
  const marks = {} as Record<LensLayer, LayerMarks>;
  for (const layer of LENS_LAYERS) {
    const range = findLayerCells(span, layer, part);
    const bytes = layer === 'bytes';
    marks[layer] = {
      start: range.start,
      end: range.end,
      partialStart: bytes ? span.partial.byteStart : span.partial.charStart,
      partialEnd: bytes ? span.partial.byteEnd : span.partial.charEnd,
      focus: focus?.layer === layer ? focus.cell : -1,
      byteStart: span.bytes.start,
      byteEnd: span.bytes.end,
    };
  }
  return marks;
}

/** The innermost JSON member whose bytes hold the whole span, by its pointer. */
function findMember(subject: LearnSubject, part: PartName, bytes: OffsetRange): string | null {
  const json = part === 'header' ? subject.report.headerJson : part === 'payload' ? subject.report.payloadJson : null;
  if (!json || bytes.end <= bytes.start) return null;
  let found: { pointer: string; depth: number } | null = null;
  for (const member of json.members) {
    if (member.bytes.start > bytes.start) break;
    if (member.bytes.end >= bytes.end && (!found || member.depth > found.depth)) found = member;
  }
  return found?.pointer ?? null;
}

/** Part 2 of the learn view: base64url characters, 6-bit values, bytes and JSON tokens, aligned and linked. */
export function ByteLens({ subject }: { subject: LearnSubject }) {
  const t = useT();
  const locale = useLocale();
  const helpId = useId();
  const [choice, setChoice] = useState<PartName | null>(null);
  const { parts, tokenPart, lensPart } = useMemo(() => {
    const listed = listParts(subject.report);
    const picked = listed.find((part) => part.name === choice) ?? listed.find((part) => part.name === 'payload') ?? listed[0] ?? null;
    return { parts: listed, tokenPart: picked, lensPart: picked ? createLensPart(picked) : null };
  }, [subject.report, choice]);
  const selection = useLensCursor(lensPart);
  const shown = selection.preview ?? selection.cursor;

  const partLabel = (name: PartName) => t(`learnLens.part.${name}`);
  return (
    <section className="learn-section byte-lens" id="learn-lens" aria-labelledby="learn-lens-title">
      <h2 id="learn-lens-title">{t('learnLens.title')}</h2>
      <p className="lens-intro">{t('learnLens.intro')}</p>
      {!lensPart || !tokenPart ? (
        <p className="lens-note">{t('learnLens.empty')}</p>
      ) : (
        <>
          <fieldset className="lens-parts">
            <legend>{t('learnLens.partPicker')}</legend>
            {parts.map((part) => (
              <label key={part.name} className={`lens-part-choice part-${part.name}`}>
                <input type="radio" name="lens-part" value={part.name} checked={part === tokenPart} onChange={() => setChoice(part.name)} />
                {partLabel(part.name)}
              </label>
            ))}
          </fieldset>
          {lensPart.total.bytes > lensPart.size.bytes && (
            <p className="lens-note">
              {t('learnLens.bounded', {
                last: formatNumber(locale, lensPart.size.bytes - 1),
                total: formatNumber(locale, lensPart.total.bytes),
                max: formatNumber(locale, MAX_LENS_BYTES),
              })}
            </p>
          )}
          {lensPart.decodeFailed && <p className="lens-note">{t('learnLens.decodeFailed')}</p>}
          {lensPart.json?.stoppedAtError && (
            <p className="lens-note">{t('learnLens.notJson', { byte: lensPart.json.tokens.at(-1)?.bytes.end ?? 0 })}</p>
          )}
          {selection.cursor && shown ? (
            <LensView subject={subject} part={lensPart} shown={shown} chosen={selection.chosen} helpId={helpId} selection={selection} partLabel={partLabel(lensPart.name)} />
          ) : (
            <p className="lens-note">{t('learnLens.noBytes')}</p>
          )}
        </>
      )}
    </section>
  );
}

interface ViewProps {
  subject: LearnSubject;
  part: LensPart;
  shown: NonNullable<ReturnType<typeof useLensCursor>['cursor']>;
  chosen: boolean;
  helpId: string;
  selection: ReturnType<typeof useLensCursor>;
  partLabel: string;
}

function LensView({ subject, part, shown, chosen, helpId, selection, partLabel }: ViewProps) {
  const t = useT();
  const { cursor } = selection;
  const span = resolveLensSpan(shown, part);
  const marks = markLayers(span, part, cursor && shown === cursor ? { layer: cursor.layer, cell: cursor.focus } : null);
  const committed = cursor ? resolveLensSpan(cursor, part) : span;
  const announcement = chosen
    ? t('learnLens.announce', {
        part: partLabel,
        byteStart: committed.bytes.start,
        byteEnd: committed.bytes.end,
        charStart: committed.chars.start,
        charEnd: committed.chars.end,
      })
    : '';
  return (
    <>
      <LensLayers
        part={part}
        marks={marks}
        cursor={cursor}
        label={t('learnLens.layersLabel', { part: partLabel })}
        describedBy={helpId}
        layerLabel={(layer) => t(`learnLens.layer.${layer}`)}
        noJsonLabel={t('learnLens.noJson')}
        onPick={(layer, cell, extend) => {
          if (!cursor) return;
          selection.choose(extend ? extendLensCursor(cursor, layer, cell, part) : { layer, anchor: cell, focus: cell });
        }}
        onHover={(layer, cell) => selection.hover({ layer, anchor: cell, focus: cell })}
        onLeave={() => selection.hover(null)}
        onMove={(move, extend) => {
          if (cursor) selection.choose(moveLensCursor(cursor, move, extend, part));
        }}
      />
      <p id={helpId} className="lens-help">
        {t('learnLens.help')}
      </p>
      <LensStatus
        part={part.name}
        span={span}
        tokens={part.json ? findLayerCells(span, 'json', part) : null}
        member={findMember(subject, part.name, span.bytes)}
        fact={readCharacterFact(span, part)}
      />
      <p className="lens-legend">
        <span className="lens-legend-swatch lens-selected" aria-hidden="true" /> {t('learnLens.legend.selected')}{' '}
        <span className="lens-legend-swatch lens-selected lens-partial" aria-hidden="true" /> {t('learnLens.legend.partial')}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
