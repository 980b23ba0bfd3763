// What the audit log records of a case besides its workflow actions (those are `case.<action>`,
// core/cases/actions.ts). The case page's history names each of them; a test holds the server's
// audit actions to this list, so a new one cannot reach the history without a name.
export const CASE_EVENTS = [
  'received',
  'assigned',
  'note-added',
  'document-generated',
  'document-emailed',
  'document-delivered',
  'evidence-added',
  'reporter-read',
  'contacts-read',
  'overdue',
  'reminded',
  'reminder-failed',
] as const;

export type CaseEvent = (typeof CASE_EVENTS)[number];

export function isCaseEvent(value: string): value is CaseEvent {
  return (CASE_EVENTS as readonly string[]).includes(value);
}
