import { useEffect } from 'react';
import { DetailsPanel } from '../components/details-panel';
import { FilterBar } from '../components/filter-bar';
import { LinkNotice } from '../components/link-notice';
import { PresenterViews } from '../components/presenter-views';
import { ShareButton } from '../components/share-dialog';
import { usePresenterList } from '../components/use-presenter-list';
import { presentStep, type StepKey, stepCategory, stepForKey } from '../domain/present-steps';
import { canonicalSearch, placeOnList } from '../domain/presenter-list';
import { formatAmountExact, formatAmountShort, formatCount } from '../i18n/format';
import { useViewState } from '../url/use-view-state';
import { useDashboard, useHrefFor } from './dashboard-context';
import { focusMain } from './focus-main';
import { LazyCharts } from './lazy-charts';
import { useIsFullscreen } from './use-environment';
import { useStableCallback } from './use-stable-callback';
import { useViewModel } from './use-view-model';

/**
 * Presenter mode (`view=present`): large type, high contrast by default, no editing chrome.
 * Arrow keys, PageUp/PageDown (what presentation clickers send) and Home step through the
 * categories, or through the presenter's list of views (see presentStep; the key hint says
 * which); the on-screen buttons step through the categories. Every step is a URL, so the
 * audience can follow with the link.
 */
export function PresentPage() {
  const { dataset, view, t, update } = useDashboard();
  const hrefFor = useHrefFor();
  const model = useViewModel();
  const { views } = usePresenterList();
  const lang = view.lang;
  const { search } = useViewState();
  const slide = canonicalSearch(search);
  const list = views.map((v) => v.search);
  const place = placeOnList(list, slide); // -1: this slide is not on the list

  // The buttons always step through the categories (and are named so): that is how a list is
  // made, adding a category's view and moving on. The keys (a clicker) present the list.
  const step = (key: StepKey) => {
    const patch = stepCategory(dataset, view, key);
    if (patch) update(patch);
  };
  // A button with nowhere to go (previous on the whole budget, next on the last category) says
  // so. aria-disabled, not disabled: a disabled button drops the keyboard focus it has when the
  // step it made brings it to the end; this one keeps it and does nothing (step finds no patch).
  const atEnd = (key: 'previous' | 'next') => stepCategory(dataset, view, key) === null;
  const fullscreen = useIsFullscreen();
  const onKey = useStableCallback((event: KeyboardEvent) => {
    const target = event.target;
    // Not a file input: after an import it keeps the focus, and the clicker did nothing. The
    // keys do step from a program's details (a slide may show one open, which takes the focus,
    // and the clicker did nothing there); PageUp/PageDown no longer scroll a long one then.
    if (
      target instanceof HTMLElement &&
      target.closest('input:not([type="file"]), textarea, select, dialog[open]:not(.details)')
    )
      return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = stepForKey(event.key);
    if (!key) return;
    // Used even with nowhere to go: a clicker's PageDown past the end scrolled the slide away.
    event.preventDefault();
    const patch = presentStep(dataset, view, list, slide, key);
    if (!patch) return;
    update(patch);
    // A new slide is seen from its top: with the list open (or on a phone) the page scrolls,
    // and a step left the caption, the controls and the charts' tops off the screen. Focus on
    // a control of the list would be left below it (the next Enter would act unseen): it goes
    // to the slide.
    window.scrollTo(0, 0);
    if (document.activeElement?.closest('.present-views')) focusMain();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  return (
    <div className="page page-present">
      <header className="present-header">
        {/* Announced when the slide changes (a clicker's step moves no focus): the caption
            says what the new slide shows; only its count was read before. */}
        <h1 className="present-caption" data-testid="caption" aria-live="polite">
          {model.caption}
        </h1>
        <div className="present-controls">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => step('previous')}
            aria-disabled={atEnd('previous')}
          >
            ← {t.previousCategory}
          </button>
          <button type="button" className="button button-secondary" onClick={() => step('home')}>
            {t.wholeBudget}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => step('next')}
            aria-disabled={atEnd('next')}
          >
            {t.nextCategory} →
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen();
              else void document.documentElement.requestFullscreen?.();
            }}
          >
            {t.fullscreen}
          </button>
          <ShareButton caption={model.caption} />
          <a className="button button-secondary" href={hrefFor({ mode: 'default' })}>
            {t.exitPresent}
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <LinkNotice />
        <div className="present-status">
          <FilterBar />
          <p className="present-figures">
            {/* Below a category there is no amount of its own: the sum of the categories the
                programs fall in, next to a department's name, read as that department's money. */}
            {!model.summary.narrowedBelowCategory && (
              <span>
                {formatAmountShort(model.summary.categoryBudget, lang)}{' '}
                <span className="muted">
                  ({formatAmountExact(model.summary.categoryBudget, lang)})
                </span>
              </span>
            )}
            <span data-testid="shown-count">
              {t.shownOf(
                formatCount(model.summary.programCount, lang),
                formatCount(dataset.programs.length, lang),
              )}
            </span>
          </p>
        </div>
        <LazyCharts
          programs={model.programs}
          caption={model.caption}
          size="present"
          charts={['budget', 'portfolio']}
        />
        <p className="present-keys muted">
          {t.presentKeys(
            place >= 0
              ? { at: formatCount(place + 1, lang), of: formatCount(list.length, lang) }
              : null,
            list.length > 0,
            fullscreen,
          )}
        </p>
        <details className="present-views">
          <summary>
            {t.viewsList} ({formatCount(views.length, lang)})
          </summary>
          <PresenterViews caption={model.caption} slide={slide} place={place} />
        </details>
      </main>
      <DetailsPanel />
    </div>
  );
}
