// Runs before the first paint: a classic script in <head>, emitted by the build (vite.config.ts,
// prerenderDefaultView); the Content-Security-Policy allows no inline script. index.html holds
// the default view, prerendered. A link with a query shows another view: hide the prerendered
// one (src/styles.css) until the app has rendered the linked view.
if (location.search.length > 1) {
  document.documentElement.setAttribute('data-prerender-stale', '');
} else if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) {
  // The device's dark preference, before the app applies it (src/app/app.tsx does the same).
  document.documentElement.dataset.scheme = 'dark';
}
