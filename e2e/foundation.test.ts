// Issue 2 in a real browser: the landing page in Indonesian, sign-in with TOTP enrolment of a
// demo administrator, the language switch, the region browser, creating a user, signing in as them.
import { expect, it } from 'vitest';
import { signIn, totpCode, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';

const app = useRunningApp();


describeBrowser('foundation in Chromium', () => {
  it('serves the landing page in Indonesian without sign-in', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => page.textContent('body')).toContain('ASN boleh memilih');
    await page.close();
  });

  it('enrols TOTP, switches language, browses regions, creates a user who then signs in', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'kota-serang.administrator', 'netra-demo-2024');

    // An administrator must enrol two-factor sign-in first.
    const secret = (await page.getByTestId('totp-secret').textContent({ timeout: 20_000 }))!;
    await page.getByTestId('totp-code').fill(totpCode(secret));
    await page.getByTestId('totp-submit').click();
    await page.waitForURL(/\/konsol/);

    // Language switch, persisted across a reload.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('lang-id').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');

    // Region browser: Kota Serang has 6 kecamatan.
    await page.goto(`${app.server.url}/konsol/wilayah`);
    await page.getByTestId('region-search').fill('Kota Serang');
    await page.getByText('Kota Serang', { exact: true }).first().click();
    await expect.poll(() => page.getByTestId('region-child').count(), { timeout: 10_000 }).toBe(6);
    await expect.poll(() => page.textContent('body')).toContain('Cipocok Jaya');

    // The office page: who signs the letters, and how many members sit in the plenary.
    await page.goto(`${app.server.url}/konsol/kantor`);
    await page.getByTestId('office-row').filter({ hasText: 'Bawaslu Kota Serang' }).getByRole('link').first().click();
    await page.getByTestId('office-headName').fill('Fadhli Rahman, S.H.');
    await page.getByTestId('office-memberCount').fill('5');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-saved').waitFor({ timeout: 10_000 });
    await page.reload();
    await expect.poll(() => page.getByTestId('office-headName').inputValue(), { timeout: 10_000 }).toBe('Fadhli Rahman, S.H.');
    expect(await page.getByTestId('office-memberCount').inputValue()).toBe('5');

    // Create a user in the own office.
    await page.goto(`${app.server.url}/konsol/pengguna/baru`);
    const username = `e2e.${Date.now().toString(36)}`;
    await page.getByTestId('user-username').fill(username);
    await page.getByTestId('user-displayName').fill('Petugas Uji E2E');
    await page.getByTestId('user-office').click();
    await page.getByRole('option', { name: /Bawaslu Kota Serang/ }).first().click();
    await page.getByTestId('user-role').click();
    await page.getByRole('option', { name: /penanganan/i }).first().click();
    await page.getByTestId('user-password').fill('kata-sandi-uji-e2e');
    await page.getByTestId('user-submit').click();
    await expect.poll(() => page.textContent('body'), { timeout: 10_000 }).toContain(username);

    // Sign out, sign in as the new user.
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/(masuk)?$/);
    await signIn(page, app.server.url, username, 'kata-sandi-uji-e2e');
    await page.waitForURL(/\/konsol/);
    await expect.poll(() => page.textContent('body')).toContain('Petugas Uji E2E');
    await page.close();
  });
});
