// The console and the public notice board on a phone (390 px), in Chromium: the office inbox as
// cards with every column of the table in view, its filters behind one button; the home's overdue
// count and the inbox filtered alike; each public notice a card with its PDF.
import { expect, it } from 'vitest';
import { signIn, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';

const app = useRunningApp();

describeBrowser('Netra on a phone in Chromium', () => {
  it('on a phone, lists each case as a card with its status and deadline, the filters folded away, and each public notice as a card', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'kota-serang.penanganan');
    await page.waitForURL(/\/konsol/);
    // The home's overdue count leads to the inbox filtered alike, which lists as many.
    const overdue = page.getByTestId('dashboard-deadlines-terlambat');
    await expect.poll(() => overdue.textContent(), { timeout: 10_000 }).toMatch(/^\d+$/);
    const overdueCount = Number(await overdue.textContent());
    expect(overdueCount).toBeGreaterThan(0); // the demo has overdue cases
    await page.getByTestId('dashboard-deadlines-link-terlambat').click();
    await page.waitForURL(/\/konsol\/perkara\?due=terlambat/);
    await expect.poll(() => page.getByTestId('cases-total').textContent(), { timeout: 10_000 }).toBe(`${overdueCount} perkara`);
    await page.goto(`${app.server.url}/konsol/perkara`);
    const rows = page.getByTestId('case-row');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('cases-table').getAttribute('data-layout')).toBe('cards');
    // Nothing lies past the screen's right edge: the page does not scroll sideways, and every
    // card shows its number, status, deadline and assignee within the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const box = (await row.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const clock = row.getByTestId('clock-status');
      for (const part of [row.getByRole('link'), row.locator('[data-state]'), ...((await clock.count()) ? [clock] : [])]) {
        const b = (await part.boundingBox())!;
        expect(b.x + b.width, `row ${i}`).toBeLessThanOrEqual(390);
      }
      expect(await row.textContent()).toContain('Petugas:');
    }
    // The export menu's choices are read in full within the screen.
    await page.getByTestId('cases-export').click();
    for (const id of ['cases-export-comma', 'cases-export-semicolon']) {
      const b = (await page.getByTestId(id).boundingBox())!;
      expect(b.x, id).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, id).toBeLessThanOrEqual(390);
    }
    await page.keyboard.press('Escape');
    // The filters open from one button, and it counts those in use once closed.
    expect(await page.getByTestId('cases-filter-due').count()).toBe(0);
    const toggle = page.getByTestId('cases-filters-toggle');
    expect(await toggle.textContent()).toBe('Saring dan urutkan');
    await toggle.click();
    await page.getByTestId('cases-filter-due').click();
    await page.getByRole('option', { name: 'Terlambat' }).click();
    await page.waitForURL(/due=terlambat/);
    await toggle.click();
    expect(await page.getByTestId('cases-filter-due').count()).toBe(0);
    expect(await toggle.textContent()).toBe('Saring dan urutkan (1 aktif)');
    await expect.poll(async () => (await rows.count()) > 0 && (await page.getByTestId('clock-status').evaluateAll((els) => els.every((e) => e.getAttribute('data-status') === 'terlambat'))), { timeout: 10_000 }).toBe(true);

    // The public notice board, as a citizen reads it on a phone: each notice a card, its PDF
    // link within the screen.
    await page.goto(`${app.server.url}/pengumuman`);
    const notices = page.getByTestId('notice-row');
    await notices.first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('notices-table').getAttribute('data-layout')).toBe('cards');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const pdf = notices.first().getByTestId('notice-pdf');
    const pdfBox = (await pdf.boundingBox())!;
    expect(pdfBox.x + pdfBox.width).toBeLessThanOrEqual(390);
    const file = await page.request.get(`${app.server.url}${await pdf.getAttribute('href')}`);
    expect([file.status(), (await file.body()).subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
    await context.close();
  }, 120_000);

  it('on a phone, stacks the users and the audit log as cards, each value under its column, nothing to scroll sideways', async () => {
    // A phone set to another zone than the office's (a traveller, a wrong setting): times are still
    // the office's, and say which zone they are in.
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'kota-serang.pimpinan');
    await page.waitForURL(/\/konsol/);
    for (const [path, table, row, first] of [
      ['/konsol/pengguna', 'users-table', 'user-row', 'Nama lengkap'],
      ['/konsol/audit', 'audit-table', 'audit-row', 'Waktu'],
    ] as const) {
      await page.goto(`${app.server.url}${path}`);
      await page.getByTestId(row).first().waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      const fits = await page.getByTestId(table).evaluate((t) => t.scrollWidth <= t.clientWidth && t.getBoundingClientRect().right <= 390);
      expect(fits, path).toBe(true);
      const cell = page.getByTestId(row).first().locator('td').first();
      expect(await cell.getAttribute('data-label'), path).toBe(first);
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content), path).toBe(`"${first}"`);
    }
    // The audit log's newest row, at the time the server recorded, in WIB (Kota Serang's zone).
    const audit = (await (await page.request.get(`${app.server.url}/api/v1/audit?limit=1`)).json()) as { items: { at: string }[] };
    const at = new Date(Date.parse(audit.items[0]!.at) + 7 * 3_600_000).toISOString();
    const shown = await page.getByTestId('audit-row').first().locator('td').first().textContent();
    expect(shown).toMatch(new RegExp(`, ${at.slice(11, 13)}\\.${at.slice(14, 16)} WIB(#|$)`));
    await context.close();
  }, 120_000);
});
