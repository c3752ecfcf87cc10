/** Builders for expected parse results, so the case tables read as a catalogue. */
import type {
  Intent,
  Language,
  ParseResult,
  UnclearReason,
} from '../../../src/conversation/parse-reply';

export function intent(value: Intent, language?: Language): ParseResult {
  return language ? { kind: 'intent', intent: value, language } : { kind: 'intent', intent: value };
}

export function unclear(reason: UnclearReason, language?: Language): ParseResult {
  return language ? { kind: 'unclear', reason, language } : { kind: 'unclear', reason };
}

const coded = (code?: string) => (code ? { code } : {});

export const yes = (language?: Language, code?: string) =>
  intent({ type: 'yes', ...coded(code) }, language);
export const no = (language?: Language, code?: string) =>
  intent({ type: 'no', ...coded(code) }, language);
export const here = (language?: Language, code?: string) =>
  intent({ type: 'here', ...coded(code) }, language);
/** A YES or NO to several prompts: by codes, or `'both'` / `'all'` of those open. */
export const several = (
  type: 'yes' | 'no',
  language: Language | undefined,
  which: readonly string[] | 'both' | 'all',
) =>
  intent({ type, ...(typeof which === 'string' ? { each: which } : { codes: which }) }, language);
export const drop = (language?: Language, code?: string) =>
  intent({ type: 'drop', ...coded(code) }, language);
/** Not well ("I'm sick", "bad day"): a drop that releases at once and is not held against them. */
export const unwell = (language?: Language, code?: string) =>
  intent({ type: 'drop', reason: 'unwell', ...coded(code) }, language);
export const late = (language?: Language, minutes?: number, code?: string) =>
  intent({ type: 'late', ...(minutes === undefined ? {} : { minutes }), ...coded(code) }, language);
export const done = (
  language?: Language,
  details: { hours?: number; note?: string; code?: string } = {},
) => intent({ type: 'done', ...details }, language);

export const intro = (language?: Language) => intent({ type: 'intro' }, language);
export const status = (language?: Language) => intent({ type: 'status' }, language);
export const hours = (language?: Language) => intent({ type: 'hours' }, language);
export const record = (language?: Language) => intent({ type: 'record' }, language);
export const share = (type: 'share' | 'unshare', organisation: string, language?: Language) =>
  intent({ type, organisation }, language);
export const help = (language?: Language) => intent({ type: 'help' }, language);
export const optOut = () => intent({ type: 'opt_out' });
export const optIn = () => intent({ type: 'opt_in' });
export const choice = (number: number) => intent({ type: 'choice', number });
export const switchTo = (language: Language, writtenIn?: Language) =>
  intent({ type: 'language', language }, writtenIn);
export const broadcast = (text: string, language: Language) =>
  intent({ type: 'broadcast', text }, language);

export const question = (language?: Language) => unclear('question', language);
export const ambiguous = (language?: Language) => unclear('ambiguous', language);
export const conflicting = (language?: Language) => unclear('conflicting', language);
export const unknown = (language?: Language) => unclear('unknown', language);
export const empty = (language?: Language) => unclear('empty', language);
