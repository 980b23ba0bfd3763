// One error shape for the whole API: { error: { code, message, details? } }, message in the
// request's language. No stack trace or internal message ever reaches a client.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_MESSAGES, negotiateLocale, type ErrorCode, type Locale } from '../../core/i18n/errors.js';
import { AppError, type ErrorDetail } from '../errors.js';
import { REFUSAL_MESSAGES } from '../../core/cases/index.js';
import { CaseRefusedError } from '../modules/cases/case-refused-error.js';
import { SealedDataError } from '../crypto/sealed-data.js';
import { BlobMissingError } from '../storage/blob-store.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/** Seconds a client is asked to wait before trying again when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_S = 5;

const indonesian = z.locales.id().localeError;

function localiseIssue(issue: { message?: string } & Record<string, unknown>, locale: Locale): string {
  if (locale === 'id') {
    try {
      const text = indonesian(issue as never);
      const message = typeof text === 'string' ? text : text?.message;
      // Our own schema messages are bilingual already ("… / …"); keep them.
      if (message && !(issue.message ?? '').includes(' / ')) return message;
    } catch {
      // fall back to the schema's own message
    }
  }
  return issue.message ?? 'invalid';
}

export function sendError(reply: import('fastify').FastifyReply, locale: Locale, code: ErrorCode, status: number, details?: ErrorDetail[]) {
  return reply.status(status).send({ error: { code, message: ERROR_MESSAGES[code][locale], ...(details?.length ? { details } : {}) } });
}

const FASTIFY_CODES: Record<string, [ErrorCode, number]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['MALFORMED_BODY', 400],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['MALFORMED_BODY', 400],
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 413],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 415],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['MALFORMED_BODY', 400],
  FST_REQ_FILE_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 413],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 415],
  FST_FILES_LIMIT: ['VALIDATION_FAILED', 400],
  FST_PARTS_LIMIT: ['VALIDATION_FAILED', 400],
};

/**
 * Text PostgreSQL cannot store: a NUL character (in text "invalid byte sequence", in jsonb
 * "unsupported Unicode escape sequence"). Input is cleaned before it gets there (installTextGuard);
 * should any path slip through (text-guard.ts), the error is a 400, and the failed statement wrote nothing.
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = req.locale ?? negotiateLocale(req.headers['accept-language']);
    if (err instanceof AppError) {
      if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
      return sendError(reply, locale, err.code, err.status, err.details);
    }
    if (err instanceof CaseRefusedError) {
      const head = REFUSAL_MESSAGES[err.code][locale];
      const list = err.missing.map((m) => m[locale]).join('; ');
      return reply.status(err.status).send({ error: { code: err.code, message: list ? `${head} ${list}` : head, missing: err.missing } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => {
        const issue = (v.params as { issue?: Record<string, unknown> } | undefined)?.issue ?? { message: v.message };
        const where = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { path: [err.validationContext, where].filter(Boolean).join('.'), message: localiseIssue({ ...issue, message: v.message }, locale) };
      });
      return sendError(reply, locale, 'VALIDATION_FAILED', 400, details);
    }
    if (err.statusCode === 429) return sendError(reply, locale, 'RATE_LIMITED', 429);
    if (typeof err.code === 'string' && UNSTORABLE_TEXT.has(err.code)) return sendError(reply, locale, 'TEXT_NOT_ALLOWED', 400);
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendError(reply, locale, mapped[0], mapped[1]);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, locale, 'VALIDATION_FAILED', err.statusCode);
    }
    if (err instanceof SealedDataError) {
      // A fault on the server (the wrong key, a row altered in the database), not a bad request:
      // logged for the operator (the message names no person), answered with what happened.
      req.log.error({ reason: err.reason, detail: err.message }, 'sealed personal data does not open');
      return sendError(reply, locale, 'SEALED_DATA_UNREADABLE', 500);
    }
    if (err instanceof BlobMissingError) {
      // A fault of this node's storage (a lost file, or evidence and documents kept on each node's
      // own disk while several nodes serve: docs/operations.md), found before any byte was sent.
      req.log.error({ sha256: err.sha256 }, 'a stored file the database cites is not in the blob store');
      return sendError(reply, locale, 'FILE_UNAVAILABLE', 503);
    }
    if (isDatabaseUnavailable(err)) {
      // Not the request's fault and not a bug: PostgreSQL is restarting, failing over, out of
      // connections or unreachable. Its transaction did not commit, so the client may simply try
      // again. (Should the connection break while PostgreSQL commits, a repeated action is refused
      // as the case moved on, and a repeated intake with its Idempotency-Key gets the same receipt.)
      req.log.warn({ code: (err as { code?: unknown }).code, reason: err.message }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
      return sendError(reply, locale, 'DATABASE_UNAVAILABLE', 503);
    }
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, locale, 'INTERNAL', 500);
  });
}
