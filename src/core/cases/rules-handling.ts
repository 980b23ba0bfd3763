// Rules of the actions after registration: klarifikasi, the decision-clock extension, kajian,
// pleno and forwarding. UU 7/2017 Pasal 454 ayat (7)-(8) and UU 10/2016 Pasal 134 ayat (5)-(6)
// (decision clock and its extension), Pasal 476 ayat (1) / Pasal 135 ayat (2) (1x24 hours to
// forward a crime), Perbawaslu 5/2018 (rapat pleno).
import type { ViolationType } from './case-facts.js';
import { clock, type Effect } from './effects.js';
import { forwardingTarget } from './forwarding.js';
import { quorumOf } from './quorum.js';
import type { FactContext, RuleTable } from './rule-types.js';
import { isAfter } from './time.js';
import { missing, type Missing } from './text.js';

const PARTY_LABELS = {
  pelapor: { id: 'pelapor', en: 'reporter' },
  terlapor: { id: 'terlapor', en: 'reported party' },
  saksi: { id: 'saksi', en: 'witness' },
  ahli: { id: 'ahli', en: 'expert' },
} as const;

const TYPE_LABELS: Record<ViolationType, { id: string; en: string }> = {
  administratif: { id: 'administratif', en: 'administrative' },
  pidana: { id: 'pidana', en: 'criminal' },
  'kode-etik': { id: 'kode etik', en: 'ethics' },
  'peraturan-lain': { id: 'peraturan perundang-undangan lainnya', en: 'other laws' },
};

/** ASN neutrality needs an act from the catalogue (SKB 2022) so the recipient knows the sanction. */
function needsCatalogueBasis({ facts }: FactContext, types: readonly ViolationType[]): Missing[] {
  const asn = facts.reportedActorKind === 'asn' || facts.reportedActorKind === 'official';
  if (!asn || !types.includes('peraturan-lain') || (facts.kajian?.actCodes.length ?? 0) > 0) return [];
  return [missing('kajian.dasar-katalog', 'Dasar hukum dari katalog perbuatan terlarang ASN (SKB 2022) belum dipilih dalam kajian', 'No prohibited act from the ASN catalogue (SKB 2022) was chosen in the legal analysis')];
}

function pendingTypes({ facts }: FactContext): ViolationType[] {
  return facts.decision?.outcome === 'pelanggaran' ? facts.decision.types.filter((t) => !facts.forwarded.includes(t)) : [];
}

function statusNotices(ctx: FactContext, status: 'pelanggaran' | 'bukan-pelanggaran' | 'diteruskan'): Effect[] {
  const out: Effect[] = [{ type: 'notify', to: 'terlapor', notice: 'pemberitahuan-status', status }];
  if (ctx.facts.kind === 'laporan') out.unshift({ type: 'notify', to: 'pelapor', notice: 'pemberitahuan-status', status });
  return out;
}

export const HANDLING_RULES: RuleTable<
  | 'undang-klarifikasi' | 'catat-klarifikasi' | 'minta-keterangan-tambahan' | 'mulai-kajian' | 'catat-kajian'
  | 'ajukan-pleno' | 'kembalikan-kajian' | 'putus-pleno' | 'teruskan'
> = {
  'undang-klarifikasi': {
    effects: ({ payload }) =>
      payload.invitations.map((i) => ({ type: 'notify', to: i.party, notice: 'undangan-klarifikasi', name: i.name }) as const),
  },

  'catat-klarifikasi': {
    ready: ({ facts }) =>
      facts.invitations.some((i) => !i.hearing)
        ? []
        : [missing('klarifikasi.tidak-ada-undangan', 'Tidak ada undangan klarifikasi yang menunggu dicatat', 'No clarification invitation is waiting to be recorded')],
    check: ({ facts, payload, now }) => {
      const invitation = facts.invitations.find((i) => i.id === payload.invitationId);
      if (!invitation) return [missing('klarifikasi.undangan-tidak-dikenal', 'Undangan klarifikasi tidak ditemukan pada perkara ini', 'The clarification invitation is not part of this case')];
      const out: Missing[] = [];
      if (invitation.hearing) out.push(missing('klarifikasi.sudah-dicatat', `Klarifikasi ${invitation.name} sudah dicatat`, `The hearing of ${invitation.name} is already recorded`));
      if (isAfter(payload.heldAt, now)) out.push(missing('heldAt.masa-depan', 'Waktu klarifikasi tidak boleh setelah waktu sekarang', 'The hearing time cannot be later than now'));
      return out;
    },
    effects: () => [],
  },

  'minta-keterangan-tambahan': {
    ready: ({ facts, regime }) => {
      const rule = regime.clocks.decision;
      if (rule.unit !== 'days' || !rule.extension) {
        return [missing('perpanjangan.tidak-ada', 'Rezim ini tidak mengenal perpanjangan waktu tindak lanjut', 'This regime has no extension of the decision clock')];
      }
      return facts.decisionExtended
        ? [missing('perpanjangan.sudah', `Perpanjangan waktu (${rule.extension.citation}) sudah digunakan`, `The extension (${rule.extension.citation}) has already been used`)]
        : [];
    },
    to: ({ facts }) => facts.state,
    effects: ({ now }) => [clock('extend', 'decision', now)],
  },

  'mulai-kajian': {
    ready: ({ facts }) => {
      const out: Missing[] = [];
      if (!facts.invitations.some((i) => i.party === 'terlapor')) {
        out.push(missing('klarifikasi.terlapor-belum-diundang', 'Terlapor belum diundang klarifikasi', 'The reported party has not been invited to a clarification'));
      }
      for (const i of facts.invitations) {
        const party = PARTY_LABELS[i.party];
        if (!i.hearing) {
          out.push(missing(`klarifikasi.${i.id}.belum-dicatat`, `Klarifikasi ${party.id} ${i.name} belum dicatat (hadir atau tidak hadir)`, `The hearing of ${party.en} ${i.name} has not been recorded (attended or not)`));
        } else if (i.hearing.attended && !i.hearing.minutesRecorded) {
          out.push(missing(`klarifikasi.${i.id}.berita-acara`, `Berita acara klarifikasi ${party.id} ${i.name} belum ada`, `The minutes of the hearing of ${party.en} ${i.name} are missing`));
        }
      }
      return out;
    },
    effects: () => [],
  },

  'catat-kajian': { effects: () => [] },

  'ajukan-pleno': {
    ready: ({ facts }) => {
      const k = facts.kajian;
      if (!k) return [missing('kajian.belum-dicatat', 'Kajian belum dicatat: fakta, dasar hukum dan kesimpulan', 'The legal analysis has not been recorded: facts, legal basis and conclusion')];
      const out: Missing[] = [];
      if (!k.hasFacts) out.push(missing('kajian.fakta', 'Kajian belum memuat fakta', 'The legal analysis has no facts'));
      if (k.actCodes.length + k.otherBasis.length === 0) out.push(missing('kajian.dasar-hukum', 'Kajian belum memuat dasar hukum', 'The legal analysis has no legal basis'));
      if (!k.conclusion) out.push(missing('kajian.kesimpulan', 'Kajian belum memuat kesimpulan', 'The legal analysis has no conclusion'));
      return out;
    },
    effects: () => [],
  },

  'kembalikan-kajian': { effects: () => [] },

  'putus-pleno': {
    ready: ({ facts }) =>
      facts.officeMemberCount >= 1
        ? []
        : [missing('pleno.anggota', 'Jumlah anggota kantor belum tercatat', 'The number of members of the office is not recorded')],
    check: (ctx) => {
      const { facts, payload } = ctx;
      const total = facts.officeMemberCount;
      const present = payload.membersPresent.length;
      const needed = quorumOf(total);
      const out: Missing[] = [];
      if (present > total) {
        out.push(missing('pleno.hadir-berlebih', `Anggota hadir (${present}) melebihi jumlah anggota (${total})`, `Members present (${present}) exceed the members of the office (${total})`));
      } else if (present < needed) {
        out.push(missing('pleno.kuorum', `Kuorum pleno tidak terpenuhi: hadir ${present} dari ${total} anggota, minimal ${needed}`, `No plenary quorum: ${present} of ${total} members present, at least ${needed} needed`));
      }
      if (payload.decision === 'pelanggaran') out.push(...needsCatalogueBasis(ctx, payload.types));
      return out;
    },
    to: ({ payload }) => payload.decision,
    effects: (ctx) => {
      const { payload, now } = ctx;
      const criminal = payload.decision === 'pelanggaran' && payload.types.includes('pidana');
      return [
        clock('stop', 'decision', now),
        ...(criminal ? [clock('start', 'criminalForwarding', now)] : []),
        ...statusNotices(ctx, payload.decision),
      ];
    },
  },

  teruskan: {
    ready: (ctx) =>
      pendingTypes(ctx).length > 0
        ? []
        : [missing('penerusan.tidak-ada', 'Tidak ada jenis pelanggaran yang menunggu diteruskan', 'No violation type is waiting to be forwarded')],
    check: ({ facts, payload, today }) => {
      const label = TYPE_LABELS[payload.type];
      if (!facts.decision?.types.includes(payload.type)) {
        return [missing('penerusan.bukan-putusan', `Jenis '${label.id}' tidak termasuk putusan pleno`, `Type '${label.en}' is not part of the plenary decision`)];
      }
      if (facts.forwarded.includes(payload.type)) {
        return [missing('penerusan.sudah', `Pelanggaran ${label.id} sudah diteruskan`, `The ${label.en} violation has already been forwarded`)];
      }
      const target = forwardingTarget(payload.type, facts.reportedActorKind, today);
      if (!target && !payload.otherRecipientName) {
        return [missing('penerusan.penerima', 'Mesin hukum tidak menunjuk penerima untuk jenis ini: isi nama instansi berwenang', 'The law engine names no recipient for this type: give the name of the competent agency')];
      }
      if (target && payload.otherRecipientName) {
        return [missing('penerusan.penerima-ditetapkan', `Penerima ditetapkan oleh mesin hukum (${target.name.id}); kosongkan nama instansi lain`, `The law engine names the recipient (${target.name.en}); leave the other agency empty`)];
      }
      return [];
    },
    to: (ctx) => (pendingTypes(ctx).every((t) => t === ctx.payload.type) ? 'diteruskan' : 'pelanggaran'),
    effects: (ctx) => {
      const { facts, payload, now, today, to } = ctx;
      const target = forwardingTarget(payload.type, facts.reportedActorKind, today);
      const name = payload.otherRecipientName ?? '';
      const forward: Effect = {
        type: 'forward',
        violationType: payload.type,
        recipient: target?.recipient ?? null,
        recipientName: target?.name ?? { id: name, en: name },
        basis: target?.basis ?? 'Perbawaslu 7/2022 Pasal 22; UU 7/2017 Pasal 455; UU 10/2016 Pasal 135 ayat (1) (instansi berwenang)',
        ...(target?.flag ? { flag: target.flag } : {}),
        letterRef: payload.letterRef,
      };
      return [
        forward,
        ...(payload.type === 'pidana' ? [clock('stop', 'criminalForwarding', now)] : []),
        ...(to === 'diteruskan' ? statusNotices(ctx, 'diteruskan') : []),
      ];
    },
  },
};
