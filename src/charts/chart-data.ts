/**
 * The data items the option builders put into series. Tooltip and label text is computed
 * in the builder (pure, escaped) and carried on the item, so the formatters below are
 * constant functions: options stay deep-equal for equal input and never need rebuilding.
 */
export type ChartAction =
  | { readonly kind: 'category'; readonly id: string }
  | { readonly kind: 'department'; readonly id: string }
  | { readonly kind: 'program'; readonly id: string }
  | { readonly kind: 'none' };

export interface ChartItemExtras {
  /** Escaped HTML for the tooltip. */
  readonly tooltipHtml: string;
  /** Plain label text (rich-text braces escaped). */
  readonly labelText?: string;
  readonly action: ChartAction;
}

function extrasOf(value: unknown): ChartItemExtras | null {
  if (
    typeof value !== 'object' ||
    value === null ||
    !('tooltipHtml' in value) ||
    !('action' in value)
  )
    return null;
  return value as ChartItemExtras;
}

interface FormatterParams {
  readonly data?: unknown;
  readonly name?: string;
}

export function tooltipFormatter(params: unknown): string {
  const p = (Array.isArray(params) ? params[0] : params) as FormatterParams | undefined;
  return extrasOf(p?.data)?.tooltipHtml ?? '';
}

export function labelFormatter(params: unknown): string {
  const p = params as FormatterParams | undefined;
  return extrasOf(p?.data)?.labelText ?? '';
}

export function actionOf(params: unknown): ChartAction {
  const p = params as FormatterParams | undefined;
  return extrasOf(p?.data)?.action ?? { kind: 'none' };
}
