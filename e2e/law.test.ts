// The law screens in a real browser: the public deadline calculator (no sign-in, Indonesian then
// English) and the official-calendar administration by the national administrator.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { signIn, totpCode, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';

const app = useRunningApp();

const row = (page: Page, clock: string) => page.locator(`[data-testid=calc-row][data-clock="${clock}"]`);

describeBrowser('law screens in Chromium', () => {
  it('computes Pilkada deadlines without sign-in, in Indonesian and English', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/kalkulator-tenggat`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => page.textContent('body')).toContain('mesin hukum yang sama');

    // Pilkada 2024 is the default regime; pick it explicitly as a user would.
    await page.getByTestId('calc-regime').click();
    await page.getByRole('option', { name: /Wali Kota Serentak 2024/ }).click();
    await page.getByTestId('calc-region').fill('Kota Serang');
    await page.getByRole('option', { name: /^Kota Serang \(36\.73\)/ }).click();
    await expect.poll(() => page.getByTestId('calc-timezone').textContent()).toContain('WIB');
    await page.getByTestId('calc-known-on').fill('2024-11-10');
    await page.getByTestId('calc-received-date').fill('2024-11-10');
    await page.getByTestId('calc-received-time').fill('09:00');
    await page.getByTestId('calc-extended').check({ force: true });
    await page.getByTestId('calc-submit').click();
    await page.getByTestId('calc-result').waitFor({ timeout: 10_000 });

    // Filing: 7 calendar days from the day it became known (UU 10/2016 Pasal 134 ayat (4)).
    await expect.poll(() => row(page, 'filing').getByTestId('calc-last-day').textContent()).toBe('Minggu, 17 November 2024');
    expect(await row(page, 'filing').getByTestId('calc-due').textContent()).toBe('pukul 23.59.59 WIB');
    // Decision, extended: 3 + 2 days from receipt, Pasal 134 ayat (6).
    expect(await row(page, 'decision').getByTestId('calc-last-day').textContent()).toContain('15 November 2024');
    expect(await row(page, 'decision').getByTestId('calc-citation').textContent()).toContain('134');
    expect(await row(page, 'decision').getByTestId('calc-extension').textContent()).toContain('13 November 2024');
    // Perbawaslu clocks not confirmed from the official text carry a visible warning.
    expect(await row(page, 'kajianAwal').getByTestId('calc-flag').getAttribute('data-flag')).toBe('U');
    await page.getByTestId('calc-nonworking').waitFor();

    // English: labels and dates change, the computed result stays.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByTestId('calc-submit').textContent()).toBe('Compute deadlines');
    await expect.poll(() => row(page, 'filing').getByTestId('calc-last-day').textContent()).toBe('Sunday, 17 November 2024');
    expect(await row(page, 'filing').getByTestId('calc-due').textContent()).toBe('at 23:59:59 WIB');
    await page.getByTestId('lang-id').click();
    await page.close();
  });

  it('lets the national administrator add and remove an official holiday', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'admin');

    // Administrators enrol TOTP first.
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret', { timeout: 20_000 });
    await page.getByTestId('totp-code').fill(totpCode(secret!));
    await page.getByTestId('totp-submit').click();
    await page.waitForURL(/\/konsol$/);

    await page.getByTestId('nav-calendar').click();
    await page.waitForURL(/\/konsol\/kalender/);
    await page.getByTestId('calendar-year').click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
    await page.getByTestId('calendar-row').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('calendar-row').first().getAttribute('data-date')).toMatch(/^2026-/);

    const date = '2026-10-02';
    const entry = page.locator(`[data-testid=calendar-row][data-date="${date}"]`);
    expect(await entry.count()).toBe(0);
    await page.getByTestId('calendar-new').click();
    await page.getByTestId('calendar-date').fill(date);
    await page.getByTestId('calendar-kind').click();
    await page.getByRole('option', { name: 'Cuti bersama' }).click();
    await page.getByTestId('calendar-nameId').fill('Cuti bersama uji E2E');
    await page.getByTestId('calendar-nameEn').fill('E2E test collective leave');
    await page.getByTestId('calendar-source').fill('SKB uji E2E Nomor 1 Tahun 2026');
    await page.getByTestId('calendar-submit').click();

    await expect.poll(() => page.getByTestId('calendar-recomputed').textContent(), { timeout: 10_000 }).toMatch(/^\d+ perkara terbuka dihitung ulang\.$/);
    await expect.poll(() => entry.textContent()).toContain('Cuti bersama uji E2E');
    expect(await entry.getAttribute('data-removed')).toBeNull();

    await entry.getByTestId('calendar-remove').click();
    await page.getByTestId('calendar-confirm').click();
    await expect.poll(() => entry.getAttribute('data-removed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => page.getByTestId('calendar-notice').textContent()).toContain('Hari libur dihapus.');
    expect(await entry.getByTestId('calendar-remove').count()).toBe(0);
    await page.close();
  });
});
