import type { ChartAction } from '../../src/charts/chart-data';

interface Item {
  readonly name?: string;
  readonly action?: ChartAction;
  readonly children?: readonly Item[];
  readonly data?: readonly Item[];
}

function collect(items: readonly Item[] | undefined, out: { name: string; action: ChartAction }[]) {
  for (const item of items ?? []) {
    if (item.action && item.action.kind !== 'none')
      out.push({ name: item.name ?? item.action.id, action: item.action });
    collect(item.children, out);
  }
}

/** Renders every clickable item of an echarts option as a button that fires the chart's action. */
export function EChartStandIn(props: {
  option: { series?: readonly Item[]; aria?: { label?: { description?: string } } };
  onAction: (action: ChartAction) => void;
  testId: string;
}) {
  const items: { name: string; action: ChartAction }[] = [];
  for (const series of props.option.series ?? []) collect(series.data, items);
  return (
    // Named as echarts names its chart: from the option's aria description.
    <fieldset data-testid={props.testId} aria-label={props.option.aria?.label?.description}>
      {items.map((item, i) => (
        <button
          // biome-ignore lint/suspicious/noArrayIndexKey: a test stand-in; items repeat by design (bars)
          key={i}
          type="button"
          data-action={`${item.action.kind}:${'id' in item.action ? item.action.id : ''}`}
          onClick={() => props.onAction(item.action)}
        >
          {item.name}
        </button>
      ))}
    </fieldset>
  );
}
