// The payload of each action, as zod schemas (re-exported by core/api/cases.ts as the HTTP
// contract). Times the machine can take from `now` (decision time, registration time) are not
// in the payloads; times of events outside the office (a withdrawal letter, a hearing) are.
import { z } from 'zod';
import { ACT_CODES } from '../law/index.js';
import type { CaseAction } from './actions.js';
import { CLARIFICATION_PARTIES, KAJIAN_CONCLUSIONS, VIOLATION_TYPES } from './case-facts.js';
import { date, flag, id, instant, oneOf, optionalText, region, text, uniqueArray } from './fields.js';
import { REQUIREMENT_RESULTS } from './requirements.js';

const note = { note: optionalText(2000) };
const violationType = oneOf(VIOLATION_TYPES, 'Jenis pelanggaran', 'violation type');
const membersPresent = uniqueArray(text(120), 1, 15);

const checklistEntry = z
  .object({
    itemId: text(60),
    result: oneOf(REQUIREMENT_RESULTS, 'Hasil penilaian', 'assessment result'),
    note: optionalText(1000),
  })
  .refine((entry) => entry.result !== 'tidak-memenuhi' || Boolean(entry.note), {
    error: 'Alasan wajib diisi untuk syarat yang tidak memenuhi / a reason is required for a requirement not met',
    path: ['note'],
  });

const invitation = z
  .object({
    party: oneOf(CLARIFICATION_PARTIES, 'Pihak', 'party'),
    name: text(200),
    scheduledAt: instant,
    place: text(300),
    letterRef: optionalText(120),
    /**
     * Which saksi named at intake is invited: their place in the intake's list, from 0. It tells
     * two witnesses of one name apart, so the letter goes to the right address. Absent for a
     * saksi not named at intake (and for the other parties).
     */
    witness: z.int({ error: 'Nomor saksi harus bilangan bulat / the witness number must be an integer' }).min(0).max(29).optional(),
  })
  .refine((i) => i.witness === undefined || i.party === 'saksi', {
    error: 'Nomor saksi hanya untuk undangan kepada saksi / a witness number is only for an invitation to a saksi',
    path: ['witness'],
  });

const plenoCommon = { membersPresent, minutesRef: text(120) };

export const ACTION_PAYLOADS = {
  'mulai-kajian-awal': z.object(note),
  'nilai-syarat': z.object({ entries: z.array(checklistEntry).min(1, { error: 'Minimal satu syarat / at least one requirement' }).max(20) }),
  'minta-kelengkapan': z.object({ letterRef: optionalText(120), ...note }),
  lengkapi: z.object({ completedAt: instant, ...note }),
  cabut: z.object({
    withdrawnAt: instant,
    reason: text(2000),
    letterRef: optionalText(120),
    /** Keep the withdrawn report as informasi awal (Perbawaslu 7/2022 Pasal 14 ayat (2)). */
    jadikanInformasiAwal: flag.default(false),
  }),
  registrasi: z.object(note),
  'tidak-registrasi': z.object({ reason: text(2000), jadikanInformasiAwal: flag.default(false) }),
  'tandai-duplikat': z.object({ duplicateOfCaseId: id, ...note }),
  limpahkan: z.object({ toOfficeId: id, toOfficeRegionCode: region.nullable(), reason: text(2000) }),
  'terima-limpahan': z.object(note),
  'undang-klarifikasi': z.object({
    invitations: z.array(invitation).min(1, { error: 'Minimal satu undangan / at least one invitation' }).max(50),
  }),
  'catat-klarifikasi': z
    .object({
      invitationId: id,
      heldAt: instant,
      attended: flag,
      /** Number of the berita acara klarifikasi (minutes). */
      minutesRef: optionalText(120),
      summary: optionalText(20000),
    })
    .refine((hearing) => !hearing.attended || Boolean(hearing.minutesRef), {
      error: 'Nomor berita acara klarifikasi wajib diisi bila pihak hadir / the minutes number is required when the party attended',
      path: ['minutesRef'],
    }),
  'minta-keterangan-tambahan': z.object({ reason: text(2000) }),
  'mulai-kajian': z.object(note),
  'catat-kajian': z
    .object({
      facts: text(20000),
      actCodes: uniqueArray(oneOf(ACT_CODES, 'Kode perbuatan', 'act code'), 0, 15).default([]),
      otherBasis: z.array(text(300)).max(20).default([]),
      conclusion: oneOf(KAJIAN_CONCLUSIONS, 'Kesimpulan', 'conclusion'),
      proposedTypes: uniqueArray(violationType, 0, 4).default([]),
    })
    .refine((kajian) => kajian.actCodes.length + kajian.otherBasis.length > 0, {
      error: 'Dasar hukum wajib diisi (katalog atau pasal lain) / a legal basis is required (catalogue or other article)',
      path: ['actCodes'],
    })
    .refine((kajian) => kajian.conclusion !== 'pelanggaran' || kajian.proposedTypes.length > 0, {
      error: 'Jenis pelanggaran yang diusulkan wajib diisi / the proposed violation type is required',
      path: ['proposedTypes'],
    }),
  'ajukan-pleno': z.object({ scheduledAt: instant }),
  'kembalikan-kajian': z.object({ reason: text(2000) }),
  'putus-pleno': z.discriminatedUnion(
    'decision',
    [
      z.object({ decision: z.literal('pelanggaran'), types: uniqueArray(violationType, 1, 4), ...plenoCommon }),
      z.object({ decision: z.literal('bukan-pelanggaran'), reason: text(2000), ...plenoCommon }),
    ],
    { error: 'Putusan harus pelanggaran atau bukan-pelanggaran / the decision must be pelanggaran or bukan-pelanggaran' },
  ),
  teruskan: z.object({
    type: violationType,
    letterRef: text(120),
    /** Only when the law engine names no recipient (other laws, a reported party who is not ASN). */
    otherRecipientName: optionalText(200),
  }),
  'jadikan-temuan': z.object({ foundOn: date, summary: text(2000) }),
  arsipkan: z.object({ reason: text(2000) }),
} as const satisfies Record<CaseAction, z.ZodType>;

export type ActionPayloads = { [A in CaseAction]: z.output<(typeof ACTION_PAYLOADS)[A]> };
export type ActionPayloadInput<A extends CaseAction> = z.input<(typeof ACTION_PAYLOADS)[A]>;
