// Runs before the first paint: a render-blocking classic script in <head>, emitted by the build
// (vite.config.ts, prerenderDefaultView); the Content-Security-Policy allows no inline script.
// A browser without `blocking=render` runs it as a plain async script, usually still before the
// first paint (which waits for the CSS requested alongside); src/main.tsx sets the flag too.
// index.html holds the default view, prerendered. A link with a query shows another view: hide
// the prerendered one (src/styles.css) until the app has rendered the linked view.
if (location.search.length > 1) {
  document.documentElement.setAttribute('data-prerender-stale', '');
} else if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) {
  // The device's dark preference, before the app applies it (src/app/app.tsx does the same).
  document.documentElement.dataset.scheme = 'dark';
}
