// Decision 013 through the real app and database: the reporter's identity and TOTP secrets are
// stored sealed, read back opened for the roles that may see them, and what an older version
// stored in plaintext is sealed at start-up, once. A key that does not open the stored data stops
// the start before anything is written under it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laporanBody } from '../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, totpCode, type Session } from '../test/factories.js';
import { isolatedDatabase, testApp, type TestApp } from '../test/harness.js';
import { testSealer } from '../test/data-key.js';
import { rowsOf, type Database } from '../db/client.js';
import { findReporter } from '../modules/cases/cases.repository.js';
import { DataKeyMismatchError, sealStoredPersonalData } from './seal-stored.js';
import { contactsContext, createSealer, isSealed, keyIdOf, reporterContext, SealedDataError, totpContext } from './sealed-data.js';

const NIK = '3673011205900001';
const PHONE = '081299990000';
const NONE = { reporters: 0, contacts: 0, totpSecrets: 0, blobKey: 0 };
const NOTHING = { sealed: NONE, resealed: NONE, retiredKeys: [], unopened: [] };

describe('personal data sealed in the database', () => {
  const NOW = new Date('2024-11-10T05:00:00Z');
  let t: TestApp;
  let staff: Session;
  beforeAll(async () => {
    t = await testApp({ now: () => NOW });
    staff = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
  });
  afterAll(() => t.app.close());

  const storedIdentity = async (caseId: string) =>
    rowsOf<{ identity: string }>(await t.deps.db.execute(sql`select identity from case_reporters where case_id = ${caseId}`))[0]!.identity;

  it('stores the identity of a new laporan sealed, and the reporter endpoint opens it', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const stored = await storedIdentity(id);
    expect(isSealed(stored)).toBe(true);
    for (const word of ['Ahmad', 'Fauzi', NIK, 'Ki Mas Jong', '081234567890']) expect(stored).not.toContain(word);

    const read = await t.app.inject({ url: `/api/v1/cases/${id}/reporter`, headers: staff.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ name: 'Ahmad Fauzi', nik: NIK });
  });

  it('does not open an identity moved onto another case', async () => {
    const ids: string[] = [];
    for (const name of ['Ahmad Fauzi', 'Dewi Lestari']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ reporter: { ...laporanBody().reporter, name } }) });
      ids.push(res.json().id as string);
    }
    const [first, second] = ids as [string, string];
    await t.deps.db.execute(sql`update case_reporters set identity = (select identity from case_reporters where case_id = ${first}) where case_id = ${second}`);
    await expect(findReporter(t.deps.db, t.deps.sealer, second)).rejects.toBeInstanceOf(SealedDataError);
    expect(await findReporter(t.deps.db, t.deps.sealer, first)).toMatchObject({ name: 'Ahmad Fauzi' });
    // Through the API: the server's fault, said as such in both languages, and nothing of the identity.
    for (const [lang, text] of [['id', /tidak dapat dibuka: kunci data tidak cocok, atau data tersimpan telah diubah/], ['en', /could not be opened: the data key does not match, or the stored value was altered/]] as const) {
      const res = await t.app.inject({ url: `/api/v1/cases/${second}/reporter`, headers: { ...staff.headers, 'accept-language': lang } });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('SEALED_DATA_UNREADABLE');
      expect(res.json().error.message).toMatch(text);
      expect(res.body).not.toMatch(/Ahmad|Dewi|3673011205900001/);
    }
  });

  it('stores a TOTP secret sealed at enrolment, and sign-in still checks the code', async () => {
    const user = await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.04' }), role: 'penanganan' });
    const s = await signIn(t.app, user);
    const setup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers: s.headers });
    const secret = setup.json().secret as string;
    const [row] = rowsOf<{ totp_secret: string }>(await t.deps.db.execute(sql`select totp_secret from users where id = ${user.id}`));
    expect(isSealed(row!.totp_secret)).toBe(true);
    expect(row!.totp_secret).not.toContain(secret);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: s.headers, payload: { code: totpCode(secret, NOW) } })).statusCode).toBe(200);
    const login = (totp?: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password, ...(totp ? { totp } : {}) } });
    expect((await login()).json().error.code).toBe('TOTP_REQUIRED');
    expect((await login(totpCode(secret, NOW))).statusCode).toBe(200);
  });
});

describe('start-up: sealing what an older version stored, and the wrong key', () => {
  let db: Database;
  beforeAll(async () => {
    db = await isolatedDatabase(); // migrated, empty: only the regions the office needs
    await db.db.execute(sql`insert into regions (code, name, level, parent_code, time_zone, search_name)
      values ('36', 'Banten', 1, null, 'WIB', 'banten'), ('36.73', 'Kota Serang', 2, '36', 'WIB', 'kota serang')`);
  });
  afterAll(() => db.close());

  it('migrations 0013 and 0014 keep a plaintext identity readable; start-up then seals it and plaintext TOTP secrets, once', async () => {
    // The database as 0012 left it: identity as jsonb, written in plaintext, no index of unsealed rows.
    await db.db.execute(sql`drop index case_reporters_unsealed_idx`);
    await db.db.execute(sql`alter table case_reporters alter column identity type jsonb using identity::jsonb`);
    const office = await makeOffice(db.db, { regionCode: '36.73' });
    const caseId = randomUUID();
    await db.db.execute(sql`insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, received_at, summary, facts, deadlines)
      values (${caseId}, ${office.id}, '36.73', 'laporan', 'pilkada-2024', 'diterima', ${`TBP/${caseId}`}, now(), 'x', '{}'::jsonb, '{}'::jsonb)`);
    await db.db.execute(sql`insert into case_reporters (case_id, identity) values (${caseId}, ${JSON.stringify({ name: 'Siti Rahmawati', nik: NIK })}::jsonb)`);
    const user = await makeUser(db.db, { office, role: 'penanganan' });
    await db.db.execute(sql`update users set totp_secret = 'JBSWY3DPEHPK3PXP', totp_enabled = true where id = ${user.id}`);

    for (const file of ['0013_personal_data_sealed.sql', '0014_reporters_unsealed_index.sql']) {
      await db.db.execute(sql.raw(readFileSync(new URL(`../db/migrations/${file}`, import.meta.url), 'utf8')));
    }
    expect(await findReporter(db.db, testSealer, caseId)).toEqual({ name: 'Siti Rahmawati', nik: NIK }); // readable in between

    expect((await sealStoredPersonalData(db.db, testSealer)).sealed).toEqual({ ...NONE, reporters: 1, totpSecrets: 1 });
    const [stored] = rowsOf<{ identity: string }>(await db.db.execute(sql`select identity from case_reporters where case_id = ${caseId}`));
    expect(isSealed(stored!.identity)).toBe(true);
    expect(stored!.identity).not.toContain(NIK);
    expect(await findReporter(db.db, testSealer, caseId)).toEqual({ name: 'Siti Rahmawati', nik: NIK });
    const [u] = rowsOf<{ totp_secret: string }>(await db.db.execute(sql`select totp_secret from users where id = ${user.id}`));
    expect(testSealer.open(u!.totp_secret, totpContext(user.id))).toBe('JBSWY3DPEHPK3PXP');

    expect(await sealStoredPersonalData(db.db, testSealer)).toEqual(NOTHING); // again: nothing
  });

  it('finds unsealed identities through the partial index of migration 0014, not by reading every identity', async () => {
    const plan = await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`); // a table this small would be scanned anyway
      return rowsOf<{ 'QUERY PLAN': string }>(await tx.execute(sql`explain select case_id, identity from case_reporters where not (identity like ${'v1.%'}) limit 500`));
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('case_reporters_unsealed_idx');
  });

  it('stops on a key that does not open the stored data, and writes nothing under it', async () => {
    const caseId = rowsOf<{ case_id: string }>(await db.db.execute(sql`select case_id from case_reporters limit 1`))[0]!.case_id;
    const before = rowsOf<{ identity: string }>(await db.db.execute(sql`select identity from case_reporters where case_id = ${caseId}`))[0]!.identity;
    // A plaintext row waits to be sealed: the wrong key must not seal it.
    await db.db.execute(sql`insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, received_at, summary, facts, deadlines)
      select ${randomUUID()}::uuid, office_id, region_code, kind, regime, state, receipt_number || '-2', received_at, summary, facts, deadlines from cases where id = ${caseId}`);
    const waiting = rowsOf<{ id: string }>(await db.db.execute(sql`select id from cases where receipt_number like '%-2'`))[0]!.id;
    await db.db.execute(sql`insert into case_reporters (case_id, identity) values (${waiting}, ${JSON.stringify({ name: 'Rudi' })})`);

    const wrong = createSealer(randomBytes(32));
    // data_keys names the key the data is sealed under ...
    await expect(sealStoredPersonalData(db.db, wrong)).rejects.toThrow(DataKeyMismatchError);
    await expect(sealStoredPersonalData(db.db, wrong)).rejects.toThrow(
      new RegExp(`tersegel dengan kunci ${testSealer.keyId}, yang tidak dipegang proses ini \\(kunci: ${wrong.keyId}\\).*NETRA_DATA_KEY_PREVIOUS`),
    );
    // ... and without that record (a database sealed by processes that never recorded it), a sealed value that does not open stops it too.
    await db.db.execute(sql`delete from data_keys`);
    await expect(sealStoredPersonalData(db.db, wrong)).rejects.toThrow(/Kunci data tidak cocok dengan data tersimpan \(identitas pelapor \/ reporter identity\).*NETRA_DATA_KEY/);
    expect(rowsOf(await db.db.execute(sql`select key_id from data_keys`))).toEqual([]);
    expect(rowsOf<{ identity: string }>(await db.db.execute(sql`select identity from case_reporters where case_id = ${caseId}`))[0]!.identity).toBe(before);
    expect(rowsOf<{ identity: string }>(await db.db.execute(sql`select identity from case_reporters where case_id = ${waiting}`))[0]!.identity).toBe('{"name":"Rudi"}');
    expect(testSealer.open(before, reporterContext(caseId))).toContain('Siti Rahmawati');
  });
});

describe('start-up after the key was rotated (NETRA_DATA_KEY_PREVIOUS)', () => {
  let db: Database;
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const old = createSealer(oldKey);
  const caseIds: string[] = [];
  let userId: string;
  beforeAll(async () => {
    db = await isolatedDatabase();
    await db.db.execute(sql`insert into regions (code, name, level, parent_code, time_zone, search_name)
      values ('36', 'Banten', 1, null, 'WIB', 'banten'), ('36.73', 'Kota Serang', 2, '36', 'WIB', 'kota serang')`);
    const office = await makeOffice(db.db, { regionCode: '36.73' });
    expect((await sealStoredPersonalData(db.db, old)).retiredKeys).toEqual([]); // the first start records the old key
    // 1,203 identities: more than two batches of re-sealing
    await db.db.execute(sql`insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, received_at, summary, facts, deadlines)
      select gen_random_uuid(), ${office.id}, '36.73', 'laporan', 'pilkada-2024', 'diterima', 'TBP/rot/' || i, now(), 'x', '{}'::jsonb, '{}'::jsonb
      from generate_series(1, 1203) as i`);
    caseIds.push(...rowsOf<{ id: string }>(await db.db.execute(sql`select id from cases order by receipt_number`)).map((r) => r.id));
    const values = caseIds.map((id, i) => sql`(${id}::uuid, ${old.seal(JSON.stringify({ name: `Pelapor ${i}`, nik: NIK }), reporterContext(id))})`);
    await db.db.execute(sql`insert into case_reporters (case_id, identity) values ${sql.join(values, sql`, `)}`);
    // the contacts of witnesses, on three of them
    const contacts = caseIds.slice(0, 3).map((id, i) => sql`(${id}::uuid, ${old.seal(JSON.stringify({ witnesses: [{ name: `Saksi ${i}`, phone: PHONE }], reportedParty: null }), contactsContext(id))})`);
    await db.db.execute(sql`insert into case_contacts (case_id, contacts) values ${sql.join(contacts, sql`, `)}`);
    const user = await makeUser(db.db, { office, role: 'penanganan' });
    userId = user.id;
    await db.db.execute(sql`update users set totp_secret = ${old.seal('JBSWY3DPEHPK3PXP', totpContext(user.id))}, totp_enabled = true where id = ${user.id}`);
  });
  afterAll(() => db.close());

  const stored = async () => rowsOf<{ case_id: string; identity: string }>(await db.db.execute(sql`select case_id, identity from case_reporters`));
  const keysInUse = async () => rowsOf<{ key_id: string }>(await db.db.execute(sql`select key_id from data_keys order by key_id`)).map((r) => r.key_id);

  it('refuses the new key alone, naming the old key, and writes nothing', async () => {
    const before = await stored();
    await expect(sealStoredPersonalData(db.db, createSealer(newKey))).rejects.toThrow(new RegExp(`tersegel dengan kunci ${old.keyId}.*NETRA_DATA_KEY_PREVIOUS`));
    expect(await stored()).toEqual(before);
    expect(await keysInUse()).toEqual([old.keyId]);
  });

  it('re-seals every identity and TOTP secret under the new key, retires the old key, and then needs only the new one', async () => {
    const rotated = createSealer(newKey, [oldKey]);
    const report = await sealStoredPersonalData(db.db, rotated);
    expect(report).toEqual({ ...NOTHING, resealed: { ...NONE, reporters: 1203, contacts: 3, totpSecrets: 1 }, retiredKeys: [old.keyId] });
    const fresh = createSealer(newKey);
    expect(await keysInUse()).toEqual([fresh.keyId]);
    const rows = await stored();
    expect(rows).toHaveLength(1203);
    for (const r of rows) {
      expect(r.identity.startsWith(`v1.${fresh.keyId}.`)).toBe(true);
      expect(JSON.parse(fresh.open(r.identity, reporterContext(r.case_id)))).toMatchObject({ nik: NIK });
    }
    expect(new Set(rows.map((r) => JSON.parse(fresh.open(r.identity, reporterContext(r.case_id))).name)).size).toBe(1203); // each its own
    const contacts = rowsOf<{ case_id: string; contacts: string }>(await db.db.execute(sql`select case_id, contacts from case_contacts`));
    expect(contacts.map((r) => JSON.parse(fresh.open(r.contacts, contactsContext(r.case_id))).witnesses[0].phone)).toEqual([PHONE, PHONE, PHONE]);
    const [u] = rowsOf<{ totp_secret: string }>(await db.db.execute(sql`select totp_secret from users where id = ${userId}`));
    expect(fresh.open(u!.totp_secret, totpContext(userId))).toBe('JBSWY3DPEHPK3PXP');

    expect(await sealStoredPersonalData(db.db, rotated)).toEqual(NOTHING); // again: nothing
    expect(await sealStoredPersonalData(db.db, fresh)).toEqual(NOTHING); // the old key may go
    await expect(sealStoredPersonalData(db.db, old)).rejects.toThrow(DataKeyMismatchError); // and no longer opens the data
  });

  it('leaves a value that does not open as it is, says which, and keeps the old key needed', async () => {
    const third = randomBytes(32);
    const fresh = createSealer(newKey);
    // Rotate again, newKey → third, with one identity altered in the database meanwhile.
    const [victim, other] = caseIds as [string, string];
    const altered = fresh.seal(JSON.stringify({ name: 'dipindah' }), reporterContext(other)); // sealed for another case
    await db.db.execute(sql`update case_reporters set identity = ${altered} where case_id = ${victim}`);
    const report = await sealStoredPersonalData(db.db, createSealer(third, [newKey]));
    expect(report.unopened).toEqual([reporterContext(victim)]);
    expect(report.resealed).toEqual({ ...NONE, reporters: 1202, contacts: 3, totpSecrets: 1 });
    expect(report.retiredKeys).toEqual([]);
    expect(await keysInUse()).toEqual([fresh.keyId, keyIdOf(third)].sort());
    expect(rowsOf<{ identity: string }>(await db.db.execute(sql`select identity from case_reporters where case_id = ${victim}`))[0]!.identity).toBe(altered);
    await expect(sealStoredPersonalData(db.db, createSealer(third))).rejects.toThrow(new RegExp(`tersegel dengan kunci ${fresh.keyId}`));
  });
});
