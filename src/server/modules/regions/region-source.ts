// Reads the Kemendagri region list shipped by the npm package idn-area-data (data: ODbL 1.0,
// © fityannugroho and contributors; attributed in the README). 38 provinces, 514 regencies and
// cities, 7,277 districts, 83,763 villages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { regionTimeZone } from '../../../core/regions/time-zone.js';

export type RegionRow = {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  timeZone: string;
  searchName: string;
};

const require = createRequire(import.meta.url);

function dataDir(): string {
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Rows of a simple CSV (no quoted commas in this data set; quoted fields are unwrapped). */
function readCsv(file: string): string[][] {
  const text = readFileSync(path.join(dataDir(), file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((f) => f.replace(/^"|"$/g, '').trim()));
}

const KEEP_UPPER = new Set(['DKI', 'DI', 'II', 'III']);

/** Provinces and regencies are upper case in the source: "KOTA SERANG" → "Kota Serang". */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((w) => (KEEP_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/(^|[\s(/-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

function row(code: string, name: string, level: number, parentCode: string | null): RegionRow {
  const display = titleCase(name);
  return { code, name: display, level, parentCode, timeZone: regionTimeZone(code), searchName: display.toLowerCase() };
}

export function readRegionSource(): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const [code, name] of readCsv('provinces.csv')) rows.push(row(code!, name!, 1, null));
  for (const [code, parent, name] of readCsv('regencies.csv')) rows.push(row(code!, name!, 2, parent!));
  for (const [code, parent, name] of readCsv('districts.csv')) rows.push(row(code!, name!, 3, parent!));
  for (const [code, parent, name] of readCsv('villages.csv')) rows.push(row(code!, name!, 4, parent!));
  return rows;
}

export const EXPECTED_REGION_COUNTS = { 1: 38, 2: 514, 3: 7277, 4: 83763 } as const;
