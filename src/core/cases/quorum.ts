// Quorum of a rapat pleno. Perbawaslu 5/2018 (Rapat Pleno) makes a plenary of Bawaslu RI valid
// with at least 3 of its 5 members; Bawaslu Kendal reads it as 3 of 5 for a Kabupaten/Kota too.
// The general rule "more than half of the members" is our reading for every level, so it is a
// flagged setting.
import type { Confidence, Flag } from '../law/index.js';

export interface QuorumSetting {
  /** Members needed out of `total`. */
  value: (total: number) => number;
  citation: string;
  source: string;
  confidence: Confidence;
  flag?: Flag;
  noteEn?: string;
}

export const PLENO_QUORUM: QuorumSetting = {
  value: (total) => Math.floor(total / 2) + 1,
  citation: 'Perbawaslu 5/2018 tentang Rapat Pleno (Pasal on quorum; "sah apabila diikuti oleh paling sedikit 3 (tiga) anggota" for Bawaslu RI)',
  source: 'pasal.id/peraturan/perban/peraturan-bawaslu-no-5-tahun-2018; kendal.bawaslu.go.id (3 of 5 for Kabupaten/Kota)',
  confidence: 'S',
  flag: 'U',
  noteEn: 'Majority of the members at every level; the article number and the rule for provincial, regency and district offices were not read.',
};

/** Members needed for a valid pleno of an office with `total` members. */
export function quorumOf(total: number, setting: QuorumSetting = PLENO_QUORUM): number {
  return setting.value(total);
}
