// Pieces several documents share: the case identity rows, labels of roles and statuses, and the
// heading of an official letter (Nomor / Sifat / Lampiran / Hal, place and date, addressee).
import { countInWords, formatIsoDate } from './format.js';
import { fields, noBorders, placeAndDate } from './layout.js';
import type { Content } from './pdf.js';
import type { CaseIdentity, DocumentInputBase, ParticipantRole, ReportedParty, ReporterIdentity } from './types.js';

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  pelapor: 'Pelapor',
  terlapor: 'Terlapor',
  saksi: 'Saksi',
  ahli: 'Ahli',
};

export const EMPLOYEE_KIND_LABELS: Record<ReportedParty['employeeKind'], string> = {
  PNS: 'Pegawai Negeri Sipil (PNS)',
  PPPK: 'Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)',
  lainnya: 'Lainnya',
};

/** "Laporan" or "Temuan", capitalised as in titles. */
export function caseKindLabel(identity: CaseIdentity): string {
  return identity.kind === 'laporan' ? 'Laporan' : 'Temuan';
}

/** "Nama, Jabatan pada Instansi (NIP …)" in one line. */
export function reportedPartyLine(party: ReportedParty): string {
  const nip = party.nip ? `, NIP ${party.nip}` : '';
  return `${party.name}${nip}, ${party.position} pada ${party.agency}`;
}

export function reportedPartyRows(party: ReportedParty): Array<[string, Content]> {
  return [
    ['Nama', party.name],
    ...(party.nip ? ([['NIP', party.nip]] as Array<[string, Content]>) : []),
    ['Jabatan', party.position],
    ['Instansi', party.agency],
    ['Status kepegawaian', EMPLOYEE_KIND_LABELS[party.employeeKind]],
  ];
}

/** The numbers that identify a case: receipt (penerimaan) and, once registered, register. */
export function caseNumberRows(identity: CaseIdentity): Array<[string, Content]> {
  const rows: Array<[string, Content]> = [[`Nomor penerimaan ${identity.kind}`, identity.receiptNumber]];
  if (identity.registerNumber) rows.push(['Nomor register', identity.registerNumber]);
  rows.push(['Pemilihan', identity.regimeName]);
  return rows;
}

export function eventRows(identity: CaseIdentity): Array<[string, Content]> {
  return [
    ['Tempat kejadian', identity.event.place],
    ['Tanggal kejadian', formatIsoDate(identity.event.occurredOn)],
    ['Tanggal diketahui', formatIsoDate(identity.event.knownOn)],
    ['Uraian singkat', identity.event.description],
  ];
}

export interface LetterHeading {
  nature?: string;
  attachments: number;
  subject: string;
  addressee: string;
  addresseeAddress?: string | null;
}

/** The head of an official letter: reference block at left, place and date at right, then "Yth.". */
export function letterHeading(input: DocumentInputBase, heading: LetterHeading): Content[] {
  const attachment = heading.attachments > 0 ? `${countInWords(heading.attachments)} berkas` : '-';
  return [
    {
      columns: [
        fields(
          [
            ['Nomor', input.number],
            ['Sifat', heading.nature ?? 'Penting'],
            ['Lampiran', attachment],
            ['Hal', { text: heading.subject, bold: true }],
          ],
          52,
          [0, 0, 0, 0],
        ),
        { text: placeAndDate(input.letterhead, input.issuedAt), width: 'auto', alignment: 'right' },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 16],
    },
    {
      stack: [
        'Yth.',
        { text: heading.addressee, bold: true },
        ...(heading.addresseeAddress ? [heading.addresseeAddress] : []),
        'di',
        { text: 'Tempat', margin: [18, 0, 0, 0] },
      ],
      margin: [0, 0, 0, 16],
    },
  ];
}

/**
 * The head of a letter to the pelapor: to them at their address, or, when a kuasa brought the
 * report (Perbawaslu 7/2022 art 8(5)), to them through the kuasa at the kuasa's address.
 */
export function pelaporLetterHeading(input: DocumentInputBase, subject: string, reporter: Pick<ReporterIdentity, 'name' | 'address' | 'representative'>): Content[] {
  const kuasa = reporter.representative;
  return letterHeading(input, {
    nature: 'Segera',
    attachments: 0,
    subject,
    addressee: kuasa ? `Sdr. ${reporter.name} melalui kuasanya Sdr. ${kuasa.name}` : `Sdr. ${reporter.name}`,
    addresseeAddress: (kuasa ? kuasa.address : reporter.address) ?? null,
  });
}

/** The opening of a letter about a report: "Menindaklanjuti laporan Saudara … , dengan ini kami beritahukan bahwa ". */
export function reportReference(c: CaseIdentity): string {
  return (
    `Menindaklanjuti laporan Saudara yang diterima dengan nomor penerimaan ${c.receiptNumber} ` +
    `mengenai dugaan pelanggaran oleh ${reportedPartyLine(c.reportedParty)}, yaitu ${c.event.description} ` +
    `(${c.event.place}, ${formatIsoDate(c.event.occurredOn)}), dengan ini kami beritahukan bahwa `
  );
}

/** A list of short lines ("1. …") without borders, for attachments and copies. */
export function plainList(title: string, items: string[]): Content {
  if (items.length === 0) return { text: '' };
  return {
    stack: [
      { text: `${title}:`, bold: true, fontSize: 9.5 },
      {
        table: { widths: [14, '*'], body: items.map((item, i) => [`${i + 1}.`, item]) },
        layout: noBorders,
        fontSize: 9.5,
      },
    ],
    margin: [0, 10, 0, 0],
    unbreakable: true,
  };
}
