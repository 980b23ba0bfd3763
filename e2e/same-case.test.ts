// Two people on one case, and a step sent twice, in a real browser against the real server
// (If-Match, decision 018):
// - what one assesses while the other's page still shows the case as it was is not overwritten
//   unseen: the second save is refused, says who did what, keeps what was typed, and is taken when
//   sent again, or is dropped on request for the assessment now stored;
// - an invitation whose answer was lost, sent again from its dialog opened again, is one
//   invitation (its Idempotency-Key, kept with the dialog's draft, answers it as taken), and a letter or a note sent again after its answer was
//   lost is one letter (one number), one note;
// - bulk triage from an inbox read before a colleague's decision leaves that case as decided;
// - what was typed in a dialog closed unsent (to look at the case after a refusal) is there when
//   it opens again, says whether the case changed since, and goes when sent, cleared or signed out.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../src/server/test/case-fixtures.js';
import { signIn, signOut, useRunningApp } from './support/app.js';
import { describeBrowser } from './support/browser.js';
import { act, caseState, loseFirstAnswer, openFromInbox, wib } from './support/case-console.js';

const app = useRunningApp();

/** The API with the page's session, as the console calls it (CSRF token from /auth/me). */
async function apiOf(page: Page) {
  const base = app.server.url;
  const me = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    post: async (path: string, data: object) => {
      const res = await page.request.post(`${base}${path}`, { data, headers });
      expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
      return res.json() as Promise<Record<string, unknown>>;
    },
    get: async (path: string) => (await page.request.get(`${base}${path}`)).json() as Promise<Record<string, unknown>>,
  };
}

/** A laporan received today by Bawaslu Kota Serang, taken to kajian awal. */
async function laporanInKajianAwal(page: Page) {
  const api = await apiOf(page);
  const today = wib(Date.now()).slice(0, 10);
  const body = laporanBody({ receivedAt: undefined, event: { ...laporanBody().event, occurredOn: today, knownOn: today } });
  const { id } = (await api.post('/api/v1/cases', body)) as { id: string };
  await api.post(`/api/v1/cases/${id}/actions/mulai-kajian-awal`, {});
  return { id, api };
}

async function signedIn(username: string) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await signIn(page, app.server.url, username);
  await page.waitForURL(/\/konsol/);
  return { context, page };
}

describeBrowser('one case, two people, in Chromium', () => {
  it("does not let a stale page overwrite another's assessment unseen, and keeps what was typed", async () => {
    const ani = await signedIn('kota-serang.penanganan');
    const budi = await signedIn('kota-serang.pimpinan');
    const { id } = await laporanInKajianAwal(ani.page);
    for (const { page } of [ani, budi]) {
      await openFromInbox(page, app.server.url, id);
      await page.getByTestId('checklist').waitFor();
    }
    // Ani starts assessing: one requirement not met, with her reason.
    await ani.page.getByTestId('checklist-result-tepat-waktu').getByText('Tidak memenuhi').click();
    await ani.page.getByTestId('checklist-note-tepat-waktu').fill('Dilaporkan lewat batas waktu.');
    // Meanwhile Budi marks everything met and saves.
    await budi.page.getByTestId('checklist-all-met').click();
    await budi.page.getByTestId('checklist-submit').click();
    await budi.page.getByTestId('checklist-saved').waitFor({ timeout: 15_000 });

    // Ani saves: refused, told who did what, and her assessment is still in the form.
    await ani.page.getByTestId('checklist-submit').click();
    const error = ani.page.getByTestId('checklist-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('data-code')).toBe('CASE_CHANGED');
    const said = (await error.textContent())!;
    expect(said).toContain('sudah diubah dengan tindakan lain');
    expect(said).toContain('Isian Anda masih di sini');
    expect(said).toContain('«Nilai syarat formal dan materiil» oleh kota-serang.pimpinan');
    expect(await ani.page.getByTestId('checklist-note-tepat-waktu').inputValue()).toBe('Dilaporkan lewat batas waktu.');
    const stored = await (await apiOf(ani.page)).get(`/api/v1/cases/${id}`);
    expect((stored.checklist as { result: string }[]).every((c) => c.result === 'memenuhi')).toBe(true);
    // Her history shows Budi's assessment.
    await expect.poll(() => ani.page.getByTestId('timeline').textContent(), { timeout: 15_000 }).toContain('kota-serang.pimpinan');

    // She may drop her changes for the stored assessment...
    await ani.page.getByTestId('checklist-discard').click();
    expect(await ani.page.getByTestId('checklist-item').first().getAttribute('data-result')).toBe('memenuhi');
    expect(await ani.page.getByTestId('checklist-error').count()).toBe(0);
    // ...or, having seen it, assess again and save: taken.
    await ani.page.getByTestId('checklist-result-tepat-waktu').getByText('Tidak memenuhi').click();
    await ani.page.getByTestId('checklist-note-tepat-waktu').fill('Dilaporkan lewat batas waktu.');
    await ani.page.getByTestId('checklist-submit').click();
    await ani.page.getByTestId('checklist-saved').waitFor({ timeout: 15_000 });
    const after = await (await apiOf(ani.page)).get(`/api/v1/cases/${id}`);
    expect((after.checklist as { itemId: string; result: string }[]).find((c) => c.itemId === 'tepat-waktu')?.result).toBe('tidak-memenuhi');
    expect(after.revision).toBe(3); // mulai-kajian-awal, Budi's assessment, Ani's
    await ani.context.close();
    await budi.context.close();
  }, 120_000);

  it('takes an invitation once, and makes a letter and a note once, when sent again after the answer was lost', async () => {
    const { page, context } = await signedIn('kota-serang.penanganan');
    const { id, api } = await laporanInKajianAwal(page);
    await api.post(`/api/v1/cases/${id}/actions/nilai-syarat`, allRequirementsMet());
    await api.post(`/api/v1/cases/${id}/actions/registrasi`, {});
    await openFromInbox(page, app.server.url, id);

    // The first invitation reaches the server, which records it; its answer is then lost.
    const tags = await loseFirstAnswer(page, '**/api/v1/cases/*/actions/undang-klarifikasi', 200, 'if-match');
    const keysSent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/actions/undang-klarifikasi') && r.method() === 'POST') keysSent.push(r.headers()['idempotency-key'] ?? '');
    });
    const replayed: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/actions/undang-klarifikasi') && r.status() === 200) replayed.push(r.headers()['idempotent-replayed'] ?? '');
    });
    await page.getByTestId('case-action-undang-klarifikasi').click();
    await page.getByTestId('invite-scheduledAt-0').fill(wib(Date.now() + 86_400_000).slice(0, 16));
    await page.getByTestId('invite-place-0').fill('Kantor Bawaslu Kota Serang');
    await page.getByTestId('action-submit').click();
    const error = page.getByTestId('action-error');
    await expect.poll(() => error.getAttribute('data-code'), { timeout: 15_000 }).toBe('NETWORK');
    // Closed to look, opened again (its draft and key kept), and sent again with the same key:
    // answered as the step taken, and done.
    await page.keyboard.press('Escape');
    await page.getByTestId('action-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('case-action-undang-klarifikasi').click();
    expect(await page.getByTestId('draft-restored').getAttribute('data-warning', { timeout: 10_000 })).toBe('true');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-modal').waitFor({ state: 'hidden', timeout: 15_000 });
    expect(await caseState(page)).toBe('klarifikasi');
    // Reopened on the case as it now stands (the step taken: r4), so If-Match alone would let the
    // step through a second time; the key kept with the draft is what answers it as taken.
    expect(tags).toEqual(['"r3"', '"r4"']);
    expect(keysSent).toHaveLength(2);
    expect(keysSent[1]).toBe(keysSent[0]);
    await expect.poll(() => replayed, { timeout: 5_000 }).toEqual(['true']);
    const stored = await api.get(`/api/v1/cases/${id}`);
    expect(stored.invitations).toHaveLength(1);
    expect(stored.state).toBe('klarifikasi');

    // A letter asked for again after its answer was lost is the letter made: one number used.
    const keys = await loseFirstAnswer(page, '**/api/v1/cases/*/documents', 201, 'idempotency-key');
    for (const attempt of [1, 2]) {
      await page.getByTestId('doc-generate').click();
      await page.getByTestId('doc-kind-tanda-bukti-penyampaian-laporan').click();
      if (attempt === 1) await expect.poll(() => page.getByTestId('doc-error').getAttribute('data-code'), { timeout: 15_000 }).toBe('NETWORK');
    }
    const rows = page.locator('[data-testid=doc-row][data-kind="tanda-bukti-penyampaian-laporan"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const letters = ((await api.get(`/api/v1/cases/${id}`)).documents as { kind: string }[]).filter((d) => d.kind === 'tanda-bukti-penyampaian-laporan');
    expect(letters).toHaveLength(1);

    // So is a note.
    const noteKeys = await loseFirstAnswer(page, '**/api/v1/cases/*/notes', 201, 'idempotency-key');
    await page.getByTestId('note-body').fill('Undangan diantar langsung ke kantor terlapor.');
    await page.getByTestId('note-submit').click();
    await page.getByTestId('note-error').waitFor({ timeout: 15_000 });
    await page.getByTestId('note-submit').click();
    await expect.poll(() => page.getByTestId('note-row').count(), { timeout: 15_000 }).toBe(1);
    expect(noteKeys).toHaveLength(2);
    expect(noteKeys[1]).toBe(noteKeys[0]);
    expect((await api.get(`/api/v1/cases/${id}`)).notes).toHaveLength(1);
    await context.close();
  }, 120_000);

  it('leaves a case assessed again since the inbox was read out of a bulk not-registered', async () => {
    const ani = await signedIn('kota-serang.penanganan');
    const budi = await signedIn('kota-serang.pimpinan');
    // Two reports whose kajian awal found them filed late.
    const late = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'tepat-waktu' ? { ...e, result: 'tidak-memenuhi', note: 'Melewati 7 hari.' } : e)) };
    const [kept, closed] = [await laporanInKajianAwal(ani.page), await laporanInKajianAwal(ani.page)];
    for (const { id, api } of [kept, closed]) await api.post(`/api/v1/cases/${id}/actions/nilai-syarat`, late);

    // Ani selects both in her inbox and writes the reason…
    await ani.page.goto(`${app.server.url}/konsol/perkara?state=kajian-awal`);
    for (const { id } of [kept, closed]) {
      const row = ani.page.locator(`[data-testid=case-row][data-id="${id}"]`);
      await row.waitFor({ timeout: 20_000 });
      await row.getByTestId('case-select').check();
    }
    await ani.page.getByTestId('bulk-action-tidak-registrasi').check();
    await ani.page.getByTestId('bulk-reason').fill('Laporan disampaikan melewati batas waktu.');
    // …while Budi finds the first was filed on time after all, by someone without standing: still
    // not registrable, but not for the reason Ani wrote, which the letter to the pelapor would give.
    const noStanding = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'kedudukan-pelapor' ? { ...e, result: 'tidak-memenuhi', note: 'Pelapor bukan pemilih di Kota Serang.' } : e)) };
    await (await apiOf(budi.page)).post(`/api/v1/cases/${kept.id}/actions/nilai-syarat`, noStanding);

    await ani.page.getByTestId('bulk-submit').click();
    const keptRow = ani.page.locator(`[data-testid=case-row][data-id="${kept.id}"]`);
    const outcome = keptRow.getByTestId('bulk-result');
    await expect.poll(() => outcome.getAttribute('data-code'), { timeout: 15_000 }).toBe('CASE_CHANGED');
    expect(await outcome.textContent()).toBe('Sudah berubah');
    expect(await ani.page.getByTestId('bulk-summary').textContent()).toBe('Hasil tindakan massal: 1 berhasil, 1 tidak diubah karena sudah berubah, 0 gagal.');
    expect(await keptRow.textContent()).toContain('«Nilai syarat formal dan materiil» oleh kota-serang.pimpinan');
    // Out of the selection: chosen again, if still meant, from the row as it now stands.
    expect(await keptRow.getAttribute('aria-selected')).toBe('false');
    expect(await keptRow.getByTestId('case-select').isChecked()).toBe(false);
    expect(await (await apiOf(ani.page)).get(`/api/v1/cases/${kept.id}`)).toMatchObject({ state: 'kajian-awal', revision: 3 });
    expect((await (await apiOf(ani.page)).get(`/api/v1/cases/${closed.id}`)).state).toBe('tidak-diregistrasi');
    await ani.context.close();
    await budi.context.close();
  }, 120_000);
  it('keeps what was typed in a dialog closed unsent, until it is sent, cleared or its user signs out', async () => {
    const ani = await signedIn('kota-serang.penanganan');
    const { id } = await laporanInKajianAwal(ani.page);
    await (await apiOf(ani.page)).post(`/api/v1/cases/${id}/actions/nilai-syarat`, allRequirementsMet());
    await openFromInbox(ani.page, app.server.url, id);
    const page = ani.page;
    const note = 'Semua syarat terpenuhi; bukti tangkapan layar diverifikasi dengan akun asli.';

    // Ani writes the registration's note; Budi assesses again meanwhile; her send is refused.
    await page.getByTestId('case-action-registrasi').click();
    await page.getByTestId('action-field-note').fill(note);
    const budi = await signedIn('kota-serang.pimpinan');
    await (await apiOf(budi.page)).post(`/api/v1/cases/${id}/actions/nilai-syarat`, allRequirementsMet());
    await page.getByTestId('action-submit').click();
    await expect.poll(() => page.getByTestId('action-error').getAttribute('data-code'), { timeout: 15_000 }).toBe('CASE_CHANGED');
    expect(await page.getByTestId('action-error').textContent()).toContain('juga bila formulir ini ditutup');
    // She closes the dialog to look at the case, and opens it again: her note is there, with word
    // that the case changed since she wrote it.
    await page.keyboard.press('Escape');
    await page.getByTestId('action-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('case-action-registrasi').click();
    const restored = page.getByTestId('draft-restored');
    await restored.waitFor({ timeout: 10_000 });
    expect(await restored.getAttribute('data-warning')).toBe('true');
    expect(await restored.textContent()).toContain('Perkara sudah berubah sejak isian ini diketik');
    expect(await page.getByTestId('action-field-note').inputValue()).toBe(note);
    // Sent against the case as it now is: taken, and the draft is gone.
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-modal').waitFor({ state: 'hidden', timeout: 15_000 });
    await expect.poll(() => caseState(page)).toBe('diregistrasi');

    // An invitation half-written, closed by Escape: back when opened again, until cleared.
    await page.getByTestId('case-action-undang-klarifikasi').click();
    const place = page.getByTestId('invite-place-0');
    const officeName = await place.inputValue();
    await place.fill('Aula Kecamatan Serang');
    await page.keyboard.press('Escape');
    await page.getByTestId('action-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('case-action-undang-klarifikasi').click();
    expect(await page.getByTestId('draft-restored').getAttribute('data-warning', { timeout: 10_000 })).toBe('false');
    expect(await place.inputValue()).toBe('Aula Kecamatan Serang');
    await page.getByTestId('draft-discard').click();
    expect(await place.inputValue()).toBe(officeName);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    // Written again and closed, then signed out and in: nothing of it stays in the tab.
    await place.fill('Aula Kecamatan Serang');
    await page.keyboard.press('Escape');
    await page.getByTestId('action-modal').waitFor({ state: 'hidden' });
    await page.evaluate(() => Object.assign(window, { sameTab: true }));
    await signOut(page);
    // Signed in again in the same page, without loading it again (what a reload would drop anyway).
    await page.getByTestId('login-username').fill('kota-serang.penanganan');
    await page.getByTestId('login-password').fill('netra-demo-2024');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/konsol/);
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/konsol/perkara/${id}`);
    await page.getByTestId('case-action-undang-klarifikasi').click();
    expect(await place.inputValue({ timeout: 10_000 })).toBe(officeName);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.evaluate(() => (window as { sameTab?: boolean }).sameTab)).toBe(true);
    await ani.context.close();
    await budi.context.close();
  }, 120_000);

  it('hands a case to the office where the event took place: offered first, announced in the inbox, taken by that office', async () => {
    const budi = await signedIn('kota-serang.pimpinan');
    const api = await apiOf(budi.page);
    // Reported to Kota Serang; it happened in Kramatwatu, Kabupaten Serang.
    const today = wib(Date.now()).slice(0, 10);
    const body = laporanBody({ receivedAt: undefined, event: { ...laporanBody().event, regionCode: '36.04.05', occurredOn: today, knownOn: today } });
    const { id, receiptNumber } = (await api.post('/api/v1/cases', body)) as { id: string; receiptNumber: string };
    const { page } = budi;
    await openFromInbox(page, app.server.url, id);
    await page.getByTestId('case-action-limpahkan').click();
    const field = page.getByTestId('action-field-toOfficeId');
    await field.click();
    // Before anything is typed: the offices of the event's place, the kabupaten's first. None of
    // them is in Kota Serang's jurisdiction, which is all the office list used to offer.
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toEqual([
      expect.stringMatching(/^Bawaslu Kabupaten Serang/),
      expect.stringMatching(/^Bawaslu Provinsi Banten/),
      expect.stringMatching(/^Panwaslu Kecamatan Kramatwatu/),
    ]);
    // Any other office is found by name; an agency that does not handle violations is not.
    await field.fill('cilegon');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toContain('Bawaslu Kota Cilegon36.72 · Kota Cilegon');
    expect((await options.allTextContents()).some((o) => o.startsWith('Pemerintah'))).toBe(false);
    await field.fill('');
    await page.getByRole('option', { name: /^Bawaslu Kabupaten Serang/ }).click();
    await page.getByTestId('action-field-reason').fill('Peristiwa terjadi di Kecamatan Kramatwatu, Kabupaten Serang.');
    await page.getByTestId('action-submit').click();

    // The case is no longer Kota Serang's: the inbox says where it went, and lists it no more.
    await page.waitForURL(/\/konsol\/perkara$/);
    const notice = page.getByTestId('handoff-notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(`Perkara ${receiptNumber} telah dilimpahkan kepada Bawaslu Kabupaten Serang`);
    await page.locator('[data-testid=case-row]').first().waitFor();
    expect(await page.locator(`[data-testid=case-row][data-id="${id}"]`).count()).toBe(0);
    expect((await page.request.get(`${app.server.url}/api/v1/cases/${id}`)).status()).toBe(404);

    // Bawaslu Kabupaten Serang finds it in its inbox and accepts it.
    const kab = await signedIn('kab-serang.penanganan');
    await openFromInbox(kab.page, app.server.url, id);
    expect(await caseState(kab.page)).toBe('dilimpahkan');
    // Its history says who handed it over, to whom, and why.
    const handed = kab.page.locator('[data-testid=timeline-row][data-action="case.limpahkan"]');
    await expect.poll(() => handed.textContent(), { timeout: 10_000 }).toContain('Diterima → Dilimpahkan · kepada Bawaslu Kabupaten Serang · alasan: Peristiwa terjadi di Kecamatan Kramatwatu, Kabupaten Serang.');
    await act(kab.page, 'terima-limpahan');
    await expect.poll(() => caseState(kab.page), { timeout: 10_000 }).toBe('kajian-awal');
    await budi.context.close();
    await kab.context.close();
  }, 120_000);
});
