// What every browser suite needs: the web app built, Netra started with its demo on a free port,
// Chromium launched — once per file — and the sign-in steps a person takes.
import type { Browser, Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, launchBrowser } from './browser.js';
import { buildWeb, startServer, type RunningServer } from './server.js';

export type RunningApp = { server: RunningServer; browser: Browser };

/**
 * Registers the file's setup and teardown; does nothing where the browser suite is skipped.
 * `env()` adds to the server's environment, read when it starts (after earlier beforeAll hooks).
 */
export function useRunningApp(opts: { env?: () => Record<string, string> } = {}): RunningApp {
  const app = {} as RunningApp;
  if (!chromiumPath) return app;
  beforeAll(async () => {
    buildWeb();
    app.server = await startServer(opts.env?.() ?? {});
    app.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** The current code of an authenticator holding this secret (the page shows it in groups of four). */
export const totpCode = (secret: string) => new TOTP({ secret: secret.replace(/\s+/g, ''), digits: 6, period: 30 }).generate();

export async function signIn(page: Page, baseUrl: string, username: string, password = 'netra-demo-2024') {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs out from the console's header and waits for the sign-in page. */
export async function signOut(page: Page) {
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/masuk/);
}
