import { describe, expect, it } from 'vitest';
import { isRegionCode, isWithinScope, parentRegionCode, regionAncestry, regionLevel } from './region-code.js';
import { PROVINCE_CODES, regionTimeZone } from './time-zone.js';

describe('region codes', () => {
  it.each([
    ['36', 'provinsi'],
    ['36.73', 'kabupaten-kota'],
    ['36.73.01', 'kecamatan'],
    ['36.73.01.1001', 'kelurahan-desa'],
  ] as const)('%s is a %s', (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });

  it.each(['3', '36.7', '36.73.1', '36.73.01.101', '36..73', '', 'ab'])('rejects %j', (code) => {
    expect(isRegionCode(code)).toBe(false);
    expect(() => regionLevel(code)).toThrow();
  });

  it('walks up the tree', () => {
    expect(parentRegionCode('36.73.01.1001')).toBe('36.73.01');
    expect(parentRegionCode('36')).toBeNull();
    expect(regionAncestry('36.73.01')).toEqual(['36', '36.73', '36.73.01']);
  });
});

describe('jurisdiction scope', () => {
  it('contains its own region and everything below', () => {
    expect(isWithinScope('36.73', '36.73')).toBe(true);
    expect(isWithinScope('36.73', '36.73.01.1001')).toBe(true);
    expect(isWithinScope('36', '36.72.01')).toBe(true);
  });
  it('never contains a sibling, a parent, or a code that only shares a prefix', () => {
    expect(isWithinScope('36.73', '36.72')).toBe(false);
    expect(isWithinScope('36.73', '36')).toBe(false);
    expect(isWithinScope('36.7', '36.73')).toBe(false);
    expect(isWithinScope('36.73', null)).toBe(false);
  });
  it('a national scope contains every region', () => {
    expect(isWithinScope(null, '91.01')).toBe(true);
  });
});

describe('time zones (Keppres 41/1987)', () => {
  it.each([
    ['36.73', 'WIB'], // Kota Serang, Banten
    ['61.71', 'WIB'], // Kota Pontianak
    ['51.71', 'WITA'], // Kota Denpasar
    ['64.72', 'WITA'], // Kota Samarinda
    ['73.71', 'WITA'], // Kota Makassar
    ['81.71', 'WIT'], // Kota Ambon
    ['94.01', 'WIT'], // Papua Tengah
  ] as const)('%s is %s', (code, zone) => {
    expect(regionTimeZone(code)).toBe(zone);
  });
  it('covers all 38 provinces', () => {
    expect(PROVINCE_CODES).toHaveLength(38);
  });
  it('refuses an unknown province', () => {
    expect(() => regionTimeZone('99.01')).toThrow();
  });
});
