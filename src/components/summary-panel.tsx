import { useDashboard } from '../app/dashboard-context';
import type { ViewSummary } from '../domain/summary';
import { formatAmountExact, formatAmountShort, formatCount } from '../i18n/format';

interface SummaryPanelProps {
  readonly summary: ViewSummary;
  readonly sentence: string;
  readonly caption: string;
}

/** The headline figures and the sentence saying what is shown. */
export function SummaryPanel({ summary, sentence, caption }: SummaryPanelProps) {
  const { dataset, view, t } = useDashboard();
  const lang = view.lang;
  const total = dataset.budgets.total;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      {/* Read out when the view changes, as the presenter's caption is: it says what is now
          shown (only the count "63 / 177 件" was, not which filter had changed it). */}
      <h2 id="summary-heading" className="caption" data-testid="caption" aria-live="polite">
        {caption}
      </h2>
      <dl className="summary-figures">
        <div className="figure">
          <dt>{t.totalBudget}</dt>
          <dd>
            <span className="figure-main" data-testid="total-budget">
              {t.approx}
              {formatAmountShort(total, lang)}
            </span>
            <span className="figure-exact" data-testid="total-budget-exact">
              {formatAmountExact(total, lang)}
            </span>
          </dd>
        </div>
        <div className="figure">
          <dt>{t.programs}</dt>
          <dd>
            <span className="figure-main" data-testid="program-count">
              {formatCount(dataset.programs.length, lang)}
              {t.programsUnit && <span className="figure-unit">{t.programsUnit}</span>}
            </span>
          </dd>
        </div>
      </dl>
      <p className="summary-sentence" data-testid="summary-sentence">
        {sentence}
      </p>
      <p className="summary-shown" data-testid="shown-count">
        {t.shownOf(
          formatCount(summary.programCount, lang),
          formatCount(dataset.programs.length, lang),
        )}
      </p>
      <p className="summary-note">{t.budgetNote}</p>
      {lang === 'en' && <p className="summary-note">{t.englishDataNote}</p>}
    </section>
  );
}
