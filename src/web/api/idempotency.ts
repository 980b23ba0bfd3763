// The Idempotency-Key of a request that makes something (a report, a document, a workflow step):
// the same while its content stays the same, so that sending it again after an error whose answer
// was lost (the network, the database restarting, a second click) gets what the first one made,
// not a second. Changed content, or a `done()` after success, starts a new request. A form kept as
// a draft keeps its key with it (`draft`): reopened after a lost answer and sent again, it is the
// same request.
import { useRef } from 'react';
import { draftField, keepDraftField, type DraftScopeValue } from '../components/ui/drafts.js';

type Sent = { content: string; key: string };
const FIELD = '#idempotency-key';

/** A random key (hex), also where crypto.randomUUID is missing: plain HTTP on an office intranet. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useIdempotencyKey(draft?: DraftScopeValue | null) {
  const sent = useRef<Sent | null>(null);
  return {
    keyFor(content: unknown): string {
      const json = JSON.stringify(content);
      const kept = sent.current ?? (draft ? (draftField(draft.key, FIELD) as Sent | undefined) : undefined) ?? null;
      sent.current = kept?.content === json ? kept : { content: json, key: randomKey() };
      if (draft) keepDraftField(draft.key, FIELD, sent.current, draft.revision);
      return sent.current.key;
    },
    done(): void {
      sent.current = null;
    },
  };
}
