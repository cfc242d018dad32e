// `npm run bench -- web` (issue #17): a first visit on a phone, signed out, to the pages citizens and
// officers land on. Builds and serves everything as `npm start` does (npm-start.ts), then for each page:
// the JavaScript gzipped before the first screen (tools/build/web-budget.mjs, the instrument the e2e
// budget test uses: every script body gzipped at level 9, so it does not depend on the server's
// compression), and Lighthouse mobile — performance score, LCP, CLS, TBT, requests and bytes
// transferred (as the server sent them) — median of WEB_BENCH_RUNS runs (3).
import { chromium } from 'playwright-core';
import { PAGES, firstLoadScripts, gzippedTotal, pageData, type Script } from './from-tools.mjs';
import { stopAll } from '../lib/stack.mjs';
import { CHROMIUM_FLAGS } from '@simpul/service-kit/testing';
import { launchChromium, lighthouseRun, medianOf, type LighthouseMedian } from './lighthouse-runs';
import { startLikeNpmStart } from './npm-start';

// The pages: the signed-out home, the public SKM form, the registry, KIPP and a PEKPPP rapor.
const MEASURED = ['home', 'skm-form', 'registry', 'kipp', 'rapor'];
const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 3);

const kB = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Row {
  path: string;
  heading: string;
  scripts: Script[];
  lighthouse: LighthouseMedian;
}

function table(rows: Row[]): string {
  const lines = [
    '| page | requests | transferred | JS gzipped | Lighthouse mobile (runs) | LCP | CLS | TBT |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { path, scripts, lighthouse: lh } of rows) {
    const shown = path.replace(/\/s\/[^/]+$/, '/s/<kode>').replace(/\/lokus\/[^/]+\/rapor$/, '/lokus/<id>/rapor');
    lines.push(
      `| \`${shown}\` | ${lh.requests} | ${kB(lh.transferred)} | ${kB(gzippedTotal(scripts))} | ${lh.score} (${lh.scores[0]}–${lh.scores[1]}) | ` +
        `${seconds(lh.lcpMs)} | ${lh.cls.toFixed(2)} | ${Math.round(lh.tbtMs)} ms |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  console.log('web: building and starting everything as `npm start` does (a fresh database with the demo data)…');
  const stack = await startLikeNpmStart();
  let chrome: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    const data = await pageData(stack.gatewayUrl);
    const pages = PAGES.filter((page) => MEASURED.includes(page.key));
    const loaded: Omit<Row, 'lighthouse'>[] = [];
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    try {
      for (const page of pages) {
        const path = page.path(data);
        loaded.push({ path, ...(await firstLoadScripts(browser, `${stack.portalUrl}${path}`)) });
      }
    } finally {
      await browser.close();
    }
    chrome = await launchChromium(stack.browserPort);
    const rows: Row[] = [];
    for (const page of loaded) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(lighthouseRun(`${stack.portalUrl}${page.path}`, chrome.port));
      rows.push({ ...page, lighthouse: medianOf(runs) });
      console.log(`  ${page.path} ("${page.heading}"): scores ${runs.map((run) => run.score).join(', ')}`);
    }
    console.log(`\nFirst visit on a phone, signed out, empty cache; Lighthouse median of ${RUNS} runs (kB of 1,024 bytes):\n`);
    console.log(table(rows));
  } finally {
    chrome?.kill();
    await stack.stop();
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
