// The actions of the case workflow as data: from which states each one may be taken, which
// states it may lead to, who may take it and for which intake kinds. This table is the state
// graph; the rules (rules-intake.ts, rules-handling.ts) add the conditions and the effects.
import type { Role } from '../access.js';
import { INTAKE_KINDS, type IntakeKind } from './intake.js';
import type { CaseState } from './states.js';
import type { Bilingual } from './text.js';

export const CASE_ACTIONS = [
  'mulai-kajian-awal',
  'nilai-syarat',
  'minta-kelengkapan',
  'lengkapi',
  'cabut',
  'registrasi',
  'tidak-registrasi',
  'tandai-duplikat',
  'limpahkan',
  'terima-limpahan',
  'undang-klarifikasi',
  'catat-klarifikasi',
  'minta-keterangan-tambahan',
  'mulai-kajian',
  'catat-kajian',
  'ajukan-pleno',
  'kembalikan-kajian',
  'putus-pleno',
  'teruskan',
  'jadikan-temuan',
  'arsipkan',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface ActionInfo {
  id: CaseAction;
  label: Bilingual;
  from: readonly CaseState[];
  /** Every state the action can lead to (the machine picks one from the facts). */
  to: readonly CaseState[];
  roles: readonly Role[];
  kinds: readonly IntakeKind[];
  /** Who acts: the office handling the case, or the office it is being delegated to. */
  office: 'case' | 'delegation-target';
}

/** Violation-handling staff and the members: the everyday handlers of a case. */
const HANDLERS: readonly Role[] = ['penanganan', 'pimpinan'];
const PIMPINAN: readonly Role[] = ['pimpinan'];
const REGISTRABLE: readonly IntakeKind[] = ['laporan', 'temuan'];
const PRE_REGISTRATION: readonly CaseState[] = ['diterima', 'kajian-awal', 'perlu-dilengkapi'];

type Spec = Omit<ActionInfo, 'id' | 'label' | 'office'> & { labelId: string; labelEn: string; office?: ActionInfo['office'] };

const SPECS: Record<CaseAction, Spec> = {
  'mulai-kajian-awal': { labelId: 'Mulai kajian awal', labelEn: 'Start preliminary analysis', from: ['diterima'], to: ['kajian-awal'], roles: HANDLERS, kinds: REGISTRABLE },
  'nilai-syarat': { labelId: 'Nilai syarat formal dan materiil', labelEn: 'Assess formal and material requirements', from: ['kajian-awal'], to: ['kajian-awal'], roles: HANDLERS, kinds: REGISTRABLE },
  'minta-kelengkapan': { labelId: 'Beri tahu pelapor untuk melengkapi', labelEn: 'Tell the reporter to complete the report', from: ['kajian-awal'], to: ['perlu-dilengkapi'], roles: HANDLERS, kinds: ['laporan'] },
  lengkapi: { labelId: 'Catat kelengkapan dari pelapor', labelEn: "Record the reporter's completion", from: ['perlu-dilengkapi'], to: ['kajian-awal'], roles: HANDLERS, kinds: ['laporan'] },
  cabut: { labelId: 'Catat pencabutan laporan', labelEn: 'Record withdrawal of the report', from: PRE_REGISTRATION, to: ['dicabut'], roles: HANDLERS, kinds: ['laporan'] },
  registrasi: { labelId: 'Registrasi', labelEn: 'Register', from: ['kajian-awal'], to: ['diregistrasi'], roles: HANDLERS, kinds: REGISTRABLE },
  'tidak-registrasi': { labelId: 'Tidak diregistrasi', labelEn: 'Do not register', from: ['kajian-awal', 'perlu-dilengkapi'], to: ['tidak-diregistrasi'], roles: HANDLERS, kinds: REGISTRABLE },
  'tandai-duplikat': { labelId: 'Tandai sebagai duplikat', labelEn: 'Mark as duplicate', from: [...PRE_REGISTRATION, 'informasi-awal'], to: ['duplikat'], roles: HANDLERS, kinds: INTAKE_KINDS },
  limpahkan: { labelId: 'Limpahkan ke kantor yang berwenang', labelEn: 'Delegate to the competent office', from: ['diterima', 'kajian-awal', 'informasi-awal'], to: ['dilimpahkan'], roles: PIMPINAN, kinds: INTAKE_KINDS },
  'terima-limpahan': { labelId: 'Terima pelimpahan', labelEn: 'Accept the delegation', from: ['dilimpahkan'], to: ['kajian-awal', 'informasi-awal'], roles: HANDLERS, kinds: INTAKE_KINDS, office: 'delegation-target' },
  'undang-klarifikasi': { labelId: 'Undang klarifikasi', labelEn: 'Invite to clarification', from: ['diregistrasi', 'klarifikasi'], to: ['klarifikasi'], roles: HANDLERS, kinds: REGISTRABLE },
  'catat-klarifikasi': { labelId: 'Catat hasil klarifikasi', labelEn: 'Record a clarification hearing', from: ['klarifikasi'], to: ['klarifikasi'], roles: HANDLERS, kinds: REGISTRABLE },
  'minta-keterangan-tambahan': { labelId: 'Minta keterangan tambahan (perpanjangan)', labelEn: 'Request additional information (extension)', from: ['diregistrasi', 'klarifikasi', 'kajian'], to: ['diregistrasi', 'klarifikasi', 'kajian'], roles: HANDLERS, kinds: REGISTRABLE },
  'mulai-kajian': { labelId: 'Mulai kajian', labelEn: 'Start the legal analysis', from: ['klarifikasi'], to: ['kajian'], roles: HANDLERS, kinds: REGISTRABLE },
  'catat-kajian': { labelId: 'Catat kajian', labelEn: 'Record the legal analysis', from: ['kajian'], to: ['kajian'], roles: HANDLERS, kinds: REGISTRABLE },
  'ajukan-pleno': { labelId: 'Ajukan ke rapat pleno', labelEn: 'Submit to the plenary meeting', from: ['kajian'], to: ['pleno'], roles: HANDLERS, kinds: REGISTRABLE },
  'kembalikan-kajian': { labelId: 'Kembalikan untuk dikaji ulang', labelEn: 'Send back for further analysis', from: ['pleno'], to: ['kajian'], roles: PIMPINAN, kinds: REGISTRABLE },
  'putus-pleno': { labelId: 'Putusan rapat pleno', labelEn: 'Plenary decision', from: ['pleno'], to: ['pelanggaran', 'bukan-pelanggaran'], roles: PIMPINAN, kinds: REGISTRABLE },
  teruskan: { labelId: 'Teruskan ke instansi berwenang', labelEn: 'Forward to the competent body', from: ['pelanggaran'], to: ['pelanggaran', 'diteruskan'], roles: HANDLERS, kinds: REGISTRABLE },
  'jadikan-temuan': { labelId: 'Jadikan temuan', labelEn: 'Convert into a finding', from: ['informasi-awal'], to: ['dijadikan-temuan'], roles: ['pimpinan', 'pengawas', 'penanganan'], kinds: ['informasi-awal'] },
  arsipkan: { labelId: 'Arsipkan tanpa tindak lanjut', labelEn: 'File without follow-up', from: ['informasi-awal'], to: ['diarsipkan'], roles: HANDLERS, kinds: ['informasi-awal'] },
};

export const ACTIONS: Record<CaseAction, ActionInfo> = Object.fromEntries(
  CASE_ACTIONS.map((id) => {
    const { labelId, labelEn, office, ...rest } = SPECS[id];
    return [id, { id, label: { id: labelId, en: labelEn }, office: office ?? 'case', ...rest }];
  }),
) as Record<CaseAction, ActionInfo>;

export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}

export interface Edge {
  from: CaseState;
  action: CaseAction;
  to: CaseState;
  roles: readonly Role[];
}

/**
 * Every edge of the graph. Self-transitions record work within a state; minta-keterangan-tambahan
 * keeps whatever state it was taken in, and terima-limpahan returns informasi awal to
 * informasi-awal and a laporan or temuan to kajian-awal.
 */
export function stateGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const action of CASE_ACTIONS) {
    const info = ACTIONS[action];
    for (const from of info.from) {
      const targets = action === 'minta-keterangan-tambahan' ? [from] : info.to;
      for (const to of targets) edges.push({ from, action, to, roles: info.roles });
    }
  }
  return edges;
}
