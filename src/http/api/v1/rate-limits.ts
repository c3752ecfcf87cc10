import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Runtime } from '../../../runtime';
import { keyPrefixOf } from './auth/api-keys';
import { failedAuthentication, keyFrom } from './auth/authenticate';
import { ApiError } from './errors/api-error';

const MINUTE_MS = 60_000;

/** The client's address as express reads it behind TRUST_PROXY_HOPS proxies (IPv6 by /56). */
const addressOf = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '');

/** Counters in Redis, so every web process counts the same requests. */
function store(runtime: Runtime, name: string): RedisStore {
  return new RedisStore({
    prefix: `${runtime.config.QUEUE_PREFIX}:rate-limit:${name}:`,
    sendCommand: (command: string, ...args: string[]) =>
      runtime.redis.call(command, ...args) as Promise<RedisReply>,
  });
}

/**
 * Made on the first request with Redis connected: the store loads its script as it is made,
 * and a load that failed (Redis not up yet) would fail every later count.
 */
function limiter(runtime: Runtime, name: string, options: Partial<Options>): RequestHandler {
  let made: RequestHandler | null = null;
  return (req, res, next) => {
    if (!made && runtime.redis.status !== 'ready') return next();
    made ??= makeLimiter(runtime, name, options);
    return made(req, res, next);
  };
}

function makeLimiter(runtime: Runtime, name: string, options: Partial<Options>): RequestHandler {
  return rateLimit({
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    store: store(runtime, name),
    // Redis down: the API still answers (it reads the database), unlimited until Redis is back.
    passOnStoreError: true,
    // A client may send X-Forwarded-For with no proxy in front; it is simply not believed.
    // Made on a first request on purpose (see limiter).
    validate: { xForwardedForHeader: false, creationStack: false },
    handler: (_req, _res, _next, used) => {
      throw new ApiError(429, 'rate_limited', used.message as string);
    },
    ...options,
  });
}

/**
 * Requests per minute per API key and client address: one busy integration cannot starve the
 * others, and one address cannot use many keys to go faster than each allows.
 */
export const requestLimit = (runtime: Runtime): RequestHandler =>
  limiter(runtime, 'requests', {
    windowMs: MINUTE_MS,
    limit: runtime.config.API_RATE_LIMIT_PER_MINUTE,
    message: 'too many requests: wait the seconds in Retry-After',
    keyGenerator: (req) => {
      const key = keyFrom(req);
      return `${(key && keyPrefixOf(key)) ?? 'none'}:${addressOf(req)}`;
    },
  });

/**
 * Failed authentications per client address, counted only when they fail, so a good key is
 * never held back by someone else guessing from the same address.
 */
export const failedAuthenticationLimit = (runtime: Runtime): RequestHandler =>
  limiter(runtime, 'auth-failures', {
    windowMs: 15 * MINUTE_MS,
    limit: runtime.config.API_AUTH_FAILURES_PER_15_MINUTES,
    message: 'too many requests with a missing or wrong API key: wait the seconds in Retry-After',
    skip: (_req, res) => !failedAuthentication(res),
    keyGenerator: (req) => addressOf(req),
  });
