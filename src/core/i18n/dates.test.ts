// Dates as people read them, in Indonesian first and English second, in the office's time zone.
import { describe, expect, it } from 'vitest';
import { officeTimeZone } from '../regions/time-zone.js';
import { dateTimeText, dayDateText, formatDate, formatDateTime, formatIsoDate, formatIsoDayDate, formatTime } from './dates.js';

describe('Indonesian dates and times', () => {
  it('writes dates with Indonesian month and day names', () => {
    expect(formatIsoDate('2024-11-14')).toBe('14 November 2024');
    expect(formatIsoDayDate('2024-11-27')).toBe('Rabu, 27 November 2024');
    expect(formatIsoDayDate('2024-02-14')).toBe('Rabu, 14 Februari 2024');
    expect(formatIsoDate('2024-08-17')).toBe('17 Agustus 2024');
    expect(() => formatIsoDate('2024-02-30')).toThrow();
    expect(() => formatIsoDate('14/11/2024')).toThrow();
  });

  it('shows an instant in the office time zone, with its label', () => {
    const instant = new Date('2024-11-13T17:30:00Z');
    expect(formatDate(instant, 'WIB')).toBe('14 November 2024');
    expect(formatTime(instant, 'WIB')).toBe('00.30 WIB');
    expect(formatTime(instant, 'WITA')).toBe('01.30 WITA');
    expect(formatDateTime(instant, 'WIT')).toBe('Kamis, 14 November 2024 pukul 02.30 WIT');
    expect(formatDate(new Date('2024-12-31T16:59:00Z'), 'WIB')).toBe('31 Desember 2024');
    expect(formatDate(new Date('2024-12-31T17:00:00Z'), 'WIB')).toBe('1 Januari 2025');
    expect(() => formatDate(new Date('kemarin'), 'WIB')).toThrow();
  });
});

describe('bilingual dates for messages', () => {
  it('gives a calendar date in both languages', () => {
    expect(dayDateText('2026-11-18')).toEqual({ id: 'Rabu, 18 November 2026', en: 'Wednesday, 18 November 2026' });
    expect(dayDateText('2024-08-17')).toEqual({ id: 'Sabtu, 17 Agustus 2024', en: 'Saturday, 17 August 2024' });
    expect(() => dayDateText('2026-11-31')).toThrow();
  });

  it("gives an instant in the office's zone, WIB for Bawaslu RI and for an unknown province", () => {
    const due = '2026-11-18T23:59:59+07:00';
    expect(dateTimeText(due, '36.73')).toEqual({ id: 'Rabu, 18 November 2026 pukul 23.59 WIB', en: 'Wednesday, 18 November 2026 at 23:59 WIB' });
    expect(dateTimeText(due, '51.71').id).toBe('Kamis, 19 November 2026 pukul 00.59 WITA'); // Kota Denpasar
    expect(dateTimeText(due, '94.71').en).toBe('Thursday, 19 November 2026 at 01:59 WIT'); // Kota Jayapura
    expect(dateTimeText(due, null).id).toBe('Rabu, 18 November 2026 pukul 23.59 WIB');
    expect(officeTimeZone('99.01')).toBe('WIB');
    expect(officeTimeZone(null)).toBe('WIB');
    expect(officeTimeZone('73.71')).toBe('WITA');
  });
});
