import { CONSOLE_HEADER } from './auth/console-requests';
import type { ApiRoute } from './route';

export interface ErrorStatus {
  status: number;
  description: string;
}

export const isCreate = (route: ApiRoute): boolean => route.status === 201;

/** Anything but a read: what the console's cookie may do only from the console's own pages. */
export const isChange = (route: ApiRoute): boolean => route.method !== 'get';

/**
 * Every error status a route can answer, with when: the same rules make the OpenAPI document
 * and the contract test that calls each one.
 */
export function errorStatuses(route: ApiRoute): ErrorStatus[] {
  const takesInput = Boolean(route.params ?? route.query ?? route.body);
  const create = isCreate(route);
  const conflict = [
    route.errors?.[409],
    create && 'a request with this Idempotency-Key is still running',
  ]
    .filter(Boolean)
    .join('; or ');
  const unprocessable = [
    route.errors?.[422],
    create && 'the Idempotency-Key was used with another request',
  ]
    .filter(Boolean)
    .join('; or ');
  const all: Array<ErrorStatus | false> = [
    (takesInput || create) && {
      status: 400,
      description: 'The request is not valid: `details` name each bad field.',
    },
    { status: 401, description: 'No API key, or an unknown or revoked one.' },
    (route.role !== 'read_only' || isChange(route)) && {
      status: 403,
      description:
        "The key's role may not do this; or a change made with the console's cookie has no " +
        `\`${CONSOLE_HEADER}\` header, or comes from a page on another origin than the console's.`,
    },
    (Boolean(route.params) || route.errors?.[404] !== undefined) && {
      status: 404,
      description:
        route.errors?.[404] ??
        'No such record for this organisation (another organisation’s records too).',
    },
    conflict !== '' && { status: 409, description: conflict },
    Boolean(route.body) && { status: 413, description: 'The body is over 100 KB.' },
    Boolean(route.body) && {
      status: 415,
      description: 'The body is not JSON in UTF-8 (or a charset or encoding we do not read).',
    },
    unprocessable !== '' && { status: 422, description: unprocessable },
    { status: 429, description: 'Too many requests: wait the seconds in Retry-After.' },
  ];
  return all.filter((entry): entry is ErrorStatus => entry !== false);
}
