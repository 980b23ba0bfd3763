// The pelapor in free text (decision 008): their identity (and their kuasa's) is sealed apart, but
// staff and the pelapor themselves write it into texts the case keeps (the chronology, kajian
// facts, hearing summaries, notes, evidence labels). These find it there: to scrub it from the
// public status notice, to mark a document that prints it as personal data, and to withhold it
// from the roles that may not read the reporter wherever the case is shown to them.

/** The parts of an identity the texts are searched for (the pelapor's, and their kuasa's). */
export type PelaporIdentity = {
  name: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  nik?: string | null;
  representative?: Omit<PelaporIdentity, 'representative'> | null;
};

export const REDACTED = '[disamarkan]';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Identity-number and contact patterns blanked from any public free text, whoever they belong to.
const GENERIC_PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  /(?<!\d)\d{16}(?!\d)/g, // NIK (16 digits)
  /(?<![\w/.])(?:\+62|62|0)[\s.-]?8\d(?:[\s.-]?\d){6,11}(?!\d)/g, // Indonesian mobile number
  /(?<![\w/.])\(?0\d{2,3}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}(?!\d)/g, // landline with area code
];

/**
 * What identifies the pelapor (and their kuasa) in a text: name, address and its street line,
 * phone (also as bare digits), e-mail, NIK, and with `nameParts` each distinctive part of a name.
 * Each as a pattern that matches it as a whole word, longest first: global to replace with, not
 * global to test with (a global pattern keeps state between tests).
 */
function reporterPatterns(reporter: PelaporIdentity | null | undefined, opts: { nameParts: boolean; global: boolean }): RegExp[] {
  const needles = new Set<string>();
  // The pelapor and their kuasa alike: both are personal data.
  const people: Omit<PelaporIdentity, 'representative'>[] = reporter ? [reporter, ...(reporter.representative ? [reporter.representative] : [])] : [];
  for (const person of people) {
    for (const value of [person.name, person.address, person.phone, person.email, person.nik]) {
      const trimmed = value?.trim();
      if (trimmed && trimmed.length >= 3) needles.add(trimmed);
    }
    // Parts of the name as well ("Budi" from "Budi Santoso"), when long enough to be distinctive.
    if (opts.nameParts) for (const part of person.name.split(/\s+/)) if (part.replace(/\W/g, '').length >= 4) needles.add(part);
    // The street line of the address on its own ("Jl. Veteran No. 3" of "Jl. Veteran No. 3, Kota
    // Serang"); not the later parts, which name the area every document names.
    const street = person.address?.split(',')[0]?.trim();
    if (street && street.length >= 8) needles.add(street);
    const digits = person.phone?.replace(/\D/g, '');
    if (digits && digits.length >= 6) needles.add(digits);
  }
  const ordered = [...needles].sort((a, b) => b.length - a.length);
  return ordered.map((needle) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, opts.global ? 'giu' : 'iu'));
}

/** A function that replaces what `reporter`'s patterns (with or without the parts of a name) and the generic ones match by REDACTED. */
function scrubberOf(reporter: PelaporIdentity | null | undefined, nameParts: boolean): (text: string) => string {
  const patterns = [...reporterPatterns(reporter, { nameParts, global: true }), ...GENERIC_PATTERNS];
  return (text: string): string => patterns.reduce((out, pattern) => out.replace(pattern, REDACTED), text);
}

/** A function that blanks the pelapor's (and their kuasa's) identity and any NIK, phone or e-mail out of a text. */
export function reporterScrubber(reporter: PelaporIdentity | null | undefined): (text: string) => string {
  return scrubberOf(reporter, true);
}

/**
 * Whether any text in `data` (a document's input) names the pelapor or their kuasa in full, or
 * gives their address, phone, e-mail or NIK: free text (kajian facts, hearing summaries, checklist
 * notes) that does makes the document personal data (decision 008). Parts of a name alone do not
 * count: too many people share a first name.
 */
export function mentionsReporter(reporter: PelaporIdentity | null | undefined, data: unknown): boolean {
  if (!reporter) return false;
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(data);
  const patterns = reporterPatterns(reporter, { nameParts: false, global: false });
  return texts.some((text) => patterns.some((p) => p.test(text)));
}


// Keys whose values are identifiers, codes, numbers or times, never free text: left as they are.
const NOT_TEXT = /^(id|sha256|number|version|state|kind|party|regime|election|mediaType|result|itemId|group|citation|flag|action|clock|status)$|(Id|Ids|At|On|Number|Code|Codes|Ref)$/;

/**
 * `value` (a case page, an audit summary) with the pelapor's (and their kuasa's) full name,
 * address, phone, e-mail and NIK, and any NIK, phone number or e-mail address at all, replaced in
 * every free text, for a reader whose role may not read the reporter. Identifiers, codes and times
 * are left alone (NOT_TEXT); parts of a name are not blanked (too many people share a first name;
 * the terlapor may share one). Without an identity (a temuan, informasi awal) only the generic
 * patterns apply. Returns `value` itself when nothing changed.
 */
export function withoutPelaporText<T>(value: T, reporter: PelaporIdentity | null | undefined): T {
  const scrub = scrubberOf(reporter, false);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) {
      const mapped = v.map(walk);
      return mapped.some((m, i) => m !== v[i]) ? mapped : v;
    }
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        const next = NOT_TEXT.test(k) ? inner : walk(inner);
        if (next !== inner) changed = true;
        out[k] = next;
      }
      return changed ? out : v;
    }
    return v;
  };
  return walk(value) as T;
}
