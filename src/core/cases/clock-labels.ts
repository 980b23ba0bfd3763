// The names of the case clocks (core/law/case-deadlines.ts) and of where a deadline stands, in
// both languages: the console shows them, and the inbox export writes them.
import type { Bilingual } from './text.js';

export const CLOCK_LABELS = {
  filing: { id: 'Batas penyampaian laporan', en: 'Time limit to file the report' },
  temuan: { id: 'Batas penetapan temuan', en: 'Time limit to establish the finding' },
  kajianAwal: { id: 'Kajian awal', en: 'Preliminary analysis (kajian awal)' },
  noticeToComplete: { id: 'Pemberitahuan kelengkapan', en: 'Notice to complete' },
  completion: { id: 'Batas melengkapi laporan', en: 'Time limit to complete the report' },
  decision: { id: 'Tindak lanjut (putusan pleno)', en: 'Follow-up (plenary decision)' },
  criminalForwarding: { id: 'Penerusan dugaan tindak pidana', en: 'Forwarding of an alleged crime' },
} as const satisfies Record<string, Bilingual>;

export const CLOCK_STATUS_LABELS = {
  'tepat-waktu': { id: 'Tepat waktu', en: 'On time' },
  'jatuh-tempo-hari-ini': { id: 'Jatuh tempo hari ini', en: 'Due today' },
  terlambat: { id: 'Terlambat', en: 'Overdue' },
  none: { id: 'Tidak ada tenggat berjalan', en: 'No running deadline' },
} as const satisfies Record<string, Bilingual>;

/** One language's half of a table of labels, for the web's message files. */
export function labelsIn<K extends string>(labels: Record<K, Bilingual>, lang: 'id' | 'en'): Record<K, string> {
  return Object.fromEntries(Object.entries<Bilingual>(labels).map(([k, v]) => [k, v[lang]])) as Record<K, string>;
}
