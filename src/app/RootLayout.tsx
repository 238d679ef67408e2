import { useRef, type MouseEvent } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useT } from '../i18n/use-t';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSwitch } from './ThemeSwitch';
import { UpdatePrompt } from './UpdatePrompt';

export function RootLayout() {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  // The hash router would read "#main" as a route (the not-found page): move focus, not the URL.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-brand">
          <span aria-hidden="true" className="app-brand-dots">
            <span className="dot dot-header" />
            <span className="dot dot-payload" />
            <span className="dot dot-signature" />
          </span>
          {t('app.name')}
        </span>
        <nav aria-label={t('app.navLabel')} className="app-nav">
          <NavLink to="/" end>
            {t('nav.decoder')}
          </NavLink>
          <NavLink to="/encode">{t('nav.encoder')}</NavLink>
          <NavLink to="/rules">{t('nav.rules')}</NavLink>
          <NavLink to="/learn">{t('nav.learn')}</NavLink>
          <NavLink to="/diff">{t('nav.diff')}</NavLink>
        </nav>
        <div className="app-settings">
          <LanguageSelect />
          <ThemeSwitch />
        </div>
      </header>
      <UpdatePrompt />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">{t('app.privacyPromise')}</footer>
    </div>
  );
}
