import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { pdfText } from '../../test/pdf-text.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { multipartForm, pngOf } from '../../test/multipart.js';

let t: TestApp;
let staff: Session;
let foreign: Session;
let datin: Session; // reads cases, not the reporter
let caseId: string;
beforeAll(async () => {
  t = await testApp({ config: { evidenceMaxBytes: 64 * 1024 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  foreign = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
  caseId = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id;
});
afterAll(() => t.app.close());

const PNG = pngOf('tangkapan layar unggahan');

const upload = (s: Session, fields: Record<string, string>, file: { name: string; type: string; body: Buffer }, id = caseId) => {
  const { payload, contentType } = multipartForm(fields, file);
  return t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/evidence`, headers: { ...s.headers, 'content-type': contentType }, payload });
};

describe('evidence', () => {
  it('stores a screenshot of a post with its URL, capture time and SHA-256, and serves it back', async () => {
    const res = await upload(staff, { label: 'Tangkapan layar unggahan Instagram', sourceUrl: 'https://www.instagram.com/p/contoh', capturedAt: '2024-11-09T21:15:00+07:00' }, { name: 'layar.jpg', type: 'image/jpeg', body: PNG });
    expect(res.statusCode).toBe(201);
    // The client said JPEG; the bytes say PNG.
    expect(res.json()).toMatchObject({ mediaType: 'image/png', sha256: createHash('sha256').update(PNG).digest('hex'), sourceUrl: 'https://www.instagram.com/p/contoh' });
    const file = await t.app.inject({ url: `/api/v1/cases/${caseId}/evidence/${res.json().id}/file`, headers: staff.headers });
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    const view = (await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: staff.headers })).json();
    expect(view.evidence.map((e: { id: string }) => e.id)).toContain(res.json().id);
  });

  it('takes a file sent again to the same case as the evidence already there: 200, no second row, no second audit row', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
    const shot = pngOf('unggahan yang dikirim dua kali');
    const first = await upload(staff, { label: 'Tangkapan layar spanduk' }, { name: 'spanduk.png', type: 'image/png', body: shot }, id);
    expect(first.statusCode).toBe(201);
    expect(first.json().alreadyAttached).toBe(false);
    // Retried on a weak connection, and twice at once.
    const again = await Promise.all([0, 1].map(() => upload(staff, { label: 'Tangkapan layar spanduk (ulang)' }, { name: 'spanduk.png', type: 'image/png', body: shot }, id)));
    for (const res of again) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ...first.json(), alreadyAttached: true });
    }
    const view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(view.evidence.map((e: { id: string }) => e.id)).toEqual([first.json().id]);
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string }[];
    expect(timeline.filter((i) => i.action === 'case.evidence-added')).toHaveLength(1);
    // The same file on another case is that case's evidence.
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
    expect((await upload(staff, { label: 'Tangkapan layar spanduk' }, { name: 'spanduk.png', type: 'image/png', body: shot }, other)).statusCode).toBe(201);
  });

  it('refuses a file whose content is not evidence, and records nothing', async () => {
    const res = await upload(staff, { label: 'Bukan bukti' }, { name: 'foto.png', type: 'image/png', body: Buffer.from('MZ\x90\x00 executable') });
    expect(res.statusCode).toBe(415);
    const view = (await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: staff.headers })).json();
    expect(view.evidence.some((e: { label: string }) => e.label === 'Bukan bukti')).toBe(false);
  });

  it('refuses a file over the configured limit with 413', async () => {
    const res = await upload(staff, { label: 'Video besar' }, { name: 'v.mp4', type: 'video/mp4', body: Buffer.concat([PNG, Buffer.alloc(70 * 1024)]) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('drops a NUL character from a label and keeps the evidence', async () => {
    const res = await upload(staff, { label: 'Tangkapan\u0000 layar' }, { name: 'layar.png', type: 'image/png', body: pngOf('tangkapan layar dengan NUL') });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().label).toBe('Tangkapan layar');
  });

  it('refuses a bad source URL with a field message, and a link that is not http(s)', async () => {
    for (const sourceUrl of ['bukan tautan', 'javascript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      const res = await upload(staff, { label: 'Tautan', sourceUrl }, { name: 'a.png', type: 'image/png', body: PNG });
      expect(res.statusCode, sourceUrl).toBe(400);
      expect(res.json().error.details[0]).toMatchObject({ path: 'body.sourceUrl', message: expect.stringContaining('https://') });
    }
    const view = (await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: staff.headers })).json();
    expect(view.evidence.some((e: { label: string }) => e.label === 'Tautan')).toBe(false);
  });

  it('does not let another regency upload to or read the case', async () => {
    expect((await upload(foreign, { label: 'x' }, { name: 'a.png', type: 'image/png', body: PNG })).statusCode).toBe(404);
  });

  it('shows a PDF in the case page viewer only when asked, framable by Netra alone; anything else stays an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% surat edaran\n%%EOF\n');
    const uploaded = await upload(staff, { label: 'Surat edaran' }, { name: 'surat.pdf', type: 'application/pdf', body: pdf });
    expect(uploaded.statusCode).toBe(201);
    const url = `/api/v1/cases/${caseId}/evidence/${uploaded.json().id}/file`;

    const shown = await t.app.inject({ url: `${url}?tampil=1`, headers: staff.headers });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.headers['content-disposition']).toMatch(/^inline; filename="bukti-[0-9a-f]{12}\.pdf"$/);
    expect(shown.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(shown.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(shown.rawPayload.equals(pdf)).toBe(true);

    const saved = await t.app.inject({ url, headers: staff.headers });
    expect(saved.headers['content-disposition']).toMatch(/^attachment; /);
    expect(saved.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    const image = (await upload(staff, { label: 'Foto' }, { name: 'foto.png', type: 'image/png', body: PNG })).json().id;
    const notShown = await t.app.inject({ url: `/api/v1/cases/${caseId}/evidence/${image}/file?tampil=1`, headers: staff.headers });
    expect(notShown.headers['content-disposition']).toMatch(/^attachment; /);
    expect(notShown.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    expect((await t.app.inject({ url: `${url}?tampil=ya`, headers: staff.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `${url}?tampil=1`, headers: foreign.headers })).statusCode).toBe(404);
  });
});

describe('evidence in the documents', () => {
  /** A new laporan through kajian awal with `label` uploaded, then its formulir kajian awal. */
  async function formCiting(fields: Record<string, string>) {
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
    const uploaded = await upload(staff, fields, { name: 'layar.png', type: 'image/png', body: PNG }, id);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
    expect((await act('mulai-kajian-awal')).statusCode).toBe(200);
    expect((await act('nilai-syarat', allRequirementsMet())).statusCode).toBe(200);
    const made = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'formulir-kajian-awal' } });
    expect(made.statusCode, made.body).toBe(201);
    return { id, doc: made.json() as { id: string; personalData: boolean } };
  }

  it("cite a post's link and the time it was seen beside its SHA-256", async () => {
    const { id, doc } = await formCiting({ label: 'Tangkapan layar unggahan Instagram', sourceUrl: 'https://www.instagram.com/p/C8xYz12AbCd/', capturedAt: '2024-11-09T21:15:00+07:00' });
    expect(doc.personalData).toBe(false);
    const file = await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.id}/file`, headers: staff.headers });
    expect(file.statusCode).toBe(200);
    const text = pdfText(file.rawPayload);
    if (text !== undefined) {
      expect(text).toContain(createHash('sha256').update(PNG).digest('hex'));
      expect(text).toContain('Sumber: https://www.instagram.com/p/C8xYz12AbCd/, dilihat Sabtu, 9 November 2024 pukul 21.15 WIB');
    }
  });

  it('make a document personal data when a label names the pelapor, as free text does', async () => {
    const { reporter } = laporanBody();
    const { id, doc } = await formCiting({ label: `Foto dari ponsel ${reporter.name}` });
    expect(doc.personalData).toBe(true);
    expect((await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.id}/file`, headers: datin.headers })).statusCode).toBe(403);
    // A label that does not name them leaves the form open to every reader of the case.
    const plain = await formCiting({ label: 'Foto unggahan' });
    expect(plain.doc.personalData).toBe(false);
    expect((await t.app.inject({ url: `/api/v1/cases/${plain.id}/documents/${plain.doc.id}/file`, headers: datin.headers })).statusCode).toBe(200);
  });
});
