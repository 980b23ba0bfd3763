// The pelapor's name outside their sealed identity: staff type it into an invitation to the
// pelapor, and it stays in the case record and the audit log of that action. Roles that may not
// read the reporter (decision 008) see it withheld (null) in the case page, the case history and
// the audit log; the record and the audit chain keep it as written.

type Named = { party?: unknown; name?: unknown };

/** The invitee's name as the reader may see it: null for the pelapor's when withheld. */
export function invitationName(inv: { party: string; name: string }, mayReadReporter: boolean): string | null {
  return inv.party === 'pelapor' && !mayReadReporter ? null : inv.name;
}

/** An audit summary with the pelapor's name withheld from the invitations of its payload. */
export function withoutPelaporNames(summary: unknown): unknown {
  if (!summary || typeof summary !== 'object') return summary;
  const payload = (summary as { payload?: unknown }).payload;
  const invitations = payload && typeof payload === 'object' ? (payload as { invitations?: unknown }).invitations : undefined;
  if (!Array.isArray(invitations)) return summary;
  const withheld = invitations.map((i: unknown) => (i && typeof i === 'object' && (i as Named).party === 'pelapor' ? { ...(i as object), name: null } : i));
  return { ...(summary as object), payload: { ...(payload as object), invitations: withheld } };
}
