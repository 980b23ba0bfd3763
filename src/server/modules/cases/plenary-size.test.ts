// The plenary of an office, as intake records it for the quorum: the office's set number of
// members (UU 7/2017 arts 92 and 131), else its active pimpinan accounts.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offices, users } from '../../db/schema.js';
import { makeOffice, makeUser } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { findIntakeOffice } from './intake-statements.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.app.close());

describe('plenary size at intake', () => {
  it('is the office’s set number of members when it has one', async () => {
    const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
    await t.deps.db.update(offices).set({ memberCount: 5 }).where(eq(offices.id, office.id));
    await makeUser(t.deps.db, { office, role: 'pimpinan' });
    expect(await findIntakeOffice(t.deps.db, office.id)).toEqual({ id: office.id, name: office.name, regionCode: '36.73', memberCount: 5 });
  });

  it('else counts the office’s active pimpinan, not other roles, other offices or disabled accounts', async () => {
    const office = await makeOffice(t.deps.db, { regionCode: '36.72' });
    const other = await makeOffice(t.deps.db, { regionCode: '36.72' });
    for (let i = 0; i < 3; i++) await makeUser(t.deps.db, { office, role: 'pimpinan' });
    const disabled = await makeUser(t.deps.db, { office, role: 'pimpinan' });
    await t.deps.db.update(users).set({ active: false }).where(eq(users.id, disabled.id));
    await makeUser(t.deps.db, { office, role: 'penanganan' });
    await makeUser(t.deps.db, { office: other, role: 'pimpinan' });
    expect((await findIntakeOffice(t.deps.db, office.id))?.memberCount).toBe(3);
  });

  it('answers nothing for an unknown office', async () => {
    expect(await findIntakeOffice(t.deps.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
