// Official non-working days of 2025, including the August 2025 amendment (18 August).
import { entries, ISBAT_NOTE, type CalendarEntry } from './calendar-entry.js';

export const SKB_2025 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (14 Oktober 2024)';
export const SKB_2025_AMENDMENT =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 tentang Perubahan atas SKB Hari Libur Nasional dan Cuti Bersama Tahun 2025 (7 Agustus 2025)';

export const CALENDAR_2025: CalendarEntry[] = [
  ...entries('libur-nasional', SKB_2025, [
    ['2025-01-01', 'Tahun Baru 2025 Masehi', "New Year's Day 2025"],
    ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
    ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year 2576 Kongzili'],
    ['2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Nyepi, Saka New Year 1947'],
    ['2025-03-31', 'Idulfitri 1446 Hijriah', 'Idul Fitri 1446 H (day 1)', ISBAT_NOTE],
    ['2025-04-01', 'Idulfitri 1446 Hijriah', 'Idul Fitri 1446 H (day 2)', ISBAT_NOTE],
    ['2025-04-18', 'Wafat Yesus Kristus', 'Good Friday'],
    ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
    ['2025-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
    ['2025-05-12', 'Hari Raya Waisak 2569 BE', 'Vesak 2569 BE'],
    ['2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'],
    ['2025-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
    ['2025-06-06', 'Iduladha 1446 Hijriah', 'Idul Adha 1446 H', ISBAT_NOTE],
    ['2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'Islamic New Year 1447 H'],
    ['2025-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'],
    ['2025-09-05', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday (Maulid)"],
    ['2025-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'],
  ]),
  ...entries('cuti-bersama', SKB_2025, [
    ['2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', 'Collective leave, Chinese New Year'],
    ['2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Collective leave, Nyepi'],
    ['2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave, Idul Fitri'],
    ['2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave, Idul Fitri'],
    ['2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave, Idul Fitri'],
    ['2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave, Idul Fitri'],
    ['2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE', 'Collective leave, Vesak'],
    ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave, Ascension Day'],
    ['2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah', 'Collective leave, Idul Adha'],
    ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave, Christmas'],
  ]),
  ...entries('cuti-bersama', SKB_2025_AMENDMENT, [
    ['2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)', 'Collective leave, 80th Independence anniversary'],
  ]),
];
