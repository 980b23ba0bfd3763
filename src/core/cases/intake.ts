// The three ways a matter reaches Bawaslu. Every intake is accepted and gets a receipt number at
// once (no report is refused at the counter); what happens next depends on its kind.
import type { CaseState } from './states.js';
import type { Bilingual } from './text.js';

export const INTAKE_KINDS = [
  'laporan', // a report by a reporter (pelapor)
  'temuan', // a finding by supervisors during pengawasan
  'informasi-awal', // initial information: tips, media, withdrawn or unregistered reports
] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/** Kinds that go through kajian awal and can be registered. */
export type RegistrableKind = Exclude<IntakeKind, 'informasi-awal'>;

export const INTAKE_KIND_LABELS: Record<IntakeKind, Bilingual> = {
  laporan: { id: 'Laporan', en: 'Report' },
  temuan: { id: 'Temuan', en: 'Finding' },
  'informasi-awal': { id: 'Informasi awal', en: 'Initial information' },
};

export function isRegistrable(kind: IntakeKind): kind is RegistrableKind {
  return kind !== 'informasi-awal';
}

/** The state a new intake starts in. */
export function initialState(kind: IntakeKind): CaseState {
  return kind === 'informasi-awal' ? 'informasi-awal' : 'diterima';
}
