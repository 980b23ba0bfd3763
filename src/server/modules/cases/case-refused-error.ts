import type { Missing, RefusalCode } from '../../../core/cases/index.js';

/** The state machine said no: a 409 (or 403 for roles/offices) listing what is missing. */
export class CaseRefusedError extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly missing: Missing[],
  ) {
    super(code);
    this.name = 'CaseRefusedError';
  }

  get status(): number {
    if (this.code === 'ROLE_NOT_ALLOWED' || this.code === 'WRONG_OFFICE') return 403;
    if (this.code === 'INVALID_PAYLOAD' || this.code === 'UNKNOWN_ACTION' || this.code === 'UNKNOWN_REGIME') return 400;
    return 409;
  }
}
