// The case's revision: how many workflow actions have been taken on it. It moves only when people
// decide something (an action of actions.ts), not when the sweep marks a deadline overdue, a
// reminder is sent, a note, a document or evidence is added, or the case is assigned. A client
// that acted on what it saw sends the revision it saw back in `If-Match`; the action is refused
// (412 CASE_CHANGED) when someone acted in between, so nobody overwrites a decision they did not
// see, and an action whose answer was lost is not taken a second time (decision 018).

/** The entity tag of a revision, as sent in `ETag` and expected in `If-Match`: `"r3"`. */
export function revisionTag(revision: number): string {
  return `"r${revision}"`;
}

/** What an `If-Match` header accepts: any revision (`*`), or one of those listed. */
export type RevisionCondition = '*' | readonly number[];

const TAG = /^"r(0|[1-9]\d{0,8})"$/;

/**
 * Reads an `If-Match` header (RFC 9110 §13.1.1): `*`, or a comma-separated list of strong entity
 * tags of revisions. `undefined` for anything else (a weak tag never matches under If-Match's
 * strong comparison, so it is refused rather than silently ignored).
 */
export function parseIfMatch(header: string): RevisionCondition | undefined {
  const value = header.trim();
  if (value === '*') return '*';
  const revisions: number[] = [];
  for (const part of value.split(',')) {
    const m = TAG.exec(part.trim());
    if (!m) return undefined;
    revisions.push(Number(m[1]));
  }
  return revisions;
}

/** Whether an action sent with this condition may be taken on a case at `revision`. */
export function revisionAllows(condition: RevisionCondition, revision: number): boolean {
  return condition === '*' || condition.includes(revision);
}
