// Errors that say the database cannot be reached right now (it is restarting, failing over, out of
// connections, or the network to it is down), as opposed to errors that say a request was wrong.
// The first kind is answered 503 DATABASE_UNAVAILABLE with Retry-After, so that people and clients
// (the field app to come) try again; it is never the request's fault, and it is not a crash.

/** Socket errors of the driver's connection (node:net, DNS). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

/**
 * SQLSTATEs of the server going away or refusing connections (PostgreSQL, Appendix A):
 * class 08 connection exception; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up or in recovery); 53300 too_many_connections.
 */
function unavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** What node-postgres and pg-pool throw, without a code, when a connection is gone or never came. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

/**
 * True when `err` (or what it wraps: drizzle's DrizzleQueryError keeps the driver's error as
 * `cause`; a connection to a host with several addresses fails as an AggregateError) says the
 * database cannot be reached now.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || unavailableSqlState(e.code))) return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.some((m) => (e.message as string).startsWith(m))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
