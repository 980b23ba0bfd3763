// Formatting of legal dates, instants and amounts: "Senin, 18 November 2024", "pukul 23.59.59 WIB",
// "Rp600.000". Dates are the region's local dates as the API gives them (YYYY-MM-DD).
const dayFormats: Record<string, Intl.DateTimeFormat> = {};

/** "Senin, 18 November 2024" / "Monday, 18 November 2024" for a local date YYYY-MM-DD. */
export function formatDay(date: string, lang: string): string {
  const key = lang === 'en' ? 'en' : 'id';
  const fmt = (dayFormats[key] ??= new Intl.DateTimeFormat(key === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }));
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : fmt.format(d);
}

/** The local clock time of an ISO instant that carries its region's offset: "23.59.59" (id) or "23:59:59" (en). */
export function localTime(instant: string, lang: string): string {
  const time = instant.slice(11, 19);
  return lang === 'en' ? time : time.replace(/:/g, '.');
}

/** "Rp600.000" */
export function formatRupiah(amount: number): string {
  return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount)}`;
}

/** Every local date from `from` to `to` inclusive (YYYY-MM-DD), at most `limit` of them. */
export function datesBetween(from: string, to: string, limit = 400): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d <= end && out.length < limit) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Day of the week of a local date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
