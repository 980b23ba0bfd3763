// The notices a transition obliges the office to send (the machine's `notify` effects), kept with
// the case, and the official document that carries each. The pelapor is told when the report
// must be completed, is registered or not, is decided and is forwarded (Perbawaslu 8/2020, status
// notices; UU 7/2017 Pasal 454), and every party invited to a clarification gets an invitation.
// Pure: the server records the notices at the transition and, when it makes a document, which
// notices that document carries; the page shows each notice with its document or as still owed.
import { CLARIFICATION_PARTIES, type ClarificationParty } from './case-facts.js';
import type { DocumentKind } from './documents.js';
import { NOTICES, type Effect, type Notice } from './effects.js';
import type { CaseState } from './states.js';

export type NoticeRecipient = ClarificationParty | 'kantor-tujuan';

/** One notice owed, as recorded when the transition that requires it was taken. */
export type OwedNotice = {
  id: string;
  notice: Notice;
  to: NoticeRecipient;
  /** the status a status notice announces */
  status: CaseState | null;
  /** the invitation an undangan klarifikasi is for */
  invitationId: string | null;
  /** when the transition was taken (ISO) */
  owedAt: string;
};

/**
 * How a notice is delivered:
 * - a document kind: Netra makes the letter, the office sends it;
 * - `netra`: Netra delivers it itself (a delegated case appears in the receiving office's inbox).
 *
 * The pelapor's notice of delegation is a letter the receiving office makes (it holds the case from
 * the delegation on): pemberitahuan-pelimpahan.
 */
export type NoticeCarrier = DocumentKind | 'netra';

export function noticeCarrier(n: Pick<OwedNotice, 'notice' | 'to'>): NoticeCarrier {
  if (n.to === 'kantor-tujuan') return 'netra';
  switch (n.notice) {
    case 'pemberitahuan-kelengkapan':
      return 'pemberitahuan-kelengkapan';
    case 'undangan-klarifikasi':
      return 'undangan-klarifikasi';
    case 'pemberitahuan-status':
      return 'pemberitahuan-status-laporan';
    case 'pemberitahuan-pelimpahan':
      return 'pemberitahuan-pelimpahan';
  }
}

/** True for a notice whose letter Netra makes (not one it delivers itself). */
export function needsLetter(n: Pick<OwedNotice, 'notice' | 'to'>): boolean {
  return noticeCarrier(n) !== 'netra';
}

/** The (notice, recipient) pairs whose letter Netra makes: what the inbox's "not made yet" filter counts. */
export function noticesWithLetters(): { notice: Notice; to: NoticeRecipient }[] {
  const recipients: NoticeRecipient[] = [...CLARIFICATION_PARTIES, 'kantor-tujuan'];
  return NOTICES.flatMap((notice) => recipients.map((to) => ({ notice, to }))).filter(needsLetter);
}

/**
 * The notices a transition's effects oblige, in order. `invitationIds` are the ids given to the
 * invitations this transition created, in the order of its payload (the machine names an
 * undangan's party and name, not its id).
 */
export function owedNotices(effects: readonly Effect[], ctx: { now: string; newId: () => string; invitationIds?: readonly string[] }): OwedNotice[] {
  const invitations = [...(ctx.invitationIds ?? [])];
  const out: OwedNotice[] = [];
  for (const e of effects) {
    if (e.type !== 'notify') continue;
    const invitationId = e.notice === 'undangan-klarifikasi' ? (invitations.shift() ?? null) : null;
    out.push({ id: ctx.newId(), notice: e.notice, to: e.to, status: e.status ?? null, invitationId, owedAt: ctx.now });
  }
  return out;
}

/**
 * The notices a document of `kind` carries, made now for a case owing `owed`: an invitation
 * carries its own undangan; a notice to complete carries the notice to complete; a status notice
 * announces the case's present status, which carries every status notice owed so far (an earlier
 * status the office did not announce is told with the present one, under "Status sebelumnya":
 * unannouncedStatuses; the page shows when each was owed and when its document was made).
 */
export function noticesCarriedBy(kind: DocumentKind, owed: readonly OwedNotice[], opts: { invitationId?: string | null } = {}): string[] {
  return owed
    .filter((n) => noticeCarrier(n) === kind && (kind !== 'undangan-klarifikasi' || (opts.invitationId != null && n.invitationId === opts.invitationId)))
    .map((n) => n.id);
}

/**
 * The earlier statuses a status notice made now tells besides the present one: those a status
 * notice was owed for (the `notify` effects of the transitions) that no document made so far
 * carries, in the order they were reached, each once (a status is owed to the pelapor and the
 * terlapor alike). `carried`: the notice ids the case's documents carry.
 */
export function unannouncedStatuses(owed: readonly OwedNotice[], carried: ReadonlySet<string>, present: CaseState): { status: CaseState; owedAt: string }[] {
  const found = new Map<CaseState, string>();
  for (const n of owed) {
    if (n.notice !== 'pemberitahuan-status' || n.status === null || n.status === present || carried.has(n.id) || found.has(n.status)) continue;
    found.set(n.status, n.owedAt);
  }
  return [...found].map(([status, owedAt]) => ({ status, owedAt })).sort((a, b) => a.owedAt.localeCompare(b.owedAt));
}

/** The letters addressed to the pelapor, which Netra may also send to their e-mail address. */
export const PELAPOR_LETTERS: readonly DocumentKind[] = ['tanda-bukti-penyampaian-laporan', 'pemberitahuan-kelengkapan', 'pemberitahuan-status-laporan', 'pemberitahuan-pelimpahan'];

/** True for a letter to the pelapor: one of PELAPOR_LETTERS, or an invitation that carries a notice to them. */
export function addressedToPelapor(kind: string, carried: readonly Pick<OwedNotice, 'to'>[]): boolean {
  return (PELAPOR_LETTERS as readonly string[]).includes(kind) || (kind === 'undangan-klarifikasi' && carried.some((n) => n.to === 'pelapor'));
}

/**
 * Whether a document of a case is a letter to the pelapor (which the console offers, and the server
 * agrees, to e-mail to them): only a laporan has a pelapor; an invitation is theirs when one of the
 * notices it carries (its `notices`, by id) is owed to them, whichever version of it this is.
 */
export function letterToPelapor(caseKind: string, doc: { kind: string; notices?: readonly string[] | null }, owed: readonly OwedNotice[]): boolean {
  if (caseKind !== 'laporan') return false;
  const carried = doc.notices ?? [];
  return addressedToPelapor(doc.kind, owed.filter((n) => carried.includes(n.id)));
}

/**
 * The parties a letter carries notices to, in the order the notices were owed: more than one for a
 * status notice told to the pelapor and the terlapor. Its deliveries are recorded for each.
 */
export function letterAddressees(doc: { notices?: readonly string[] | null }, owed: readonly OwedNotice[]): ClarificationParty[] {
  const carried = doc.notices ?? [];
  const parties: ClarificationParty[] = [];
  for (const n of owed) if (carried.includes(n.id) && n.to !== 'kantor-tujuan' && !parties.includes(n.to)) parties.push(n.to);
  return parties;
}

/** A delivery as the notices read it: to one party, or (`to` null) to the letter's addressee(s). */
export type NoticeDelivery = { to: string | null; deliveredOn: string };

export type NoticeDocument = { id: string; kind: string; number: string; createdAt: string; notices?: readonly string[] | null; emailedAt?: string | null; deliveries?: readonly NoticeDelivery[] | null };

export type NoticeProgress = OwedNotice & {
  carrier: NoticeCarrier;
  /**
   * the first document made that carries it, when it was last e-mailed to the pelapor, and the
   * first day a document carrying it was recorded as delivered to its party (null: none recorded)
   */
  document: { id: string; number: string; createdAt: string; emailedAt: string | null; deliveredOn: string | null } | null;
  /** `dibuat`: its document is made; `belum`: owed, not made; `netra`: delivered by Netra */
  outcome: 'dibuat' | 'belum' | 'netra';
};

/** Each notice owed with the first document that carries it (documents in the order they were made). */
export function noticeProgress(owed: readonly OwedNotice[], documents: readonly NoticeDocument[]): NoticeProgress[] {
  const ordered = [...documents].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return owed.map((n) => {
    const carrier = noticeCarrier(n);
    if (carrier === 'netra') return { ...n, carrier, document: null, outcome: carrier };
    const carrying = ordered.filter((d) => d.kind === carrier && (d.notices ?? []).includes(n.id));
    const doc = carrying[0];
    // Delivered to this notice's party, or recorded for the letter as a whole.
    const delivered = carrying.flatMap((d) => (d.deliveries ?? []).filter((x) => x.to === null || x.to === n.to).map((x) => x.deliveredOn)).sort()[0] ?? null;
    return { ...n, carrier, document: doc ? { id: doc.id, number: doc.number, createdAt: doc.createdAt, emailedAt: doc.emailedAt ?? null, deliveredOn: delivered } : null, outcome: doc ? 'dibuat' : 'belum' };
  });
}

/** How many notices are owed with no document made yet. */
export function unsentNotices(progress: readonly Pick<NoticeProgress, 'outcome'>[]): number {
  return progress.filter((p) => p.outcome === 'belum').length;
}
