// Debian's Chromium, driven by playwright-core. On a laptop without it the browser suite skips
// with a printed reason; in CI (CI=true) a missing browser fails the run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath && process.env.CI) {
  throw new Error('CI=true but Chromium is not installed (apt-get install chromium): the browser suite must run in CI.');
}
if (!chromiumPath) console.warn('[e2e] SKIPPED: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).');

export const describeBrowser = chromiumPath ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
