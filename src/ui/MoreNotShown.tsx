/** Says how much of a long list or text is not drawn, beside the button that draws more of it. */
export function MoreNotShown({ notShown, showMoreLabel, onShowMore, className = 'pane-hint' }: { notShown: string; showMoreLabel: string; onShowMore: () => void; className?: string }) {
  return (
    <p className={className}>
      <span>{notShown}</span>{' '}
      <button type="button" className="button button-small" onClick={onShowMore}>
        {showMoreLabel}
      </button>
    </p>
  );
}
