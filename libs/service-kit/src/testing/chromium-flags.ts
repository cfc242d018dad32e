/**
 * Debian's Chromium as the e2e tests and benches run it: headless, no sandbox (CI runs as root), and
 * nothing that reaches the network on its own (updates, sync, first-run pages).
 */
export const CHROMIUM_FLAGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
