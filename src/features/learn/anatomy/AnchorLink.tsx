import { useT } from '../../../i18n/use-t';
import { copyText } from '../../../platform/clipboard';
import { CopyButton } from '../../../ui/CopyButton';
import { anchorHref } from './anatomy-anchor';

/** A record's or member's own link (`#/learn/payload/exp`), shown as text so it can be read and copied, and a button that copies it whole. */
export function AnchorLink({ anchor, place }: { anchor: string; place: string }) {
  const t = useT();
  const href = anchorHref(anchor);
  const copy = () => copyText(`${window.location.href.split('#')[0]}${href}`);
  return (
    <p className="anatomy-anchor">
      <a href={href} title={t('learnAnatomy.link', { place })} translate="no">
        {href}
      </a>
      <span className="anatomy-copy">
        <CopyButton onCopy={copy} label={t('learnAnatomy.copyLink')} copiedLabel={t('learnAnatomy.copied')} failedLabel={t('learnAnatomy.copyFailed')} />
      </span>
    </p>
  );
}
