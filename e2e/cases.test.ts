// The case-handling acceptance check in a real browser: a new staff user of Bawaslu Kota Serang
// takes a report about an ASN who shared a candidate's post from intake to forwarding,
// downloading each PDF along the way; a member decides in plenary; a Kota Cilegon user cannot
// see the case.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSmtp, type TestSmtp } from '../src/server/test/smtp.js';
import { signIn, signOut, totpCode, useRunningApp } from './support/app.js';
import { act, caseState, expectShownInPage, generatePdf, openFromInbox, SCANNED_LETTER, SCREENSHOT_PNG, wib } from './support/case-console.js';
import { describeBrowser } from './support/browser.js';

// A real SMTP server on loopback: the letters e-mailed to the pelapor arrive here.
let smtp: TestSmtp | undefined;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp?.close());
const app = useRunningApp({ env: () => ({ NETRA_SMTP_URL: smtp!.url, NETRA_SMTP_FROM: 'Bawaslu Kota Serang <netra@bawaslu.test>' }) });

describeBrowser('case handling in Chromium', () => {
  it('takes a laporan from intake to forwarding; another regency cannot see it', async () => {
    const page = await app.browser.newPage();

    // ── The administrator of Bawaslu Kota Serang creates a violation-handling staff user ──
    await signIn(page, app.server.url, 'kota-serang.administrator');
    const secret = await page.getByTestId('totp-secret').getAttribute('data-secret', { timeout: 20_000 });
    await page.getByTestId('totp-code').fill(totpCode(secret!));
    await page.getByTestId('totp-submit').click();
    await page.waitForURL(/\/konsol$/);
    await page.goto(`${app.server.url}/konsol/pengguna/baru`);
    const username = `e2e.penanganan.${Date.now().toString(36)}`;
    const password = 'kata-sandi-uji-e2e';
    await page.getByTestId('user-username').fill(username);
    await page.getByTestId('user-displayName').fill('Petugas Penanganan E2E');
    // The office is searched as one types (a province holds more offices than one list shows).
    await page.getByTestId('user-office').click();
    await page.getByTestId('user-office').fill('serang kota bawaslu');
    await expect.poll(() => page.getByRole('option').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Bawaslu Kota Serang/)]);
    await page.getByRole('option', { name: /^Bawaslu Kota Serang/ }).click();
    await page.getByTestId('user-role').click();
    await page.getByRole('option', { name: /penanganan/i }).first().click();
    await page.getByTestId('user-password').fill(password);
    await page.getByTestId('user-submit').click();
    await page.getByTestId('user-created').waitFor({ timeout: 10_000 });
    await signOut(page);

    // ── The new staff user takes in the report ──
    await signIn(page, app.server.url, username, password);
    await page.waitForURL(/\/konsol/);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-new').click();
    await page.getByTestId('intake-tab-laporan').click();
    const now = Date.now();
    const today = wib(now).slice(0, 10);
    const yesterday = wib(now - 86_400_000).slice(0, 10);
    const fill = (id: string, value: string) => page.getByTestId(`intake-${id}`).fill(value);
    await fill('reporter-name', 'Ahmad Fauzi');
    await fill('reporter-nik', '3673011205900001');
    await fill('reporter-birthPlace', 'Serang');
    await fill('reporter-birthDate', '1990-05-12');
    await page.getByTestId('intake-reporter-sex').click();
    await page.getByRole('option', { name: 'Laki-laki' }).click();
    await fill('reporter-occupation', 'Wiraswasta');
    await fill('reporter-phone', '081234567890');
    await fill('reporter-email', 'ahmad.fauzi@contoh.id');
    await fill('reporter-address', 'Jl. Ki Mas Jong No. 7, Kota Serang');
    // Brought to the counter by the reporter's kuasa, with a surat kuasa khusus.
    await page.getByTestId('intake-kuasa').check();
    await fill('reporter-representative-name', 'Hendra Gunawan, S.H.');
    await fill('reporter-representative-phone', '081399991234');
    await fill('reporter-representative-address', 'Jl. Veteran No. 3, Kota Serang');
    await fill('reporter-representative-powerOfAttorney', 'SKK/12/XI/2024 tanggal 9 November 2024');
    await fill('reportedParty-name', 'Budi Santoso');
    // The same civil servant the demo has two reports about (src/server/demo/demo-cases.ts).
    await fill('reportedParty-nip', '198203152006041003');
    await fill('reportedParty-agency', 'Dinas Pendidikan Kota Serang');
    await fill('reportedParty-position', 'Kepala Seksi');
    await fill('event-description', 'Terlapor membagikan ulang unggahan Instagram pasangan calon Wali Kota nomor urut 2 dengan ajakan memilih.');
    await fill('event-place', 'Instagram (akun pribadi terlapor)');
    await page.getByTestId('intake-event-regionCode').fill('Serang');
    await page.getByRole('option', { name: /^Serang \(36\.73\.01\)/ }).click();
    await fill('event-occurredOn', yesterday);
    await fill('event-knownOn', today);
    await page.getByTestId('intake-witnesses-add').click();
    await fill('witnesses-0-name', 'Siti Aminah');
    await fill('witnesses-0-phone', '081299990000');
    expect(await page.getByTestId('intake-witnesses-note').textContent()).toContain('disimpan tersegel');
    await page.getByTestId('intake-evidence-add').click();
    await fill('evidence-0-description', 'Tangkapan layar unggahan');
    await fill('chronology', 'Kemarin malam terlapor membagikan unggahan paslon; saya, Ahmad Fauzi, melihatnya hari ini.');
    await page.getByTestId('intake-submit').click();
    const receipt = (await page.getByTestId('intake-receipt').textContent({ timeout: 15_000 }))!;
    expect(receipt).toMatch(/36\.73/);

    // The tanda bukti, generated and downloaded at once.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('intake-receipt-pdf').click()]);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('intake-open-case').click();
    await page.waitForURL(/\/konsol\/perkara\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').at(-1)!;
    expect(await caseState(page)).toBe('diterima');
    // The kuasa is kept with the reporter's identity, shown only on request (and logged).
    await page.getByTestId('reporter-reveal').click();
    expect(await page.getByTestId('reporter-representative').textContent({ timeout: 10_000 })).toContain('Hendra Gunawan, S.H.');
    // So is the witness's phone: not in the case page until revealed (and logged).
    expect(await page.getByTestId('case-matter').textContent()).not.toContain('081299990000');
    expect(await page.getByTestId('case-matter').textContent()).toContain('saya, Ahmad Fauzi, melihatnya');
    expect(await page.getByTestId('case-redacted-note').count()).toBe(0);
    await page.getByTestId('party-contacts-reveal').click();
    expect(await page.getByTestId('party-contacts-list').textContent({ timeout: 10_000 })).toContain('Siti Aminah — 081299990000');
    expect(await page.locator('[data-testid=deadline-row][data-clock="kajianAwal"]').getAttribute('data-status')).toBe('tepat-waktu');
    // His earlier cases in Kota Serang, found by NIP, each a link to its page.
    await expect.poll(() => page.getByTestId('related-case').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.locator(`[data-testid=related-case][data-id="${caseId}"]`).count()).toBe(0);
    expect(await page.getByTestId('related-case').first().getByRole('link').getAttribute('href')).toMatch(/^\/konsol\/perkara\/[0-9a-f-]{36}$/);

    // ── Kajian awal: every requirement met, the form as PDF, then registration ──
    await act(page, 'mulai-kajian-awal');
    await expect.poll(() => caseState(page)).toBe('kajian-awal');
    const items = await page.getByTestId('checklist-item').all();
    expect(items.length).toBeGreaterThan(3);
    // Known today, filed today: the law engine's filing clock says in time, beside that requirement.
    const filingClock = page.locator('[data-item="tepat-waktu"] [data-testid=checklist-filing-clock]');
    expect(await filingClock.getAttribute('data-on-time')).toBe('true');
    expect(await filingClock.textContent()).toMatch(/^Menurut tenggat hukum: disampaikan tepat waktu \(batas [^()]+ \d{4}\)\.$/);
    for (const item of items) {
      const id = await item.getAttribute('data-item');
      await page.getByTestId(`checklist-result-${id}`).getByText('Memenuhi', { exact: true }).click();
    }
    await page.getByTestId('checklist-submit').click();
    await page.getByTestId('checklist-saved').waitFor({ timeout: 10_000 });
    await generatePdf(page, app.server.url, 'formulir-kajian-awal');

    // ── Evidence: a scanned letter (PDF) uploaded and read in the page's viewer ──
    await page.getByTestId('evidence-file').setInputFiles({ name: 'surat-edaran.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SCANNED_LETTER) });
    await page.getByTestId('evidence-label').fill('Surat edaran kepala dinas');
    await page.getByTestId('evidence-submit').click();
    const pdfRow = page.locator('[data-testid=evidence-row][data-media-type="application/pdf"]');
    await pdfRow.waitFor({ timeout: 10_000 });
    await expectShownInPage(page, () => pdfRow.getByTestId('evidence-view').click(), 'evidence-viewer');
    // The screenshot of the shared post, with where it was seen and when.
    const post = 'https://www.instagram.com/p/C8xYz12AbCd/';
    await page.getByTestId('evidence-file').setInputFiles({ name: 'unggahan.png', mimeType: 'image/png', buffer: Buffer.from(SCREENSHOT_PNG, 'base64') });
    await page.getByTestId('evidence-label').fill('Tangkapan layar unggahan yang dibagikan terlapor');
    await page.getByTestId('evidence-source').fill(post);
    await page.getByTestId('evidence-captured').fill(wib(now - 3_600_000).slice(0, 16));
    await page.getByTestId('evidence-submit').click();
    const shotRow = page.locator('[data-testid=evidence-row][data-media-type="image/png"]');
    expect(await shotRow.getByTestId('evidence-source-link').getAttribute('href', { timeout: 10_000 })).toBe(post);

    await act(page, 'registrasi');
    await expect.poll(() => page.getByTestId('case-register-number').textContent()).toMatch(/^\d{3}\/Reg\/LP\/PW\/Kota\/36\.73\//);
    const registerNumber = (await page.getByTestId('case-register-number').textContent())!;
    // The law requires telling the pelapor of the registration: owed until its letter is made,
    // which the notices panel offers to make.
    const owedStatus = page.locator('[data-testid=owed-notice][data-notice="pemberitahuan-status"][data-to="pelapor"]');
    await expect.poll(() => owedStatus.first().getAttribute('data-outcome')).toBe('belum');
    expect(await page.getByTestId('notices-owed').getAttribute('data-count')).toBe('1');
    await owedStatus.first().getByTestId('owed-notice-make').click();
    await expect.poll(() => owedStatus.first().getAttribute('data-outcome'), { timeout: 15_000 }).toBe('dibuat');
    expect(await owedStatus.first().getByTestId('owed-notice-document').textContent()).toMatch(/\/PS\/36\.73\//);
    // … and sends it to the e-mail address the pelapor gave.
    const statusRow = page.locator('[data-testid=doc-row][data-kind="pemberitahuan-status-laporan"]').first();
    await statusRow.getByTestId('doc-email').click();
    await statusRow.getByTestId('doc-emailed').waitFor({ timeout: 15_000 });
    expect(await owedStatus.first().getByTestId('owed-notice-document').textContent()).toContain('Dikirim ke surel pelapor');
    expect(smtp!.mails.map((m) => m.to)).toEqual([['ahmad.fauzi@contoh.id']]);
    expect(smtp!.mails[0]!.body).toMatch(/Content-Type: application\/pdf/i);
    // The letter also went by post: its delivery is recorded, and shown with the notice.
    await statusRow.getByTestId('doc-deliver').click();
    await page.getByTestId('delivery-method').click();
    await page.getByRole('option', { name: 'Pos' }).click();
    expect(await page.getByTestId('delivery-on').inputValue()).toBe(wib(Date.now()).slice(0, 10));
    await page.getByTestId('delivery-note').fill('Resi RR123456789ID');
    // Closed unsent (to look at the letter first), then opened again: what was typed is there.
    await page.keyboard.press('Escape');
    await page.getByTestId('delivery-form').waitFor({ state: 'detached' });
    await statusRow.getByTestId('doc-deliver').click();
    await page.getByTestId('draft-restored').waitFor({ timeout: 10_000 });
    expect([await page.getByTestId('delivery-method').inputValue(), await page.getByTestId('delivery-note').inputValue()]).toEqual(['Pos', 'Resi RR123456789ID']);
    await page.getByTestId('delivery-save').click();
    await statusRow.getByTestId('doc-delivered').waitFor({ timeout: 15_000 });
    expect(await statusRow.getByTestId('doc-delivered').textContent()).toContain('(Pos) · Resi RR123456789ID');
    expect(await owedStatus.first().getByTestId('owed-notice-delivered').textContent()).toContain('diterima');
    // The history names the e-mail and the delivery, without the note.
    const delivered = page.locator('[data-testid=timeline-row][data-action="case.document-delivered"]');
    await expect.poll(() => delivered.count(), { timeout: 10_000 }).toBe(1);
    expect(await delivered.textContent()).toMatch(/Penyampaian surat dicatat.*Pemberitahuan.*Pos/);
    expect(await delivered.textContent()).not.toContain('RR123456789ID');
    expect(await page.locator('[data-testid=timeline-row][data-action="case.document-emailed"]').textContent()).toContain('Dokumen dikirim ke surel pelapor');

    // ── Klarifikasi of the reported party, held earlier today ──
    await act(page, 'undang-klarifikasi', async () => {
      expect(await page.getByTestId('invite-name-0').inputValue()).toBe('Budi Santoso');
      // A saksi's invitation names a witness of the intake (the first not yet invited), or another.
      await page.getByTestId('invite-add').click();
      expect(await page.getByTestId('invite-witness-1').inputValue()).toBe('Saksi 1: Siti Aminah');
      expect(await page.getByTestId('invite-name-1').inputValue()).toBe('Siti Aminah');
      await page.getByTestId('invite-witness-1').click();
      await page.getByRole('option', { name: 'Saksi lain' }).click();
      expect(await page.getByTestId('invite-name-1').inputValue()).toBe('');
      await page.getByTestId('invite-name-1').fill('Rahmat Hidayat');
      await page.getByTestId('invite-witness-1').click();
      await page.getByRole('option', { name: 'Saksi 1: Siti Aminah' }).click();
      expect(await page.getByTestId('invite-name-1').inputValue()).toBe('Siti Aminah');
      await page.getByTestId('invite-remove-1').click();
      await page.getByTestId('invite-scheduledAt-0').fill(wib(Date.now() - 40 * 60_000).slice(0, 16));
    });
    await expect.poll(() => caseState(page)).toBe('klarifikasi');
    const owedInvitation = page.locator('[data-testid=owed-notice][data-notice="undangan-klarifikasi"][data-to="terlapor"]');
    expect(await owedInvitation.getAttribute('data-outcome')).toBe('belum');
    await generatePdf(page, app.server.url, 'undangan-klarifikasi');
    await expect.poll(() => owedInvitation.getAttribute('data-outcome')).toBe('dibuat');
    await page.getByTestId('invitation-record').click();
    await page.getByTestId('hearing-minutesRef').fill('BA/01/E2E');
    await page.getByTestId('hearing-summary').fill('Terlapor mengakui membagikan unggahan.');
    // A hearing cannot be recorded before it happened: the refusal says why, item by item.
    await page.getByTestId('hearing-heldAt').fill(wib(Date.now() + 3 * 3_600_000).slice(0, 16));
    await page.getByTestId('action-submit').click();
    await page.locator('[data-testid=action-error-missing] [data-key="heldAt.masa-depan"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('action-error').textContent()).toContain('tidak boleh setelah waktu sekarang');
    await page.getByTestId('hearing-heldAt').fill(wib(Date.now() - 10 * 60_000).slice(0, 16));
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-submit').waitFor({ state: 'detached', timeout: 15_000 });
    await generatePdf(page, app.server.url, 'berita-acara-klarifikasi');

    // ── Kajian, then the plenary ──
    await act(page, 'mulai-kajian');
    await act(page, 'catat-kajian', async () => {
      await page.getByTestId('kajian-facts').fill('Terlapor membagikan unggahan pasangan calon di akun Instagram pribadinya.');
      await page.getByTestId('kajian-acts').click();
      await page.getByRole('option', { name: /^skb2022\.4 —/ }).click();
      await page.getByTestId('kajian-facts').click(); // closes the act list
      await page.getByTestId('kajian-conclusion-pelanggaran').check();
      await page.getByTestId('kajian-type-peraturan-lain').check();
    });
    await generatePdf(page, app.server.url, 'kajian-dugaan-pelanggaran');
    await act(page, 'ajukan-pleno');
    await expect.poll(() => caseState(page)).toBe('pleno');
    // Only members decide in plenary: the staff user is not offered the decision.
    expect(await page.getByTestId('case-action-putus-pleno').count()).toBe(0);
    await signOut(page);

    // ── A member of Bawaslu Kota Serang records the plenary decision ──
    await signIn(page, app.server.url, 'kota-serang.pimpinan');
    await page.waitForURL(/\/konsol/);
    await page.goto(`${app.server.url}/konsol/perkara/${caseId}`);
    await act(page, 'putus-pleno', async () => {
      await page.getByTestId('pleno-member').first().check();
      await page.getByTestId('pleno-others').fill('Anggota Bawaslu Kota Serang');
      await page.getByTestId('pleno-others').press('Enter');
      await page.getByTestId('pleno-minutesRef').fill('BA-PLENO/01/E2E');
      await page.getByTestId('pleno-decision-pelanggaran').check();
      await page.getByTestId('pleno-type-peraturan-lain').check();
    });
    await expect.poll(() => caseState(page)).toBe('pelanggaran');
    await signOut(page);

    // ── Back to the staff user: forward to BKN, then the letter and the status notice ──
    await signIn(page, app.server.url, username, password);
    await page.waitForURL(/\/konsol/);
    await openFromInbox(page, app.server.url, caseId);
    await act(page, 'teruskan', async () => {
      expect(await page.getByTestId('forward-recipient').getAttribute('data-recipient')).toBe('BKN');
      await page.getByTestId('forward-letterRef').fill('012/PP.01/K.BT-13/E2E');
    });
    await expect.poll(() => caseState(page)).toBe('diteruskan');
    expect(await page.getByTestId('forwarding-row').first().getAttribute('data-recipient')).toBe('BKN');
    expect(await page.getByTestId('forwarding-row').first().textContent()).toContain('Badan Kepegawaian Negara');
    // The decision and the forwarding are owed to the pelapor and the terlapor.
    expect(await page.getByTestId('notices-owed').getAttribute('data-count')).toBe('4');
    await generatePdf(page, app.server.url, 'surat-penerusan');
    // The letter read in the page before it is sent.
    await expectShownInPage(page, () => page.locator('[data-testid=doc-row][data-kind="surat-penerusan"]').first().getByTestId('doc-view').click(), 'doc-viewer');
    await generatePdf(page, app.server.url, 'pemberitahuan-status-laporan');
    await expect.poll(() => page.getByTestId('notices-owed').getAttribute('data-count')).toBe('0');
    // This status notice goes to the pelapor and to the terlapor: its delivery to the terlapor,
    // handed over, is recorded for them alone.
    const lastStatus = page.locator('[data-testid=doc-row][data-kind="pemberitahuan-status-laporan"]').first();
    await lastStatus.getByTestId('doc-deliver').click();
    expect(await page.getByTestId('delivery-to').inputValue()).toBe('Pelapor');
    await page.getByTestId('delivery-to').click();
    await page.getByRole('option', { name: 'Terlapor' }).click();
    await page.getByTestId('delivery-save').click();
    await lastStatus.locator('[data-testid=doc-delivered][data-to=terlapor]').waitFor({ timeout: 15_000 });
    expect(await lastStatus.getByTestId('doc-delivered').count()).toBe(1);
    expect(await lastStatus.getByTestId('doc-delivered').textContent()).toMatch(/^Terlapor: Disampaikan .*\(Diserahkan langsung\)/);
    // Opened again, the form shows what is on file for the party chosen, not what was typed for another.
    await lastStatus.getByTestId('doc-deliver').click();
    expect(await page.getByTestId('delivery-to').inputValue()).toBe('Pelapor');
    await page.getByTestId('delivery-method').click();
    await page.getByRole('option', { name: 'Pos' }).click();
    await page.getByTestId('delivery-note').fill('belum dikirim');
    await page.getByTestId('delivery-to').click();
    await page.getByRole('option', { name: 'Terlapor' }).click();
    expect(await page.getByTestId('delivery-method').inputValue()).toBe('Diserahkan langsung');
    expect(await page.getByTestId('delivery-note').inputValue()).toBe('');
    await page.getByTestId('delivery-cancel').click();
    // The terlapor's status notices are delivered; of the pelapor's, only the registration's (by post, above).
    const statusNotices = (to: string) => page.locator(`[data-testid=owed-notice][data-notice="pemberitahuan-status"][data-to="${to}"]`);
    await expect.poll(() => statusNotices('terlapor').getByTestId('owed-notice-delivered').count(), { timeout: 10_000 }).toBe(2);
    expect(await statusNotices('terlapor').count()).toBe(2);
    expect(await statusNotices('pelapor').getByTestId('owed-notice-delivered').count()).toBe(1);
    await expect.poll(() => page.getByTestId('timeline-row').count()).toBeGreaterThan(15);

    // The status notice is on the public board, without sign-in.
    await signOut(page);
    await page.goto(`${app.server.url}/pengumuman?kantor=kota-serang`);
    // Both notices of the case, newest first, each with the status it announced.
    const boardRows = page.locator(`[data-testid=notice-row][data-case="${registerNumber}"]`);
    await expect.poll(() => boardRows.count(), { timeout: 10_000 }).toBe(2);
    expect(await boardRows.nth(0).getByTestId('notice-status').textContent()).toMatch(/diteruskan/i);
    expect(await boardRows.nth(1).getByTestId('notice-status').textContent()).toBe('Diregistrasi');

    // ── A data officer of Kota Serang reads the case but not the reporter: the receipt, which
    // prints the reporter's identity, is listed without a way to open it; the other PDFs open ──
    await signIn(page, app.server.url, 'kota-serang.datin');
    await page.waitForURL(/\/konsol/);
    // The console's home counts the cases owing a notice letter, as the inbox filter lists them.
    await expect.poll(() => page.getByTestId('dashboard-notices-count').getAttribute('data-count'), { timeout: 10_000 }).toMatch(/^\d+$/);
    const owingCount = Number(await page.getByTestId('dashboard-notices-count').getAttribute('data-count'));
    const owingList = await page.request.get(`${app.server.url}/api/v1/cases?notices=belum&limit=200`);
    expect(owingCount).toBe(((await owingList.json()) as { total: number }).total);
    expect(owingCount).toBeGreaterThan(0); // the demo's cases owe some
    await page.goto(`${app.server.url}/konsol/perkara/${caseId}`);
    const receiptRow = page.locator('[data-testid=doc-row][data-kind="tanda-bukti-penyampaian-laporan"]').first();
    expect(await receiptRow.getByTestId('doc-personal-data').textContent({ timeout: 10_000 })).toContain('hanya untuk peran yang berwenang');
    expect(await receiptRow.getByTestId('doc-download').count()).toBe(0);
    expect(await page.getByTestId('reporter-reveal').count()).toBe(0);
    // The pelapor's name in their own chronology is withheld too, and the page says why.
    expect(await page.getByTestId('case-matter').textContent()).toContain('saya, [disamarkan], melihatnya');
    expect(await page.getByTestId('case-redacted-note').textContent()).toContain('peran Anda tidak berwenang');
    expect(await page.getByTestId('party-contacts-restricted').textContent()).toContain('hanya peran yang berwenang');
    expect(await page.getByTestId('party-contacts-reveal').count()).toBe(0);
    const letterHref = await page.locator('[data-testid=doc-row][data-kind="surat-penerusan"]').first().getByTestId('doc-download').getAttribute('href');
    expect((await page.request.get(`${app.server.url}${letterHref}`)).status()).toBe(200);
    await signOut(page);

    // ── Bawaslu Kota Cilegon cannot see the case ──
    await signIn(page, app.server.url, 'kota-cilegon.penanganan');
    await page.waitForURL(/\/konsol/);
    await page.goto(`${app.server.url}/konsol/perkara?open=all`);
    await page.locator('[data-testid=cases-table], [data-testid=cases-none]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator(`[data-testid=case-row][data-id="${caseId}"]`).count()).toBe(0);
    await page.goto(`${app.server.url}/konsol/perkara/${caseId}`);
    await page.getByTestId('not-found').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('case-state').count()).toBe(0);
    await page.close();
  }, 300_000);
});
