// The Idempotency-Keys of requests that make something (idempotency-keys.ts): one table per thing
// made (or, for a workflow action, the case it moved), each with a foreign key to it. All four
// have one shape (keyTable); only their names and what their key points at differ.
import { index, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { caseNotes, cases, documents } from './cases.js';

/**
 * A table of claimed keys: the key hashed with who sent it and where (never the key as sent), the
 * thing it made (`target`, a column named `targetColumn`), a hash of the request, and when; the
 * sweep removes rows a day old (created_at index).
 */
function keyTable<const N extends string>(name: N, targetColumn: string, target: () => AnyPgColumn) {
  return pgTable(
    name,
    {
      keyHash: text('key_hash').primaryKey(),
      targetId: uuid(targetColumn).notNull().references(target),
      requestHash: text('request_hash').notNull(),
      createdAt: createdAt(),
    },
    (t) => [index(`${name}_created_idx`).on(t.createdAt)],
  );
}

/**
 * Intakes sent with an `Idempotency-Key`: the same request sent again (its answer lost to the
 * network, a second click, the field app's sync) gets the case the first one made, not a second
 * case. The key is stored hashed with the sender's user id, never as sent, with a hash of the
 * request; rows are removed a day later by the sweep. The foreign key is checked at commit: the
 * key is claimed before the case is written, in one transaction.
 */
export const intakeKeys = keyTable('intake_keys', 'case_id', () => cases.id);

/**
 * Documents made with an `Idempotency-Key`, as intake_keys: a document asked for again (its answer
 * lost, a second click) is the one already made, not a second letter with the next number of the
 * office's register. Claimed before the document is written, in one transaction (the foreign key
 * is checked at commit); removed a day later by the sweep.
 */
export const documentKeys = keyTable('document_keys', 'document_id', () => documents.id);

/** Internal notes sent with an `Idempotency-Key`, as document_keys: a note sent again after a lost answer is the note written. */
export const noteKeys = keyTable('note_keys', 'note_id', () => caseNotes.id);

/**
 * Workflow actions sent with an `Idempotency-Key`, as note_keys: an action sent again after its
 * answer was lost (a field app's queue sent twice, a retry after a restart) is answered with the
 * case as it now stands, marked replayed, and not taken a second time, whoever acted since. Claimed
 * in the transaction that writes the action, with the case's row locked; a refused action leaves
 * no claim. Removed a day later by the sweep.
 */
export const actionKeys = keyTable('action_keys', 'case_id', () => cases.id);
