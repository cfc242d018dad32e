// An async boundary: Module Federation settles the shared modules (React, Mantine, web-kit…)
// before anything imports them.
import('./bootstrap').catch((error: unknown) => {
  // Without the bundle there is no React to say so: one plain sentence instead of a blank page,
  // in both languages like the noscript note, and the cause for whoever opens the console.
  console.error(error);
  const root = document.getElementById('root');
  if (root) root.textContent = 'Simpul tidak dapat dimuat; muat ulang halaman. Simpul could not be loaded; reload the page.';
});
