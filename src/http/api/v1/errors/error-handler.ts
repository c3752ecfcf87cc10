import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../../../../log';
import { HttpError } from '../../../errors';
import { codeOf, type ErrorCode } from './api-error';
import { requestIdOf } from './request-id';

type Detail = { path: string; message: string };

/** express.json()'s refusals, by the `type` body-parser gives them. */
const PARSER_ERRORS: Record<string, { status: number; code: ErrorCode }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json' },
  'entity.too.large': { status: 413, code: 'payload_too_large' },
  'charset.unsupported': { status: 415, code: 'unsupported_media_type' },
  'encoding.unsupported': { status: 415, code: 'unsupported_media_type' },
};

function send(res: Response, status: number, code: ErrorCode, message: string, details: Detail[]) {
  res.status(status).json({ code, message, details, requestId: requestIdOf(res) });
}

const detailsOf = (error: HttpError): Detail[] =>
  Array.isArray(error.details) ? (error.details as Detail[]) : [];

/**
 * The admin API's one error shape: `{ code, message, details, requestId }`, the request id also
 * in the X-Request-Id header. Anything unexpected is a logged 500 that says nothing more.
 */
export function apiErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof HttpError) {
      send(res, error.status, codeOf(error), error.message, detailsOf(error));
      return;
    }
    const type = (error as { type?: unknown }).type;
    const parser = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
    if (parser) {
      send(res, parser.status, parser.code, (error as Error).message, []);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      send(res, 400, 'invalid_request', (error as Error).message, []);
      return;
    }
    log.error(
      { err: error, method: req.method, path: req.path, requestId: requestIdOf(res) },
      'api request failed',
    );
    send(res, 500, 'internal_error', 'internal error', []);
  };
}
