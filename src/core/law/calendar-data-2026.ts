// Official non-working days of 2026 (SKB signed 19 September 2025; no amendment known).
import { entries, ISBAT_NOTE, type CalendarEntry } from './calendar-entry.js';

export const SKB_2026 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (19 September 2025)';

export const CALENDAR_2026: CalendarEntry[] = [
  ...entries('libur-nasional', SKB_2026, [
    ['2026-01-01', 'Tahun Baru 2026 Masehi', "New Year's Day 2026"],
    ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
    ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577 Kongzili'],
    ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Nyepi, Saka New Year 1948'],
    ['2026-03-21', 'Idulfitri 1447 Hijriah', 'Idul Fitri 1447 H (day 1)', ISBAT_NOTE],
    ['2026-03-22', 'Idulfitri 1447 Hijriah', 'Idul Fitri 1447 H (day 2)', ISBAT_NOTE],
    ['2026-04-03', 'Wafat Yesus Kristus', 'Good Friday'],
    ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
    ['2026-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
    ['2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'],
    ['2026-05-27', 'Iduladha 1447 Hijriah', 'Idul Adha 1447 H', ISBAT_NOTE],
    ['2026-05-31', 'Hari Raya Waisak 2570 BE', 'Vesak 2570 BE'],
    ['2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
    ['2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'Islamic New Year 1448 H'],
    ['2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day'],
    ['2026-08-25', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday (Maulid)"],
    ['2026-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'],
  ]),
  ...entries('cuti-bersama', SKB_2026, [
    ['2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'Collective leave, Chinese New Year'],
    ['2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Collective leave, Nyepi'],
    ['2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave, Idul Fitri'],
    ['2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave, Idul Fitri'],
    ['2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave, Idul Fitri'],
    ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave, Ascension Day'],
    ['2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah', 'Collective leave, Idul Adha'],
    ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave, Christmas'],
  ]),
];
