// From a stored case to the plain input of an official document (modules/documents): the case row,
// its record (case-record.ts), the office, the reporter (laporan only) and who signs. Throws
// DocumentNotApplicableError when the case lacks what the document needs. Pure: no I/O, no clock.
import { assessChecklist, forwardingTarget, type Bilingual, type ClarificationParty, type ViolationType as CaseViolationType } from '../../../core/cases/index.js';
import { unannouncedStatuses } from '../../../core/cases/notices.js';
import type { CaseState } from '../../../core/cases/states.js';
import { ACTOR_KINDS, assessViolation, findAct, findRegime, localDateOf, offencesFor, type ActorKind, type CaseDeadlines, type RecipientId } from '../../../core/law/index.js';
import { officeTimeZone, TIME_ZONES, type IndonesianTimeZone } from '../../../core/regions/time-zone.js';
import type { CaseIdentity, CaseStatus, DocumentInput, DocumentInputBase, DocumentKind, EvidenceRef, LegalBasisItem, ReportedParty, ReporterIdentity, ViolationType } from '../documents/index.js';
import type { OfficeRow } from '../offices/offices.repository.js';
import type { CaseRecord, InvitationRecord } from './case-record.js';
import type { CaseRow } from './cases.repository.js';

export type DocumentContext = {
  row: CaseRow;
  office: OfficeRow;
  /** the place written before the date, e.g. 'Serang' */
  officeCity: string;
  reporter: ReporterIdentity | null;
  evidence: EvidenceRef[];
  /** the staff member generating the document: signs forms and minutes (letters: the office's Ketua) */
  signer: { name: string; position: string };
  issuedAt: Date;
  number: string;
  /** undangan-klarifikasi to a saksi: their address from the sealed contacts (null: none, or not for this role) */
  witnessAddress?: string | null;
  /** undangan-klarifikasi / berita-acara-klarifikasi: which invitation (default: the first) */
  invitationId?: string;
  /** surat-penerusan: number of the kajian document the decision rests on (default: the register number) */
  kajianNumber?: string;
  /** pemberitahuan-status-laporan: the ids of the owed notices the case's documents carry already */
  carriedNotices?: ReadonlySet<string>;
  /** pemberitahuan-pelimpahan: the case's last delegation, from its audit row (null: never delegated) */
  delegation?: { fromOffice: string; toOffice: string; at: Date; reason: string } | null;
};

/** The case lacks what the document needs (a 409 for the API). */
export class DocumentNotApplicableError extends Error {
  readonly status = 409;
  constructor(readonly kind: DocumentKind, readonly bilingual: Bilingual) {
    super(`${kind}: ${bilingual.en}`);
    this.name = 'DocumentNotApplicableError';
  }
}

// Short code of each kind in a document number. UNVERIFIED: Bawaslu's official numbering of these
// letters and forms (classification codes such as PP.01.02, office codes such as K.BT-06) was not
// read; this 'seq/CODE/region/month/year' pattern is our placeholder, like the register number.
export const DOCUMENT_NUMBER_CODES: Record<DocumentKind, string> = {
  'tanda-bukti-penyampaian-laporan': 'TB', 'pemberitahuan-kelengkapan': 'PK', 'formulir-kajian-awal': 'KA', 'undangan-klarifikasi': 'UK',
  'berita-acara-klarifikasi': 'BA', 'kajian-dugaan-pelanggaran': 'KJ', 'pemberitahuan-status-laporan': 'PS', 'surat-penerusan': 'RK',
  'pemberitahuan-pelimpahan': 'PL',
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The signature line of a letter whose office has no Ketua's name on file: to be written by hand. */
export const UNNAMED_HEAD = '(..............................................)';

/** e.g. '001/TB/36.73/XI/2024'; 'RI' stands for a national office (no region). */
export function documentNumber(kind: DocumentKind, seq: number, office: { regionCode: string | null }, issuedOn: string): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`documentNumber: bad sequence ${seq}`);
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(issuedOn);
  const month = ROMAN[Number(m?.[2]) - 1];
  if (!m || !month) throw new RangeError(`documentNumber: bad date ${issuedOn}`);
  return `${String(seq).padStart(3, '0')}/${DOCUMENT_NUMBER_CODES[kind]}/${office.regionCode ?? 'RI'}/${month}/${m[1]}`;
}

const LEGAL_BASIS: Record<'pemilu' | 'pilkada', string[]> = {
  pilkada: [
    'Undang-Undang Nomor 10 Tahun 2016 Pasal 134 dan Pasal 135',
    'Peraturan Bawaslu Nomor 8 Tahun 2020 sebagaimana diubah dengan Peraturan Bawaslu Nomor 9 Tahun 2024',
  ],
  pemilu: ['Undang-Undang Nomor 7 Tahun 2017 Pasal 454 dan Pasal 455', 'Peraturan Bawaslu Nomor 7 Tahun 2022'],
};
const VIOLATION_TYPES: Record<CaseViolationType, ViolationType> = {
  administratif: 'administratif', pidana: 'pidana', 'kode-etik': 'kode-etik', 'peraturan-lain': 'peraturan-lainnya',
};
const STATUSES: Partial<Record<string, CaseStatus>> = {
  diterima: 'diterima', 'kajian-awal': 'kajian-awal', 'perlu-dilengkapi': 'belum-diregistrasi', dilimpahkan: 'belum-diregistrasi',
  'tidak-diregistrasi': 'tidak-diregistrasi', duplikat: 'tidak-diregistrasi', dicabut: 'dicabut', diregistrasi: 'diregistrasi',
  klarifikasi: 'klarifikasi', kajian: 'kajian', pleno: 'kajian', pelanggaran: 'pelanggaran', diteruskan: 'diteruskan',
  'bukan-pelanggaran': 'bukan-pelanggaran',
};
const ASN_RECIPIENTS: readonly RecipientId[] = ['KASN', 'BKN', 'LembagaIndependenASN'];

type Reported = ReportedParty & { actorKind: ActorKind | null };
type Case = { ctx: DocumentContext; rec: CaseRecord; tz: IndonesianTimeZone; regimeKind: 'pemilu' | 'pilkada'; id: CaseIdentity; reported: Reported };

/** The local calendar day of an instant in a time zone. */
function dayIn(at: Date | string, tz: IndonesianTimeZone): string {
  return localDateOf(new Date(at).getTime(), TIME_ZONES[tz].offsetMinutes);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function regimeName(ctx: DocumentContext, rec: CaseRecord): string {
  const regime = findRegime(ctx.row.regime);
  const year = regime?.votingDay.slice(0, 4) ?? String(ctx.row.receivedAt.getUTCFullYear());
  const area = /\b(Kota|Kabupaten|Provinsi)\s+(.+)$/.exec(ctx.office.name);
  const at = (level: string): string => (area?.[1] === level ? ` ${area[2]}` : '');
  if (rec.election === 'wali-kota') return `Pemilihan Wali Kota dan Wakil Wali Kota${at('Kota')} Tahun ${year}`;
  if (rec.election === 'bupati') return `Pemilihan Bupati dan Wakil Bupati${at('Kabupaten')} Tahun ${year}`;
  if (rec.election === 'gubernur') return `Pemilihan Gubernur dan Wakil Gubernur${at('Provinsi')} Tahun ${year}`;
  return regime?.nameId ?? ctx.row.regime;
}

function load(kind: DocumentKind, ctx: DocumentContext): Case {
  const { row } = ctx;
  const no = (id: string, en: string): never => { throw new DocumentNotApplicableError(kind, { id, en }); };
  if (row.kind !== 'laporan' && row.kind !== 'temuan') no('Dokumen hanya untuk laporan atau temuan', 'Documents exist only for a laporan or temuan');
  const rec = row.facts as CaseRecord;
  const raw = obj(row.reported);
  const name = str(raw.name) ?? no('Terlapor belum tercatat', 'No reported party is recorded');
  const occurredOn = row.occurredOn ?? no('Tanggal kejadian belum tercatat', 'The date of the event is not recorded');
  const employeeKind = raw.kind === 'PNS' || raw.kind === 'PPPK' ? raw.kind : 'lainnya';
  const given = ACTOR_KINDS.find((k) => k === raw.actorKind) ?? null;
  const actorKind = given ?? rec.machine.reportedActorKind ?? (employeeKind === 'lainnya' ? null : 'asn');
  const reported: Reported = {
    name, nip: str(raw.nip), agency: str(raw.agency) ?? row.reportedAgency ?? '-', position: str(raw.position) ?? '-', employeeKind, actorKind,
  };
  const { actorKind: _omit, ...reportedParty } = reported;
  const tz = officeTimeZone(ctx.office.regionCode);
  const id: CaseIdentity = {
    receiptNumber: row.receiptNumber, registerNumber: row.registerNumber ?? rec.machine.registerNumber, kind: row.kind as 'laporan' | 'temuan',
    regimeName: regimeName(ctx, rec), reportedParty,
    event: {
      description: str(obj(rec.intake.event).description) ?? row.summary, place: row.eventPlace ?? '-',
      occurredOn, knownOn: row.knownOn ?? rec.knownOn ?? rec.foundOn ?? occurredOn,
    },
  };
  return { ctx, rec, tz, regimeKind: findRegime(row.regime)?.kind ?? 'pilkada', id, reported };
}

/** The catalogue acts as a legal-basis table: the SKB row, ethics and discipline articles, crimes. */
function basisItems(c: Case, actCodes: readonly string[], other: readonly string[] = []): LegalBasisItem[] {
  const acts = actCodes.flatMap((code) => {
    const act = findAct(code);
    if (!act) return [];
    const crimes = c.reported.actorKind ? offencesFor(act, c.regimeKind, c.reported.actorKind).map((o) => o.article.article) : [];
    const articles = [
      `SKB Netralitas ASN 2022 Lampiran II baris ${act.row}`, ...(act.otherArticles?.[c.regimeKind] ?? []),
      ...(act.ethics.citation ? [act.ethics.citation] : []), ...(act.discipline ? [act.disciplineCitation] : []), ...crimes,
    ];
    return [{ actCode: act.code, actText: act.textId, articles: [...new Set(articles)] }];
  });
  const cited = new Set(acts.flatMap((a) => a.articles));
  return [...acts, ...other.filter((t) => !cited.has(t)).map((text) => ({ actCode: '-', actText: 'Ketentuan lain', articles: [text] }))];
}

function invitation(kind: DocumentKind, c: Case): InvitationRecord {
  const wanted = c.ctx.invitationId;
  const found = wanted ? c.rec.invitations.find((i) => i.id === wanted) : c.rec.invitations[0];
  if (!found) throw new DocumentNotApplicableError(kind, { id: 'Undangan klarifikasi tidak ditemukan', en: 'No such clarification invitation' });
  return found;
}

function party(c: Case, role: ClarificationParty): { position: string | null; agency: string | null } {
  return role === 'terlapor' ? { position: c.reported.position, agency: c.reported.agency } : { position: null, agency: null };
}

const isAsn = (c: Case): boolean => c.reported.actorKind === 'asn' || c.reported.actorKind === 'official';

/** The input of `kind` for the case in `ctx`; throws DocumentNotApplicableError when it does not fit. */
export function documentInput(kind: DocumentKind, ctx: DocumentContext): DocumentInput {
  const c = load(kind, ctx);
  const { rec, id, tz } = c;
  const no = (idText: string, en: string): never => { throw new DocumentNotApplicableError(kind, { id: idText, en }); };
  const base: DocumentInputBase = {
    number: ctx.number,
    issuedAt: ctx.issuedAt,
    evidence: ctx.evidence,
    letterhead: { officeName: ctx.office.name, address: ctx.office.address, phone: ctx.office.phone, email: ctx.office.email, city: ctx.officeCity, timeZone: tz },
  };
  const signer = ctx.signer;
  // Outgoing letters are signed by the Ketua, in tata naskah dinas as in Bawaslu's own letters;
  // without a name on file the letter leaves a line to write it. Forms and minutes are signed by
  // the staff member who made them (signer), who is also the invitation's contact person.
  const head = { name: ctx.office.headName?.trim() || UNNAMED_HEAD, position: `Ketua ${ctx.office.name}` };
  const issuedOn = dayIn(ctx.issuedAt, tz);
  const reporterFor = () => {
    if (id.kind !== 'laporan') no('Dokumen ini hanya untuk laporan (temuan tidak memiliki pelapor)', 'This document is for a laporan only (a temuan has no reporter)');
    const r = ctx.reporter ?? no('Identitas pelapor tidak tersedia', "The reporter's identity is not available");
    return { name: r.name, address: r.address ?? null, representative: r.representative ?? null };
  };
  const registered = () => ({ ...id, registerNumber: id.registerNumber ?? no('Perkara belum diregistrasi', 'The case is not registered') });
  const subject = `dugaan pelanggaran ${isAsn(c) ? 'netralitas ASN ' : ''}oleh ${id.reportedParty.name}`;

  switch (kind) {
    case 'tanda-bukti-penyampaian-laporan': {
      const evidence = Array.isArray(rec.intake.evidence) ? rec.intake.evidence : [];
      const submittedItems = evidence.map((e) => str(obj(e).description)).filter((e): e is string => e !== null);
      return { ...base, kind, data: { case: { ...id, registerNumber: null }, receivedAt: ctx.row.receivedAt, reporter: reporterFor(), channel: str(rec.intake.channel), submittedItems, receivingOfficer: signer } };
    }
    case 'pemberitahuan-kelengkapan': {
      const reporter = reporterFor();
      const completion = rec.machine.completion ?? no('Pemberitahuan kelengkapan belum tercatat', 'No notice to complete has been recorded');
      const failed = new Map(rec.machine.checklist.filter((e) => e.result === 'tidak-memenuhi').map((e) => [e.itemId, e]));
      const items = assessChecklist(id.kind, c.regimeKind, []).items.filter((i) => failed.has(i.item.id));
      if (items.length === 0) no('Tidak ada syarat yang tercatat tidak memenuhi', 'No requirement is recorded as not met');
      const due = completion.due ?? (ctx.row.deadlines as Partial<CaseDeadlines>).completion?.due ?? no('Batas waktu melengkapi belum dihitung', 'The completion deadline is not computed');
      const missing = items.map(({ item }) => ({ requirement: item.group === 'formal' ? ('formal' as const) : ('materiel' as const), item: item.label.id, note: failed.get(item.id)?.note ?? null }));
      const legalBasis = [...LEGAL_BASIS[c.regimeKind], ...new Set(items.map((i) => i.item.citation))];
      return { ...base, kind, data: { case: id, reporter, missing, dueAt: new Date(due), legalBasis, signer: head } };
    }
    case 'pemberitahuan-pelimpahan': {
      const reporter = reporterFor();
      const delegation = ctx.delegation ?? no('Laporan ini tidak pernah dilimpahkan', 'This report was never delegated');
      return { ...base, kind, data: { case: id, reporter, delegation, legalBasis: LEGAL_BASIS[c.regimeKind], signer: head } };
    }
    case 'formulir-kajian-awal': {
      const a = assessChecklist(id.kind, c.regimeKind, rec.machine.checklist);
      if (a.unassessed.length > 0) no('Kajian awal belum selesai: ada syarat yang belum dinilai', 'The preliminary analysis is unfinished: requirements remain unassessed');
      const checks = a.items.map((i) => ({ group: i.item.group, item: i.item.label.id, result: i.result === 'memenuhi' ? ('memenuhi' as const) : ('tidak-memenuhi' as const), note: i.note ?? null, article: i.item.citation }));
      const strip = ({ group: _g, ...check }: (typeof checks)[number]) => check;
      const conclusion = rec.machine.registeredAt || a.outcome === 'memenuhi' ? 'diregistrasi' : a.outcome === 'perlu-dilengkapi' && ctx.row.state !== 'tidak-diregistrasi' ? 'perlu-dilengkapi' : 'tidak-diregistrasi';
      return {
        ...base, kind,
        data: {
          case: id, receivedAt: ctx.row.receivedAt, analysedOn: issuedOn,
          formal: checks.filter((x) => x.group === 'formal').map(strip), material: checks.filter((x) => x.group === 'materiil').map(strip),
          allegedViolationType: isAsn(c) ? 'Pelanggaran peraturan perundang-undangan lainnya (netralitas ASN)' : null,
          conclusion, conclusionNote: conclusion === 'tidak-diregistrasi' ? (rec.closing?.reason ?? null) : null, analyst: signer, approver: null,
        },
      };
    }
    case 'undangan-klarifikasi': {
      const inv = invitation(kind, c);
      const who = party(c, inv.party);
      // The pelapor at their own address, or, represented, at their kuasa's (as the notice to complete).
      const pelaporAddress = ctx.reporter?.representative?.address ?? ctx.reporter?.address ?? null;
      const address = inv.party === 'terlapor' ? who.agency : inv.party === 'pelapor' ? pelaporAddress : inv.party === 'saksi' ? (ctx.witnessAddress ?? null) : null;
      const bring = ['Kartu identitas (KTP)', ...(inv.party === 'terlapor' && isAsn(c) ? ['Surat keputusan jabatan terakhir'] : []), ...(inv.party === 'pelapor' ? ['Bukti pendukung yang dimiliki'] : [])];
      return {
        ...base, kind,
        data: {
          case: id, addressee: { name: inv.name, role: inv.party, position: who.position, address }, hearing: { startsAt: new Date(inv.scheduledAt), place: inv.place },
          subject, legalBasis: LEGAL_BASIS[c.regimeKind], bring, contact: ctx.office.phone ? { name: signer.name, phone: ctx.office.phone } : null, signer: head,
        },
      };
    }
    case 'berita-acara-klarifikasi': {
      const inv = invitation(kind, c);
      const hearing = inv.hearing?.attended ? inv.hearing : no('Klarifikasi belum dilaksanakan atau yang diundang tidak hadir', 'The hearing has not been held or the invitee did not attend');
      return {
        ...base, kind,
        data: { case: id, interviewee: { name: inv.name, role: inv.party, ...party(c, inv.party) }, startedAt: new Date(hearing.heldAt), endedAt: null, place: inv.place, examiners: [signer], summary: hearing.summary },
      };
    }
    case 'kajian-dugaan-pelanggaran': {
      const kajian = rec.kajian ?? no('Kajian belum dicatat', 'No kajian is recorded');
      const registeredAt = rec.machine.registeredAt ?? no('Perkara belum diregistrasi', 'The case is not registered');
      const facts = kajian.facts.split(/\n+/).map((f) => f.replace(/^\s*(?:\d+[.)]|[-•*])\s*/, '').trim()).filter(Boolean);
      const clarifications = rec.invitations.filter((i) => i.hearing?.attended).map((i) => ({ name: i.name, role: i.party, summary: i.hearing?.summary ?? 'Hadir dan memberikan keterangan.' }));
      const analysis = kajian.actCodes.flatMap((code) => {
        const act = findAct(code);
        return act ? [`Perbuatan terlapor sebagaimana fakta di atas memenuhi unsur ${act.code}: ${act.textId} (${act.citation}).`] : [];
      });
      if (kajian.otherBasis.length > 0) analysis.push(`Perbuatan tersebut juga dinilai berdasarkan ${kajian.otherBasis.join('; ')}.`);
      const type = kajian.proposedTypes[0] ?? (rec.decision?.decision === 'pelanggaran' ? rec.decision.types[0] : undefined);
      const target = type ? forwardingTarget(type, c.reported.actorKind, issuedOn) : null;
      const recipient = target?.name.id ?? rec.forwards.at(-1)?.recipientName.id;
      return {
        ...base, kind,
        data: {
          case: registered(), registeredOn: dayIn(registeredAt, tz), facts: facts.length > 0 ? facts : [kajian.facts], clarifications,
          legalBasis: basisItems(c, kajian.actCodes, kajian.otherBasis), analysis: analysis.length > 0 ? analysis : ['Lihat fakta-fakta dan dasar hukum di atas.'],
          conclusion: kajian.conclusion === 'pelanggaran'
            ? { kind: 'pelanggaran', violationType: type ? VIOLATION_TYPES[type] : no('Jenis pelanggaran belum diusulkan', 'No violation type is proposed') }
            : { kind: 'bukan-pelanggaran', reason: rec.decision?.decision === 'bukan-pelanggaran' ? rec.decision.reason : 'unsur pelanggaran tidak terpenuhi.' },
          recommendation: kajian.conclusion === 'pelanggaran' && recipient ? { text: `Diteruskan kepada ${recipient} untuk ditindaklanjuti sesuai kewenangan.`, recipient } : null,
          preparedBy: [signer], approvedBy: null,
        },
      };
    }
    case 'pemberitahuan-status-laporan': {
      const state = ctx.row.state;
      const status = STATUSES[state] ?? no(`Status '${state}' tidak diumumkan`, `State '${state}' is not announced`);
      const lastForward = rec.forwards.at(-1);
      const at = state === 'diteruskan' ? lastForward?.at
        : state === 'pelanggaran' || state === 'bukan-pelanggaran' ? rec.decision?.decidedAt
          : ['tidak-diregistrasi', 'dicabut', 'duplikat'].includes(state) ? rec.closing?.at
            : rec.machine.registeredAt ?? ctx.row.receivedAt;
      const statusNote = state === 'diteruskan' ? `Diteruskan kepada ${[...new Set(rec.forwards.map((f) => f.recipientName.id))].join(', ')}`
        : rec.decision?.decision === 'bukan-pelanggaran' ? rec.decision.reason : (rec.closing?.reason ?? null);
      // An earlier status no notice announced yet is told with this one, with the day it was reached.
      const earlier = unannouncedStatuses(rec.notices ?? [], ctx.carriedNotices ?? new Set(), state as CaseState).flatMap((e) => {
        const s = STATUSES[e.status];
        return s && s !== status ? [{ status: s, on: dayIn(e.owedAt, tz) }] : [];
      });
      const r = ctx.reporter;
      return {
        ...base, kind,
        data: {
          case: id, status, statusOn: dayIn(at ?? ctx.issuedAt, tz), statusNote, signer: head, earlier,
          reporter: r ? { name: r.name, address: r.address ?? null, phone: r.phone ?? null, email: r.email ?? null, nik: r.nik ?? null, representative: r.representative ?? null } : null,
        },
      };
    }
    case 'surat-penerusan': {
      const decision = rec.decision?.decision === 'pelanggaran' ? rec.decision : no('Belum ada putusan pelanggaran', 'No violation has been decided');
      const forward = rec.forwards.at(-1);
      const type = forward?.type ?? decision.types[0] ?? no('Jenis pelanggaran belum diputuskan', 'No violation type is decided');
      const recipientId = (forward ? forward.recipient : forwardingTarget(type, c.reported.actorKind, issuedOn)?.recipient) ??
        no('Penerima penerusan bukan instansi yang dikenal templat surat', 'The recipient is not one the letter template knows');
      const actCodes = rec.kajian?.actCodes ?? [];
      const a = ASN_RECIPIENTS.includes(recipientId) && actCodes.length > 0
        ? assessViolation({ regime: ctx.row.regime, actorKind: c.reported.actorKind ?? 'asn', actCodes, occurredOn: id.event.occurredOn })
        : null;
      const hearings = rec.invitations.some((i) => i.hearing?.attended);
      const summary = id.event.description.trim().replace(/[.]?$/, '.');
      return {
        ...base, kind,
        data: {
          case: registered(), recipient: { id: recipientId }, violation: basisItems(c, actCodes, rec.kajian?.otherBasis),
          attachments: ['Kajian dugaan pelanggaran', ...(hearings ? ['Berita acara klarifikasi'] : []), ...(ctx.evidence.length > 0 ? ['Salinan bukti'] : [])],
          decision: { kajianNumber: ctx.kajianNumber ?? registered().registerNumber, decidedOn: dayIn(decision.decidedAt, tz), summary },
          recommendedSanction: a && (a.moralSanction || a.discipline) ? { moral: a.moralSanction ? 'tertutup-atau-terbuka' : null, discipline: a.discipline } : null,
          signer: head,
        },
      };
    }
  }
}
