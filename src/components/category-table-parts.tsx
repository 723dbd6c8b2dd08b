import { formatAmountExact, formatAmountShort, formatCount, formatShare } from '../i18n/format';
import { MESSAGES, type Messages } from '../i18n/messages';
import type { Lang } from '../url/view-state';

/**
 * The parts the category overview and the budget-only panel share: the same columns
 * (category, budget, share, program count), amount cells and total row.
 */
export function CategoryTableHead({ t }: { t: Messages }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t.category}</th>
        <th scope="col" className="num">
          {t.budget}
        </th>
        <th scope="col" className="num">
          {t.share}
        </th>
        <th scope="col" className="num">
          {t.programCount}
        </th>
      </tr>
    </thead>
  );
}

interface FiguresProps {
  readonly budget: number;
  readonly total: number;
  readonly programCount: number;
  readonly lang: Lang;
  /** Test id for the exact amount. */
  readonly amountTestId?: string;
}

/** Budget (short and exact), share of the total and program count: a row's three cells. */
export function CategoryFigureCells({
  budget,
  total,
  programCount,
  lang,
  amountTestId,
}: FiguresProps) {
  return (
    <>
      <td className="num">
        <span className="amount-short">{formatAmountShort(budget, lang)}</span>
        <span className="amount-exact" data-testid={amountTestId}>
          {formatAmountExact(budget, lang)}
        </span>
      </td>
      <td className="num">{formatShare(budget, total, lang)}</td>
      <td className="num">{formatCount(programCount, lang)}</td>
    </>
  );
}

export function CategoryTotalRow(props: Omit<FiguresProps, 'budget'>) {
  return (
    <tfoot>
      <tr>
        <th scope="row">{MESSAGES[props.lang].total}</th>
        <CategoryFigureCells budget={props.total} {...props} />
      </tr>
    </tfoot>
  );
}
