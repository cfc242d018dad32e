// Lighthouse (from npm, pinned) on Debian's Chromium: its default mobile run (a mid-range phone's
// screen, 4× CPU slowdown and a slow 4G link, simulated), performance only, signed out and with an
// empty cache (Lighthouse clears the origin's storage before each run). Each figure is the median of
// the runs, taken figure by figure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_FLAGS } from '@simpul/service-kit/testing';
import * as chromeLauncher from 'chrome-launcher';
import type { LighthouseRun } from './lighthouse-run.mjs';

export interface LighthouseMedian extends LighthouseRun {
  /** Lowest and highest score of the runs, to show how much they spread. */
  scores: [number, number];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function launchChromium(port: number) {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
    port,
    logLevel: 'silent',
  });
}

/**
 * One Lighthouse mobile run of `url` in the Chromium listening on `port`, in a plain Node process
 * (lighthouse-run.mjs). A run Lighthouse itself could not finish (a metric it failed to compute on
 * a loaded machine) is tried again, up to `attempts` times in all, and said so.
 */
export function lighthouseRun(url: string, port: number, attempts = 3): LighthouseRun {
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(process.execPath, [path.join(import.meta.dirname, 'lighthouse-run.mjs'), url, String(port)], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    if (result.status === 0) return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as LighthouseRun;
    const reason = (result.stderr || result.stdout).trim().split('\n')[0];
    if (attempt >= attempts) throw new Error(`Lighthouse on ${url} failed ${attempts} times; last: ${reason}`);
    console.log(`  (Lighthouse run on ${url} failed, trying again: ${reason})`);
  }
}

export function medianOf(runs: LighthouseRun[]): LighthouseMedian {
  const of = (key: keyof LighthouseRun) => median(runs.map((run) => run[key]));
  const scores = runs.map((run) => run.score);
  return {
    score: of('score'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
    tbtMs: of('tbtMs'),
    requests: of('requests'),
    transferred: of('transferred'),
    scores: [Math.min(...scores), Math.max(...scores)],
  };
}
