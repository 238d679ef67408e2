import type { RuleReference } from '../core/findings/finding';
import './reference-list.css';

/** A rule's sources, each a link where its address is known; links open in a new tab. */
export function ReferenceList({ references }: { references: readonly RuleReference[] }) {
  return (
    <ul className="reference-list">
      {references.map((reference) => (
        <li key={reference.label}>
          {reference.url ? (
            <a href={reference.url} target="_blank" rel="noreferrer noopener">
              {reference.label}
            </a>
          ) : (
            reference.label
          )}
        </li>
      ))}
    </ul>
  );
}
