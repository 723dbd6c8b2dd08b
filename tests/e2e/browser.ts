/**
 * Debian's Chromium driven by playwright-core. Playwright cannot download browsers here,
 * so the executable and the flags that keep it off the (closed) network are fixed.
 */
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Waits until the app runs. index.html holds the default view prerendered (vite.config.ts),
 * on screen before the app has hydrated it, but not responding until then; main.tsx removes
 * `data-prerendered` once the app is live (hydrated, or rendered afresh for another view).
 *
 * That is all it guarantees. In particular, when it returns:
 * - a link with a query may still show the loading placeholder (main.tsx renders after 200 ms
 *   without the data), so wait for the element a test needs, not for this alone;
 * - a hydrated page has rendered what the build prerendered (the wide layout, no sections
 *   facet, './' links); the render with the browser's values (the phone layout, …) comes after;
 * - the charts are not there yet (they load after the first paint), nor has the first
 *   animation frame necessarily run;
 * - effects of the first render (`lang`, `data-scheme` on <html>) may not have run.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
}

/**
 * Resolves once the page has rendered `frames` animation frames and then run a task: work the
 * page scheduled for after a paint (as src/app/after-paint.ts does) has run by then. For checks
 * that something did not happen, so that they look after the page had its chance to do it.
 */
export async function afterFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => {
          if (left === 0) setTimeout(resolve, 0);
          else requestAnimationFrame(() => step(left - 1));
        };
        step(count);
      }),
    frames,
  );
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: the e2e global setup serves dist/ and sets it');
  return url;
}

/** A console error or an uncaught page error. */
export interface LoggedError {
  /** `console: <text>` for a console error, `pageerror: <message>` for an uncaught error. */
  readonly text: string;
  /** The URL a console error names as its location ('' for a page error). */
  readonly url: string;
}

function recordErrors(page: Page, record: (error: LoggedError) => void): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error')
      record({ text: `console: ${message.text()}`, url: message.location().url });
  });
  page.on('pageerror', (error) => record({ text: `pageerror: ${error.message}`, url: '' }));
}

/** Collects console errors and page errors; tests assert the list is empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  recordErrors(page, (error) => errors.push(error.text));
  return errors;
}

export interface ChromiumOptions {
  /** Errors a test causes on purpose: the after-each check lets these through, and only these. */
  readonly expectedError?: (error: LoggedError) => boolean;
}

export interface Chromium {
  /** The browser, launched once for the file. */
  readonly browser: Browser;
  /** The context and page of the last newPage() in this test. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every error the pages of this test have logged so far (a live list, empty at its start). */
  readonly errors: LoggedError[];
  /**
   * A fresh context (1440×900 unless `options` say otherwise) and page, with its errors
   * watched. Closes the test's previous context, if any.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers the hooks every browser test file needs: Chromium is launched before the file's
 * tests and closed after them, and after each test the errors its pages logged are checked
 * (none may be left but those `expectedError` accepts) and its context is closed.
 * Call it at the top level of a test file.
 */
export function setupChromium({ expectedError = () => false }: ChromiumOptions = {}): Chromium {
  let browser: Browser | undefined;
  let current: { context: BrowserContext; page: Page } | undefined;
  let errors: LoggedError[] = [];
  const running = () => {
    if (!browser) throw new Error('Chromium is not running: call setupChromium() at top level');
    return browser;
  };
  const opened = () => {
    if (!current) throw new Error('no page is open: call newPage() first');
    return current;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    try {
      expect(
        errors.filter((error) => !expectedError(error)),
        'console errors',
      ).toEqual([]);
    } finally {
      await current?.context.close();
      current = undefined;
      errors = [];
    }
  });

  return {
    get browser() {
      return running();
    },
    get context() {
      return opened().context;
    },
    get page() {
      return opened().page;
    },
    get errors() {
      return errors;
    },
    async newPage(options = {}) {
      await current?.context.close();
      current = undefined;
      const context = await running().newContext({
        viewport: { width: 1440, height: 900 },
        ...options,
      });
      const page = await context.newPage();
      current = { context, page };
      const logged = errors;
      recordErrors(page, (error) => logged.push(error));
      return page;
    },
  };
}
