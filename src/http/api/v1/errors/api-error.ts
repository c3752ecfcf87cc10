import { HttpError } from '../../../errors';

/**
 * Every `code` an API error may carry: stable, for programs to branch on (the `message` is for
 * people and may change).
 */
export const ERROR_CODES = [
  'invalid_request',
  'invalid_json',
  'unauthenticated',
  'forbidden',
  'not_found',
  'already_exists',
  'state_conflict',
  'request_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'idempotency_key_reused',
  'over_budget',
  'no_supervisor',
  'rate_limited',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The code of an error thrown without one, by its status. */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'state_conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export const codeForStatus = (status: number): ErrorCode => BY_STATUS[status] ?? 'internal_error';

/** An HTTP error of the admin API with its machine-readable code. */
export class ApiError extends HttpError {
  constructor(
    status: number,
    readonly code: ErrorCode,
    message: string,
    details?: Array<{ path: string; message: string }>,
  ) {
    super(status, message, details);
    this.name = 'ApiError';
  }
}

export const codeOf = (error: HttpError): ErrorCode =>
  error instanceof ApiError ? error.code : codeForStatus(error.status);
