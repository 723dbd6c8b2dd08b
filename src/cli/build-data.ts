/**
 * `npm run data`: rebuilds public/data from the committed source text.
 * A thin shell around the pure ingest; all rules live in src/data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundledDataFiles } from '../data/bundled-dataset';
import { IngestError } from '../data/ingest-source';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'public', 'data');

try {
  const files = buildBundledDataFiles(
    (relative) => readFileSync(join(dataDir, relative), 'utf8'),
    sha256,
  );
  for (const [relative, content] of Object.entries(files)) {
    const target = join(dataDir, relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote public/data/${relative}`);
  }
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`public/data/source: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
