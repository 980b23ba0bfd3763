// The contacts of the other parties (decision 008): the address and phone number of each saksi and
// of the terlapor, as given at intake, are personal data (UU 27/2022). They leave the case record
// at intake and are kept sealed beside it; the case keeps the names, which its documents print.

export type PartyContact = { name: string; address?: string; phone?: string };
export type PartyContacts = { witnesses: PartyContact[]; reportedParty: PartyContact | null };

type Intake = Record<string, unknown>;

const CONTACT_FIELDS = ['address', 'phone'] as const;

const nameOf = (party: unknown): string => {
  const name = party && typeof party === 'object' ? (party as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
};

function contactOf(party: unknown): PartyContact | null {
  if (!party || typeof party !== 'object') return null;
  const p = party as Record<string, unknown>;
  const found: PartyContact = { name: nameOf(party) };
  for (const field of CONTACT_FIELDS) if (typeof p[field] === 'string' && p[field] !== '') found[field] = p[field];
  return found.address === undefined && found.phone === undefined ? null : found;
}

function withoutContact<T>(party: T): T {
  if (!party || typeof party !== 'object') return party;
  const copy = { ...(party as Record<string, unknown>) };
  for (const field of CONTACT_FIELDS) delete copy[field];
  return copy as T;
}

/**
 * The intake without any contact of a saksi or the terlapor, and those contacts (null when none
 * was given). Every witness is listed in the contacts, by name, when any of them has one, so the
 * list reads in the intake's order.
 */
export function splitPartyContacts<T extends Intake>(intake: T): { intake: T; contacts: PartyContacts | null } {
  const witnesses = Array.isArray(intake.witnesses) ? (intake.witnesses as unknown[]) : [];
  const witnessContacts = witnesses.map((w) => contactOf(w));
  const reported = contactOf(intake.reportedParty);
  const hasAny = reported !== null || witnessContacts.some((c) => c !== null);
  if (!hasAny) return { intake, contacts: null };
  const stripped: Intake = { ...intake, witnesses: witnesses.map(withoutContact) };
  if (intake.reportedParty) stripped.reportedParty = withoutContact(intake.reportedParty);
  return {
    intake: stripped as T,
    contacts: {
      witnesses: witnesses.map((w, i) => witnessContacts[i] ?? { name: nameOf(w) }),
      reportedParty: reported,
    },
  };
}

/** A name as staff type it twice: case and spacing do not make another person. */
const sameName = (a: string, b: string): boolean => {
  const norm = (n: string) => n.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  const first = norm(a);
  return first !== '' && first === norm(b);
};

/**
 * The address on file for the saksi an invitation names (the invitation form offers the names
 * given at intake): the first witness of that name with an address, else null.
 */
export function witnessAddressOf(contacts: PartyContacts | null | undefined, name: string): string | null {
  const found = contacts?.witnesses.find((w) => w.address && sameName(w.name, name));
  return found?.address ?? null;
}
