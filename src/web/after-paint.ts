/**
 * The one script a prerendered page names (docs/ARCHITECTURE.md, "Prerendered family pages"). The
 * page is already drawn from its HTML; this starts the app's own scripts only once the browser has
 * painted it, so a slow phone shows the page first instead of downloading and running the app
 * before anything appears. #root's `data-modules` lists the app's entry first, then the modules it
 * imports, which are fetched side by side rather than one after another.
 */
const root = document.getElementById('root');
const [entry, ...imports] = (root?.dataset.modules ?? '').split(' ').filter(Boolean);

function startApp(): void {
  if (!entry) return;
  for (const href of imports) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void import(/* @vite-ignore */ entry);
}

// The frame after this one is the first paint; the app starts right after it.
requestAnimationFrame(() => setTimeout(startApp, 0));
