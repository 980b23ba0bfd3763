// Rules of the actions before registration: kajian awal, completion, withdrawal, registration
// or not, duplicates, delegation (pelimpahan) and informasi awal. Perbawaslu 7/2022 Pasal 14
// (withdrawal before registration, kept as informasi awal), Pasal 15-17 (kajian awal,
// completion, registration).
import { isRegistrable } from './intake.js';
import { clock, decisionRunsFromReceipt, stopPreRegistrationClocks, type Effect } from './effects.js';
import { assessChecklist, checklistFor, REQUIREMENT_GROUP_LABELS, type ChecklistAssessment, type RequirementItem } from './requirements.js';
import type { FactContext, RuleTable } from './rule-types.js';
import { dateTimeText, dayDateText } from '../i18n/dates.js';
import { isAfter } from './time.js';
import { missing, type Missing } from './text.js';

function assessmentOf({ facts, regime }: FactContext): ChecklistAssessment | null {
  return isRegistrable(facts.kind) ? assessChecklist(facts.kind, regime.kind, facts.checklist) : null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const quoted = (item: RequirementItem) => {
  const group = REQUIREMENT_GROUP_LABELS[item.group];
  return { id: `${group.id} '${item.label.id}'`, en: `${group.en} '${item.label.en}'` };
};

function unassessed(items: RequirementItem[]): Missing[] {
  return items.map((item) => {
    const q = quoted(item);
    return missing(`syarat.${item.id}.belum-dinilai`, `Kajian awal belum lengkap: ${q.id} belum dinilai`, `Preliminary analysis incomplete: ${q.en} has not been assessed`);
  });
}

function failed(items: RequirementItem[], suffixId = '', suffixEn = ''): Missing[] {
  return items.map((item) => {
    const q = quoted(item);
    return missing(`syarat.${item.id}.tidak-memenuhi`, `${capital(q.id)} tidak memenuhi${suffixId}`, `${capital(q.en)} is not met${suffixEn}`);
  });
}

/** Notify the reporter of a laporan; a temuan or informasi awal has nobody to notify. */
function notifyReporter(ctx: FactContext, to: Effect & { type: 'notify' }): Effect[] {
  return ctx.facts.kind === 'laporan' ? [to] : [];
}

function notLater(key: string, what: { id: string; en: string }, at: string, now: string): Missing[] {
  return isAfter(at, now) ? [missing(key, `${what.id} tidak boleh setelah waktu sekarang`, `${what.en} cannot be later than now`)] : [];
}

export const INTAKE_RULES: RuleTable<
  | 'mulai-kajian-awal' | 'nilai-syarat' | 'minta-kelengkapan' | 'lengkapi' | 'cabut' | 'registrasi' | 'tidak-registrasi'
  | 'tandai-duplikat' | 'limpahkan' | 'terima-limpahan' | 'jadikan-temuan' | 'arsipkan'
> = {
  'mulai-kajian-awal': { effects: () => [] },

  'nilai-syarat': {
    check: ({ facts, regime, payload, clocks }) => {
      if (!isRegistrable(facts.kind)) return [];
      const known = new Set(checklistFor(facts.kind, regime.kind).map((i) => i.id));
      const unknown = payload.entries
        .filter((e) => !known.has(e.itemId))
        .map((e) => missing(`syarat.${e.itemId}.tidak-dikenal`, `Syarat '${e.itemId}' tidak ada dalam daftar periksa`, `Requirement '${e.itemId}' is not on the checklist`));
      // A laporan filed after the last day (UU 7/2017 Pasal 454 ayat (6); UU 10/2016 Pasal 134
      // ayat (4): 7 days from when the violation became known) may still be judged in time, for
      // instance when the date it became known is corrected; the assessment then says why.
      const inTime = payload.entries.find((e) => e.itemId === 'tepat-waktu');
      const filing = clocks.filing;
      const unexplained = facts.kind === 'laporan' && filing && !filing.onTime && inTime?.result === 'memenuhi' && !inTime.note;
      if (!unexplained) return unknown;
      const lastDay = dayDateText(filing.lastDay);
      return [
        ...unknown,
        missing(
          'syarat.tepat-waktu.catatan',
          `Menurut tenggat hukum laporan disampaikan setelah batas ${lastDay.id}: beri catatan bila syarat 'Disampaikan dalam batas waktu' tetap dinilai memenuhi`,
          `By the legal clock the report came in after the last day, ${lastDay.en}: add a note if 'Submitted within the time limit' is still assessed as met`,
        ),
      ];
    },
    effects: () => [],
  },

  'minta-kelengkapan': {
    ready: (ctx) => {
      const a = assessmentOf(ctx);
      if (!a) return [];
      const out: Missing[] = [];
      if (ctx.facts.completion) {
        out.push(missing('kelengkapan.sudah-diminta', 'Pemberitahuan kelengkapan sudah pernah dikirim; laporan hanya dilengkapi satu kali', 'The notice to complete was already sent; a report is completed only once'));
      }
      out.push(...failed(a.unfixableFailures, ' dan tidak dapat dilengkapi: laporan tidak dapat diregistrasi', ' and cannot be completed: the report cannot be registered'));
      out.push(...unassessed(a.unassessed));
      if (a.unassessed.length === 0 && a.fixableFailures.length === 0) {
        out.push(missing('kelengkapan.tidak-ada', 'Tidak ada syarat yang perlu dilengkapi: semua syarat memenuhi', 'Nothing to complete: every requirement is met'));
      }
      return out;
    },
    effects: ({ regime, now }) => [
      clock('pause', 'kajianAwal', now),
      ...(decisionRunsFromReceipt(regime) ? [clock('pause', 'decision', now)] : []),
      clock('stop', 'noticeToComplete', now),
      clock('start', 'completion', now),
      { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-kelengkapan' },
    ],
  },

  lengkapi: {
    ready: ({ facts }) =>
      facts.completion ? [] : [missing('kelengkapan.belum-diminta', 'Pemberitahuan kelengkapan belum tercatat', 'No notice to complete has been recorded')],
    check: ({ facts, payload, now }) => {
      const out = notLater('completedAt.masa-depan', { id: 'Waktu melengkapi', en: 'The completion time' }, payload.completedAt, now);
      const due = facts.completion?.due;
      if (due && isAfter(payload.completedAt, due)) {
        const last = dateTimeText(due, facts.officeRegionCode);
        out.push(missing('kelengkapan.lewat-waktu', `Laporan dilengkapi setelah batas waktu (${last.id}); laporan tidak diregistrasi`, `The report was completed after the deadline (${last.en}); it is not registered`));
      }
      return out;
    },
    effects: ({ regime, now }) => [
      clock('stop', 'completion', now),
      clock('resume', 'kajianAwal', now),
      ...(decisionRunsFromReceipt(regime) ? [clock('resume', 'decision', now)] : []),
    ],
  },

  cabut: {
    check: ({ payload, now }) => notLater('withdrawnAt.masa-depan', { id: 'Waktu pencabutan', en: 'The withdrawal time' }, payload.withdrawnAt, now),
    effects: ({ facts, regime, now, payload }) => [
      ...stopPreRegistrationClocks(regime, now),
      ...(payload.jadikanInformasiAwal ? [{ type: 'open-case', intakeKind: 'informasi-awal', sourceCaseId: facts.caseId } as const] : []),
    ],
  },

  registrasi: {
    ready: (ctx) => {
      const a = assessmentOf(ctx);
      if (!a) return [];
      const out: Missing[] = [];
      if (ctx.facts.registeredAt) out.push(missing('registrasi.sudah', 'Perkara sudah diregistrasi', 'The case is already registered'));
      return [...out, ...unassessed(a.unassessed), ...failed([...a.unfixableFailures, ...a.fixableFailures])];
    },
    effects: (ctx) => {
      const { facts, regime, now, today } = ctx;
      if (!isRegistrable(facts.kind)) return [];
      return [
        { type: 'assign-register-number', officeId: facts.officeId, intakeKind: facts.kind, year: Number(today.slice(0, 4)), registeredOn: today },
        clock('stop', 'kajianAwal', now),
        ...(facts.kind === 'temuan' ? [clock('stop', 'temuan', now)] : []),
        ...(decisionRunsFromReceipt(regime) ? [] : [clock('start', 'decision', now)]),
        ...notifyReporter(ctx, { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-status', status: 'diregistrasi' }),
      ];
    },
  },

  'tidak-registrasi': {
    ready: (ctx) => {
      const { facts, now } = ctx;
      if (facts.state === 'perlu-dilengkapi') {
        const due = facts.completion?.due;
        if (!due) return [missing('kelengkapan.batas-belum-dihitung', 'Batas waktu melengkapi belum dihitung', 'The completion deadline has not been computed')];
        if (isAfter(now, due)) return [];
        const until = dateTimeText(due, facts.officeRegionCode);
        return [missing('kelengkapan.masih-berjalan', `Batas waktu melengkapi laporan belum lewat (sampai ${until.id})`, `The window to complete the report has not passed (until ${until.en})`)];
      }
      const a = assessmentOf(ctx);
      if (!a || a.unfixableFailures.length > 0) return [];
      if (a.unassessed.length > 0) return unassessed(a.unassessed);
      if (a.fixableFailures.length === 0) {
        return [missing('syarat.semua-memenuhi', 'Semua syarat memenuhi: perkara wajib diregistrasi', 'Every requirement is met: the case must be registered')];
      }
      if (facts.kind === 'laporan' && !facts.completion) {
        return [missing('kelengkapan.belum-diminta', 'Syarat yang tidak memenuhi masih dapat dilengkapi: beri tahu pelapor untuk melengkapi lebih dahulu', 'The unmet requirements can still be completed: tell the reporter to complete the report first')];
      }
      return [];
    },
    effects: (ctx) => [
      ...stopPreRegistrationClocks(ctx.regime, ctx.now),
      ...notifyReporter(ctx, { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-status', status: 'tidak-diregistrasi' }),
      ...(ctx.payload.jadikanInformasiAwal ? [{ type: 'open-case', intakeKind: 'informasi-awal', sourceCaseId: ctx.facts.caseId } as const] : []),
    ],
  },

  'tandai-duplikat': {
    check: ({ facts, payload }) =>
      payload.duplicateOfCaseId === facts.caseId
        ? [missing('duplikat.diri-sendiri', 'Perkara tidak dapat menjadi duplikat dirinya sendiri', 'A case cannot duplicate itself')]
        : [],
    effects: ({ facts, regime, now, payload }) => [
      { type: 'link-case', relation: 'duplikat-dari', caseId: payload.duplicateOfCaseId },
      ...(isRegistrable(facts.kind) ? stopPreRegistrationClocks(regime, now) : []),
    ],
  },

  limpahkan: {
    ready: ({ facts }) =>
      facts.delegation ? [missing('pelimpahan.sudah', 'Perkara sedang dilimpahkan', 'The case is already being delegated')] : [],
    check: ({ facts, payload }) =>
      payload.toOfficeId === facts.officeId
        ? [missing('pelimpahan.kantor-sama', 'Kantor tujuan sama dengan kantor yang menangani', 'The receiving office is the office already handling the case')]
        : [],
    effects: (ctx) => [
      { type: 'delegate', fromOfficeId: ctx.facts.officeId, toOfficeId: ctx.payload.toOfficeId },
      { type: 'notify', to: 'kantor-tujuan', notice: 'pemberitahuan-pelimpahan' },
      ...notifyReporter(ctx, { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-pelimpahan' }),
    ],
  },

  'terima-limpahan': {
    ready: ({ facts }) =>
      facts.delegation ? [] : [missing('pelimpahan.tidak-ada', 'Tidak ada pelimpahan yang menunggu', 'No delegation is pending')],
    to: ({ facts }) => (facts.kind === 'informasi-awal' ? 'informasi-awal' : 'kajian-awal'),
    effects: ({ facts }) =>
      facts.delegation ? [{ type: 'transfer-office', fromOfficeId: facts.officeId, toOfficeId: facts.delegation.toOfficeId }] : [],
  },

  'jadikan-temuan': {
    check: ({ payload, today }) =>
      payload.foundOn > today
        ? [missing('foundOn.masa-depan', 'Tanggal ditemukan tidak boleh setelah hari ini', 'The date found cannot be after today')]
        : [],
    effects: ({ facts }) => [{ type: 'open-case', intakeKind: 'temuan', sourceCaseId: facts.caseId }],
  },

  arsipkan: { effects: () => [] },
};
