/**
 * The bundled dataset: which source file it comes from and the JSON files built from it.
 * Shared by `npm run data` and the test that proves the committed JSON is a fresh build.
 */
import { ingestSource } from './ingest-source';
import { MIYAGI_R5_IT_CONFIG } from './miyagi-source-config';
import type { DatasetsFile } from './schemas';

export const BUNDLED_DATASET_ID = 'miyagi-r5-it';
export const BUNDLED_SOURCE_FILE = 'source/miyagi-r5-it-policy-programs.txt';

/** Stable JSON: two-space indent and a final newline, so rebuilds diff cleanly. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Returns every file of public/data that is generated, keyed by path relative to public/data.
 * `readSource` and `hash` are passed in so this module stays free of Node APIs.
 */
export function buildBundledDataFiles(
  readSource: (relativePath: string) => string,
  hash: (text: string) => string,
): Record<string, string> {
  const text = readSource(BUNDLED_SOURCE_FILE);
  const { budgets, programs } = ingestSource(text, MIYAGI_R5_IT_CONFIG);
  const datasets: DatasetsFile = {
    datasets: [
      {
        id: BUNDLED_DATASET_ID,
        title: {
          ja: 'みやぎ情報化推進ポリシー関連施策（令和5年度）',
          en: 'Miyagi IT-policy programs (fiscal 2023)',
        },
        fiscalYear: 2023,
        fiscalYearLabel: { ja: '令和5年度', en: 'fiscal 2023' },
        budgetName: { ja: 'IT政策予算', en: 'IT-policy budget' },
        publisher: { ja: '宮城県', en: 'Miyagi Prefecture' },
        source: {
          title: {
            ja: 'みやぎ情報化推進ポリシー（2021～2024）関連施策（令和5年度）',
            en: 'Programs under the Miyagi IT Promotion Policy (2021–2024), fiscal 2023',
          },
          file: BUNDLED_SOURCE_FILE,
          sha256: hash(text),
        },
        files: {
          budgets: `${BUNDLED_DATASET_ID}/budgets.json`,
          programs: `${BUNDLED_DATASET_ID}/programs.json`,
        },
      },
    ],
  };
  return {
    'datasets.json': toJson(datasets),
    [`${BUNDLED_DATASET_ID}/budgets.json`]: toJson(budgets),
    [`${BUNDLED_DATASET_ID}/programs.json`]: toJson(programs),
  };
}
