// NUL characters in request input: PostgreSQL cannot store them and nobody can see them.
import type { FastifyInstance } from 'fastify';

/** True when a request's parsed input holds a string with a NUL character anywhere. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || hasNul(v, depth + 1)) return true;
  return false;
}

/** The same value with every NUL character removed from its strings and keys. */
export function withoutNul<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => withoutNul(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replaceAll('\u0000', ''), withoutNul(v, depth + 1)])) as T;
}

/**
 * NUL characters carry no meaning, cannot be stored and cannot be seen, so nobody could find and
 * remove one: they are dropped from every body, query and path parameter before validation, and
 * the request goes on (no report is refused over an invisible character).
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (hasNul(req.params)) req.params = withoutNul(req.params);
    if (hasNul(req.query)) req.query = withoutNul(req.query);
    if (hasNul(req.body)) req.body = withoutNul(req.body);
  });
}
