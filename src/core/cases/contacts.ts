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

/** The saksi an invitation names: by their place among the witnesses of the intake, or by name. */
export type InvitedWitness = { name: string; witness?: number | null | undefined };

/**
 * The address on file for the saksi an invitation names. The invitation form says which witness
 * of the intake it is (`witness`), and that one's address is used. An invitation made without it
 * (before the form said so, or through the API) is matched by name, and only when the witnesses
 * of that name agree: two witnesses of one name with different addresses give none, since a letter
 * sent to the other one's house is worse than a letter handed over.
 */
export function witnessAddressOf(contacts: PartyContacts | null | undefined, invited: InvitedWitness): string | null {
  if (!contacts) return null;
  if (invited.witness !== undefined && invited.witness !== null) return contacts.witnesses[invited.witness]?.address ?? null;
  const addresses = new Set(contacts.witnesses.filter((w) => w.address && sameName(w.name, invited.name)).map((w) => w.address));
  return addresses.size === 1 ? ([...addresses][0] ?? null) : null;
}

/**
 * What is wrong with the witness numbers of invitations, against the witnesses named at intake:
 * a number past the list, or one whose witness has another name. Each issue names its path in the
 * payload (`invitations.N.witness`); none when all hold.
 */
export function invitationWitnessIssues(intakeWitnesses: unknown, invitations: readonly InvitedWitness[]): { path: string; message: string }[] {
  const names = Array.isArray(intakeWitnesses) ? intakeWitnesses.map(nameOf) : [];
  const issues: { path: string; message: string }[] = [];
  invitations.forEach((inv, i) => {
    if (inv.witness === undefined || inv.witness === null) return;
    const path = `invitations.${i}.witness`;
    const named = names[inv.witness];
    if (named === undefined) issues.push({ path, message: `Laporan ini hanya menyebut ${names.length} saksi / this report names ${names.length} witness(es)` });
    else if (!sameName(named, inv.name)) issues.push({ path, message: `Saksi nomor ${inv.witness + 1} bernama ${named}, bukan ${inv.name} / witness ${inv.witness + 1} is ${named}, not ${inv.name}` });
  });
  return issues;
}
