import { useId } from 'react';
import { useDashboard, useHrefFor } from '../app/dashboard-context';
import { localized } from '../i18n/messages';
import { CopyLinkButton } from './copy-link-button';
import { DisplaySettings } from './display-settings';
import { ShareButton } from './share-dialog';

export function HeaderBar({ caption }: { caption: string }) {
  const { dataset, view, t, update } = useDashboard();
  const hrefFor = useHrefFor();
  const other = view.lang === 'ja' ? 'en' : 'ja';
  const menuId = useId();
  return (
    <header className="page-header">
      <div className="page-header-text">
        <p className="app-name">{t.appName}</p>
        <h1 className="app-title">{localized(dataset.entry.title, view.lang)}</h1>
        <p className="app-publisher">
          {localized(dataset.entry.publisher, view.lang)} ·{' '}
          {localized(dataset.entry.fiscalYearLabel, view.lang)}
        </p>
      </div>
      <div className="page-header-actions">
        <a
          className="button button-secondary"
          href={hrefFor({ lang: other })}
          hrefLang={other}
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            update({ lang: other });
          }}
        >
          {t.switchLanguage}
        </a>
        <CopyLinkButton caption={caption} />
        <ShareButton caption={caption} />
        {/* A popover, not a <details>: the browser closes it on Escape and on a click outside,
            returns focus to its button, and exposes the button as expanded or not. Focus moving
            on past the menu, or back past its button, closes it too (an auto popover would stay
            open); focus that goes nowhere (another window) does not. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: listens for focus leaving the button and the menu; the wrapper itself takes no input */}
        <div
          className="more-menu"
          onBlur={(event) => {
            const to = event.relatedTarget;
            if (to && !event.currentTarget.contains(to))
              document.getElementById(menuId)?.hidePopover();
          }}
        >
          <button
            type="button"
            className="button button-secondary more-menu-button"
            popoverTarget={menuId}
          >
            {t.more}
          </button>
          <div className="more-menu-body" id={menuId} popover="auto">
            <a className="button button-secondary" href={hrefFor({ mode: 'present' })}>
              {t.present}
            </a>
            <DisplaySettings />
          </div>
        </div>
      </div>
    </header>
  );
}
