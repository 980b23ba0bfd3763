import { localDateOf } from '../../../core/law/index.js';
import { regionTimeZone, TIME_ZONES } from '../../../core/regions/time-zone.js';

/** The UTC offset (minutes) of a case's clock region. */
export function offsetOf(regionCode: string): number {
  return TIME_ZONES[regionTimeZone(regionCode)].offsetMinutes;
}

/** Local calendar date (YYYY-MM-DD) of an instant in a region. */
export function localDate(at: Date, regionCode: string): string {
  return localDateOf(at.getTime(), offsetOf(regionCode));
}

/** An instant as ISO 8601 with the region's offset, e.g. 2024-11-10T09:00:00+07:00. */
export function localIso(at: Date, regionCode: string): string {
  const zone = TIME_ZONES[regionTimeZone(regionCode)];
  return `${new Date(at.getTime() + zone.offsetMinutes * 60_000).toISOString().slice(0, 19)}${zone.utcOffset}`;
}
