// The signed-out home as a page of its own (issue #17): what a visitor who is not signed in gets at
// `/` is a small HTML page and one script with no framework, no Module Federation and nothing else of
// the portal — the national figures from the same public GraphQL queries, the same words — so a
// cheap phone shows it before the portal would have loaded. Built into dist/apps/portal/front/ after
// the portal (whose build cleans dist/apps/portal first); the portal's web server serves its
// index.html at `/` to a visitor who is not signed in (tools/start/front-door-page.mjs) and its files
// under /front/.
// Usage: node tools/build/rspack-front-door.mjs [outDir]   (outDir: somewhere else, for a trial build)
import path from 'node:path';
import { buildSmallPage, smallPageConfig, workspaceRoot } from './rspack-small-page.mjs';

const appRoot = path.join(workspaceRoot, 'apps/portal');
/** Where the page's files go, and the URL the portal serves them under. */
export const FRONT_DOOR_DIR = path.join(workspaceRoot, 'dist/apps/portal/front');
export const FRONT_DOOR_PUBLIC_PATH = '/front/';

/**
 * @param {string} [outDir]
 * @returns {import('@rspack/core').RspackOptions}
 */
export function frontDoorConfig(outDir = FRONT_DOOR_DIR) {
  return smallPageConfig({
    appRoot,
    entry: './src/front-page/main.ts',
    template: 'src/front-page/index.html',
    outDir,
    publicPath: FRONT_DOOR_PUBLIC_PATH,
    uniqueName: 'front-door',
    // The page takes a few pure helpers from web-kit (numbers and dates in the page's language, `gql`,
    // reading a GraphQL error) and contracts (the error codes that reading checks).
    pureLibraries: /[\\/]libs[\\/](web-kit|contracts)[\\/]src[\\/]/,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : FRONT_DOOR_DIR;
  buildSmallPage(frontDoorConfig(outDir), (scripts) => {
    const list = scripts.map(({ name, gzipped }) => `${name} ${(gzipped / 1024).toFixed(1)} KB`).join(', ');
    console.log(`portal front door page: ${list} (JavaScript gzipped)`);
  });
}
