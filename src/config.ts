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

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    ROLE: z.enum(['web', 'worker', 'all'], { error: 'expected web, worker or all' }).default('all'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Serves /metrics on a port of its own, and not on PORT (a worker-only process has none). */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    PUBLIC_BASE_URL: url(
      ['http://', 'https://'],
      'the http(s) URL Twilio calls, e.g. https://sms.example.org',
    ),
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
    QUEUE_PREFIX: z
      .string()
      .regex(/^\{[\w-]+\}$/, { error: 'expected a Redis Cluster hash tag such as {shiftline}' })
      .default('{shiftline}'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    MONGODB_CONNECT_ATTEMPTS: positiveInt.default(5),
    SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
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
    DEV_MODE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .refine((config) => !(config.DEV_MODE && config.NODE_ENV === 'production'), {
    // Dev mode signs anyone in as any organisation's admin and lets them move the clock.
    path: ['DEV_MODE'],
    error: 'must not be true when NODE_ENV is production',
  });

export type Config = z.infer<typeof configSchema>;

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
  const parsed = configSchema.safeParse(env);
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
