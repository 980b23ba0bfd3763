// What the staff console reads about a case, beyond the state machine's view (core/api/cases.ts):
// the deadline board statuses, the reported party, evidence, documents, notes and links.
import { z } from 'zod';
import { OFFICE_KINDS } from '../access.js';
import { nip } from '../cases/fields.js';
import { NOTICES } from '../cases/effects.js';
import { CASE_STATES } from '../cases/states.js';
import { CLARIFICATION_PARTIES } from '../cases/case-facts.js';
import { caseDetail, caseSummary } from './cases.js';
import { isoDate } from './law.js';
import { DELIVERY_METHODS } from '../cases/documents.js';

export const CLOCK_STATUSES = ['tepat-waktu', 'jatuh-tempo-hari-ini', 'terlambat'] as const;

export const runningClock = z.object({ clock: z.string(), due: z.string(), status: z.enum(CLOCK_STATUSES) });

export const caseListItem = caseSummary
  .extend({
    clockStatus: z.enum(CLOCK_STATUSES).nullable(),
    reportedAgency: z.string().nullable(),
    assigneeId: z.uuid().nullable(),
    duplicateOfId: z.uuid().nullable(),
    /** workflow actions taken so far, as in the case page: what bulk triage sends back in `revisions` */
    revision: z.number().int(),
  })
  .meta({ id: 'CaseListItem' });

export const caseListResult = z.object({ items: z.array(caseListItem), total: z.number().int() });

/**
 * How many open cases of the caller's area stand where on the clock now, as the deadline board
 * groups them and the inbox's deadline filters list them: overdue, due today, due later within
 * seven days (today's not counted again). Exact, unlike a count of a capped list.
 */
export const deadlineCounts = z.object({
  terlambat: z.number().int(),
  'hari-ini': z.number().int(),
  'minggu-ini': z.number().int(),
});

export const evidenceItem = z
  .object({
    id: z.uuid(),
    label: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    sourceUrl: z.string().nullable(),
    capturedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Evidence' });

/** The answer to an upload: the evidence, and whether this very file was among the case's already. */
export const evidenceAdded = evidenceItem
  .extend({ alreadyAttached: z.boolean().describe('berkas yang sama sudah ada di bukti perkara ini (tidak ditambah lagi) / the same file was already among this case\'s evidence (not added again)') })
  .meta({ id: 'EvidenceAdded' });

/**
 * A letter's delivery, as staff recorded it: to whom (a party, for a letter with notices to several;
 * null: its one addressee), how, on which (local) day, a note (e.g. who signed for it).
 */
export const documentDelivery = z
  .object({ to: z.enum(CLARIFICATION_PARTIES).nullable(), method: z.enum(DELIVERY_METHODS), deliveredOn: z.string(), note: z.string().nullable(), recordedAt: z.string() })
  .meta({ id: 'DocumentDelivery' });
export const documentDeliveryBody = z.object({
  /** required when the letter carries notices to more than one party (its `addressees`) */
  to: z.enum(CLARIFICATION_PARTIES).optional(),
  method: z.enum(DELIVERY_METHODS),
  deliveredOn: isoDate,
  note: z.string().trim().max(500).optional(),
});

export const documentItem = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.object({ id: z.string(), en: z.string() }),
    number: z.string(),
    version: z.number().int(),
    sha256: z.string(),
    /** It prints the reporter's identity: only `cases.reporter` roles download it, each download audited. */
    personalData: z.boolean(),
    /** a letter to the pelapor (the receipt, a notice to complete, a status notice, their invitation): it may be e-mailed to them */
    toPelapor: z.boolean(),
    /** when it was last sent to the pelapor's e-mail address (a letter to them), else null */
    emailedAt: z.string().nullable(),
    /** a letter: whether its delivery can be recorded */
    deliverable: z.boolean(),
    /** the parties it carries notices to: a delivery names one of them when there are several */
    addressees: z.array(z.enum(CLARIFICATION_PARTIES)),
    /** the latest delivery recorded for each addressee (empty: none yet) */
    deliveries: z.array(documentDelivery),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseDocument' });

export const documentEmailed = z.object({ emailedAt: z.string() }).meta({ id: 'DocumentEmailed' });


/** A notice the law required of a transition, with the document that carries it (core/cases/notices.ts). */
export const noticeItem = z
  .object({
    id: z.uuid(),
    notice: z.enum(NOTICES),
    to: z.enum([...CLARIFICATION_PARTIES, 'kantor-tujuan']),
    status: z.enum(CASE_STATES).nullable(),
    invitationId: z.uuid().nullable(),
    owedAt: z.string(),
    /** the document kind that carries it, or `netra` (delivered by Netra itself) */
    carrier: z.string(),
    document: z.object({ id: z.uuid(), number: z.string(), createdAt: z.string(), emailedAt: z.string().nullable(), deliveredOn: z.string().nullable() }).nullable(),
    outcome: z.enum(['dibuat', 'belum', 'netra']),
  })
  .meta({ id: 'CaseNotice' });

export const caseView = caseDetail
  .extend({
    running: z.array(runningClock),
    paused: z.boolean(),
    reportedParty: z.record(z.string(), z.unknown()).nullable(),
    event: z.object({ place: z.string().nullable(), regionCode: z.string().nullable(), occurredOn: z.string().nullable(), knownOn: z.string().nullable() }),
    summaryText: z.string(),
    intake: z.record(z.string(), z.unknown()),
    hasReporter: z.boolean(),
    /** the intake gave an address or phone of a saksi or the terlapor: read apart (GET …/contacts) */
    hasContacts: z.boolean(),
    assigneeId: z.uuid().nullable(),
    duplicateOfId: z.uuid().nullable(),
    links: z.array(z.object({ relation: z.string(), caseId: z.string() })),
    closing: z.object({ action: z.string(), reason: z.string(), at: z.string() }).nullable(),
    kajianText: z.string().nullable(),
    evidence: z.array(evidenceItem),
    documents: z.array(documentItem),
    /** the notices the law required so far, each with its document or still owed */
    notices: z.array(noticeItem),
    notes: z.array(z.object({ id: z.uuid(), authorId: z.uuid(), body: z.string(), createdAt: z.string() })),
    version: z.number().int(),
    /**
     * workflow actions taken so far (also the `ETag`, `"r<revision>"`): send it back in If-Match
     * with an action, and it is refused if someone acted in between. Notes, evidence, documents,
     * assignment and the sweep do not move it; `version` moves with every write.
     */
    revision: z.number().int(),
  })
  .meta({ id: 'CaseView' });

/**
 * The answer to an action asked with `Prefer: return=minimal` (RFC 7240): what a client needs to
 * go on (the new state and version, the register number, the invitations' ids for their hearings,
 * the cases it opened), without the case page. No names: nothing in it is personal data. Strict,
 * so that a case page never passes for it.
 */
export const caseActionReceipt = z
  .strictObject({
    id: z.uuid(),
    state: z.enum(CASE_STATES),
    version: z.number().int(),
    /** workflow actions taken so far: send it back as If-Match `"r<revision>"` with the next action */
    revision: z.number().int(),
    registerNumber: z.string().nullable(),
    invitations: z.array(z.object({ id: z.uuid(), party: z.enum(CLARIFICATION_PARTIES), scheduledAt: z.string() })),
    links: z.array(z.object({ relation: z.string(), caseId: z.string() })),
  })
  .meta({ id: 'CaseActionReceipt' });

export const caseInboxQuery = z.object({
  // one state or several, comma-separated
  state: z.string().max(400).optional(),
  kind: z.enum(['laporan', 'temuan', 'informasi-awal']).optional(),
  regime: z.string().max(40).optional(),
  /** a receipt or register number, the terlapor's name or NIP, or (for roles that may read the pelapor) words of the event */
  q: z.string().trim().max(100).optional(),
  /** the terlapor's NIP, exactly: the same civil servant's other cases */
  nip: nip.optional(),
  agency: z.string().trim().max(200).optional(),
  assigneeId: z.uuid().optional(),
  due: z.enum(['terlambat', 'hari-ini', 'minggu-ini']).optional().describe('tenggat terdekat: sudah lewat, jatuh tempo hari ini, atau dalam 7 hari (belum lewat) / nearest deadline: passed, due today, or within 7 days (not passed)'),
  open: z.enum(['true', 'false']).optional(),
  /** `belum`: cases owing a notice whose letter is not made yet */
  notices: z.enum(['belum']).optional(),
  sort: z.enum(['received', 'due']).default('received'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const assignBody = z.object({ assigneeId: z.uuid().nullable() });
export const noteBody = z.object({ body: z.string().trim().min(1).max(10_000) });
export const bulkBody = z.object({
  caseIds: z.array(z.uuid()).min(1).max(200),
  action: z.enum(['tidak-registrasi', 'tandai-duplikat', 'arsipkan']),
  payload: z.record(z.string(), z.unknown()),
  /**
   * The revision each case was seen at (the inbox row's `revision`), the If-Match of each: a case
   * someone acted on since is left as it is, with CASE_CHANGED. A case not named here is not checked.
   */
  revisions: z
    .record(z.uuid(), z.number().int().min(0))
    .optional()
    .describe('revisi tiap perkara saat dilihat; perkara yang sudah ditindak orang lain sejak itu tidak diubah (CASE_CHANGED) / the revision each case was seen at; a case acted on since is left unchanged (CASE_CHANGED)'),
});
export const bulkResult = z.object({
  results: z.array(
    z.object({
      caseId: z.uuid(),
      ok: z.boolean(),
      code: z.string().optional(),
      message: z.string().optional(),
      /** CASE_CHANGED: the last workflow action, by whom and when (also at the end of `message`) */
      lastAction: z.string().optional(),
    }),
  ),
});

/** `GET /api/v1/cases/:id/delegation-targets`: offices the case may be delegated to (core/cases/delegation.ts). */
export const delegationTargetsQuery = z.object({
  /** words of the office's name or its region's; without it, only the offices the event's place suggests */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const delegationTargets = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(OFFICE_KINDS),
        regionCode: z.string().nullable(),
        regionName: z.string().nullable(),
        /** its region holds the event's place (kabupaten/kota first, then province, then kecamatan) */
        suggested: z.boolean(),
      }),
    ),
    /** the legal basis of who may receive a delegated case */
    basis: z.string(),
  })
  .meta({ id: 'DelegationTargets' });
