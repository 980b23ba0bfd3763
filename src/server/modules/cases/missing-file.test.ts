// A file the database cites but this node's blob store does not hold (lost from the disk, or kept
// on another node's own disk while several nodes serve): every route that serves or sends it
// answers with a clear error before a byte or a header of the file goes out, and changes nothing.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { multipartForm, pngOf } from '../../test/multipart.js';
import { startSmtp, type TestSmtp } from '../../test/smtp.js';

const blobDir = mkdtempSync(path.join(os.tmpdir(), 'netra-missing-blobs-'));
let t: TestApp;
let smtp: TestSmtp;
let staff: Session;
let officeCode: string;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await testApp({ config: { blobDir, smtp: { url: smtp.url, from: 'Bawaslu Kota Serang <netra@bawaslu.test>' } } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji berkas hilang)' });
  officeCode = office.code;
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
});
afterAll(async () => {
  await t.app.close();
  await smtp.close();
  rmSync(blobDir, { recursive: true, force: true });
});

/** Every sealed object of `sha256` under the store's directory, removed (as a lost disk would). */
function lose(sha256: string): void {
  const dir = path.join(blobDir, sha256.slice(0, 2), sha256.slice(2, 4));
  const names = readdirSync(dir).filter((n) => n.startsWith(sha256));
  expect(names).toEqual([`${sha256}.s1`]);
  for (const n of names) rmSync(path.join(dir, n));
}

describe('a stored file missing from the blob store', () => {
  it('is answered with FILE_UNAVAILABLE in both languages by every route that serves or sends it, and changes nothing', async () => {
    const body = laporanBody();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: { ...body, reporter: { ...body.reporter, email: 'pelapor@contoh.id' } } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    for (const [action, payload] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()], ['registrasi', {}]] as const) {
      const r = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
      expect(r.statusCode, r.body).toBe(200);
    }
    const { payload, contentType } = multipartForm({ label: 'Tangkapan layar' }, { name: 'layar.png', type: 'image/png', body: pngOf('tangkapan layar yang akan hilang') });
    const ev = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/evidence`, headers: { ...staff.headers, 'content-type': contentType }, payload });
    expect(ev.statusCode, ev.body).toBe(201);
    const notice = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'pemberitahuan-status-laporan' } });
    expect(notice.statusCode, notice.body).toBe(201);
    const board = (await t.app.inject({ url: `/api/v1/public/notices?office=${officeCode}&limit=100` })).json().items as { documentId: string }[];
    expect(board.map((n) => n.documentId)).toContain(notice.json().id);

    const urls = {
      evidence: `/api/v1/cases/${id}/evidence/${ev.json().id}/file`,
      document: `/api/v1/cases/${id}/documents/${notice.json().id}/file`,
      viewer: `/api/v1/cases/${id}/documents/${notice.json().id}/file?tampil=1`,
      board: `/api/v1/public/notices/${notice.json().id}/file`,
    };
    // Served while the store holds them.
    for (const url of Object.values(urls)) {
      const res = await t.app.inject({ url, headers: staff.headers });
      expect(res.statusCode, url).toBe(200);
    }

    lose(ev.json().sha256 as string);
    lose(notice.json().sha256 as string);
    const timelineBefore = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items.length as number;

    for (const [what, url] of Object.entries(urls)) {
      const res = await t.app.inject({ url, headers: staff.headers });
      expect(res.statusCode, what).toBe(503);
      expect(res.headers['content-type'], what).toMatch(/^application\/json/);
      expect(res.headers['content-disposition'], what).toBeUndefined();
      expect(res.json().error, what).toMatchObject({ code: 'FILE_UNAVAILABLE', message: expect.stringContaining('tidak ada di penyimpanan server ini') });
    }
    const english = await t.app.inject({ url: urls.board, headers: { 'accept-language': 'en' } });
    expect(english.json().error.message).toContain("not in this server's storage");

    // Nothing is mailed, nor recorded as e-mailed.
    const sent = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents/${notice.json().id}/email`, headers: staff.headers });
    expect(sent.statusCode, sent.body).toBe(503);
    expect(sent.json().error.code).toBe('FILE_UNAVAILABLE');
    expect(smtp.mails.filter((m) => m.to.includes('pelapor@contoh.id'))).toEqual([]);
    const view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(view.documents.find((d: { id: string }) => d.id === notice.json().id).emailedAt).toBeNull();
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string }[];
    expect(timeline.length).toBe(timelineBefore);
  });
});
