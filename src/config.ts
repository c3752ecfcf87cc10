import { z } from 'zod';

/**
 * Every setting Shiftline reads, from environment variables. No other module reads
 * process.env: they are handed a Config.
 */
const url = (protocols: string[], what: string) =>
  z
    .url({ error: `expected ${what}` })
    .refine((value) => protocols.some((p) => value.startsWith(p)), {
      error: `expected ${what}`,
    });

const positiveInt = z.coerce.number().int().positive();

/** The host names that always mean this machine; dev mode serves only these. */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];
const LOOPBACK_ADDRESSES = ['localhost', '127.0.0.1', '::1'];

const isLoopbackUrl = (value: string) => LOOPBACK_HOSTNAMES.includes(new URL(value).hostname);

/** An http(s) origin: scheme, host and port, no path (a trailing slash is let pass). */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const parsed = new URL(value);
  return (
    ['http:', 'https:'].includes(parsed.protocol) && parsed.origin === value.replace(/\/$/, '')
  );
}

/** A comma-separated list of http(s) origins, as origins. */
const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine(isOrigin, {
        error: 'expected http(s) origins without a path, such as https://console.example.org',
      }),
    ),
  )
  .transform((values) => values.map((value) => new URL(value).origin));

/** The Twilio account Shiftline talks to; the operator's admin command reads it too. */
export const twilioAccountSettings = z.object({
  TWILIO_ACCOUNT_SID: z.string({ error: 'required' }).regex(/^AC[0-9a-fA-F]{32}$/, {
    error: 'expected AC followed by 32 hex digits',
  }),
  TWILIO_AUTH_TOKEN: z.string({ error: 'required' }).min(1, { error: 'required' }),
  TWILIO_API_URL: url(
    ['http://', 'https://'],
    'an http(s) URL of a Twilio-compatible API',
  ).optional(),
});

/** Each setting alone; configSchema adds the rules between them. */
export const configSettings = z.object({
  /** Defaults to development below; dev mode needs it set explicitly (see devModeGuard). */
  NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
  ROLE: z.enum(['web', 'worker', 'all'], { error: 'expected web, worker or all' }).default('all'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address the web role listens on: every interface unless set (127.0.0.1 in dev mode). */
  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, { error: 'expected an IP address or host name' })
    .optional(),
  /** Serves /metrics on a port of its own, and not on PORT (a worker-only process has none). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PUBLIC_BASE_URL: url(
    ['http://', 'https://'],
    'the http(s) URL Twilio calls, e.g. https://sms.example.org',
  ),
  /** Origins besides PUBLIC_BASE_URL's whose pages may change things with the console's cookie. */
  CONSOLE_ORIGINS: origins.default([]),
  MONGODB_URI: url(['mongodb://', 'mongodb+srv://'], 'a mongodb:// or mongodb+srv:// URL'),
  REDIS_URL: url(['redis://', 'rediss://'], 'a redis:// or rediss:// URL'),
  ...twilioAccountSettings.shape,
  /**
   * Whether the numbers are in a Messaging Service with Advanced Opt-Out: then an opt-out
   * covers every sender and Shiftline follows OptOutType; else Twilio's default (per number).
   */
  TWILIO_ADVANCED_OPT_OUT: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  TWILIO_FROM_NUMBER: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected an E.164 number such as +15005550006' })
    .default('+15005550006'),
  TWILIO_WHATSAPP_FROM: z
    .string()
    .regex(/^whatsapp:\+[1-9]\d{6,14}$/, { error: 'expected whatsapp:+E164' })
    .optional(),
  SEND_RATE_PER_SECOND: positiveInt.default(1),
  /**
   * Twilio's connection overrides for our webhooks, e.g. rc=5&rp=ct,rt,5xx: appended as the
   * URL's fragment to the status callbacks we ask for, and accepted in the signature of a
   * webhook whose URL was configured with them.
   */
  TWILIO_WEBHOOK_OVERRIDES: z
    .string()
    .regex(/^[a-z]+=[\w,.]+(&[a-z]+=[\w,.]+)*$/, {
      error: 'expected Twilio connection overrides such as rc=5&rp=ct,rt,5xx (no leading #)',
    })
    .optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^\{[\w-]+\}$/, { error: 'expected a Redis Cluster hash tag such as {shiftline}' })
    .default('{shiftline}'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  MONGODB_CONNECT_ATTEMPTS: positiveInt.default(5),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  /**
   * Creates the indexes at start. Unset: yes, except in production, where they are made at
   * deploy by `npm run indexes` and a process that finds one missing refuses to start.
   */
  CREATE_INDEXES_AT_START: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value && value === 'true'),
  /** Proxies in front of the web role whose X-Forwarded-For is believed; 0: the socket's address. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Admin API requests per minute, per API key and client address. */
  API_RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  /** Failed API authentications per 15 minutes per client address before 429s. */
  API_AUTH_FAILURES_PER_15_MINUTES: positiveInt.default(30),
  /**
   * Texts one number may send in an hour (of the app's clock) that are acted on; the rest are
   * recorded, not answered (an auto-responder looping, or someone running up our bill).
   */
  INBOUND_PER_NUMBER_PER_HOUR: positiveInt.default(60),
  /**
   * Signs the private links to a worker's own record (RECORD). Unset: a key derived from
   * TWILIO_AUTH_TOKEN, so every process of one deployment signs alike (src/record/record-link).
   */
  RECORD_LINK_SECRET: z
    .string()
    .min(32, { error: 'expected at least 32 characters of random text' })
    .optional(),
  /** Days a record link works after it is sent. */
  RECORD_LINK_DAYS: positiveInt.max(90).default(7),
  DEV_MODE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const configSchema = configSettings.superRefine(devModeGuard).transform((config) => ({
  ...config,
  NODE_ENV: config.NODE_ENV ?? 'development',
  HOST: config.HOST ?? (config.DEV_MODE ? '127.0.0.1' : undefined),
}));

/**
 * Dev mode signs anyone in as any organisation's admin and lets them move the clock, so it is
 * never on by accident: only with NODE_ENV=development set (not defaulted), on a loopback
 * PUBLIC_BASE_URL, listening on a loopback address.
 */
function devModeGuard(
  config: { DEV_MODE: boolean; NODE_ENV?: string; PUBLIC_BASE_URL: string; HOST?: string },
  context: z.RefinementCtx,
): void {
  if (!config.DEV_MODE) return;
  if (config.NODE_ENV !== 'development')
    context.addIssue({
      code: 'custom',
      path: ['DEV_MODE'],
      message: `must not be true unless NODE_ENV=development is set (NODE_ENV is ${config.NODE_ENV ?? 'unset'})`,
    });
  if (!isLoopbackUrl(config.PUBLIC_BASE_URL))
    context.addIssue({
      code: 'custom',
      path: ['PUBLIC_BASE_URL'],
      message: 'must be on localhost, 127.0.0.1 or [::1] when DEV_MODE is true',
    });
  if (config.HOST !== undefined && !LOOPBACK_ADDRESSES.includes(config.HOST))
    context.addIssue({
      code: 'custom',
      path: ['HOST'],
      message: 'must be 127.0.0.1, ::1 or localhost when DEV_MODE is true',
    });
}

export type Config = z.infer<typeof configSchema>;

/** Served over https: cookies marked Secure, and browsers told to insist on https (HSTS). */
export const servedOverHttps = (config: Pick<Config, 'PUBLIC_BASE_URL'>): boolean =>
  config.PUBLIC_BASE_URL.startsWith('https://');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Shiftline cannot start: bad configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseEnv(configSchema, env);
}

/** The variables a schema names, parsed from the environment, or one ConfigError naming each bad one. */
export function parseEnv<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const value = env[name];
    const shown =
      value === undefined
        ? 'missing'
        : `got ${name.includes('TOKEN') ? '(hidden)' : JSON.stringify(value)}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(problems);
}
