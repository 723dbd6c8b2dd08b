import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type Connect, createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `npm run data:synthetic` writes public/data/synthetic/ (git-ignored). When its datasets.json
 * exists, the dev server and `vite preview` answer data/datasets.json with the bundled list
 * plus the synthetic entries, so `?ds=synthetic-50k` works, and serve the synthetic files
 * themselves from public/ (gzipped once and kept, as a static host would; compressing 25 MB on
 * every request would make the server, not the app, the bottleneck). In `vite build` it only
 * drops the copy Vite makes of the folder, so the build output is the same with or without it.
 */
function syntheticDatasets(): Plugin[] {
  let publicData = '';
  let builtData = '';
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  const middleware =
    (bundledDir: () => string): Connect.NextHandleFunction =>
    (req, res, next) => {
      const syntheticDir = join(publicData, 'synthetic');
      const syntheticList = join(syntheticDir, 'datasets.json');
      if (!isFile(syntheticList)) return next();
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        return next();
      }
      // Any path prefix: the app fetches data/… relative to the page (base './').
      if (path.endsWith('/data/datasets.json')) {
        const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
        const bundled = read(join(bundledDir(), 'datasets.json'));
        const ids = new Set(bundled.datasets.map((d: { id: string }) => d.id));
        const extra = read(syntheticList).datasets.filter((d: { id: string }) => !ids.has(d.id));
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(JSON.stringify({ datasets: [...bundled.datasets, ...extra] }));
        return;
      }
      const relative = /\/data\/synthetic\/(.+)$/.exec(path)?.[1];
      const file = relative ? resolve(syntheticDir, relative) : '';
      if (!file.startsWith(syntheticDir + sep) || !isFile(file)) return next();
      res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/plain');
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Encoding');
      if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.end(readFileSync(file));
        return;
      }
      const { mtimeMs } = statSync(file);
      let cached = gzipped.get(file);
      if (cached?.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, body: gzipSync(readFileSync(file)) };
        gzipped.set(file, cached);
      }
      res.setHeader('Content-Encoding', 'gzip');
      res.end(cached.body);
    };
  let outDir = '';
  const build: Plugin = {
    name: 'synthetic-datasets:build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(join(outDir, 'data', 'synthetic'), { recursive: true, force: true });
    },
  };
  const serve: Plugin = {
    name: 'synthetic-datasets',
    apply: 'serve',
    configResolved(config) {
      publicData = join(config.publicDir, 'data');
      builtData = resolve(config.root, config.build.outDir, 'data');
    },
    configureServer(server) {
      server.middlewares.use(middleware(() => publicData));
    },
    configurePreviewServer(server) {
      // The bundled list as built, the synthetic one from public/.
      server.middlewares.use(
        middleware(() => (isFile(join(builtData, 'datasets.json')) ? builtData : publicData)),
      );
    },
  };
  return [serve, build];
}

/**
 * Build only: `preload` hints in index.html for data/datasets.json and the first dataset's files
 * (what a link without `ds` shows), so they download while the main script loads instead of
 * after it has run. A link to another dataset wastes those few kB; its own files are fetched
 * by prefetchStartupData as before. (No hint for the charts' code: it would compete with the
 * main script for a phone's bandwidth.)
 */
function preloadHints(): Plugin {
  let publicDir = '';
  return {
    name: 'preload-hints',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        const list = JSON.parse(readFileSync(join(publicDir, 'data', 'datasets.json'), 'utf8'));
        const first = list.datasets[0]?.files ?? {};
        const dataFiles = ['datasets.json', first.budgets, first.programs].filter(Boolean);
        return dataFiles.map((file: string) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Build only: the default view (a link without a query, bundled data) rendered to HTML inside
 * index.html's #root, so the summary and the table are painted as soon as the HTML and CSS
 * arrive, before any script runs; main.tsx hydrates it. src/app/prerender.tsx does the render,
 * loaded here through a throwaway Vite server in SSR mode. `data-prerendered` carries the
 * data's fingerprint: the browser hydrates only when the data it loads is the same.
 *
 * src/prerender-guard.js, emitted to assets/ as a render-blocking classic script in <head> (the
 * CSP allows no inline script), runs before the first paint: for a link with a query it hides
 * the prerendered default view until the app has rendered the linked one.
 */
function prerenderDefaultView(): Plugin {
  let root = '';
  let publicDir = '';
  const guard = 'prerender-guard.js';
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    async buildStart() {
      // Minified here: a file of its own is not a chunk, so no minifier sees it, and it counts
      // toward the JS budget. A classic script: its top-level names are left as they are.
      const { minify } = await import('terser');
      const { code } = await minify(readFileSync(join(root, 'src', guard), 'utf8'));
      if (!code) throw new Error(`${guard} did not minify`);
      this.emitFile({ type: 'asset', name: guard, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const guardFile = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'asset' && output.names.includes(guard),
        )?.fileName;
        if (!guardFile) throw new Error(`${guard} was not emitted`);
        const placeholder = '<div id="root"></div>';
        if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder}`);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const module = await server.ssrLoadModule('/src/app/prerender.tsx');
          const dataDir = join(publicDir, 'data');
          const { html: body, fingerprint } = module.prerenderDefaultView((file: string) =>
            readFileSync(join(dataDir, file), 'utf8'),
          );
          // inert until the app is live: a click or a keystroke before hydration would be lost
          // (React keeps the DOM's state and fires no change for it), so none is taken.
          const rendered = `<div id="root" data-prerendered="${fingerprint}" inert>${body}</div>`;
          // The stylesheet inline: the first paint waits for CSS, and a request of its own put
          // it in the queue behind the scripts and data files requested at the same moment.
          const cssLink = /<link rel="stylesheet"[^>]* href="\.\/(assets\/[^"]+\.css)">/;
          const cssFile = html.match(cssLink)?.[1];
          const css = Object.values(context.bundle ?? {}).find(
            (output) => output.type === 'asset' && output.fileName === cssFile,
          );
          if (css?.type !== 'asset') throw new Error('index.html links no stylesheet');
          // Nothing else links it (the charts' chunk has no CSS of its own).
          delete context.bundle?.[css.fileName];
          const inlined = html.replace(cssLink, () => `<style>${String(css.source)}</style>`);
          return {
            // A function, so that "$" in the rendered text is not read as a replacement pattern.
            html: inlined.replace(placeholder, () => rendered),
            tags: [
              {
                tag: 'script',
                // Render-blocking but not parser-blocking: the parser goes on and every other
                // request starts at once; only the first paint waits for it, as it waits for CSS.
                // (A browser without `blocking` runs it as a plain async script: usually still
                // before the first paint, which waits for the CSS requested alongside.)
                attrs: { src: `./${guardFile}`, async: true, blocking: 'render' },
                injectTo: 'head' as const,
              },
            ],
          };
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * size-sensor (echarts-for-react's resize observer) carries a fallback for browsers without
 * ResizeObserver: an <object> element per chart. Every browser that runs this es2022 build has
 * ResizeObserver, so the fallback is replaced by nothing (281 bytes of gzip).
 */
function withoutObjectSensor(): Plugin {
  const stub = '\0size-sensor-object';
  let replaced = false;
  return {
    name: 'without-object-sensor',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      if (id !== './object' || !/[\\/]size-sensor[\\/]lib[\\/]sensors[\\/]/.test(importer ?? ''))
        return null;
      replaced = true;
      return stub;
    },
    load: (id) => (id === stub ? 'exports.createSensor = undefined;' : null),
    buildEnd() {
      // A new size-sensor layout would bring the fallback back unnoticed but for the size test.
      if (!replaced) this.error('size-sensor/lib/sensors/object was not found to replace');
    },
  };
}

/**
 * Terser over every chunk before the bundler's own minifier (Oxc) runs over it: the two together
 * leave 3.3 kB less gzip in echarts' chunk than Oxc alone (188.9 against 192.2 kB on 2026-11-26),
 * and 0.2 kB less in the others (319,951 → 319,748 bytes on 2026-11-27), room in the 320 kB
 * budget. Terser alone saved less. The build takes about 10 s instead of 8 here. Three compress
 * passes (40 bytes less than two); nothing unsafe. (The render-blocking guard is an asset, not a
 * chunk: prerenderDefaultView minifies it.)
 */
function terserForChunks(): Plugin {
  return {
    name: 'terser-for-chunks',
    apply: 'build',
    async renderChunk(code) {
      const { minify } = await import('terser');
      const out = await minify(code, { module: true, compress: { passes: 3 } });
      return out.code ?? null;
    },
  };
}

// One config for the app and its three test projects:
// unit (pure code, node), component (React in jsdom), e2e (the built app in Debian's Chromium).
export default defineConfig({
  plugins: [
    react(),
    withoutObjectSensor(),
    terserForChunks(),
    ...syntheticDatasets(),
    preloadHints(),
    prerenderDefaultView(),
  ],
  base: './',
  build: {
    target: 'es2022',
    // No modulepreload polyfill (270 bytes of the 320 kB gzip budget): a browser that runs this
    // es2022 build but lacks modulepreload (Safari before 17, Firefox before 115) still loads
    // the modules, only without the early fetch the polyfill would start.
    modulePreload: { polyfill: false },
    // echarts is loaded lazily; keep it in its own chunk so the shell stays small.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Terser over the chunks (terserForChunks) is most of the build's time, by choice:
      // no warning about it on every build.
      checks: { bundlerTimings: false },
      output: {
        // V8's explicit compile hint (Chromium 136+; to other engines only a comment): compile
        // every function of the charts' chunk eagerly, on a background thread while it
        // downloads, rather than one by one on the main thread during the first chart draw,
        // which spent 55–65 ms there compiling 1,480 functions. Most of the chunk runs then.
        // After minification, or the minifier would drop it.
        postBanner: (chunk) =>
          chunk.facadeModuleId?.endsWith('/src/charts/charts-panel.tsx')
            ? '//# allFunctionsCalledOnLoad'
            : '',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser, one server: run files one after another on this 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
