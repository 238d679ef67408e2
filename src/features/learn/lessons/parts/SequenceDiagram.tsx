import { useId } from 'react';
import { useT } from '../../../../i18n/use-t';
import '../lessons.css';

/** One participant of a flow, drawn as a box with a lifeline under it. */
export interface SequenceActor {
  id: string;
  label: string;
}

/** One arrow of a flow, from one actor's lifeline to another's (or back to its own). */
export interface SequenceMessage {
  from: string;
  to: string;
  /** What is sent, short enough for one line (about 28 characters). */
  label: string;
  /** A second line under the arrow, drawn in a monospace font (a header, a value). */
  detail?: string;
  /** `response` is drawn dashed; `danger` marks a step an attacker takes or one that is refused. */
  kind?: 'request' | 'response' | 'danger';
}

interface Props {
  title: string;
  /** One or two sentences saying what the diagram shows, for those who do not see it. */
  description: string;
  actors: readonly SequenceActor[];
  messages: readonly SequenceMessage[];
}

const COLUMN = 180;
const ACTOR_HEIGHT = 36;
const FIRST_ROW = ACTOR_HEIGHT + 46;
const ROW = 58;
const LOOP = 28;

/**
 * A sequence diagram drawn from data, as an SVG image named by its title and described by its
 * description, followed by the same steps as a numbered list. It scales down with its container.
 */
export function SequenceDiagram({ title, description, actors, messages }: Props) {
  const t = useT();
  // React's ids hold characters (« », :) that a url(#…) reference to the arrowheads would have to escape.
  const id = `seq${useId().replace(/[^\w-]/g, '')}`;
  const width = actors.length * COLUMN;
  const height = FIRST_ROW + messages.length * ROW;
  const columnOf = new Map(actors.map((actor, index) => [actor.id, index]));
  const centre = (actorId: string) => COLUMN / 2 + (columnOf.get(actorId) ?? 0) * COLUMN;
  const labelOf = (actorId: string) => actors.find((actor) => actor.id === actorId)?.label ?? actorId;
  return (
    <figure className="seq">
      <svg
        className="seq-svg"
        role="img"
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: `${width}px` }}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          {['', '-danger'].map((suffix) => (
            <marker key={suffix} id={`${id}-arrow${suffix}`} className={`seq-arrowhead${suffix}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" />
            </marker>
          ))}
        </defs>
        {actors.map((actor, index) => {
          const x = COLUMN / 2 + index * COLUMN;
          return (
            <g key={actor.id} className="seq-actor">
              <rect x={x - COLUMN / 2 + 10} y={2} width={COLUMN - 20} height={ACTOR_HEIGHT} rx={6} />
              <text x={x} y={2 + ACTOR_HEIGHT / 2} dominantBaseline="central" textAnchor="middle">
                {actor.label}
              </text>
              <line className="seq-lifeline" x1={x} y1={ACTOR_HEIGHT + 2} x2={x} y2={height} />
            </g>
          );
        })}
        {messages.map((message, index) => {
          const y = FIRST_ROW + index * ROW;
          const from = centre(message.from);
          const to = centre(message.to);
          const kind = message.kind ?? 'request';
          const marker = `url(#${id}-arrow${kind === 'danger' ? '-danger' : ''})`;
          const self = message.from === message.to;
          // A loop on the last lifeline turns left, so it and its text stay inside the picture.
          const side = self && columnOf.get(message.from) === actors.length - 1 && actors.length > 1 ? -1 : 1;
          const labelX = self ? from + side * 8 : (from + to) / 2;
          const anchor = self ? (side === 1 ? 'start' : 'end') : 'middle';
          return (
            // Messages are a fixed script: the position is the identity.
            <g key={index} className={`seq-message seq-${kind}`}>
              {self ? (
                <path d={`M${from},${y} h${side * LOOP} v14 h${-side * (LOOP - 2)}`} markerEnd={marker} fill="none" />
              ) : (
                <line x1={from} y1={y} x2={to + (to > from ? -2 : 2)} y2={y} markerEnd={marker} />
              )}
              <text className="seq-label" x={labelX} y={y - 8} textAnchor={anchor}>
                {`${index + 1}. ${message.label}`}
              </text>
              {message.detail === undefined ? null : (
                <text className="seq-detail" x={labelX} y={y + (self ? 30 : 18)} textAnchor={anchor}>
                  {message.detail}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details className="seq-text">
          <summary>{t('learnLessons.diagram.asText', { title })}</summary>
          <ol>
            {messages.map((message, index) => (
              // Messages are a fixed script: the position is the identity.
              <li key={index}>
                {labelOf(message.from)} → {labelOf(message.to)}: {message.label}
                {message.detail === undefined ? null : <code> {message.detail}</code>}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
