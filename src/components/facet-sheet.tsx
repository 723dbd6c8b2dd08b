import { useEffect, useRef } from 'react';
import { useDashboard } from '../app/dashboard-context';
import type { FacetCounts } from '../domain/select-programs';
import { formatCount } from '../i18n/format';
import { FacetPanel } from './facet-panel';

/** On phones the facets open in a sheet (a modal dialog), so the charts and table get the screen. */
export function FacetSheet({ counts }: { counts: FacetCounts }) {
  const { view, t } = useDashboard();
  const dialog = useRef<HTMLDialogElement>(null);
  const active = view.cat.length + view.dept.length + view.sec.length + (view.q ? 1 : 0);
  // Back (a swipe on iOS) goes to the previous view, and the sheet closes to show it: it stayed
  // open over the page while Back undid one filter after another behind it. (Android's back
  // button closes a modal dialog by itself, before any history step.)
  useEffect(() => {
    const close = () => dialog.current?.close();
    window.addEventListener('popstate', close);
    return () => window.removeEventListener('popstate', close);
  }, []);
  return (
    <>
      <button
        type="button"
        className="button facet-sheet-button"
        onClick={() => dialog.current?.showModal()}
      >
        {t.filtersButton}
        {active > 0 && ` (${formatCount(active, view.lang)})`}
      </button>
      <dialog ref={dialog} className="sheet" aria-label={t.filters} closedby="any">
        <div className="panel-heading">
          <h2>{t.filters}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t.close}
          </button>
        </div>
        <FacetPanel counts={counts} />
      </dialog>
    </>
  );
}
