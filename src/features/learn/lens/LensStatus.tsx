import type { OffsetRange } from '../../../core/inspect-token';
import type { LensSpan } from '../../../core/learn/lens/lens-span';
import type { CharacterFact } from '../../../core/learn/lens/read-character-fact';
import type { PartName } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';

interface Props {
  part: PartName;
  span: LensSpan;
  /** The JSON tokens the span touches; null for a part that is not text. */
  tokens: OffsetRange | null;
  /** The innermost JSON member holding the span. */
  member: string | null;
  fact: CharacterFact | null;
}

function Row({ label, range }: { label: string; range: OffsetRange }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{range.start}</td>
      <td>{range.end}</td>
      <td>{range.end - range.start}</td>
    </tr>
  );
}

/** Says the fact of one multi-byte character: a Hangul syllable is 3 bytes, so exactly 4 base64url characters. */
export function CharacterFactNote({ fact }: { fact: CharacterFact }) {
  const t = useT();
  const values = {
    glyph: String.fromCodePoint(fact.codePoint),
    code: `U+${fact.codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
    bytes: fact.byteLength,
    bits: fact.byteLength * 8,
    charStart: fact.chars.start,
    charEnd: fact.chars.end,
    count: fact.chars.end - fact.chars.start,
    offset: fact.bytes.start % 3,
  };
  if (fact.hangul) return <p className="lens-fact">{t(fact.aligned ? 'learnLens.fact.hangulAligned' : 'learnLens.fact.hangulSpread', values)}</p>;
  return <p className="lens-fact">{t('learnLens.fact.other', values)}</p>;
}

/** The selection's start, end and length in every layer, carried as the contract's `lens-selection`. */
export function LensStatus({ part, span, tokens, member, fact }: Props) {
  const t = useT();
  return (
    <div
      className="lens-status"
      data-testid="lens-selection"
      data-part={part}
      data-char-start={span.chars.start}
      data-char-end={span.chars.end}
      data-byte-start={span.bytes.start}
      data-byte-end={span.bytes.end}
    >
      <table className="lens-status-table">
        <caption className="visually-hidden">{t('learnLens.status.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('learnLens.status.start')}</th>
            <th scope="col">{t('learnLens.status.end')}</th>
            <th scope="col">{t('learnLens.status.length')}</th>
          </tr>
        </thead>
        <tbody>
          <Row label={t('learnLens.status.chars')} range={span.chars} />
          <Row label={t('learnLens.status.bits')} range={span.bits} />
          <Row label={t('learnLens.status.bytes')} range={span.bytes} />
          {tokens && <Row label={t('learnLens.status.json')} range={tokens} />}
        </tbody>
      </table>
      {member !== null && <p className="lens-member">{t('learnLens.status.member', { pointer: member })}</p>}
      {fact && <CharacterFactNote fact={fact} />}
    </div>
  );
}
