// The steps a staff user takes in the case console, as the browser walk (e2e/cases.test.ts) takes
// them: run a workflow action through its dialog, open a case from the inbox, make a document and
// fetch its PDF, see a PDF in the page's viewer; and the files a user uploads.
import type { Page, Response } from 'playwright-core';
import { expect } from 'vitest';

/** An instant as local time in WIB (Kota Serang): "YYYY-MM-DDTHH:mm:ss". */
export const wib = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);

export const caseState = (page: Page) => page.getByTestId('case-state').getAttribute('data-state');

/** Runs one workflow action through its dialog and waits for the dialog to close. */
export async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`case-action-${action}`).click();
  await fill?.();
  await page.getByTestId('action-submit').click();
  try {
    await page.getByTestId('action-submit').waitFor({ state: 'detached', timeout: 15_000 });
  } catch (err) {
    throw new Error(`${action}: ${await page.getByTestId('action-error').textContent().catch(() => String(err))}`);
  }
}

/**
 * Opens a case from the office inbox, as staff do. If its row does not appear, the error says what
 * the inbox showed instead (a flake once seen in CI: the row was missing after a re-sign-in).
 */
export async function openFromInbox(page: Page, baseUrl: string, caseId: string) {
  const answers: string[] = [];
  const seen = (r: Response) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/v1/')) answers.push(`${r.request().method()} ${url.pathname}${url.search} ${r.status()}`);
  };
  page.on('response', seen);
  try {
    await page.goto(`${baseUrl}/konsol/perkara`);
    const row = page.locator(`[data-testid=case-row][data-id="${caseId}"]`);
    try {
      await row.waitFor({ timeout: 20_000 });
    } catch {
      const ids = await page.locator('[data-testid=case-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
      throw new Error(`case ${caseId} not in the inbox at ${page.url()}; API answers: ${answers.join('; ')}; rows shown: ${ids.join(', ') || 'none'}`);
    }
    await row.getByRole('link').click();
  } finally {
    page.off('response', seen);
  }
}

/** Generates a document from the "Buat dokumen" menu and fetches its PDF with the page's session. */
export async function generatePdf(page: Page, baseUrl: string, kind: string) {
  const rows = page.locator(`[data-testid=doc-row][data-kind="${kind}"]`);
  const before = await rows.count();
  await page.getByTestId('doc-generate').click();
  await page.getByTestId(`doc-kind-${kind}`).click();
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(before + 1);
  const href = await rows.first().getByTestId('doc-download').getAttribute('href');
  const res = await page.request.get(`${baseUrl}${href}`);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString(), kind).toBe('%PDF-');
}

/** A one-page PDF with a line of text, as a scanned letter would arrive. */
export const SCANNED_LETTER = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
  '4 0 obj << /Length 60 >> stream',
  'BT /F1 18 Tf 72 760 Td (Surat edaran kepala dinas) Tj ET',
  'endstream endobj',
  '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

/** A 1×1 PNG, as a screenshot of a post would arrive. */
export const SCREENSHOT_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * Opens a PDF in the page's viewer frame: the frame loads the file inline (not as a download),
 * and the browser refuses nothing about it (no CSP or frame refusal in the console).
 */
export async function expectShownInPage(page: Page, open: () => Promise<void>, testId: string) {
  const refused: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' && /refused|blocked/i.test(m.text())) refused.push(m.text());
  };
  page.on('console', onConsole);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('tampil=1'), { timeout: 15_000 }), open()]);
  await page.getByTestId(testId).waitFor({ state: 'visible', timeout: 10_000 });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^inline; /);
  // Chromium hands a PDF in a frame to its viewer (the frame's body becomes the viewer's stub), so
  // the bytes are checked by fetching the same URL with the page's session.
  expect((await (await page.request.get(response.url())).body()).subarray(0, 5).toString()).toBe('%PDF-');
  // A frame the browser refused to show ends on its error page instead of the file.
  await expect.poll(() => page.frames().some((f) => f.url().includes('tampil=1')), { timeout: 10_000 }).toBe(true);
  expect(page.frames().filter((f) => f.url().startsWith('chrome-error:')).map((f) => f.url())).toEqual([]);
  page.off('console', onConsole);
  expect(refused).toEqual([]);
}

/**
 * Loses the first answer to the POST requests that `url` matches: the request reaches the server,
 * which does its work and answers `status`; the browser sees the connection reset. Later requests
 * go through. Returns the value of `header` in each request, in order.
 */
export async function loseFirstAnswer(page: Page, url: string, status: number, header: string): Promise<string[]> {
  const seen: string[] = [];
  let answered = 0;
  await page.route(url, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    seen.push(route.request().headers()[header] ?? '');
    if (answered++ === 0) {
      expect((await route.fetch()).status()).toBe(status);
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  return seen;
}
