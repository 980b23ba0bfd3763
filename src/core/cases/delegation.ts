// Which offices a case may be delegated to (pelimpahan), and which of them the place of the event
// suggests. Pure: the server checks a delegation's receiving office with it, and lists the offices
// a console may offer.
//
// A report may be handed in at any supervisory office, down to the Pengawas TPS (UU 7/2017 Pasal
// 454 ayat (1)), but only Bawaslu, Bawaslu Provinsi, Bawaslu Kabupaten/Kota and Panwaslu Kecamatan
// examine and decide it (UU 10/2016 Pasal 134 ayat (1) and Pasal 135 ayat (2); UU 7/2017 Pasal 454
// ayat (7)). A case is delegated to the one with jurisdiction, under the same identity (Perbawaslu
// 7/2022 Pasal 20, as summarised in the domain notes [S]). Panwaslu Kelurahan/Desa and Pengawas TPS
// pass reports on; BKN, a PPK's agency and Sentra Gakkumdu receive a decided case by forwarding
// (teruskan), never the case itself.
import type { OfficeKind } from '../access.js';
import { isWithinScope } from '../regions/region-code.js';
import { missing, type Missing } from './text.js';

/** Office kinds that may receive a delegated case, in the order a place's offices are suggested. */
export const DELEGATION_OFFICE_KINDS = ['bawaslu-kabkota', 'bawaslu-provinsi', 'panwaslu-kecamatan', 'bawaslu-ri'] as const satisfies readonly OfficeKind[];

export const DELEGATION_BASIS = 'UU 7/2017 Pasal 454 ayat (1) dan (7); UU 10/2016 Pasal 134 ayat (1) dan Pasal 135 ayat (2); Perbawaslu 7/2022 Pasal 20';

export function mayReceiveDelegation(kind: string): boolean {
  return (DELEGATION_OFFICE_KINDS as readonly string[]).includes(kind);
}

/**
 * What stops an office from receiving a delegated case: nothing when it may. (That it is not the
 * office handling the case already is the state machine's check, rules-intake.ts.)
 */
export function delegationTargetIssues(target: { kind: string; active: boolean }): Missing[] {
  const issues: Missing[] = [];
  if (!mayReceiveDelegation(target.kind))
    issues.push(
      missing(
        'pelimpahan.bukan-kantor-penanganan',
        `Kantor tujuan tidak menangani pelanggaran: perkara hanya dapat dilimpahkan kepada Bawaslu, Bawaslu Provinsi, Bawaslu Kabupaten/Kota atau Panwaslu Kecamatan (${DELEGATION_BASIS})`,
        `The receiving office does not handle violations: a case can only be delegated to Bawaslu, a provincial or regency/city Bawaslu, or a Panwaslu Kecamatan (${DELEGATION_BASIS})`,
      ),
    );
  if (!target.active) issues.push(missing('pelimpahan.kantor-nonaktif', 'Kantor tujuan tidak aktif', 'The receiving office is not active'));
  return issues;
}

/**
 * How strongly the place of the event suggests an office: its kabupaten/kota's Bawaslu first (the
 * office with jurisdiction over most cases), then the province's, then the kecamatan's; `null`
 * when the office's region does not hold the event's place. Bawaslu RI holds every place but is
 * suggested only through a search, as the last resort it is.
 */
export function suggestionRank(office: { kind: string; regionCode: string | null }, eventRegionCode: string | null): number | null {
  if (!eventRegionCode || office.regionCode === null || !mayReceiveDelegation(office.kind)) return null;
  if (!isWithinScope(office.regionCode, eventRegionCode)) return null;
  return DELEGATION_OFFICE_KINDS.indexOf(office.kind as (typeof DELEGATION_OFFICE_KINDS)[number]);
}
