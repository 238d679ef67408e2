import type { ReactNode } from 'react';

interface Props {
  /** The section's name, shown in the summary line that folds and unfolds it. */
  title: string;
  /** A short fact shown after the title (a size, a count), readable while the section is folded. */
  meta?: string | undefined;
  /** Open when first shown; afterwards the reader's choice stands until this value changes. */
  defaultOpen: boolean;
  /** Names the section for its styles (`fold-<name>`). */
  name: string;
  children: ReactNode;
}

/**
 * A part of the decoded view below the first screen that the reader can fold: a native
 * `<details>`, so it works by keyboard and screen reader without script. The panel inside keeps its
 * own heading for the page outline; the summary carries the visible name.
 */
export function FoldSection({ title, meta, defaultOpen, name, children }: Props) {
  return (
    <details className={`fold fold-${name}`} open={defaultOpen}>
      <summary className="fold-summary">
        <span className="fold-title">{title}</span>
        {meta && <span className="fold-meta">{meta}</span>}
      </summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
