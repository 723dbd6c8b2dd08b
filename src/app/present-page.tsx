import { useEffect } from 'react';
import { DetailsPanel } from '../components/details-panel';
import { FilterBar } from '../components/filter-bar';
import { PresenterViews } from '../components/presenter-views';
import { ShareButton } from '../components/share-dialog';
import { usePresenterList } from '../components/use-presenter-list';
import { stepCategory, stepForKey, stepList } from '../domain/present-steps';
import { canonicalSearch, slideOf } from '../domain/presenter-list';
import { formatAmountExact, formatAmountShort, formatCount } from '../i18n/format';
import { useDashboard, useHrefFor } from './dashboard-context';
import { LazyCharts } from './lazy-charts';
import { useViewModel } from './use-view-model';

/**
 * Presenter mode (`view=present`): large type, high contrast by default, no editing chrome.
 * Arrow keys, PageUp/PageDown (what presentation clickers send) and Home step through the
 * categories, or through the presenter's list of views when the current view is on it.
 * Every step is a URL, so the audience can follow with the link.
 */
export function PresentPage() {
  const { dataset, view, t, update } = useDashboard();
  const hrefFor = useHrefFor();
  const model = useViewModel();
  const { views } = usePresenterList();
  const lang = view.lang;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select, dialog[open]'))
        return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step = stepForKey(event.key);
      if (!step) return;
      const current = canonicalSearch(window.location.search);
      const list = views.map((v) => v.search);
      // Home is always the whole budget; otherwise a view on the list steps through the list.
      if (step !== 'home' && list.includes(current)) {
        const next = stepList(list, current, step);
        if (next !== null) {
          event.preventDefault();
          update(slideOf(next));
        }
        return;
      }
      const patch = stepCategory(dataset, view, step);
      if (patch) {
        event.preventDefault();
        update(patch);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dataset, view, update, views]);

  const step = (key: 'next' | 'previous' | 'home') => {
    const patch = stepCategory(dataset, view, key);
    if (patch) update(patch);
  };

  return (
    <div className="page page-present">
      <header className="present-header">
        <h1 className="present-caption" data-testid="caption">
          {model.caption}
        </h1>
        <div className="present-controls">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => step('previous')}
          >
            ← {t.previous}
          </button>
          <button type="button" className="button button-secondary" onClick={() => step('home')}>
            {t.wholeBudget}
          </button>
          <button type="button" className="button button-secondary" onClick={() => step('next')}>
            {t.next} →
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
            <span data-testid="shown-count" role="status">
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
        <p className="present-keys muted">{t.presentKeys}</p>
        <details className="present-views">
          <summary>
            {t.viewsList} ({formatCount(views.length, lang)})
          </summary>
          <PresenterViews caption={model.caption} />
        </details>
      </main>
      <DetailsPanel />
    </div>
  );
}
