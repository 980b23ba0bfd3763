// HTTP contract of the case API (/api/v1/cases/*): intake bodies (laporan as on the official
// report form, Perbawaslu 7/2022 Model B.1 and the Perbawaslu 9/2024 annex; temuan; informasi
// awal), the action payloads (defined beside the state machine and re-exported here), and the
// case summary and detail responses. Validation messages are "Indonesian / English".
import { z } from 'zod';
import { ACT_CODES, ACTOR_KINDS, findRegime, REGIME_IDS } from '../law/index.js';
import {
  ACTION_PAYLOADS,
  CASE_ACTIONS,
  CASE_STATES,
  CLARIFICATION_PARTIES,
  ELECTION_KINDS,
  INTAKE_KINDS,
  KAJIAN_CONCLUSIONS,
  parseIfMatch,
  REFUSAL_CODES,
  REQUIREMENT_GROUPS,
  REQUIREMENT_RESULTS,
  STATISTICS,
  VIOLATION_TYPES,
} from '../cases/index.js';
import { date, id, instant, nip, oneOf, optionalText, region, REQUIRED, text, uniqueArray, webLink } from '../cases/fields.js';
import { lawDeadlinesResponse } from './law.js';
import { pagination } from './common.js';

export { ACTION_PAYLOADS };

// ── building blocks ────────────────────────────────────────────────────────────────────────────

const regime = oneOf(REGIME_IDS, 'Rezim hukum', 'legal regime');
const election = oneOf(ELECTION_KINDS, 'Jenis pemilihan', 'election kind');
const phone = z
  .string({ error: REQUIRED })
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,23}$/, { error: 'Nomor telepon tidak valid / invalid phone number' });
const email = z.email({ error: 'Alamat surel tidak valid / invalid e-mail address' });
const nik = z.string().trim().regex(/^\d{16}$/, { error: 'NIK harus 16 angka / NIK must be 16 digits' });

/** Pemilu cases concern the general election; Pilkada cases a governor, regent or mayor election. */
function electionFitsRegime(body: { regime: string; election: string }): boolean {
  const kind = findRegime(body.regime)?.kind;
  return kind === 'pemilu' ? body.election === 'pemilu' : body.election !== 'pemilu';
}
const ELECTION_MISMATCH = {
  error: 'Jenis pemilihan tidak sesuai rezim (Pemilu: pemilu; Pilkada: gubernur, bupati, wali-kota) / election kind does not fit the regime',
  path: ['election'],
};

/**
 * Who submits a laporan for the reporter: a person holding a special power of attorney (surat
 * kuasa khusus), Perbawaslu 7/2022 art 8(5) ([S] in the domain reference). Personal data, kept
 * with the reporter's identity.
 */
export const reporterRepresentative = z.object({
  name: text(200),
  address: text(500),
  phone,
  nik: nik.optional(),
  /** the surat kuasa khusus as written on it: number and date */
  powerOfAttorney: text(200),
});

export const reporterIdentity = z.object({
  name: text(200),
  birthPlace: text(100),
  birthDate: date,
  sex: oneOf(['L', 'P'] as const, 'Jenis kelamin (L/P)', 'sex (L/P)'),
  occupation: text(100),
  citizenship: text(60),
  address: text(500),
  phone,
  email: email.optional(),
  nik: nik.optional(),
  /** the laporan is submitted through a representative (kuasa) */
  representative: reporterRepresentative.optional(),
});

const partyContact = z.object({ name: z.string(), address: z.string().optional(), phone: z.string().optional() });
/** GET /api/v1/cases/:id/contacts: the address and phone of each saksi and of the terlapor (personal data, every read logged). */
export const partyContacts = z.object({ witnesses: z.array(partyContact), reportedParty: partyContact.nullable() }).meta({ id: 'PartyContacts' });

export const reportedParty = z.object({
  name: text(200),
  nip: nip.optional(),
  agency: text(200),
  position: text(200),
  kind: oneOf(['PNS', 'PPPK', 'lainnya'] as const, 'Status kepegawaian', 'staffing status'),
  /** The law engine's actor kind (asn, official, village-head, candidate), when known. */
  actorKind: oneOf(ACTOR_KINDS, 'Jenis pelaku', 'actor kind').optional(),
  address: optionalText(500),
  phone: phone.optional(),
});

const event = z
  .object({
    description: text(5000),
    place: text(300),
    regionCode: region,
    occurredOn: date,
    knownOn: date,
  })
  .refine((e) => e.occurredOn <= e.knownOn, {
    error: 'Tanggal diketahui tidak boleh sebelum tanggal kejadian / the date known cannot precede the date of the event',
    path: ['knownOn'],
  });

const witness = z.object({ name: text(200), address: optionalText(500), phone: phone.optional() });
const evidence = z.object({
  description: text(1000),
  kind: oneOf(['dokumen', 'foto', 'video', 'tautan', 'barang', 'lainnya'] as const, 'Jenis bukti', 'evidence kind'),
  url: webLink.optional(),
});

const common = {
  regime,
  election,
  witnesses: z.array(witness).max(30).default([]),
  evidence: z.array(evidence).max(100).default([]),
  chronology: text(20000),
  /** Preliminary choice of prohibited acts (the kajian decides). */
  actCodes: uniqueArray(oneOf(ACT_CODES, 'Kode perbuatan', 'act code'), 0, 15).optional(),
  /** When received; the server's clock when absent (hour precision matters on voting day). */
  receivedAt: instant.optional(),
};

// ── POST /api/v1/cases (intake: never refused, a receipt number is issued at once) ──────────────

export const laporanCreateBody = z
  .object({
    kind: z.literal('laporan'),
    reporter: reporterIdentity,
    /**
     * Not here: the kuasa (Perbawaslu 7/2022 Pasal 8 ayat (5)) is personal data and goes with the
     * reporter's identity, `reporter.representative`. Refused rather than dropped, so a client
     * that sends it learns where it belongs and nothing is lost.
     */
    representative: z
      .never({
        error:
          'Kuasa pelapor dicatat di reporter.representative (nama, alamat, telepon, surat kuasa), bersama identitas pelapor / ' +
          "record the reporter's representative under reporter.representative (name, address, phone, power of attorney), with the reporter's identity",
      })
      .optional(),
    reportedParty,
    event,
    ...common,
  })
  .refine(electionFitsRegime, ELECTION_MISMATCH)
  .meta({ id: 'LaporanCreateBody' });

export const temuanCreateBody = z
  .object({
    kind: z.literal('temuan'),
    finder: z.object({ userId: id.optional(), name: text(200), position: optionalText(200) }),
    foundOn: date,
    /** Number of the Form A (Laporan Hasil Pengawasan) the finding comes from. */
    formARef: optionalText(120),
    reportedParty,
    event: z.object({ description: text(5000), place: text(300), regionCode: region, occurredOn: date }),
    ...common,
  })
  .refine(electionFitsRegime, ELECTION_MISMATCH)
  .refine((t) => t.event.occurredOn <= t.foundOn, {
    error: 'Tanggal ditemukan tidak boleh sebelum tanggal kejadian / the date found cannot precede the date of the event',
    path: ['foundOn'],
  })
  .meta({ id: 'TemuanCreateBody' });

export const INFORMASI_AWAL_SOURCES = [
  'media', 'media-sosial', 'masyarakat', 'laporan-dicabut', 'laporan-tidak-diregistrasi', 'sp4n-lapor', 'sbt-bkn', 'lainnya',
] as const;

export const informasiAwalCreateBody = z
  .object({
    kind: z.literal('informasi-awal'),
    regime,
    source: oneOf(INFORMASI_AWAL_SOURCES, 'Sumber informasi', 'source'),
    description: text(5000),
    regionCode: region.optional(),
    contact: z.object({ name: optionalText(200), phone: phone.optional(), email: email.optional() }).optional(),
    sourceCaseId: id.optional(),
    receivedAt: instant.optional(),
  })
  .meta({ id: 'InformasiAwalCreateBody' });

export const intakeCreateBody = z.discriminatedUnion('kind', [laporanCreateBody, temuanCreateBody, informasiAwalCreateBody], {
  error: 'Jenis penerimaan harus laporan, temuan atau informasi-awal / kind must be laporan, temuan or informasi-awal',
});

/**
 * Headers of an intake: an optional Idempotency-Key (IETF draft), printable ASCII without spaces
 * such as a UUID; other headers pass through untouched.
 */
/** An optional `Idempotency-Key` header (IETF draft), described for the request it repeats safely. */
export const idempotencyHeaders = (description: string) =>
  z.looseObject({
    'idempotency-key': z
      .string()
      .regex(/^[\x21-\x7e]{8,255}$/, { message: 'Idempotency-Key: 8–255 karakter ASCII tanpa spasi, mis. sebuah UUID / 8–255 ASCII characters without spaces, such as a UUID' })
      .optional()
      .describe(description),
  });

export const intakeCreateHeaders = idempotencyHeaders('satu per laporan; laporan yang sama dikirim ulang dengan kunci ini menjawab tanda terima yang sama / one per report; the same report sent again with it gets the same receipt');

export const intakeCreateResponse = z
  .object({ id: z.uuid(), kind: z.enum(INTAKE_KINDS), receiptNumber: z.string(), state: z.enum(CASE_STATES), receivedAt: z.string() })
  .meta({ id: 'IntakeReceipt' });

// ── POST /api/v1/cases/:id/actions/:action (body: ACTION_PAYLOADS[action]) ─────────────────────

/**
 * Headers of a workflow action. `If-Match` names the case's revision the client acted on (the
 * `ETag` of GET /api/v1/cases/:id and of the action's answer, `revision` in the page): when someone
 * acted in between, the action is refused with 412 CASE_CHANGED and nothing is written.
 * `Idempotency-Key` makes a step sent again (a field app's queue, a retry) the step already taken.
 */
export const caseActionHeaders = z.looseObject({
  prefer: z.string().optional().describe('`return=minimal`: ringkasan, tanpa halaman perkara (RFC 7240) / a receipt instead of the case page'),
  'if-match': z
    .string()
    .refine((v) => parseIfMatch(v) !== undefined, { message: 'If-Match: ETag kuat revisi perkara seperti "r3", beberapa dipisah koma, atau * / a strong ETag of the case\'s revision such as "r3", several separated by commas, or *' })
    .optional()
    .describe('revisi perkara yang dilihat, mis. "r3"; bila perkara sudah berubah, 412 CASE_CHANGED / the case revision acted on, e.g. "r3"; if the case changed since, 412 CASE_CHANGED'),
}).extend(
  idempotencyHeaders(
    'satu per tindakan; tindakan yang sama dikirim ulang dengan kunci ini tidak diambil dua kali: jawabannya perkara saat ini, dengan Idempotent-Replayed: true, walau If-Match sudah usang / one per action; the same action sent again with it is not taken twice: the answer is the case as it now stands, with Idempotent-Replayed: true, even if its If-Match is stale',
  ).shape,
);

export const caseActionParams = z.object({
  id: z.uuid(),
  action: oneOf(CASE_ACTIONS, 'Tindakan', 'action'),
});

const bilingual = z.object({ id: z.string(), en: z.string() });
const missingItem = bilingual.extend({ key: z.string() });

export const caseRefusalResponse = z
  .object({ error: z.object({ code: z.enum(REFUSAL_CODES), message: z.string(), missing: z.array(missingItem) }) })
  .meta({ id: 'CaseRefusal' });

// ── GET /api/v1/cases, GET /api/v1/cases/:id ───────────────────────────────────────────────────

export const caseListQuery = z.object({
  state: z.enum(CASE_STATES).optional(),
  kind: z.enum(INTAKE_KINDS).optional(),
  statistic: z.enum(STATISTICS).optional(),
  regime: regime.optional(),
  q: z.string().trim().max(100).optional(),
  ...pagination,
});

export const caseSummary = z
  .object({
    id: z.uuid(),
    kind: z.enum(INTAKE_KINDS),
    regime: z.string(),
    election: z.enum(ELECTION_KINDS).nullable(),
    state: z.enum(CASE_STATES),
    stateLabel: bilingual,
    terminal: z.boolean(),
    statistics: z.array(z.enum(STATISTICS)),
    receiptNumber: z.string(),
    registerNumber: z.string().nullable(),
    office: z.object({ id: z.uuid(), name: z.string(), regionCode: z.string().nullable() }),
    reportedPartyName: z.string().nullable(),
    receivedAt: z.string(),
    registeredAt: z.string().nullable(),
    /** The nearest open deadline, for lists sorted by urgency. */
    nextDue: z.object({ clock: z.string(), due: z.string() }).nullable(),
  })
  .meta({ id: 'CaseSummary' });

export const caseListResponse = z.object({ items: z.array(caseSummary), total: z.number().int() });

export const caseDetail = caseSummary
  .extend({
    checklist: z.array(
      z.object({
        itemId: z.string(),
        group: z.enum(REQUIREMENT_GROUPS),
        label: bilingual,
        citation: z.string(),
        flag: z.enum(['U', '!']).optional(),
        result: z.enum(REQUIREMENT_RESULTS),
        note: z.string().optional(),
      }),
    ),
    deadlines: lawDeadlinesResponse.nullable(),
    invitations: z.array(
      z.object({
        id: z.uuid(),
        party: z.enum(CLARIFICATION_PARTIES),
        /** null: the pelapor's name, withheld from a role that may not read the reporter */
        name: z.string().nullable(),
        scheduledAt: z.string(),
        /** a saksi named at intake: their place in intake.witnesses, from 0; null otherwise */
        witness: z.number().int().nullable(),
        hearing: z.object({ heldAt: z.string(), attended: z.boolean(), minutesRef: z.string().nullable() }).nullable(),
      }),
    ),
    kajian: z
      .object({ actCodes: z.array(z.string()), otherBasis: z.array(z.string()), conclusion: z.enum(KAJIAN_CONCLUSIONS).nullable() })
      .nullable(),
    decision: z
      .object({
        outcome: z.enum(KAJIAN_CONCLUSIONS),
        types: z.array(z.enum(VIOLATION_TYPES)),
        decidedAt: z.string(),
        membersPresent: z.number().int(),
        membersTotal: z.number().int(),
      })
      .nullable(),
    forwardings: z.array(
      z.object({ type: z.enum(VIOLATION_TYPES), recipient: z.string().nullable(), recipientName: bilingual, letterRef: z.string(), sentAt: z.string() }),
    ),
    availableActions: z.array(
      z.object({
        action: z.enum(CASE_ACTIONS),
        label: bilingual,
        targets: z.array(z.enum(CASE_STATES)),
        enabled: z.boolean(),
        missing: z.array(missingItem),
      }),
    ),
  })
  .meta({ id: 'CaseDetail' });

export type LaporanCreateBody = z.infer<typeof laporanCreateBody>;
export type TemuanCreateBody = z.infer<typeof temuanCreateBody>;
export type InformasiAwalCreateBody = z.infer<typeof informasiAwalCreateBody>;
export type IntakeCreateBody = z.infer<typeof intakeCreateBody>;
export type IntakeCreateResponse = z.infer<typeof intakeCreateResponse>;
export type CaseRefusalResponse = z.infer<typeof caseRefusalResponse>;
export type CaseListQuery = z.infer<typeof caseListQuery>;
export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseDetail = z.infer<typeof caseDetail>;
