// Text PostgreSQL cannot store, in request input: a NUL character, and a lone UTF-16 surrogate
// (half of an emoji's pair, cut off by a client; JSON may carry it as "\ud800", jsonb refuses it).
import type { FastifyInstance } from 'fastify';

/** A high surrogate not followed by a low one, or a low one not after a high one (code units, no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const unstorable = (s: string): boolean => s.includes('\u0000') || s.search(LONE_SURROGATE) !== -1;
/** The string without NUL characters, each lone surrogate replaced by U+FFFD as UTF-8 encoding would. */
const storable = (s: string): string => s.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\ufffd');

/** True when a request's parsed input holds a string (or key) with a NUL or a lone surrogate anywhere. */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  if (Array.isArray(value)) return value.some((v) => hasUnstorableText(v, depth + 1));
  for (const [k, v] of Object.entries(value)) if (unstorable(k) || hasUnstorableText(v, depth + 1)) return true;
  return false;
}

/** The same value with every NUL removed from its strings and keys, and every lone surrogate made U+FFFD. */
export function storableText<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return storable(value) as T;
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => storableText(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k), storableText(v, depth + 1)])) as T;
}

/**
 * NUL characters carry no meaning, cannot be stored and cannot be seen, so nobody could find and
 * remove one: they are dropped from every body, query and path parameter before validation, and
 * the request goes on (no report is refused over an invisible character). A lone surrogate is
 * what is left of a character a client cut in half: it becomes U+FFFD (�), as it would in UTF-8.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (hasUnstorableText(req.params)) req.params = storableText(req.params);
    if (hasUnstorableText(req.query)) req.query = storableText(req.query);
    if (hasUnstorableText(req.body)) req.body = storableText(req.body);
  });
}
