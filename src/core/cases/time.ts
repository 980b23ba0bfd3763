// Instants and local dates for the machine's guards. `now` always comes in as a parameter.
import { isIsoInstant, localDateOf as localDateAt } from '../law/index.js';
import { officeTimeZone, TIME_ZONES } from '../regions/time-zone.js';

/** UTC offset in minutes of the office's region (WIB for Bawaslu RI or an unknown code). */
function offsetMinutes(regionCode: string | null): number {
  return TIME_ZONES[officeTimeZone(regionCode)].offsetMinutes;
}

/** Local date (YYYY-MM-DD) of `instant` in the region's time zone. */
export function localDateOf(instant: string, regionCode: string | null): string {
  if (!isIsoInstant(instant)) throw new TypeError(`not an ISO 8601 instant with offset: ${instant}`);
  return localDateAt(Date.parse(instant), offsetMinutes(regionCode));
}

/** True when instant `a` is strictly after instant `b`. */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
