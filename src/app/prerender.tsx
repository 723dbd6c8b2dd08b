/**
 * Build time only (the prerender plugin in vite.config.ts runs this in Node): the default view,
 * with the bundled data, rendered to HTML for index.html. The summary and the table are then
 * painted as soon as the HTML and CSS arrive, before any script has run; main.tsx hydrates them.
 * Only the view of a link without a query is prerendered. The charts are not: they are drawn
 * in the browser after hydration, as before.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { budgetsQuery, DATASETS_FILE, datasetsQuery, programsQuery } from '../data/dataset-queries';
import { parseDataFile } from '../data/fetch-data-file';
import { dataFingerprint } from '../data/fingerprint';
import { budgetsFileSchema, datasetsFileSchema, programsFileSchema } from '../data/schemas';
import { Root } from './root';

export interface Prerendered {
  readonly html: string;
  /** dataFingerprint of the data the HTML was rendered from (see src/app/hydration.ts). */
  readonly fingerprint: string;
}

/** `readFile` returns the text of a file under public/data/ by its name there. */
export function prerenderDefaultView(readFile: (file: string) => string): Prerendered {
  const datasets = parseDataFile(DATASETS_FILE, readFile(DATASETS_FILE), datasetsFileSchema);
  const entry = datasets.datasets[0];
  if (!entry) throw new Error(`${DATASETS_FILE} lists no dataset`);
  const budgets = parseDataFile(
    entry.files.budgets,
    readFile(entry.files.budgets),
    budgetsFileSchema,
  );
  const programs = parseDataFile(
    entry.files.programs,
    readFile(entry.files.programs),
    programsFileSchema,
  );
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetsQuery().queryKey, datasets);
  queryClient.setQueryData(budgetsQuery(entry).queryKey, budgets);
  queryClient.setQueryData(programsQuery(entry).queryKey, programs);
  return {
    html: renderToString(<Root queryClient={queryClient} />),
    fingerprint: dataFingerprint(entry, budgets, programs),
  };
}
