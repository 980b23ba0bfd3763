// The inbox's export in a real browser: the menu's link downloads the file of the cases the list
// shows with its filters, in the console's language.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { signIn, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';

const app = useRunningApp();

describeBrowser('the inbox export, in Chromium', () => {
  it('downloads the filtered list as a CSV file that Excel set to Indonesian opens in columns', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'kota-serang.penanganan');
    await page.waitForURL(/\/konsol/);
    await page.goto(`${app.server.url}/konsol/perkara?kind=laporan&open=all`);
    await page.getByTestId('case-row').first().waitFor({ timeout: 20_000 });
    const api = await page.request.get(`${app.server.url}/api/v1/cases`, { params: { kind: 'laporan', limit: 200 } });
    const listed = ((await api.json()) as { items: { receiptNumber: string }[] }).items.map((i) => i.receiptNumber);
    expect(listed.length).toBeGreaterThan(0);

    await page.getByTestId('cases-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cases-export-semicolon').click()]);
    expect(download.suggestedFilename()).toMatch(/^netra-perkara-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // read as UTF-8 by Excel
    const [head, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(head!.slice(0, 4)).toEqual(['Nomor tanda terima', 'Nomor registrasi', 'Jenis', 'Status']);
    expect(rows.map((r) => r[0]).sort()).toEqual([...listed].sort());
    expect(rows.every((r) => r[2] === 'Laporan')).toBe(true);
    await context.close();
  }, 60_000);
});
