import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config';

export type { Logger };

/** Keys whose values are phone numbers or message text wherever they appear in a log object. */
const PHONE_KEYS = new Set(['phone', 'to', 'from', 'To', 'From', 'number', 'address']);
const TEXT_KEYS = new Set(['body', 'Body', 'text', 'message_body']);
const E164_ANYWHERE = /(?:whatsapp:)?\+\d{7,15}/g;

/** "+15551234567" → "+1•••••••4567": enough to tell numbers apart, not enough to dial. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 6) return '•••';
  const prefix = value.startsWith('whatsapp:') ? 'whatsapp:' : '';
  return `${prefix}+${digits.slice(0, 1)}${'•'.repeat(digits.length - 5)}${digits.slice(-4)}`;
}

function redactValue(key: string, value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(key)) return `[${value.length} chars]`;
    if (PHONE_KEYS.has(key)) return maskPhone(value);
    return value.replace(E164_ANYWHERE, maskPhone);
  }
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(key, item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, redactValue(k, v, depth + 1)]),
  );
}

/** Masks phone numbers and replaces message bodies with their length. */
export function redactForLog<T>(value: T): T {
  return redactValue('', value, 0) as T;
}

const DEBUG_LEVEL = 20;

/**
 * At info and above, phone numbers and message bodies are masked in the log object and the
 * message string. At debug and trace they are shown, for a developer chasing a bug locally.
 */
export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>,
): LoggerOptions {
  const format = config.LOG_FORMAT ?? (config.NODE_ENV === 'development' ? 'pretty' : 'json');
  return {
    level: config.LOG_LEVEL,
    base: undefined,
    hooks: {
      logMethod(args, method, level) {
        if (level <= DEBUG_LEVEL) return method.apply(this, args);
        return method.apply(
          this,
          args.map((arg) => redactForLog(arg)) as Parameters<typeof method>,
        );
      },
    },
    ...(format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'HH:MM:ss.l' },
          },
        }
      : {}),
  };
}

export function createLogger(
  config: Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT' | 'NODE_ENV'>,
  destination?: pino.DestinationStream,
): Logger {
  return destination ? pino(loggerOptions(config), destination) : pino(loggerOptions(config));
}
