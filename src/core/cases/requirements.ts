// The kajian awal checklist: formal and material requirements of a laporan or temuan, each
// citing its article. Pemilu: Perbawaslu 7/2022 Pasal 15 ayat (3) (formal) and ayat (4)
// (material), read through Bawaslu's own statement (Puadi, Antara Sulteng). Pilkada: Perbawaslu
// 8/2020 as amended by 9/2024, whose article numbers were not read, so every Pilkada item is
// flagged and cites the statute element it rests on (UU 10/2016 Pasal 134).
import type { Confidence, Flag } from '../law/index.js';
import type { RegistrableKind } from './intake.js';
import type { Bilingual } from './text.js';

export const REQUIREMENT_RESULTS = ['memenuhi', 'tidak-memenuhi', 'belum-dinilai'] as const;
/** memenuhi: met; tidak-memenuhi: not met; belum-dinilai: not yet assessed. */
export type RequirementResult = (typeof REQUIREMENT_RESULTS)[number];

export const REQUIREMENT_GROUPS = ['formal', 'materiil'] as const;
export type RequirementGroup = (typeof REQUIREMENT_GROUPS)[number];

export const REQUIREMENT_GROUP_LABELS: Record<RequirementGroup, Bilingual> = {
  formal: { id: 'syarat formal', en: 'formal requirement' },
  materiil: { id: 'syarat materiil', en: 'material requirement' },
};

export interface RequirementItem {
  id: string;
  group: RequirementGroup;
  label: Bilingual;
  citation: string;
  source: string;
  confidence: Confidence;
  flag?: Flag;
  noteEn?: string;
  /** False when a failure cannot be cured by completing the report (out of time, no standing). */
  fixable: boolean;
}

/** One recorded assessment of an item, as kept on the case. */
export interface ChecklistEntry {
  itemId: string;
  result: RequirementResult;
  note?: string;
}

const P7 = 'Perbawaslu 7/2022';
const P8 = 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024';
const PUADI = 'Puadi, Bawaslu RI (Antara Sulteng, berita 297549); domain reference 1.3';
const WIKISOURCE = 'Perpu 1/2014 text, id.wikisource.org Halaman:Perpu_1_2014.pdf/93';
const PILKADA_NOTE = 'The Pilkada Perbawaslu article was not read; the element rests on the statute cited.';

type Spec = Omit<RequirementItem, 'label'> & { labelId: string; labelEn: string };
const item = ({ labelId, labelEn, ...rest }: Spec): RequirementItem => ({ ...rest, label: { id: labelId, en: labelEn } });

const REPORTER = { labelId: 'Nama dan alamat pelapor', labelEn: "Reporter's name and address" };
const STANDING = { labelId: 'Kedudukan pelapor (pemilih, pemantau, peserta)', labelEn: 'Standing of the reporter (voter, monitor, participant)' };
const REPORTED = { labelId: 'Pihak terlapor', labelEn: 'Reported party' };
const IN_TIME = { labelId: 'Disampaikan dalam batas waktu', labelEn: 'Submitted within the time limit' };
const WHEN_WHERE = { labelId: 'Waktu dan tempat kejadian', labelEn: 'Time and place of the event' };
const DESCRIPTION = { labelId: 'Uraian kejadian', labelEn: 'Description of the event' };
const EVIDENCE = { labelId: 'Bukti', labelEn: 'Evidence' };
const FINDER = { labelId: 'Pengawas yang menemukan', labelEn: 'Supervisor who found it' };
const FOUND_AT = { labelId: 'Waktu ditemukan', labelEn: 'Time the violation was found' };

const pemiluMaterial: RequirementItem[] = [
  item({ id: 'waktu-tempat', group: 'materiil', ...WHEN_WHERE, citation: `${P7} Pasal 15 ayat (4) huruf a`, source: PUADI, confidence: 'C', fixable: true }),
  item({ id: 'uraian-kejadian', group: 'materiil', ...DESCRIPTION, citation: `${P7} Pasal 15 ayat (4) huruf b`, source: PUADI, confidence: 'C', fixable: true }),
  item({ id: 'bukti', group: 'materiil', ...EVIDENCE, citation: `${P7} Pasal 15 ayat (4) huruf c`, source: PUADI, confidence: 'C', fixable: true }),
];

const pilkadaMaterial: RequirementItem[] = [
  item({ id: 'waktu-tempat', group: 'materiil', ...WHEN_WHERE, citation: `${P8} (syarat materiil); UU 10/2016 Pasal 134 ayat (3)`, source: WIKISOURCE, confidence: 'U', flag: 'U', noteEn: PILKADA_NOTE, fixable: true }),
  item({ id: 'uraian-kejadian', group: 'materiil', ...DESCRIPTION, citation: `${P8} (syarat materiil); UU 10/2016 Pasal 134 ayat (3)`, source: WIKISOURCE, confidence: 'U', flag: 'U', noteEn: PILKADA_NOTE, fixable: true }),
  item({ id: 'bukti', group: 'materiil', ...EVIDENCE, citation: `${P8} (syarat materiil)`, source: `By analogy with ${P7} Pasal 15 ayat (4) huruf c`, confidence: 'U', flag: 'U', noteEn: 'UU 10/2016 Pasal 134 ayat (3) does not list evidence; kept as in the Pemilu rule.', fixable: true }),
];

const LAPORAN_PEMILU: readonly RequirementItem[] = [
  item({ id: 'identitas-pelapor', group: 'formal', ...REPORTER, citation: `${P7} Pasal 15 ayat (3) huruf a`, source: PUADI, confidence: 'C', fixable: true }),
  item({ id: 'kedudukan-pelapor', group: 'formal', ...STANDING, citation: 'UU 7/2017 Pasal 454 ayat (3)', source: 'Domain reference 1.2', confidence: 'S', flag: 'U', noteEn: 'Standing is a statutory condition; checking it in kajian awal is our reading, not in Pasal 15 ayat (3).', fixable: false }),
  item({ id: 'terlapor', group: 'formal', ...REPORTED, citation: `${P7} Pasal 15 ayat (3) huruf b`, source: PUADI, confidence: 'C', fixable: true }),
  item({ id: 'tepat-waktu', group: 'formal', ...IN_TIME, citation: `${P7} Pasal 15 ayat (3) huruf c jo. Pasal 8 ayat (3)-(4); UU 7/2017 Pasal 454 ayat (6)`, source: PUADI, confidence: 'C', fixable: false }),
  ...pemiluMaterial,
];

const LAPORAN_PILKADA: readonly RequirementItem[] = [
  item({ id: 'identitas-pelapor', group: 'formal', ...REPORTER, citation: `${P8} (syarat formal); UU 10/2016 Pasal 134 ayat (3)`, source: WIKISOURCE, confidence: 'U', flag: 'U', noteEn: PILKADA_NOTE, fixable: true }),
  item({ id: 'kedudukan-pelapor', group: 'formal', ...STANDING, citation: 'UU 10/2016 Pasal 134 ayat (2)', source: WIKISOURCE, confidence: 'C', flag: 'U', noteEn: 'Standing is a statutory condition; checking it in kajian awal is our reading.', fixable: false }),
  item({ id: 'terlapor', group: 'formal', ...REPORTED, citation: `${P8} (syarat formal); UU 10/2016 Pasal 134 ayat (3)`, source: WIKISOURCE, confidence: 'U', flag: 'U', noteEn: PILKADA_NOTE, fixable: true }),
  item({ id: 'tepat-waktu', group: 'formal', ...IN_TIME, citation: `${P8} (syarat formal); UU 10/2016 Pasal 134 ayat (4)`, source: WIKISOURCE, confidence: 'U', flag: 'U', noteEn: PILKADA_NOTE, fixable: false }),
  ...pilkadaMaterial,
];

const TEMUAN_NOTE = 'Requirements of a temuan as recorded in the finding form (Perbawaslu 7/2018 Pasal 4, Form B.2); the 2022/2024 articles were not read.';

function temuanFormal(regimeKind: 'pemilu' | 'pilkada'): RequirementItem[] {
  const inTime =
    regimeKind === 'pemilu'
      ? { citation: 'UU 7/2017 Pasal 454 ayat (5)', source: 'UU 7/2017 text (flipbuilder p. 312)', confidence: 'C' as const }
      : { citation: 'UU 10/2016 Pasal 134 ayat (4)', source: WIKISOURCE, confidence: 'U' as const, flag: 'U' as const, noteEn: 'Seven days from "ditemukannya"; the Perbawaslu limit for a temuan was not read.' };
  const form = { citation: 'Perbawaslu 7/2018 Pasal 4 ayat (2)-(4) (Formulir Model B.2)', source: 'Domain reference 1.5', confidence: 'S' as const, flag: 'U' as const, noteEn: TEMUAN_NOTE };
  return [
    item({ id: 'penemu', group: 'formal', ...FINDER, ...form, fixable: true }),
    item({ id: 'waktu-ditemukan', group: 'formal', ...FOUND_AT, ...form, fixable: true }),
    item({ id: 'terlapor', group: 'formal', ...REPORTED, ...form, fixable: true }),
    item({ id: 'tepat-waktu', group: 'formal', ...IN_TIME, ...inTime, fixable: false }),
  ];
}

const TEMUAN_PEMILU: readonly RequirementItem[] = [...temuanFormal('pemilu'), ...pemiluMaterial];
const TEMUAN_PILKADA: readonly RequirementItem[] = [...temuanFormal('pilkada'), ...pilkadaMaterial];

/** The checklist of a laporan or temuan under a regime of kind pemilu or pilkada. */
export function checklistFor(kind: RegistrableKind, regimeKind: 'pemilu' | 'pilkada'): readonly RequirementItem[] {
  if (kind === 'laporan') return regimeKind === 'pemilu' ? LAPORAN_PEMILU : LAPORAN_PILKADA;
  return regimeKind === 'pemilu' ? TEMUAN_PEMILU : TEMUAN_PILKADA;
}

/**
 * memenuhi: all met, register; perlu-dilengkapi: only curable items fail, notify the reporter;
 * tidak-dapat-diregistrasi: an incurable item fails (e.g. out of time), not registered (may
 * become informasi awal); belum-selesai: items remain unassessed.
 */
export type ChecklistOutcome = 'memenuhi' | 'perlu-dilengkapi' | 'tidak-dapat-diregistrasi' | 'belum-selesai';

export interface ChecklistAssessment {
  outcome: ChecklistOutcome;
  items: Array<{ item: RequirementItem; result: RequirementResult; note?: string }>;
  unassessed: RequirementItem[];
  fixableFailures: RequirementItem[];
  unfixableFailures: RequirementItem[];
}

/** Reads recorded entries against the checklist; the last entry of an item wins, absent = belum-dinilai. */
export function assessChecklist(
  kind: RegistrableKind,
  regimeKind: 'pemilu' | 'pilkada',
  entries: readonly ChecklistEntry[],
): ChecklistAssessment {
  const latest = new Map(entries.map((e) => [e.itemId, e]));
  const items = checklistFor(kind, regimeKind).map((requirement) => {
    const entry = latest.get(requirement.id);
    return { item: requirement, result: entry?.result ?? 'belum-dinilai', ...(entry?.note ? { note: entry.note } : {}) };
  });
  const unassessed = items.filter((i) => i.result === 'belum-dinilai').map((i) => i.item);
  const failed = items.filter((i) => i.result === 'tidak-memenuhi').map((i) => i.item);
  const unfixableFailures = failed.filter((i) => !i.fixable);
  const fixableFailures = failed.filter((i) => i.fixable);
  const outcome: ChecklistOutcome =
    unfixableFailures.length > 0
      ? 'tidak-dapat-diregistrasi'
      : unassessed.length > 0
        ? 'belum-selesai'
        : fixableFailures.length > 0
          ? 'perlu-dilengkapi'
          : 'memenuhi';
  return { outcome, items, unassessed, fixableFailures, unfixableFailures };
}
