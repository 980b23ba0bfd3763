// Who receives Bawaslu's forwarding (penerusan / rekomendasi), as dated data. ASN-neutrality
// cases went to KASN until its functions moved to BKN in 2024; the Constitutional Court
// (MK 121/PUU-XXII/2024, 16 October 2025) ordered an independent body within two years, which
// becomes one more dated row when it exists.
import type { Flag } from './regime-types.js';

export const RECIPIENT_IDS = ['KASN', 'BKN', 'LembagaIndependenASN', 'Gakkumdu', 'KPU', 'DKPP', 'BupatiWaliKota'] as const;
export type RecipientId = (typeof RECIPIENT_IDS)[number];

export const RECIPIENT_KINDS = ['asn-neutrality', 'village-head', 'criminal', 'administrative', 'organiser-ethics'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const RECIPIENT_NAMES: Record<RecipientId, { nameId: string; nameEn: string }> = {
  KASN: { nameId: 'Komisi Aparatur Sipil Negara', nameEn: 'Civil Service Commission (KASN)' },
  BKN: { nameId: 'Badan Kepegawaian Negara', nameEn: 'National Civil Service Agency (BKN)' },
  LembagaIndependenASN: {
    nameId: 'Lembaga independen pengawas sistem merit ASN',
    nameEn: 'Independent civil-service merit supervisor (to be formed)',
  },
  Gakkumdu: { nameId: 'Sentra Penegakan Hukum Terpadu', nameEn: 'Integrated law-enforcement centre (Sentra Gakkumdu)' },
  KPU: { nameId: 'Komisi Pemilihan Umum', nameEn: 'General Elections Commission (KPU)' },
  DKPP: { nameId: 'Dewan Kehormatan Penyelenggara Pemilu', nameEn: 'Election Organisers Honour Council (DKPP)' },
  BupatiWaliKota: { nameId: 'Bupati/Wali Kota', nameEn: 'Regent or mayor' },
};

export interface RecipientPeriod {
  kind: RecipientKind;
  recipient: RecipientId;
  /** First day (YYYY-MM-DD) the recipient is competent, inclusive. */
  from: string;
  /** Last day, inclusive; absent while still competent. */
  until?: string;
  basis: string;
  flag?: Flag;
  noteEn?: string;
}

export const RECIPIENT_PERIODS: readonly RecipientPeriod[] = [
  {
    kind: 'asn-neutrality', recipient: 'KASN', from: '2014-01-15', until: '2024-09-03',
    basis: 'UU 5/2014 Pasal 30-32; SKB Netralitas ASN 2022 (MenPANRB 2/2022, Mendagri 800-5474/2022, BKN 246/2022, KASN 30/2022, Bawaslu 1447.1/PM.01/K.1/09/2022)',
  },
  {
    kind: 'asn-neutrality', recipient: 'BKN', from: '2024-09-04',
    basis: 'UU 20/2023 Pasal 26 ayat (2) huruf d dan Pasal 70 ayat (3); Perpres 92/2024; SE MenPANRB 4/2024 (4 September 2024)',
    flag: '!',
    noteEn:
      'KASN stopped working in mid-2024 (Perpres 91 and 92/2024); the switch date is that of SE MenPANRB 4/2024, which routes unprocessed KASN matters to BKN.',
  },
  {
    kind: 'village-head', recipient: 'BupatiWaliKota', from: '2014-01-15',
    basis: 'UU 6/2014 tentang Desa Pasal 29 huruf j dan Pasal 30', flag: 'U',
    noteEn: 'Village heads are not ASN: the regent or mayor sanctions them (practice: Bawaslu forwards to the Bupati).',
  },
  {
    kind: 'criminal', recipient: 'Gakkumdu', from: '2014-01-01',
    basis: 'UU 10/2016 Pasal 135 ayat (1) huruf d dan ayat (2); UU 7/2017 Pasal 476 dan 486',
  },
  {
    kind: 'administrative', recipient: 'KPU', from: '2014-01-01',
    basis: 'UU 10/2016 Pasal 135 ayat (1) huruf b; UU 7/2017 Pasal 455 ayat (1) huruf b (KPU executes Bawaslu decisions)',
  },
  {
    kind: 'organiser-ethics', recipient: 'DKPP', from: '2014-01-01',
    basis: 'UU 10/2016 Pasal 135 ayat (1) huruf a; UU 7/2017 Pasal 455 ayat (1) huruf a',
  },
];

export interface RecipientAnswer {
  recipient: RecipientId;
  nameId: string;
  nameEn: string;
  basis: string;
  flag?: Flag;
}

/** The body competent for `kind` on `onDate` (YYYY-MM-DD); throws when no period covers the date. */
export function recipientFor(
  kind: RecipientKind,
  onDate: string,
  periods: readonly RecipientPeriod[] = RECIPIENT_PERIODS,
): RecipientAnswer {
  const period = periods.find((p) => p.kind === kind && p.from <= onDate && (!p.until || onDate <= p.until));
  if (!period) throw new Error(`no recipient for ${kind} on ${onDate}`);
  return {
    recipient: period.recipient,
    ...RECIPIENT_NAMES[period.recipient],
    basis: period.basis,
    ...(period.flag ? { flag: period.flag } : {}),
  };
}
