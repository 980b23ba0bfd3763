// A letter to the pelapor sent to their e-mail address from the case page, through a real SMTP
// server on loopback: the PDF arrives as it is stored, the send is audited without the address,
// and every refusal (role, letter, no address, no SMTP, a refusing server) sends and records nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { startSmtp, type Mail, type TestSmtp } from '../../test/smtp.js';

let smtp: TestSmtp;
let received: Mail[];
let t: TestApp;
let staff: Session;
let datin: Session;
let cilegon: Session;
const EMAIL = 'ahmad.fauzi@contoh.id';

beforeAll(async () => {
  // The mail server refuses the `tolak…` mailboxes, as a full or mistyped one would be refused.
  smtp = await startSmtp({ refuse: (address) => address.startsWith('tolak') });
  received = smtp.mails;
  t = await testApp({ config: { smtp: { url: smtp.url, from: 'Bawaslu Kota Serang <netra@bawaslu.test>' } } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
  cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
});
afterAll(async () => {
  await t.app.close();
  await smtp.close();
});

/** A registered laporan with a status notice made; `email` is the pelapor's address, if any. */
async function registeredWithNotice(email: string | undefined) {
  const body = laporanBody();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: { ...body, reporter: { ...body.reporter, ...(email ? { email } : {}) } } });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  for (const [action, payload] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()], ['registrasi', {}]] as const) {
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
    expect(r.statusCode, r.body).toBe(200);
  }
  const made = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'pemberitahuan-status-laporan' } });
  expect(made.statusCode, made.body).toBe(201);
  return { id, doc: made.json() as { id: string; number: string; sha256: string } };
}
const send = (s: Session, id: string, docId: string, lang = 'id') => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents/${docId}/email`, headers: { ...s.headers, 'accept-language': lang } });
const view = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
const audits = async (id: string) =>
  ((await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string; summary: unknown }[]).filter((i) => i.action === 'case.document-emailed');

/** The PDF attached to a raw MIME message (base64), decoded. */
function attachedPdf(raw: string): Buffer {
  const part = raw.split(/\r?\n--/).find((p) => /Content-Type: application\/pdf/i.test(p));
  if (!part) throw new Error('no PDF attached');
  return Buffer.from(part.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, ''), 'base64');
}

describe('a letter e-mailed to the pelapor', () => {
  it('sends the stored PDF to the address they gave, marks the letter and its notice, and audits it without the address', async () => {
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: staff.headers })).json();
    expect(me.user.features).toEqual({ email: true });
    const { id, doc } = await registeredWithNotice(EMAIL);
    const before = received.length;
    const res = await send(staff, id, doc.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(received.length).toBe(before + 1);
    const mail = received.at(-1)!;
    expect(mail.to).toEqual([EMAIL]);
    expect(mail.body).toContain(doc.number);
    const pdf = attachedPdf(mail.body);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.sha256);

    const v = await view(id);
    expect(v.documents.find((d: { id: string }) => d.id === doc.id).emailedAt).toBe(res.json().emailedAt);
    expect(v.notices[0]).toMatchObject({ notice: 'pemberitahuan-status', to: 'pelapor', outcome: 'dibuat', document: { id: doc.id, emailedAt: res.json().emailedAt } });
    const logged = await audits(id);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.summary).toMatchObject({ documentId: doc.id, to: 'pelapor', reporterIdentityUsed: true });
    expect(JSON.stringify(logged[0])).not.toContain(EMAIL);
  });

  it('refuses a role that may not read the pelapor, another regency, a letter not to the pelapor and a pelapor without an address, sending nothing', async () => {
    const { id, doc } = await registeredWithNotice(EMAIL);
    const before = received.length;
    expect((await send(datin, id, doc.id)).statusCode).toBe(403);
    expect((await send(cilegon, id, doc.id)).statusCode).toBe(404);
    const form = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'formulir-kajian-awal' } });
    const notForPelapor = await send(staff, id, form.json().id, 'en');
    expect(notForPelapor.statusCode).toBe(409);
    expect(notForPelapor.json().error).toMatchObject({ code: 'DOCUMENT_NOT_FOR_REPORTER', message: 'This document is not addressed to the pelapor.' });

    const silent = await registeredWithNotice(undefined);
    const noAddress = await send(staff, silent.id, silent.doc.id);
    expect(noAddress.statusCode).toBe(409);
    expect(noAddress.json().error).toMatchObject({ code: 'NO_REPORTER_EMAIL', message: expect.stringContaining('Pelapor tidak memberikan alamat surel') });
    expect(received.length).toBe(before);
    expect(await audits(id)).toEqual([]);
    expect((await view(silent.id)).documents.every((d: { emailedAt: string | null }) => d.emailedAt === null)).toBe(true);
  });

  it('marks each letter to the pelapor on the page, a remade invitation too, and sends that version', async () => {
    const { id, doc } = await registeredWithNotice(EMAIL);
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/actions/undang-klarifikasi`,
      headers: staff.headers,
      payload: {
        invitations: [
          { party: 'pelapor', name: 'Ahmad Fauzi', scheduledAt: '2030-01-07T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
          { party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2030-01-07T10:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
        ],
      },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const [toPelapor, toTerlapor] = invited.json().invitations as { id: string }[];
    const invite = async (invitationId: string) => {
      const r = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'undangan-klarifikasi', invitationId } });
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: string; version: number; toPelapor: boolean };
    };
    const first = await invite(toPelapor!.id);
    const remade = await invite(toPelapor!.id);
    const terlapor = await invite(toTerlapor!.id);
    expect([first.toPelapor, remade.version, remade.toPelapor, terlapor.toPelapor]).toEqual([true, 2, true, false]);
    const marks = Object.fromEntries((await view(id)).documents.map((d: { id: string; toPelapor: boolean }) => [d.id, d.toPelapor]));
    expect(marks).toEqual({ [doc.id]: true, [first.id]: true, [remade.id]: true, [terlapor.id]: false });

    const before = received.length;
    const res = await send(staff, id, remade.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(received.length).toBe(before + 1);
    expect((await send(staff, id, terlapor.id)).json().error.code).toBe('DOCUMENT_NOT_FOR_REPORTER');
  });

  it('shows the letter as sent in the page the next action answers, not the page cached before the send', async () => {
    const { id, doc } = await registeredWithNotice(EMAIL);
    // An action first, so this process holds the case as it was before the send.
    const invite = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2030-01-07T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };
    const before = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/undang-klarifikasi`, headers: staff.headers, payload: invite });
    expect(before.json().documents.find((d: { id: string }) => d.id === doc.id).emailedAt).toBeNull();
    const sent = await send(staff, id, doc.id);
    expect(sent.statusCode, sent.body).toBe(200);
    const next = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/undang-klarifikasi`, headers: staff.headers, payload: invite });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().documents.find((d: { id: string }) => d.id === doc.id).emailedAt).toBe(sent.json().emailedAt);
    expect(next.json().notices.find((n: { document: { id: string } | null }) => n.document?.id === doc.id).document.emailedAt).toBe(sent.json().emailedAt);
  });

  it('records nothing when the mail server refuses the address', async () => {
    const { id, doc } = await registeredWithNotice('tolak.saya@contoh.id');
    const res = await send(staff, id, doc.id);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('EMAIL_FAILED');
    expect((await view(id)).documents.find((d: { id: string }) => d.id === doc.id).emailedAt).toBeNull();
    expect(await audits(id)).toEqual([]);
  });
});

describe('without SMTP', () => {
  it('says e-mail is not set up, in both languages, and the session says so too', async () => {
    const bare = await testApp();
    try {
      const office = await makeOffice(bare.deps.db, { regionCode: '36.73' });
      const s = await signIn(bare.app, await makeUser(bare.deps.db, { office, role: 'penanganan' }));
      expect((await bare.app.inject({ url: '/api/v1/auth/me', headers: s.headers })).json().user.features).toEqual({ email: false });
      const body = laporanBody();
      const c = await bare.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: { ...body, reporter: { ...body.reporter, email: EMAIL } } });
      const id = c.json().id as string;
      const receipt = await bare.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: s.headers, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
      expect(receipt.statusCode, receipt.body).toBe(201);
      const res = await bare.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents/${receipt.json().id}/email`, headers: { ...s.headers, 'accept-language': 'en' } });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'EMAIL_NOT_CONFIGURED', message: expect.stringContaining('NETRA_SMTP_URL') });
    } finally {
      await bare.app.close();
    }
  });
});
