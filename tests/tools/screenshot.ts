/**
 * Takes screenshots of the built app for a person to look at:
 *   npx tsx tests/tools/screenshot.ts [query] [outdir]
 * Serves dist/ with vite preview, opens it in Chromium at phone, laptop and projector sizes.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from '../e2e/browser';

const query = process.argv[2] ?? '';
const outDir = process.argv[3] ?? 'tests/.artifacts';
mkdirSync(outDir, { recursive: true });
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
];
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    page.on(
      'console',
      (m) => m.type() === 'error' && console.log(`[${size.name}] console error: ${m.text()}`),
    );
    page.on('pageerror', (e) => console.log(`[${size.name}] page error: ${e.message}`));
    await page.goto(`${base}${query}`);
    await page.waitForSelector('[data-testid="program-table"]');
    await page
      .waitForSelector('[data-testid="chart-departments"] canvas', { timeout: 10_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const tag = query ? `-${query.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)}` : '';
    await page.screenshot({
      path: `${outDir}/${size.name}${tag}.png`,
      fullPage: process.argv.includes('--full'),
    });
    console.log(`${outDir}/${size.name}${tag}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
