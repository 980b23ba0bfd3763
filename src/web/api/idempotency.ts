// The Idempotency-Key of a request that makes something (a report, a document): the same while its
// content stays the same, so that sending it again after an error whose answer was lost (the
// network, the database restarting, a second click) gets what the first one made, not a second.
// Changed content, or a `done()` after success, starts a new request.
import { useRef } from 'react';

/** A random key (hex), also where crypto.randomUUID is missing: plain HTTP on an office intranet. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useIdempotencyKey() {
  const sent = useRef<{ content: string; key: string } | null>(null);
  return {
    keyFor(content: unknown): string {
      const json = JSON.stringify(content);
      if (sent.current?.content !== json) sent.current = { content: json, key: randomKey() };
      return sent.current.key;
    },
    done(): void {
      sent.current = null;
    },
  };
}
