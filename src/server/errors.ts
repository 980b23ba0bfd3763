// Typed errors with stable codes. Use-cases throw these; the HTTP layer maps them to a status and
// to the one error shape `{ error: { code, message, details? } }` in the request's language.
import type { ErrorCode } from '../core/i18n/errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_REQUIRED: 401,
  TOTP_INVALID: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  TOTP_ENROLLMENT_REQUIRED: 403,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  OUT_OF_JURISDICTION: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  USERNAME_TAKEN: 409,
  OFFICE_CODE_TAKEN: 409,
  ROLE_NOT_ALLOWED_FOR_OFFICE: 422,
  OFFICE_REGION_MISMATCH: 422,
  DOCUMENT_NOT_APPLICABLE: 409,
  DOCUMENT_NOT_FOR_REPORTER: 409,
  EMAIL_NOT_CONFIGURED: 409,
  NO_REPORTER_EMAIL: 409,
  EMAIL_FAILED: 502,
  DOCUMENT_NOT_DELIVERABLE: 409,
  DELIVERY_ADDRESSEE_INVALID: 400,
  DELIVERY_DATE_INVALID: 400,
  CASE_BUSY: 409,
  CASE_CHANGED: 412,
  IDEMPOTENCY_KEY_REUSED: 422,
  TEXT_NOT_ALLOWED: 400,
  RATE_LIMITED: 429,
  SEALED_DATA_UNREADABLE: 500,
  FILE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;
  /** seconds to wait before asking again (RATE_LIMITED), sent as Retry-After */
  readonly retryAfter: number | undefined;
  constructor(code: ErrorCode, details?: ErrorDetail[], opts: { retryAfter?: number } = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code] ?? 400;
    this.details = details;
    this.retryAfter = opts.retryAfter;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
