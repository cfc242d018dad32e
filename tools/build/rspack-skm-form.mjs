// The public SKM questionnaire as a page of its own (issue #17): what a citizen opens from a QR code
// or a one-time link (/skm/s/<code>, /skm/t/<token>) is a small HTML page and one script with no
// framework, no Module Federation and nothing of the portal, so a cheap phone can answer before the
// portal would have loaded. Built into dist/apps/skm-web/form/ after the SKM remote (whose build
// cleans dist/apps/skm-web first); the portal's web server serves its index.html at those paths
// (tools/start/skm-form-page.mjs) and its files under /remotes/skm-web/form/.
// Usage: node tools/build/rspack-skm-form.mjs
import path from 'node:path';
import { buildSmallPage, smallPageConfig, workspaceRoot } from './rspack-small-page.mjs';

const appRoot = path.join(workspaceRoot, 'apps/skm-web');
/** Where the page's files go, and the URL the portal serves them under. */
export const SKM_FORM_DIR = path.join(workspaceRoot, 'dist/apps/skm-web/form');
export const SKM_FORM_PUBLIC_PATH = '/remotes/skm-web/form/';

/** @returns {import('@rspack/core').RspackOptions} */
export function skmFormConfig() {
  return smallPageConfig({
    appRoot,
    entry: './src/form-page/main.ts',
    template: 'src/form-page/index.html',
    outDir: SKM_FORM_DIR,
    publicPath: SKM_FORM_PUBLIC_PATH,
    uniqueName: 'skm-form',
    // The page takes a few pure helpers from these libraries (a period's words, the nine elements, `gql`).
    pureLibraries: /[\\/]libs[\\/](web-kit|scoring|contracts)[\\/]src[\\/]/,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSmallPage(skmFormConfig(), (scripts) => {
    const gzipped = scripts.reduce((sum, script) => sum + script.gzipped, 0);
    console.log(
      `skm-web QR form page: ${scripts.map((script) => script.name).join(', ')}, ${(gzipped / 1024).toFixed(1)} KB of JavaScript gzipped`,
    );
  });
}
