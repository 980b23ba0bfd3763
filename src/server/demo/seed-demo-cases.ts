// Runs the demo's case scripts through the same use-cases the API uses, on a clock that moves
// through the last days, so every case is valid, numbered, audited and on a live legal clock.
import { intakeCreateBody } from '../../core/api/cases.js';
import { checklistFor } from '../../core/cases/index.js';
import type { Role } from '../../core/access.js';
import type { Db } from '../db/client.js';
import type { Actor } from '../http/context.js';
import type { Deps } from '../http/deps.js';
import { createIntake, type IntakeBody } from '../modules/cases/create-intake.js';
import { generateDocument } from '../modules/cases/generate-document.js';
import { localDate } from '../modules/cases/local-time.js';
import { recordDelivery } from '../modules/cases/record-delivery.js';
import { runAction } from '../modules/cases/run-action.js';
import { findOfficeByCode } from '../modules/offices/offices.repository.js';
import { findUserByUsername } from '../modules/users/users.repository.js';
import { DEMO_CASES, type DemoCaseScript } from './demo-cases.js';

const STEPS = ['diterima', 'kajian-awal', 'perlu-dilengkapi', 'diregistrasi', 'klarifikasi', 'kajian', 'pleno', 'pelanggaran', 'diteruskan', 'bukan-pelanggaran', 'tidak-diregistrasi'] as const;
const HOUR = 3_600_000;

async function actorFor(db: Db, username: string): Promise<Actor> {
  const user = (await findUserByUsername(db, username))!;
  const office = (await findOfficeByCode(db, username.split('.')[0]!))!;
  return { userId: user.id, username, displayName: user.displayName, role: user.role as Role, officeId: office.id, officeKind: 'bawaslu-kabkota', scope: office.regionCode, sessionId: 'demo', csrfToken: 'demo', mustEnrollTotp: false };
}

const isoWib = (d: Date) => `${new Date(d.getTime() + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
const day = (d: Date) => new Date(d.getTime() + 7 * HOUR).toISOString().slice(0, 10);

function intakeBody(s: DemoCaseScript, receivedAt: Date): IntakeBody {
  const event = { description: s.event.description, place: s.event.place, regionCode: s.event.district, occurredOn: day(new Date(receivedAt.getTime() - 48 * HOUR)) };
  const reportedParty = { name: s.asn.name, nip: s.asn.nip, agency: s.asn.agency, position: s.asn.position, kind: s.asn.kind, actorKind: s.asn.actorKind };
  const common = { regime: 'pilkada-2024', election: s.election, witnesses: [], evidence: [{ description: 'Tangkapan layar / foto kejadian', kind: 'foto' as const }], chronology: s.event.description, actCodes: [s.act], receivedAt: isoWib(receivedAt) };
  // Parsed by the same schema as the API: the demo can only hold what a user could submit.
  if (s.kind === 'temuan') return intakeCreateBody.parse({ kind: 'temuan', finder: { name: 'Pengawas Kelurahan' }, foundOn: day(new Date(receivedAt.getTime() - 24 * HOUR)), reportedParty, event, ...common });
  return intakeCreateBody.parse({
    kind: 'laporan',
    reporter: { name: 'Pelapor Demo', birthPlace: 'Serang', birthDate: '1988-03-14', sex: 'P', occupation: 'Wiraswasta', citizenship: 'WNI', address: 'Jl. Contoh No. 1, Banten', phone: '081200000000', email: 'pelapor.demo@contoh.id' },
    reportedParty,
    event: { ...event, knownOn: day(new Date(receivedAt.getTime() - 24 * HOUR)) },
    ...common,
    // a witness with contacts, kept sealed apart from the case (decision 008)
    witnesses: [{ name: 'Saksi Demo', address: 'Jl. Contoh No. 2, Banten', phone: '081200000001' }],
  });
}

const DAY = 24 * HOUR;
const WIB = 7 * HOUR;

/**
 * When the demo's case `index` is taken in: 08.00 WIB one to four days before the day of `now`
 * (the demo's offices are in Banten). Anchored to days, not to hours before `now`: deadlines end
 * at 23.59 local, so the board's mix would change with the hour of the start. With these days,
 * Kota Serang always has overdue cases (kajian awal and decision clocks of cases three and four
 * days old), one due today and some on time. Each case then moves an hour a step (at most about
 * fifteen), so it is done before the day of `now` begins.
 */
export function demoCaseStart(now: Date, index: number): Date {
  const today = Math.floor((now.getTime() + WIB) / DAY) * DAY - WIB; // 00.00 WIB
  return new Date(today - (1 + (index % 4)) * DAY + 8 * HOUR);
}

/** Seeds every demo case; `now` is the real start time: the cases begin a few days before it. */
export async function seedDemoCases(base: Deps, now: Date): Promise<number> {
  let created = 0;
  for (const [i, s] of DEMO_CASES.entries()) {
    // Each case starts one to four days ago, at 08.00 WIB, and moves forward an hour per step.
    let clock = demoCaseStart(now, i);
    const deps: Deps = { ...base, now: () => clock };
    const staff = await actorFor(base.db, `${s.office}.penanganan`);
    const member = await actorFor(base.db, `${s.office}.pimpinan`);
    const row = await createIntake(deps, staff, intakeBody(s, clock));
    created += 1;
    const target = STEPS.indexOf(s.until);
    const step = async (actor: Actor, action: Parameters<typeof runAction>[3], payload: unknown = {}) => {
      clock = new Date(clock.getTime() + HOUR);
      return runAction(deps, actor, row.id, action, payload);
    };
    if (s.kind === 'laporan') await generateDocument(deps, staff, row, 'tanda-bukti-penyampaian-laporan');
    if (target < 1) continue;
    await step(staff, 'mulai-kajian-awal');
    const items = checklistFor(s.kind, 'pilkada');
    if (s.until === 'kajian-awal') {
      await step(staff, 'nilai-syarat', { entries: items.slice(0, 3).map((it) => ({ itemId: it.id, result: 'memenuhi' })) });
      continue;
    }
    if (s.until === 'perlu-dilengkapi' || s.until === 'tidak-diregistrasi') {
      const [first, ...rest] = items;
      const fails = s.until === 'tidak-diregistrasi' ? items.find((it) => /waktu|time/i.test(it.label.en)) ?? first! : first!;
      await step(staff, 'nilai-syarat', { entries: [{ itemId: fails.id, result: 'tidak-memenuhi', note: s.until === 'tidak-diregistrasi' ? 'Disampaikan melewati 7 hari sejak diketahui' : 'Alamat pelapor belum lengkap' }, ...[first!, ...rest].filter((it) => it.id !== fails.id).map((it) => ({ itemId: it.id, result: 'memenuhi' }))] });
      if (s.until === 'perlu-dilengkapi') await step(staff, 'minta-kelengkapan', { letterRef: `PK/${i + 1}/XI` });
      else await step(staff, 'tidak-registrasi', { reason: 'Laporan melewati batas waktu penyampaian (Pasal 134 ayat (4) UU 1/2015 jo. UU 10/2016).' });
      continue;
    }
    await step(staff, 'nilai-syarat', { entries: items.map((it) => ({ itemId: it.id, result: 'memenuhi' })) });
    await step(staff, 'registrasi');
    if (target < STEPS.indexOf('klarifikasi')) continue;
    const invited = await step(staff, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: s.asn.name, scheduledAt: isoWib(new Date(clock.getTime() + HOUR)), place: `Kantor ${(await findOfficeByCode(base.db, s.office))!.name}` }] });
    const invitationId = (invited.row.facts as { invitations: { id: string }[] }).invitations[0]!.id;
    clock = new Date(clock.getTime() + 2 * HOUR);
    await step(staff, 'catat-klarifikasi', { invitationId, heldAt: isoWib(new Date(clock.getTime() - HOUR)), attended: true, minutesRef: `BA-KLA/${i + 1}/XI`, summary: 'Terlapor hadir dan memberikan keterangan.' });
    if (target < STEPS.indexOf('kajian')) continue;
    await step(staff, 'mulai-kajian');
    const violation = s.until !== 'bukan-pelanggaran';
    await step(staff, 'catat-kajian', { facts: s.event.description, actCodes: [s.act], conclusion: violation ? 'pelanggaran' : 'bukan-pelanggaran', proposedTypes: violation ? ['peraturan-lain'] : [] });
    if (target < STEPS.indexOf('pleno')) continue;
    await step(staff, 'ajukan-pleno', { scheduledAt: isoWib(new Date(clock.getTime() + HOUR)) });
    if (s.until === 'pleno') continue;
    clock = new Date(clock.getTime() + 2 * HOUR);
    await step(member, 'putus-pleno', violation ? { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua', 'Anggota'], minutesRef: `BA-PLENO/${i + 1}` } : { decision: 'bukan-pelanggaran', reason: 'Keanggotaan grup tidak terbukti.', membersPresent: ['Ketua', 'Anggota'], minutesRef: `BA-PLENO/${i + 1}` });
    if (s.until !== 'diteruskan') continue;
    const forwarded = await step(staff, 'teruskan', { type: 'peraturan-lain', letterRef: `${String(i + 1).padStart(3, '0')}/PP.01/K.BT-13/XI` });
    const made = [];
    for (const kind of ['kajian-dugaan-pelanggaran', 'surat-penerusan', 'pemberitahuan-status-laporan'] as const) made.push(await generateDocument(deps, staff, forwarded.row, kind));
    // The forwarding letter went to BKN by courier today; the status notice is not delivered yet.
    const today = localDate(deps.now(), forwarded.row.regionCode);
    await recordDelivery(deps, staff, forwarded.row, made[1]!.id, { method: 'kurir', deliveredOn: today, note: 'Diterima bagian persuratan BKN' });
  }
  return created;
}
