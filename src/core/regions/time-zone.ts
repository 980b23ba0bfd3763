// Indonesia's three legal time zones (Keppres 41/1987 tentang Pembagian Wilayah Republik Indonesia
// Menjadi 3 (Tiga) Wilayah Waktu). Deadlines end at 23:59:59 local time of the office's region, so
// every region code resolves to one of these through its province.
import { provinceCode } from './region-code.js';

export type IndonesianTimeZone = 'WIB' | 'WITA' | 'WIT';

export const TIME_ZONES: Record<IndonesianTimeZone, { iana: string; offsetMinutes: number; utcOffset: string }> = {
  WIB: { iana: 'Asia/Jakarta', offsetMinutes: 7 * 60, utcOffset: '+07:00' },
  WITA: { iana: 'Asia/Makassar', offsetMinutes: 8 * 60, utcOffset: '+08:00' },
  WIT: { iana: 'Asia/Jayapura', offsetMinutes: 9 * 60, utcOffset: '+09:00' },
};

// Province code → zone. Keppres 41/1987: WIB = Sumatera, Jawa, Madura, Kalimantan Barat and
// Kalimantan Tengah; WITA = Bali, Nusa Tenggara, Kalimantan Selatan/Timur (and Utara, split from
// Timur in 2012) and Sulawesi; WIT = Maluku and Papua (including the 2022 Papua provinces).
const PROVINCE_ZONES: Record<string, IndonesianTimeZone> = {
  '11': 'WIB', '12': 'WIB', '13': 'WIB', '14': 'WIB', '15': 'WIB', '16': 'WIB', '17': 'WIB',
  '18': 'WIB', '19': 'WIB', '21': 'WIB',
  '31': 'WIB', '32': 'WIB', '33': 'WIB', '34': 'WIB', '35': 'WIB', '36': 'WIB',
  '51': 'WITA', '52': 'WITA', '53': 'WITA',
  '61': 'WIB', '62': 'WIB', '63': 'WITA', '64': 'WITA', '65': 'WITA',
  '71': 'WITA', '72': 'WITA', '73': 'WITA', '74': 'WITA', '75': 'WITA', '76': 'WITA',
  '81': 'WIT', '82': 'WIT',
  '91': 'WIT', '92': 'WIT', '93': 'WIT', '94': 'WIT', '95': 'WIT', '96': 'WIT',
};

export const PROVINCE_CODES = Object.keys(PROVINCE_ZONES);

/** Time zone of any region, through its province. Throws for an unknown province code. */
export function regionTimeZone(code: string): IndonesianTimeZone {
  const zone = PROVINCE_ZONES[provinceCode(code)];
  if (!zone) throw new Error(`unknown province in region code: ${code}`);
  return zone;
}

/**
 * Time zone of an office: that of its region, or WIB for Bawaslu RI (no region) and for a code
 * whose province is unknown, so that a message or a guard never fails on the zone alone.
 */
export function officeTimeZone(regionCode: string | null): IndonesianTimeZone {
  if (regionCode === null) return 'WIB';
  try {
    return regionTimeZone(regionCode);
  } catch {
    return 'WIB';
  }
}
