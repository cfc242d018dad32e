import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS } from '@simpul/service-kit/testing';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Chromium is, or why there is none: the kiosk test says it was skipped rather than passing. */
export function findChromium(): { path: string } | { missing: string } {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return fs.existsSync(candidate) ? { path: candidate } : { missing: `no Chromium at ${candidate} (set CHROMIUM_PATH to one)` };
}

/** Headless Chromium with a fresh, empty profile, closed (and the profile removed) by `close`. */
export async function launchChromium(executablePath: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 800, height: 1280 },
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
