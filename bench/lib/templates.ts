// Real rows to clone: one case taken through the lifecycle via the HTTP API, its row read back
// after every step, so the bulk load copies exactly what the app writes (facts, deadlines, flags).
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.js';
import { rowsOf } from '../../src/server/db/client.js';
import { allRequirementsMet, laporanBody } from '../../src/server/test/case-fixtures.js';
import type { Client, Session } from './http.js';
import { LIFECYCLE } from './load.js';

/** Drives a few cases through the API and copies their row after each step into bench_templates. */
export async function captureTemplates(database: Database, client: Client, staff: Session, member: Session): Promise<string[]> {
  await database.db.execute(sql`drop table if exists bench_templates`);
  await database.db.execute(sql`create table bench_templates as select * from cases with no data`);
  const snapshot = (id: string) => database.db.execute(sql`insert into bench_templates select * from cases where id = ${id} and state not in (select state from bench_templates)`);
  const created = await client.request('POST', '/api/v1/cases', staff.headers, laporanBody());
  if (created.status !== 201) throw new Error(`template intake: ${created.status} ${created.body}`);
  const id = (JSON.parse(created.body) as { id: string }).id;
  await snapshot(id);
  const ctx: { invitationId?: string } = {};
  for (const step of LIFECYCLE) {
    const res = await client.request('POST', step.path(id), (step.member ? member : staff).headers, step.body?.(ctx));
    if (res.status !== step.expect) throw new Error(`template ${step.kind}: ${res.status} ${res.body}`);
    if (step.kind === 'undang-klarifikasi') ctx.invitationId = (JSON.parse(res.body) as { invitations: { id: string }[] }).invitations[0]!.id;
    await snapshot(id);
  }
  // A second terminal outcome: the kajian awal finds the requirements not met.
  const other = await client.request('POST', '/api/v1/cases', staff.headers, laporanBody());
  const otherId = (JSON.parse(other.body) as { id: string }).id;
  const notMet = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'tepat-waktu' ? { ...e, result: 'tidak-memenuhi', note: 'Melewati batas waktu pelaporan.' } : e)) };
  for (const [action, body] of [['mulai-kajian-awal', {}], ['nilai-syarat', notMet], ['tidak-registrasi', { reason: 'Syarat materiel tidak terpenuhi.' }]] as const) {
    const res = await client.request('POST', `/api/v1/cases/${otherId}/actions/${action}`, staff.headers, body);
    if (res.status !== 200) throw new Error(`template ${action}: ${res.status} ${res.body}`);
  }
  await snapshot(otherId);
  return rowsOf<{ state: string }>(await database.db.execute(sql`select state from bench_templates order by received_at, state`)).map((r) => r.state);
}
