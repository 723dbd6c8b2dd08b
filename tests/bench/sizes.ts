/**
 * Static figures: gzip sizes of the built JS and of each dataset's files, and how many
 * treemap cells the portfolio chart gets, computed with the app's own aggregation in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  budgetsFileSchema,
  type DatasetEntry,
  datasetsFileSchema,
  programsFileSchema,
} from '../../src/data/schemas';
import { aggregatePortfolioTree, MAX_PORTFOLIO_LEAVES } from '../../src/domain/aggregate';
import { buildDataset } from '../../src/domain/dataset';

export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface JsSizes {
  /** Loaded by index.html: the entry script and its modulepreloads. */
  readonly initial: readonly FileSize[];
  /** Everything else in assets/: loaded on demand (the charts panel and echarts). */
  readonly lazy: readonly FileSize[];
  readonly initialGzip: number;
  readonly totalGzip: number;
  readonly css: readonly FileSize[];
}

/** gzip at zlib's default level 6, what most servers and CDNs use. */
function sizeOf(path: string, name = basename(path)): FileSize {
  const bytes = readFileSync(path);
  return { file: name, bytes: bytes.length, gzip: gzipSync(bytes).length };
}

export function measureJs(outDir: string): JsSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map((m) =>
      basename(m[1] ?? ''),
    ),
  );
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).sort();
  const js = files.filter((f) => f.endsWith('.js')).map((f) => sizeOf(join(assets, f)));
  const initial = js.filter((f) => referenced.has(f.file));
  const lazy = js.filter((f) => !referenced.has(f.file));
  if (initial.length === 0) throw new Error(`no entry script found in ${outDir}/index.html`);
  const sum = (list: readonly FileSize[]) => list.reduce((s, f) => s + f.gzip, 0);
  return {
    initial,
    lazy,
    initialGzip: sum(initial),
    totalGzip: sum(js),
    css: files.filter((f) => f.endsWith('.css')).map((f) => sizeOf(join(assets, f))),
  };
}

export interface DatasetFacts {
  readonly id: string;
  readonly programs: number;
  readonly departments: number;
  readonly sections: number;
  readonly files: readonly FileSize[];
  readonly dataGzip: number;
  readonly dataBytes: number;
  /** Leaves of the portfolio treemap for the unfiltered view (aggregatePortfolioTree). */
  readonly portfolioLeaves: number;
  /** Every node echarts lays out in that treemap: categories + departments + leaves. */
  readonly portfolioNodes: number;
  readonly maxPortfolioLeaves: number;
}

/** `dataDir` is public/data; entries come from the bundled and the synthetic datasets.json. */
export function measureDataset(dataDir: string, entry: DatasetEntry): DatasetFacts {
  const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const budgets = budgetsFileSchema.parse(read(entry.files.budgets));
  const programsFile = programsFileSchema.parse(read(entry.files.programs));
  const dataset = buildDataset(entry, budgets, programsFile);
  const tree = aggregatePortfolioTree(dataset, dataset.programs);
  const departmentNodes = tree.categories.reduce((s, c) => s + c.departments.length, 0);
  const files = [entry.files.budgets, entry.files.programs].map((f) => sizeOf(join(dataDir, f), f));
  return {
    id: entry.id,
    programs: dataset.programs.length,
    departments: dataset.departments.length,
    sections: dataset.sections.length,
    files,
    dataGzip: files.reduce((s, f) => s + f.gzip, 0),
    dataBytes: files.reduce((s, f) => s + f.bytes, 0),
    portfolioLeaves: tree.leafCount,
    portfolioNodes: tree.categories.length + departmentNodes + tree.leafCount,
    maxPortfolioLeaves: MAX_PORTFOLIO_LEAVES,
  };
}

/** The bundled list followed by the synthetic one, as the dev and preview servers serve it. */
export function listDatasets(dataDir: string): DatasetEntry[] {
  const read = (file: string) =>
    datasetsFileSchema.parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8'))).datasets;
  return [...read('datasets.json'), ...read('synthetic/datasets.json')];
}
