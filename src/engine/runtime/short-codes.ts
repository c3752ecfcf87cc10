import { randomInt } from 'node:crypto';
import { isDuplicateKeyError } from '../../db/duplicate-key';
import { isShortCode } from '../../conversation/short-code';
import type { EngineRuntime } from './types';

/** No look-alikes: no I/1, L, O/0, S/5, Z, B/8 confusion … */
const LETTERS = 'ABCDEFGHJKMNPQRTUVWXY';
const DIGITS = '2346789';
const ALPHABET = LETTERS + DIGITS;
const MAX_ATTEMPTS = 100;

/** Three characters with at least one letter and one digit, e.g. "K7P": never a word, never a number. */
export function randomCode(pick: (max: number) => number = randomInt): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < 3; i += 1) code += ALPHABET[pick(ALPHABET.length)];
    // The parser's own test, so every code we hand out reads back as a code ("9AM" would not).
    if (isShortCode(code)) return code;
  }
}

/**
 * Tries fresh codes until `attempt` stores one. `attempt` returns 'code_taken' when a unique
 * index refused the code (the person already has it), anything else to finish.
 */
export async function withFreshCode<T>(
  attempt: (code: string) => Promise<T | 'code_taken'>,
): Promise<T> {
  for (let n = 0; n < MAX_ATTEMPTS; n += 1) {
    const result = await attempt(randomCode());
    if (result !== 'code_taken') return result;
  }
  throw new Error(`no free short code after ${MAX_ATTEMPTS} attempts`);
}

/** The code `personId` quotes for `entity`, allocated once (unique per person, one per entity). */
export async function codeFor(
  runtime: Pick<EngineRuntime, 'models' | 'clock'>,
  personId: string,
  entity: string,
): Promise<string> {
  const { ShortCode } = runtime.models;
  const existing = await ShortCode.findById(entity).lean();
  if (existing) return existing.code;
  return withFreshCode(async (code) => {
    try {
      await ShortCode.create({
        _id: entity,
        person: personId,
        code,
        createdAt: runtime.clock.now(),
      });
      return code;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const raced = await ShortCode.findById(entity).lean();
      return raced ? raced.code : 'code_taken';
    }
  });
}
