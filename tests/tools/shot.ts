/**
 * One screenshot of the built app: npx tsx tests/tools/shot.ts <query> <width>x<height> <out.png> [--full]
 */
import { preview } from 'vite';
import { launchChromium } from '../e2e/browser';

const [query = '', size = '1440x900', out = 'tests/.artifacts/shot.png'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: width ?? 1440, height: height ?? 900 } });
  page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${query}`);
  await page.waitForSelector('[data-testid="caption"]');
  await page.waitForSelector('canvas', { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  console.log(`${out} (horizontal overflow: ${overflow}px)`);
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
} finally {
  await browser.close();
  await server.close();
}
