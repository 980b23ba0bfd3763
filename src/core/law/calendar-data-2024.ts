// Official non-working days of 2024.
import { entries, ISBAT_NOTE, type CalendarEntry } from './calendar-entry.js';

export const SKB_2024 =
  'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 (12 September 2023)';
export const KEPPRES_10_2024 =
  'Keputusan Presiden Nomor 10 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional (6 Februari 2024)';
export const KEPPRES_33_2024 =
  'Keputusan Presiden Nomor 33 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024 sebagai Hari Libur Nasional (21 November 2024)';

export const CALENDAR_2024: CalendarEntry[] = [
  ...entries('libur-nasional', SKB_2024, [
    ['2024-01-01', 'Tahun Baru 2024 Masehi', "New Year's Day 2024"],
    ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
    ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'Chinese New Year 2575 Kongzili'],
    ['2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', 'Nyepi, Saka New Year 1946'],
    ['2024-03-29', 'Wafat Isa Almasih', 'Good Friday'],
    ['2024-03-31', 'Hari Paskah', 'Easter Sunday'],
    ['2024-04-10', 'Hari Raya Idulfitri 1445 Hijriah', 'Idul Fitri 1445 H (day 1)', ISBAT_NOTE],
    ['2024-04-11', 'Hari Raya Idulfitri 1445 Hijriah', 'Idul Fitri 1445 H (day 2)', ISBAT_NOTE],
    ['2024-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
    ['2024-05-09', 'Kenaikan Isa Almasih', 'Ascension of Jesus Christ'],
    ['2024-05-23', 'Hari Raya Waisak 2568 BE', 'Vesak 2568 BE'],
    ['2024-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
    ['2024-06-17', 'Hari Raya Iduladha 1445 Hijriah', 'Idul Adha 1445 H', ISBAT_NOTE],
    ['2024-07-07', 'Tahun Baru Islam 1446 Hijriah', 'Islamic New Year 1446 H'],
    ['2024-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'],
    ['2024-09-16', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday (Maulid)"],
    ['2024-12-25', 'Hari Raya Natal', 'Christmas Day'],
  ]),
  ...entries('cuti-bersama', SKB_2024, [
    ['2024-02-09', 'Cuti bersama Tahun Baru Imlek 2575 Kongzili', 'Collective leave, Chinese New Year'],
    ['2024-03-12', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1946', 'Collective leave, Nyepi'],
    ['2024-04-08', 'Cuti bersama Idulfitri 1445 Hijriah', 'Collective leave, Idul Fitri'],
    ['2024-04-09', 'Cuti bersama Idulfitri 1445 Hijriah', 'Collective leave, Idul Fitri'],
    ['2024-04-12', 'Cuti bersama Idulfitri 1445 Hijriah', 'Collective leave, Idul Fitri'],
    ['2024-04-15', 'Cuti bersama Idulfitri 1445 Hijriah', 'Collective leave, Idul Fitri'],
    ['2024-05-10', 'Cuti bersama Kenaikan Isa Almasih', 'Collective leave, Ascension Day'],
    ['2024-05-24', 'Cuti bersama Hari Raya Waisak', 'Collective leave, Vesak'],
    ['2024-06-18', 'Cuti bersama Iduladha 1445 Hijriah', 'Collective leave, Idul Adha'],
    ['2024-12-26', 'Cuti bersama Hari Raya Natal', 'Collective leave, Christmas'],
  ]),
  ...entries('libur-pemungutan-suara', KEPPRES_10_2024, [
    ['2024-02-14', 'Hari pemungutan suara Pemilu 2024', 'Voting day, 2024 general election'],
  ]),
  ...entries('libur-pemungutan-suara', KEPPRES_33_2024, [
    ['2024-11-27', 'Hari pemungutan suara Pemilihan serentak 2024', 'Voting day, 2024 regional head elections'],
  ]),
];
