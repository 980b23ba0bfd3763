// The address and phone of the saksi and the terlapor are personal data (decision 008): they leave
// the case record at intake, are stored sealed, and are read only by roles that may read the
// reporter, each read in the audit log. The case page, the list and the history carry the names
// only. Migration 0017 moves them out of cases taken in before, and start-up seals them. (And a
// kuasa kept in the intake by an older version is withheld like the reporter.)
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '../../db/client.js';
import { isSealed } from '../../crypto/sealed-data.js';
import { sealStoredPersonalData } from '../../crypto/seal-stored.js';
import { buildApp } from '../../http/app.js';
import { makeDeps } from '../../http/deps.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import type { OfficeRow } from '../offices/offices.repository.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { pdfText } from '../../test/pdf-text.js';
import { isolatedDatabase, testApp, testConfig, type TestApp } from '../../test/harness.js';

const WITNESS_PHONE = '081299990000';
const WITNESS_ADDRESS = 'Kp. Sukajaya RT 02 RW 05, Kota Serang';
const TERLAPOR_PHONE = '0812-7777-3333';
const TERLAPOR_ADDRESS = 'Perum Taman Banten Lestari Blok C2';
const PRIVATE = [WITNESS_PHONE, WITNESS_ADDRESS, TERLAPOR_PHONE, TERLAPOR_ADDRESS];

const withContacts = () =>
  laporanBody({
    reportedParty: { ...laporanBody().reportedParty, address: TERLAPOR_ADDRESS, phone: TERLAPOR_PHONE },
    witnesses: [{ name: 'Siti Aminah', address: WITNESS_ADDRESS, phone: WITNESS_PHONE }, { name: 'Joko Susilo' }],
  });

const expectedContacts = {
  witnesses: [{ name: 'Siti Aminah', address: WITNESS_ADDRESS, phone: WITNESS_PHONE }, { name: 'Joko Susilo' }],
  reportedParty: { name: 'Budi Santoso', address: TERLAPOR_ADDRESS, phone: TERLAPOR_PHONE },
};

describe('contacts of the saksi and the terlapor', () => {
  let t: TestApp;
  let staff: Session; // penanganan: may read personal data
  let datin: Session; // reads cases, not personal data
  let foreign: Session; // Kota Cilegon
  let staffOffice: OfficeRow;
  let caseId: string;
  let receiptNumber: string;
  beforeAll(async () => {
    t = await testApp();
    const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
    staffOffice = office;
    staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
    datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
    foreign = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: withContacts() });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
    receiptNumber = created.json().receiptNumber;
  });
  afterAll(() => t.app.close());

  const contacts = (s: Session, id = caseId, lang = 'id') => t.app.inject({ url: `/api/v1/cases/${id}/contacts`, headers: { ...s.headers, 'accept-language': lang } });
  const reads = async (id = caseId) =>
    rowsOf<{ actor: string }>(await t.deps.db.execute(sql`select actor_label as actor from audit_log where entity_id = ${id} and action = 'case.contacts-read' order by id`));

  it('leaves the case page, the list and the stored record with the names only', async () => {
    for (const s of [staff, datin]) {
      const page = await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: s.headers });
      expect(page.statusCode).toBe(200);
      const view = page.json();
      expect(view.hasContacts).toBe(true);
      expect(view.intake.witnesses).toEqual([{ name: 'Siti Aminah' }, { name: 'Joko Susilo' }]);
      expect(view.reportedParty).toMatchObject({ name: 'Budi Santoso', agency: 'Dinas Pendidikan Kota Serang' });
      for (const word of PRIVATE) expect(page.body).not.toContain(word);
    }
    // Found by its receipt number: on a database other tests share, the newest 50 may be theirs.
    const list = await t.app.inject({ url: `/api/v1/cases?limit=50&q=${encodeURIComponent(receiptNumber)}`, headers: datin.headers });
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(caseId);
    for (const word of PRIVATE) expect(list.body).not.toContain(word);
    // An action's answer is the case page too.
    const act = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/actions/mulai-kajian-awal`, headers: staff.headers, payload: {} });
    expect(act.statusCode, act.body).toBe(200);
    for (const word of PRIVATE) expect(act.body).not.toContain(word);

    const [row] = rowsOf<{ facts: string; reported: string; contacts: string }>(
      await t.deps.db.execute(sql`select c.facts::text as facts, c.reported::text as reported, k.contacts from cases c join case_contacts k on k.case_id = c.id where c.id = ${caseId}`),
    );
    expect(isSealed(row!.contacts)).toBe(true);
    for (const word of PRIVATE) {
      expect(row!.facts).not.toContain(word);
      expect(row!.reported).not.toContain(word);
      expect(row!.contacts).not.toContain(word);
    }
  });

  it('are read by a role that may read personal data, and every read is in the audit log and the history', async () => {
    const first = await contacts(staff);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual(expectedContacts);
    await contacts(staff);
    expect(await reads()).toHaveLength(2);
    const history = await t.app.inject({ url: `/api/v1/cases/${caseId}/timeline`, headers: datin.headers });
    expect(history.json().items.filter((i: { action: string }) => i.action === 'case.contacts-read')).toHaveLength(2);
    for (const word of PRIVATE) expect(history.body).not.toContain(word);
  });

  it('are refused to a role that may not read personal data, in both languages, and to another office', async () => {
    const before = (await reads()).length;
    for (const lang of ['id', 'en']) {
      const refused = await contacts(datin, caseId, lang);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
      for (const word of PRIVATE) expect(refused.body).not.toContain(word);
    }
    expect((await contacts(datin, caseId, 'en')).json().error.message).toMatch(/permission|not allowed|may not/i);
    expect((await contacts(foreign)).statusCode).toBe(404);
    expect(await reads()).toHaveLength(before);
  });

  it("addresses a saksi's invitation to the address on file: personal data, made with it only by roles that may read contacts, each download logged as a read of them", async () => {
    const field = await signIn(t.app, await makeUser(t.deps.db, { office: staffOffice, role: 'pengawas' }));
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: withContacts() })).json().id as string;
    const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
    await act('mulai-kajian-awal');
    await act('nilai-syarat', allRequirementsMet());
    await act('registrasi');
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const invited = await act('undang-klarifikasi', {
      invitations: [
        // typed with other spacing and case than at intake: still the same saksi
        { party: 'saksi', name: 'siti  Aminah ', scheduledAt: at, place: 'Kantor Bawaslu Kota Serang' },
        { party: 'saksi', name: 'Joko Susilo', scheduledAt: at, place: 'Kantor Bawaslu Kota Serang' },
      ],
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const [siti, joko] = invited.json().invitations.map((i: { id: string }) => i.id) as [string, string];
    const make = (s: Session, invitationId: string) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: s.headers, payload: { kind: 'undangan-klarifikasi', invitationId } });
    const file = (s: Session, docId: string) => t.app.inject({ url: `/api/v1/cases/${id}/documents/${docId}/file`, headers: s.headers });

    const toSiti = await make(staff, siti);
    expect(toSiti.json()).toMatchObject({ personalData: true });
    const letter = await file(staff, toSiti.json().id);
    expect(letter.statusCode).toBe(200);
    const text = pdfText(letter.rawPayload);
    if (text !== undefined) {
      expect(text).toContain(WITNESS_ADDRESS);
      expect(text).not.toContain(WITNESS_PHONE);
    }
    expect(await reads(id)).toHaveLength(1); // the download, as a read of the contacts
    expect((await file(datin, toSiti.json().id)).statusCode).toBe(403);
    expect(await reads(id)).toHaveLength(1);
    const generated = rowsOf<{ contactsUsed: boolean; personalData: boolean }>(
      await t.deps.db.execute(sql`select (summary->>'contactsUsed')::boolean as "contactsUsed", (summary->>'personalData')::boolean as "personalData" from audit_log where entity_id = ${id} and action = 'case.document-generated' order by id`),
    );
    expect(generated).toEqual([{ contactsUsed: true, personalData: true }]);

    // A saksi without an address on file, and a field supervisor, who may not read contacts: the
    // letter is made without an address, open to every reader of the case.
    const toJoko = await make(staff, joko);
    expect(toJoko.json().personalData).toBe(false);
    const byField = await make(field, siti);
    expect(byField.statusCode, byField.body).toBe(201);
    expect(byField.json().personalData).toBe(false);
    const plain = await file(datin, byField.json().id);
    expect(plain.statusCode).toBe(200);
    const plainText = pdfText(plain.rawPayload);
    if (plainText !== undefined) {
      expect(plainText).toContain('siti Aminah');
      expect(plainText).not.toContain(WITNESS_ADDRESS);
    }
  });

  it('two saksi of one name: each invitation goes to the address of the witness it names by number; by name alone, to none; a wrong number is refused', async () => {
    const SECOND_ADDRESS = 'Jl. Veteran No. 9, Kota Serang';
    const body = laporanBody({ witnesses: [{ name: 'Siti Aminah', address: WITNESS_ADDRESS }, { name: 'Joko Susilo' }, { name: 'SITI AMINAH', address: SECOND_ADDRESS }] });
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: body })).json().id as string;
    const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: { ...staff.headers, 'accept-language': 'id' }, payload });
    await act('mulai-kajian-awal');
    await act('nilai-syarat', allRequirementsMet());
    await act('registrasi');
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const saksi = (name: string, witness?: number) => ({ party: 'saksi', name, scheduledAt: at, place: 'Kantor Bawaslu Kota Serang', ...(witness !== undefined ? { witness } : {}) });

    // Numbers that name no witness, or another one, or a party that is not a saksi: refused, nothing written.
    const version = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json().version;
    for (const [invitation, code, message] of [
      [saksi('Siti Aminah', 3), 'VALIDATION_FAILED', 'hanya menyebut 3 saksi'],
      [saksi('Siti Aminah', 1), 'VALIDATION_FAILED', 'bernama Joko Susilo, bukan Siti Aminah'],
      [{ ...saksi('Budi Santoso'), party: 'terlapor', witness: 0 }, 'INVALID_PAYLOAD', 'Nomor saksi hanya untuk undangan kepada saksi'],
    ] as const) {
      const refused = await act('undang-klarifikasi', { invitations: [invitation] });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.code).toBe(code);
      expect(refused.body).toContain('invitations.0.witness');
      expect(refused.body).toContain(message);
    }
    const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect({ version: page.version, invitations: page.invitations }).toEqual({ version, invitations: [] });

    const invited = await act('undang-klarifikasi', { invitations: [saksi('Siti Aminah', 2), saksi('Siti Aminah', 0), saksi('Siti Aminah')] });
    expect(invited.statusCode, invited.body).toBe(200);
    const [second, first, unnumbered] = invited.json().invitations.map((i: { id: string }) => i.id) as [string, string, string];
    expect(invited.json().invitations.map((i: { witness: number | null }) => i.witness)).toEqual([2, 0, null]);
    const letterText = async (invitationId: string) => {
      const made = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'undangan-klarifikasi', invitationId } });
      expect(made.statusCode, made.body).toBe(201);
      return { personalData: made.json().personalData as boolean, text: pdfText((await t.app.inject({ url: `/api/v1/cases/${id}/documents/${made.json().id}/file`, headers: staff.headers })).rawPayload) };
    };
    const toSecond = await letterText(second);
    const toFirst = await letterText(first);
    const toEither = await letterText(unnumbered);
    expect([toSecond.personalData, toFirst.personalData, toEither.personalData]).toEqual([true, true, false]);
    if (toSecond.text !== undefined && toFirst.text !== undefined && toEither.text !== undefined) {
      expect(toSecond.text).toContain(SECOND_ADDRESS);
      expect(toSecond.text).not.toContain(WITNESS_ADDRESS);
      expect(toFirst.text).toContain(WITNESS_ADDRESS);
      expect(toFirst.text).not.toContain(SECOND_ADDRESS);
      expect(toEither.text).not.toContain(WITNESS_ADDRESS);
      expect(toEither.text).not.toContain(SECOND_ADDRESS);
    }
  });

  it('a kuasa an older version kept in the intake is withheld from roles that may not read the reporter', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
    await t.deps.db.execute(sql`update cases set facts = jsonb_set(facts, '{intake,representative}', '{"name": "Hendra Gunawan, S.H.", "powerOfAttorneyRef": "SKK/12"}'::jsonb), version = version + 1 where id = ${id}`);
    const page = (s: Session) => t.app.inject({ url: `/api/v1/cases/${id}`, headers: s.headers });
    expect((await page(staff)).json().intake.representative).toEqual({ name: 'Hendra Gunawan, S.H.', powerOfAttorneyRef: 'SKK/12' });
    const withheld = await page(datin);
    expect(withheld.json().intake.representative).toBeNull();
    expect(withheld.body).not.toContain('Hendra');
  });

  it('are not stored when none was given: no row, hasContacts false, and 404', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
    const id = created.json().id as string;
    expect((await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json()).toMatchObject({ hasContacts: false, intake: { witnesses: [{ name: 'Siti Aminah' }] } });
    expect(rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from case_contacts where case_id = ${id}`))[0]!.n).toBe(0);
    expect((await contacts(staff, id)).statusCode).toBe(404);
    expect(await reads(id)).toHaveLength(0);
  });
});

describe('reads of personal data, per user', () => {
  it('are limited to NETRA_PERSONAL_READS_PER_MINUTE, reveals, and making and downloading documents that print it, counted together, in both languages; another user is not held back', async () => {
    const t = await testApp({ config: { personalReadsPerMinute: 4 } });
    try {
      const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
      const users = [await makeUser(t.deps.db, { office, role: 'penanganan' }), await makeUser(t.deps.db, { office, role: 'pimpinan' })];
      const [one, two] = [await signIn(t.app, users[0]!), await signIn(t.app, users[1]!)];
      const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: one.headers, payload: withContacts() })).json().id as string;
      const receipt = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: one.headers, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
      expect(receipt.json().personalData).toBe(true);
      const read = (s: Session, what: string, lang = 'id') => t.app.inject({ url: `/api/v1/cases/${id}/${what}`, headers: { ...s.headers, 'accept-language': lang } });
      const download = `documents/${receipt.json().id}/file`;
      expect([(await read(one, 'contacts')).statusCode, (await read(one, 'reporter')).statusCode, (await read(one, download)).statusCode]).toEqual([200, 200, 200]);
      // Making the receipt read the identity (1), then the reveals (2, 3) and the download (4).
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: { ...one.headers, 'accept-language': 'en' }, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
      expect(again.statusCode).toBe(429);
      const documents = rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from documents where case_id = ${id}`))[0]!.n;
      expect(documents).toBe(1); // the refused one made nothing
      for (const what of ['contacts', 'reporter', download]) {
        const limited = await read(one, what, 'en');
        expect(limited.statusCode, what).toBe(429);
        expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/Too many requests/) });
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
        for (const word of PRIVATE) expect(limited.body).not.toContain(word);
        expect(limited.body).not.toContain('%PDF');
      }
      expect((await read(one, 'contacts')).json().error.message).toMatch(/Terlalu banyak permintaan/);
      expect((await read(two, 'contacts')).statusCode).toBe(200);
      expect((await read(two, download)).statusCode).toBe(200);
      const logged = rowsOf<{ action: string; n: number }>(
        await t.deps.db.execute(sql`select action, count(*)::int as n from audit_log where entity_id = ${id} and action in ('case.contacts-read', 'case.reporter-read') group by action order by action`),
      );
      // the refused reads read nothing and log nothing
      expect(logged).toEqual([{ action: 'case.contacts-read', n: 2 }, { action: 'case.reporter-read', n: 3 }]);
      // Nothing in the counters' table names the user: keys are keyed hashes.
      const keys = rowsOf<{ key: string }>(await t.deps.db.execute(sql`select key from rate_limits`)).map((r) => r.key);
      expect(keys.length).toBeGreaterThan(0);
      for (const user of users) expect(keys.join(' ')).not.toContain(user.id);
    } finally {
      await t.app.close();
    }
  });
});

describe('migration 0017: contacts moved out of cases taken in before', () => {
  let db: Database;
  beforeAll(async () => {
    db = await isolatedDatabase();
    await db.db.execute(sql`insert into regions (code, name, level, parent_code, time_zone, search_name)
      values ('36', 'Banten', 1, null, 'WIB', 'banten'), ('36.73', 'Kota Serang', 2, '36', 'WIB', 'kota serang')`);
  });
  afterAll(() => db.close());

  it('copies the contacts apart, strips them from the record, and start-up seals them; a case without any is left alone', async () => {
    const office = await makeOffice(db.db, { regionCode: '36.73' });
    const staffUser = await makeUser(db.db, { office, role: 'penanganan' });
    // Two cases as an older version stored them: the contacts inside the intake and `reported`.
    const app = await buildApp(makeDeps({ db: db.db, config: testConfig() }));
    await app.ready();
    try {
      const staff = await signIn(app, staffUser);
      const ids: string[] = [];
      for (const body of [withContacts(), laporanBody()]) ids.push((await app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: body })).json().id);
      const [withIt, without] = ids as [string, string];
      const old = withContacts();
      await db.db.execute(sql`delete from case_contacts`);
      await db.db.execute(sql`update cases set facts = jsonb_set(facts - 'hasContacts', '{intake}', (facts->'intake') || ${JSON.stringify({ witnesses: old.witnesses, reportedParty: old.reportedParty })}::jsonb),
        reported = ${JSON.stringify(old.reportedParty)}::jsonb where id = ${withIt}`);
      const versionOf = async (id: string) => rowsOf<{ version: number }>(await db.db.execute(sql`select version from cases where id = ${id}`))[0]!.version;
      const before = { withIt: await versionOf(withIt), without: await versionOf(without) };
      const untouched = rowsOf<{ facts: string }>(await db.db.execute(sql`select facts::text as facts from cases where id = ${without}`))[0]!.facts;

      // The data steps of the migration (the table is there already).
      const migration = readFileSync(new URL('../../db/migrations/0017_party_contacts.sql', import.meta.url), 'utf8');
      const steps = migration.split('--> statement-breakpoint').map((s) => s.trim()).filter((s) => /^(INSERT|UPDATE)/.test(s));
      expect(steps).toHaveLength(2);
      for (const step of steps) await db.db.execute(sql.raw(step));

      const [moved] = rowsOf<{ contacts: string; facts: string; reported: string }>(
        await db.db.execute(sql`select k.contacts, c.facts::text as facts, c.reported::text as reported from case_contacts k join cases c on c.id = k.case_id`),
      );
      expect(JSON.parse(moved!.contacts)).toEqual(expectedContacts); // plaintext until start-up
      for (const word of PRIVATE) {
        expect(moved!.facts).not.toContain(word);
        expect(moved!.reported).not.toContain(word);
      }
      expect(await versionOf(withIt)).toBe(before.withIt + 1); // a cached copy is no longer current
      expect(rowsOf<{ facts: string }>(await db.db.execute(sql`select facts::text as facts from cases where id = ${without}`))[0]!.facts).toBe(untouched);
      expect(await versionOf(without)).toBe(before.without);

      const deps = makeDeps({ db: db.db, config: testConfig() });
      expect((await sealStoredPersonalData(db.db, deps.sealer)).sealed.contacts).toBe(1);
      const [sealed] = rowsOf<{ contacts: string }>(await db.db.execute(sql`select contacts from case_contacts`));
      expect(isSealed(sealed!.contacts)).toBe(true);

      const page = (await app.inject({ url: `/api/v1/cases/${withIt}`, headers: staff.headers })).json();
      expect(page).toMatchObject({ hasContacts: true, intake: { witnesses: [{ name: 'Siti Aminah' }, { name: 'Joko Susilo' }] } });
      expect(page.reportedParty.phone).toBeUndefined();
      expect((await app.inject({ url: `/api/v1/cases/${withIt}/contacts`, headers: staff.headers })).json()).toEqual(expectedContacts);
    } finally {
      await app.close();
    }
  });
});
