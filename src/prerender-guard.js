// Runs before the first paint: a render-blocking classic script in <head>, emitted by the build
// (vite.config.ts, prerenderDefaultView); the Content-Security-Policy allows no inline script.
// A browser without `blocking=render` runs it as a plain async script, usually still before the
// first paint (which waits for the CSS requested alongside); src/main.tsx sets the flag too.
// index.html holds the default view, prerendered. A link with a query shows another view: hide
// the prerendered one (src/styles.css) until the app has rendered the linked view.
var params = new URLSearchParams(location.search);
if (location.search.length > 1) document.documentElement.setAttribute('data-prerender-stale', '');
// The colour scheme before the app applies it, as src/app/use-effective-scheme.ts chooses it:
// the link's own (its first value), else high contrast for a presentation, else the device's
// dark preference. Without this a dark link painted a light page for its first frames.
var scheme = params.get('scheme');
if (scheme !== 'light' && scheme !== 'dark' && scheme !== 'contrast') {
  scheme =
    params.get('view') === 'present'
      ? 'contrast'
      : window.matchMedia?.('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : null;
}
if (scheme && scheme !== 'light') document.documentElement.dataset.scheme = scheme;
