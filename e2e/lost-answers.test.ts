// When answers are lost on the way, in a real browser against the real server (only the first
// answer is cut off, after the server gave it):
// - a report sent again from its form, also after leaving the page and coming back to the form
//   kept as it was, gets the same receipt, and the office has one case;
// - a file uploaded twice to a case is one piece of evidence, and the page says so;
// - an action whose answer is lost leaves the case page showing the case as it now stands;
// - a console opened while the server cannot be reached keeps the session and opens once it answers.
import { expect, it } from 'vitest';
import { signIn, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';
import { caseState, loseFirstAnswer, SCREENSHOT_PNG } from './support/case-console.js';

const app = useRunningApp();

describeBrowser('answers lost on the way, in Chromium', () => {
  it('sent again from the form, gets the receipt of the case already made, and the inbox holds one case; a lost action leaves the page true', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'kota-serang.penanganan');
    await page.waitForURL(/\/konsol/);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-new').click();
    await page.getByTestId('intake-tab-informasi-awal').click();
    await page.getByTestId('intake-source').click();
    await page.getByRole('option').first().click();
    const text = `Kiriman warga ${Date.now().toString(36)}: ASN memasang spanduk paslon di depan kantor kelurahan.`;
    await page.getByTestId('intake-description').fill(text);

    // The first report reaches the server, which stores it and answers; the answer is then lost.
    const keys = await loseFirstAnswer(page, '**/api/v1/cases', 201, 'idempotency-key');

    await page.getByTestId('intake-submit').click();
    const error = page.getByTestId('intake-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('data-code')).toBe('NETWORK');
    expect(await page.getByTestId('intake-description').inputValue()).toBe(text); // nothing typed is lost

    // The officer leaves for the inbox to look, and comes back: the form is as it was, and says so.
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-new').click();
    await page.getByTestId('intake-tab-informasi-awal').click();
    await page.getByTestId('draft-restored').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('intake-description').inputValue()).toBe(text);

    // Sent again: the same request (its key kept with the draft), answered with the first receipt.
    await page.getByTestId('intake-submit').click();
    const receipt = (await page.getByTestId('intake-receipt').textContent({ timeout: 15_000 }))!;
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);

    // The office's inbox has this report once, under the receipt shown.
    const found = await page.request.get(`${app.server.url}/api/v1/cases`, { params: { q: text.slice(0, 40), limit: 50 } });
    const items = ((await found.json()) as { items: { receiptNumber: string }[] }).items;
    expect(items.map((i) => i.receiptNumber)).toEqual([receipt]);

    // An action whose answer is lost: the page shows the case as it now stands, not as it was.
    await page.getByTestId('intake-open-case').click();
    await page.waitForURL(/\/konsol\/perkara\/[0-9a-f-]{36}$/);
    expect(await caseState(page)).toBe('informasi-awal');
    // The same screenshot uploaded again (the first upload's answer was slow to come): the page
    // says it is there already, and the case keeps one piece of evidence.
    for (const attempt of [1, 2]) {
      await page.getByTestId('evidence-file').setInputFiles({ name: 'spanduk.png', mimeType: 'image/png', buffer: Buffer.from(SCREENSHOT_PNG, 'base64') });
      await page.getByTestId('evidence-label').fill('Foto spanduk di depan kantor kelurahan');
      await page.getByTestId('evidence-submit').click();
      await expect.poll(() => page.getByTestId('evidence-row').count(), { timeout: 15_000 }).toBe(1);
      if (attempt === 2) expect(await page.getByTestId('evidence-already').textContent({ timeout: 15_000 })).toContain('sudah ada di bukti perkara ini');
    }
    expect(await page.getByTestId('evidence-row').count()).toBe(1);

    await page.route('**/api/v1/cases/*/actions/*', async (route) => {
      expect((await route.fetch()).status()).toBe(200);
      return route.abort('connectionreset');
    });
    await page.getByTestId('case-action-arsipkan').click();
    await page.getByTestId('action-field-reason').fill('Tidak cukup keterangan untuk ditindaklanjuti.');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-error').waitFor({ timeout: 15_000 });
    await expect.poll(() => caseState(page), { timeout: 15_000 }).toBe('diarsipkan');
    await page.unroute('**/api/v1/cases/*/actions/*');

    // Another report from the same form is a new case, with a new key.
    await page.goto(`${app.server.url}/konsol/perkara/baru`);
    await page.getByTestId('intake-tab-informasi-awal').click();
    await page.getByTestId('intake-source').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('intake-description').fill(`${text} Laporan kedua.`);
    await page.getByTestId('intake-submit').click();
    const second = (await page.getByTestId('intake-receipt').textContent({ timeout: 15_000 }))!;
    expect(second).not.toBe(receipt);
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
    await page.close();
  }, 120_000);

  it('keeps a signed-in person signed in when the console is opened while the server cannot be reached, and opens once it answers', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await signIn(page, app.server.url, 'kota-serang.penanganan');
    await page.waitForURL(/\/konsol/);
    // Reopened while no connection reaches the server (a restart, the network down).
    await page.route('**/api/v1/auth/me', (route) => route.abort('connectionrefused'));
    await page.goto(`${app.server.url}/konsol/perkara`);
    const notice = page.getByTestId('session-unavailable');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Tidak dapat menghubungi server');
    expect(page.url()).toMatch(/\/konsol\/perkara$/); // not sent to the sign-in page
    await page.unroute('**/api/v1/auth/me');
    // It asks again by itself, and the page opens in the same session, with no sign-in.
    await page.getByTestId('case-row').first().waitFor({ timeout: 20_000 });
    expect(page.url()).toMatch(/\/konsol\/perkara$/);
    await context.close();
  }, 60_000);
});
